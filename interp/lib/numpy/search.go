package numpy

// This file holds numpy's selection and searching functions: where,
// unique, searchsorted, interp, bincount, histogram, convolve.

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

func npWhere(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) == 1 && len(kw) == 0 {
		c, err := toArray(th, args[0], false)
		if err != nil {
			return nil, err
		}
		return arrayMethods["nonzero"](th, c, nil, nil)
	}
	var cv, xv, yv interp.Value
	if err := interp.UnpackArgs("where", args, kw, "condition", &cv, "x", &xv, "y", &yv); err != nil {
		return nil, err
	}
	c, err := toArray(th, cv, false)
	if err != nil {
		return nil, err
	}
	x, y, err := arrays2(th, xv, yv)
	if err != nil {
		return nil, err
	}
	if err := checkSameDims(th, x, y, func(_, _ string) string { return "x and y need to have the same dimensions" }); err != nil {
		return nil, err
	}
	shape, err := broadcastShapes(c.shape, x.shape)
	if err == nil {
		shape, err = broadcastShapes(shape, y.shape)
	}
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "operands could not be broadcast together with shapes %s %s %s ", shapeRepr(c.shape), shapeRepr(x.shape), shapeRepr(y.shape))
	}
	dt := max(x.dtype, y.dtype)
	if isScalarValue(xv) && !isScalarValue(yv) && x.dtype != Float64 {
		dt = y.dtype
	}
	out := newArray(dt, shape)
	cb, xb, yb := c.broadcastTo(shape), x.broadcastTo(shape), y.broadcastTo(shape)
	co, xo, yo := cb.offsets(), xb.offsets(), yb.offsets()
	for j := range co {
		if cb.boolAt(co[j]) {
			copyElem(out, j, xb, xo[j])
		} else {
			copyElem(out, j, yb, yo[j])
		}
	}
	out.dim = x.dim
	if out.dim.IsDimensionless() {
		out.dim = y.dim
	}
	out.quantity = !out.dim.IsDimensionless()
	return result(out), nil
}

func npUnique(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	var retIndex, retInverse, retCounts bool
	if err := interp.UnpackArgs("unique", args, kw, "ar", &v, "return_index?", &retIndex, "return_inverse?", &retInverse, "return_counts?", &retCounts); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	s, _ := sortArray(a.flat(), -1, false)
	order, _ := sortArray(a.flat(), -1, true)
	n := s.Size()
	var keep, counts, first []int64
	for k := 0; k < n; k++ {
		if k == 0 || s.floatAt(k) != s.floatAt(k-1) {
			keep = append(keep, int64(k))
			counts = append(counts, 1)
			first = append(first, order.i[k])
		} else {
			counts[len(counts)-1]++
		}
	}
	if keep == nil {
		keep, counts, first = []int64{}, []int64{}, []int64{}
	}
	u := s.gather(toInts(keep), []int{len(keep)})
	if !retIndex && !retInverse && !retCounts {
		return u, nil
	}
	out := interp.Tuple{u}
	if retIndex {
		out = append(out, NewIntArray(first, nil))
	}
	if retInverse {
		inv := make([]int64, n)
		g := -1
		for k := 0; k < n; k++ {
			if k == 0 || s.floatAt(k) != s.floatAt(k-1) {
				g++
			}
			inv[order.i[k]] = int64(g)
		}
		out = append(out, NewIntArray(inv, nil))
	}
	if retCounts {
		out = append(out, NewIntArray(counts, nil))
	}
	return out, nil
}

func toInts(v []int64) []int {
	out := make([]int, len(v))
	for k, x := range v {
		out[k] = int(x)
	}
	return out
}

