package numpy

// numpy's own functions treat Brian quantities as numpy does in Brian
// 2.5.1: some keep units (np.mean, np.diff, ...), some return plain SI
// values (np.where, np.arange, np.dot), the joining functions return a
// dimensionless Quantity of SI values (np.concatenate). Brian's unit-safe
// versions (brian2.units: where, arange, dot, zeros_like, ...) check and
// keep units. This file builds the two variants.

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// plainValue drops a quantity's units, keeping its SI values.
func plainValue(v interp.Value) interp.Value {
	a, ok := v.(*Array)
	if !ok || !a.isQuantity() {
		return v
	}
	p := a.view(a.shape, a.strides, a.offset)
	p.dim, p.quantity = units.Dim{}, false
	return result(p)
}

// plainSeq drops units inside a list or tuple of arrays; any reports
// whether an element was a quantity.
func plainSeq(v interp.Value) (interp.Value, bool) {
	items, ok := seqItems(v)
	if !ok {
		a, ok := v.(*Array)
		return plainValue(v), ok && a.isQuantity()
	}
	out := make([]interp.Value, len(items))
	anyQ := false
	for k, it := range items {
		if a, ok := it.(*Array); ok && a.isQuantity() {
			anyQ = true
		}
		out[k] = plainValue(it)
	}
	return interp.NewList(out), anyQ
}

// stripUnits makes fn see plain values for every argument.
func stripUnits(fn fnType) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		pa := make([]interp.Value, len(args))
		for k, a := range args {
			pa[k] = plainValue(a)
		}
		pk := make([]interp.Kwarg, len(kw))
		for k, a := range kw {
			pk[k] = interp.Kwarg{Name: a.Name, Value: plainValue(a.Value)}
		}
		return fn(th, pa, pk)
	}
}

// joinSI runs a joining function on plain values; when an input was a
// quantity the result is a dimensionless Quantity, as in Brian 2.5.1.
func joinSI(fn fnType) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		pa := make([]interp.Value, len(args))
		anyQ := false
		for k, a := range args {
			var q bool
			if k == 0 {
				pa[k], q = plainSeq(a)
			} else {
				pa[k], q = plainValue(a), false
				if x, ok := a.(*Array); ok && x.isQuantity() {
					q = true
				}
			}
			anyQ = anyQ || q
		}
		r, err := fn(th, pa, kw)
		if err != nil || !anyQ {
			return r, err
		}
		if ra, ok := r.(*Array); ok {
			ra.quantity = true
		}
		return r, nil
	}
}

// npLikeKeep is numpy's zeros_like & co. on quantities: the result keeps
// the prototype's dimension (the fill value is taken in SI units).
func npLikeKeep(name string, val interp.Value) fnType {
	plain := npLike(name, val)
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		r, err := plain(th, args, kw)
		if err != nil || len(args) == 0 {
			return r, err
		}
		if proto, ok := args[0].(*Array); ok && proto.isQuantity() {
			ra, isArr := r.(*Array)
			if !isArr {
				ra, _ = toArray(th, r, false)
			}
			ra = ra.astype(Float64)
			ra.dim, ra.quantity = proto.dim, true
			return ra, nil
		}
		return r, nil
	}
}

// brianVariants are the unit-safe versions brian2.units exports.
func brianVariants() map[string]fnType {
	return map[string]fnType{
		"where":      npWhere,
		"arange":     npArange,
		"linspace":   npLinspace,
		"zeros_like": npLike("zeros_like", interp.Int(0)),
		"ones_like":  npLike("ones_like", interp.Int(1)),
		"dot":        npDot,
	}
}

// applyNumpySemantics rewires the numpy namespace to numpy's treatment
// of quantities.
func applyNumpySemantics() {
	for _, name := range []string{"where", "arange", "dot", "inner", "vdot", "outer", "convolve", "interp",
		"searchsorted", "percentile", "diag", "broadcast_to", "histogram", "bincount", "matmul"} {
		functions[name] = stripUnits(functions[name])
	}
	for _, name := range []string{"concatenate", "hstack", "vstack", "column_stack", "stack", "append"} {
		functions[name] = joinSI(functions[name])
	}
	functions["cumprod"] = joinSI(stripUnits(functions["cumprod"]))
	functions["zeros_like"] = npLikeKeep("zeros_like", interp.Int(0))
	functions["ones_like"] = npLikeKeep("ones_like", interp.Int(1))
	functions["empty_like"] = npLikeKeep("empty_like", interp.Int(0))
	functions["full_like"] = npLikeKeep("full_like", nil)
}