func npSearchsorted(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av, vv interp.Value
	side := "left"
	var sorter interp.Value = interp.None
	if err := interp.UnpackArgs("searchsorted", args, kw, "a", &av, "v", &vv, "side?", &side, "sorter?", &sorter); err != nil {
		return nil, err
	}
	a, v, err := arrays2(th, av, vv)
	if err != nil {
		return nil, err
	}
	if err := checkSameDims(th, a, v, func(_, _ string) string { return "searchsorted" }); err != nil {
		return nil, err
	}
	data := a.Float64s()
	out := newArray(Int64, v.shape)
	walk(v.shape, v.strides, v.offset, func(j, off int) {
		x := v.floatAt(off)
		if side == "right" {
			out.i[j] = int64(sort.Search(len(data), func(i int) bool { return data[i] > x }))
		} else {
			out.i[j] = int64(sort.Search(len(data), func(i int) bool { return data[i] >= x }))
		}
	})
	return result(out), nil
}

func npInterp(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var xv, xpv, fpv interp.Value
	var left, right interp.Value = interp.None, interp.None
	if err := interp.UnpackArgs("interp", args, kw, "x", &xv, "xp", &xpv, "fp", &fpv, "left?", &left, "right?", &right); err != nil {
		return nil, err
	}
	x, xp, err := arrays2(th, xv, xpv)
	if err != nil {
		return nil, err
	}
	fp, err := toArray(th, fpv, true)
	if err != nil {
		return nil, err
	}
	if err := checkSameDims(th, x, xp, func(_, _ string) string { return "interp" }); err != nil {
		return nil, err
	}
	xs, fs := xp.Float64s(), fp.Float64s()
	if len(xs) != len(fs) {
		return nil, interp.Errorf(interp.ValueError, "fp and xp are not of the same length.")
	}
	if len(xs) == 0 {
		return nil, interp.Errorf(interp.ValueError, "array of sample points is empty")
	}
	lv, rv := fs[0], fs[len(fs)-1]
	if !isNone(left) {
		lv, _ = interp.AsFloat(left)
	}
	if !isNone(right) {
		rv, _ = interp.AsFloat(right)
	}
	out := newArray(Float64, x.shape)
	walk(x.shape, x.strides, x.offset, func(j, off int) {
		v := x.floatAt(off)
		switch {
		case v < xs[0]:
			out.f[j] = lv
		case v > xs[len(xs)-1]:
			out.f[j] = rv
		case v == xs[len(xs)-1]:
			out.f[j] = fs[len(fs)-1]
		default:
			i := sort.Search(len(xs), func(i int) bool { return xs[i] > v }) - 1
			slope := (fs[i+1] - fs[i]) / (xs[i+1] - xs[i])
			out.f[j] = slope*(v-xs[i]) + fs[i]
			if slope == 0 || math.IsNaN(out.f[j]) {
				out.f[j] = fs[i]
			}
		}
	})
	out.dim = fp.dim
	out.quantity = !fp.dim.IsDimensionless()
	return result(out), nil
}

func npBincount(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var xv interp.Value
	var wv interp.Value = interp.None
	minlength := 0
	if err := interp.UnpackArgs("bincount", args, kw, "x", &xv, "weights?", &wv, "minlength?", &minlength); err != nil {
		return nil, err
	}
	x, err := toArray(th, xv, false)
	if err != nil {
		return nil, err
	}
	if x.dtype == Float64 {
		return nil, interp.Errorf(interp.TypeError, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")
	}
	xs := x.Int64s()
	n := int64(minlength)
	for _, v := range xs {
		if v < 0 {
			return nil, interp.Errorf(interp.ValueError, "'list' argument must have no negative elements")
		}
		n = max(n, v+1)
	}
	if isNone(wv) {
		out := make([]int64, n)
		for _, v := range xs {
			out[v]++
		}
		return NewIntArray(out, nil), nil
	}
	w, err := toArray(th, wv, true)
	if err != nil {
		return nil, err
	}
	ws := w.Float64s()
	out := make([]float64, n)
	for k, v := range xs {
		out[v] += ws[k]
	}
	return NewFloatArray(out, nil, w.dim), nil
}

func npHistogram(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av interp.Value
	var binsV, rangeV, densityV, weightsV interp.Value = interp.Int(10), interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("histogram", args, kw, "a", &av, "bins?", &binsV, "range?", &rangeV, "density?", &densityV, "weights?", &weightsV); err != nil {
		return nil, err
	}
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	data := a.Float64s()
	var edges []float64
	if isScalarValue(binsV) {
		nb, err := interp.AsInt(binsV)
		if err != nil {
			return nil, err
		}
		lo, hi := 0.0, 1.0
		if !isNone(rangeV) {
			r, err := toArray(th, rangeV, true)
			if err != nil {
				return nil, err
			}
			rv := r.Float64s()
			lo, hi = rv[0], rv[1]
		} else if len(data) > 0 {
			lo, hi = minF(data), maxF(data)
		}
		if lo == hi {
			lo, hi = lo-0.5, hi+0.5
		}
		edges = linspaceValues(lo, hi, int(nb)+1, true)
	} else {
		b, err := toArray(th, binsV, true)
		if err != nil {
			return nil, err
		}
		edges = b.Float64s()
	}
	nb := len(edges) - 1
	counts := make([]float64, nb)
	var ws []float64
	if !isNone(weightsV) {
		w, err := toArray(th, weightsV, true)
		if err != nil {
			return nil, err
		}
		ws = w.Float64s()
	}
	first, last := edges[0], edges[nb]
	for k, v := range data {
		if v < first || v > last || math.IsNaN(v) {
			continue
		}
		i := sort.Search(len(edges), func(i int) bool { return edges[i] > v }) - 1
		if i >= nb {
			i = nb - 1
		}
		if ws != nil {
			counts[i] += ws[k]
		} else {
			counts[i]++
		}
	}
	edgeArr := NewFloatArray(edges, nil, a.dim)
	edgeArr.quantity = !a.dim.IsDimensionless()
	if d, _ := densityV.(interp.Bool); bool(d) {
		total := sumF(counts)
		for k := range counts {
			counts[k] /= total * (edges[k+1] - edges[k])
		}
		return interp.Tuple{NewFloatArray(counts, nil, units.Dim{}), edgeArr}, nil
	}
	if ws != nil {
		return interp.Tuple{NewFloatArray(counts, nil, units.Dim{}), edgeArr}, nil
	}
	ic := make([]int64, nb)
	for k, c := range counts {
		ic[k] = int64(c)
	}
	return interp.Tuple{NewIntArray(ic, nil), edgeArr}, nil
}

func npConvolve(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av, vv interp.Value
	mode := "full"
	if err := interp.UnpackArgs("convolve", args, kw, "a", &av, "v", &vv, "mode?", &mode); err != nil {
		return nil, err
	}
	a, v, err := arrays2(th, av, vv)
	if err != nil {
		return nil, err
	}
	x, y := a.Float64s(), v.Float64s()
	if len(x) == 0 || len(y) == 0 {
		return nil, interp.Errorf(interp.ValueError, "v cannot be empty")
	}
	if len(y) > len(x) {
		x, y = y, x
	}
	full := make([]float64, len(x)+len(y)-1)
	for i, p := range x {
		for j, q := range y {
			full[i+j] += p * q
		}
	}
	var out []float64
	switch mode {
	case "full":
		out = full
	case "same":
		start := (len(y) - 1) / 2
		out = full[start : start+len(x)]
	case "valid":
		out = full[len(y)-1 : len(x)]
	default:
		return nil, interp.Errorf(interp.ValueError, "mode must be one of 'valid', 'same', or 'full' (got '%s')", mode)
	}
	r := NewFloatArray(append([]float64(nil), out...), nil, a.dim.Mul(v.dim))
	if a.dtype.isInt() && v.dtype.isInt() {
		return r.astype(Int64), nil
	}
	return result(r), nil
}
