package brian2

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// isFullSlice reports the key ":" (slice(None)).
func isFullSlice(key interp.Value) bool {
	sl, ok := key.(*interp.Slice)
	if !ok {
		return false
	}
	none := func(x interp.Value) bool { return x == nil || x == interp.None }
	return none(sl.Start) && none(sl.Stop) && none(sl.Step)
}

// GetItem is Brian's get_item: G.v[0], G.v[:5], G.v[mask] index the
// values; G.v['v > 0.5*mV'] selects where a condition holds.
func (v *variableView) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	if cond, ok := key.(interp.Str); ok {
		if v.scalar {
			return nil, interp.Errorf(interp.IndexError, "Cannot access the variable '%s' with a string expression, it is a scalar variable.", v.name)
		}
		mask, err := v.condition(th, string(cond))
		if err != nil {
			return nil, err
		}
		a, err := v.values(th)
		if err != nil {
			return nil, err
		}
		return a.GetItem(th, numpy.NewBoolArray(mask, nil))
	}
	if v.scalar {
		if !isFullSlice(key) {
			return nil, interp.Errorf(interp.IndexError, "Illegal index for variable '%s', it is a scalar variable.", v.name)
		}
		return v.all(th)
	}
	if pair, ok := v.synapseKey(key); ok {
		idx, err := v.synapseIndices(th, pair)
		if err != nil {
			return nil, err
		}
		key = intArray(idx)
	}
	a, err := v.values(th)
	if err != nil {
		return nil, err
	}
	return a.GetItem(th, key)
}

// condition evaluates a string condition over the group's elements.
func (v *variableView) condition(th *interp.Thread, cond string) ([]bool, error) {
	if v.gr == nil {
		return nil, interp.Errorf(interp.NotImplementedError, "string indices are only supported for group variables in gobrian, not for %s.%s", v.owner, v.name)
	}
	v.s.bind(th)
	vals, _, err := v.gr.owner().Eval(cond, v.s.resolver(th))
	if err != nil {
		return nil, v.s.pyError(err, "accessing")
	}
	mask := make([]bool, len(vals))
	for k, x := range vals {
		mask[k] = x != 0
	}
	return mask, nil
}

// variable is the simulator variable behind a group's view, or Brian's
// read-only error for views that cannot be assigned.
func (v *variableView) variable() (*sim.Variable, error) {
	readOnly := interp.Errorf(interp.TypeError, "Variable %s is read-only.", v.name)
	if v.gr == nil || v.subexpr {
		return nil, readOnly
	}
	sv, err := v.gr.owner().Var(v.name)
	if err != nil {
		return nil, v.s.pyError(err, "setting")
	}
	if sv.ReadOnly {
		return nil, readOnly
	}
	return sv, nil
}

// SetItem is Brian's set_item: numbers, arrays and quantities (unit
// checked unless the view is G.v_), string expressions, string
// conditions, or both.
func (v *variableView) SetItem(th *interp.Thread, key, val interp.Value) error {
	sv, err := v.variable()
	if err != nil {
		return err
	}
	if isFullSlice(key) {
		key = interp.Str("True")
	}
	code, valIsStr := val.(interp.Str)
	cond, keyIsStr := key.(interp.Str)
	switch {
	case valIsStr && keyIsStr:
		return v.setExpr(th, sv, string(code), string(cond))
	case keyIsStr:
		scalar, err := scalarValue(th, val)
		if err != nil {
			return err
		}
		if scalar == nil {
			if cond != "True" {
				return interp.Errorf(interp.TypeError, "When setting a variable based on a string index, the value has to be a string or a scalar.")
			}
			return v.setValues(th, sv, nil, val)
		}
		if cond == "True" {
			return v.setValues(th, sv, nil, scalar)
		}
		text, err := interp.Repr(th, scalar)
		if err != nil {
			return err
		}
		return v.setExpr(th, sv, text, string(cond))
	case valIsStr:
		idx, err := v.indices(th, key)
		if err != nil {
			return err
		}
		v.s.bind(th)
		return v.s.pyError(v.gr.owner().SetExprIndices(v.name, string(code), idx, v.s.resolver(th)), "setting")
	}
	return v.setValues(th, sv, key, val)
}

// scalarValue returns the value to use when val converts to a float as
// Brian checks it (a size-1 array gives its element), or nil.
func scalarValue(th *interp.Thread, val interp.Value) (interp.Value, error) {
	data, shape, _, err := numpy.AsFloats(th, val)
	if err != nil || len(data) != 1 {
		return nil, nil
	}
	if len(shape) > 0 {
		return interp.GetItem(th, val, interp.Int(0))
	}
	return val, nil
}

// setExpr sets the variable from code where cond holds ("True": all).
func (v *variableView) setExpr(th *interp.Thread, sv *sim.Variable, code, cond string) error {
	if sv.Shared && cond != "True" {
		return interp.Errorf(interp.IndexError, "Cannot conditionally set the scalar variable '%s'.", v.name)
	}
	if cond == "True" {
		cond = ""
	}
	v.s.bind(th)
	return v.s.pyError(v.gr.owner().SetExpr(v.name, code, cond, v.s.resolver(th)), "setting")
}

// indices resolves an index (int, slice, mask, index list) to element
// positions within the group, as numpy indexes np.arange(N).
func (v *variableView) indices(th *interp.Thread, key interp.Value) ([]int, error) {
	if pair, ok := v.synapseKey(key); ok {
		return v.synapseIndices(th, pair)
	}
	return arangeIndex(th, v.gr.n(), key)
}

// arangeIndex is np.arange(n)[key] as positions.
func arangeIndex(th *interp.Thread, n int, key interp.Value) ([]int, error) {
	all := make([]int64, n)
	for k := range all {
		all[k] = int64(k)
	}
	sel, err := numpy.NewIntArray(all, nil).GetItem(th, key)
	if err != nil {
		return nil, err
	}
	data, _, _, err := numpy.AsFloats(th, sel)
	if err != nil {
		return nil, err
	}
	idx := make([]int, len(data))
	for k, x := range data {
		idx[k] = int(x)
	}
	return idx, nil
}

// setValues is Brian's set_with_index_array; key nil means all elements.
func (v *variableView) setValues(th *interp.Thread, sv *sim.Variable, key, val interp.Value) error {
	data, shape, dim, err := numpy.AsFloats(th, val)
	if err != nil {
		return err
	}
	if v.withUnits && dim != sv.Dim && !isPlainZero(val) {
		return numpy.DimensionError(units.MismatchMessage("Incorrect unit for setting variable "+v.name, sv.Dim, dim))
	}
	target := sv.Data()
	if sv.Shared {
		if key != nil && !isFullSlice(key) {
			// Brian's message lacks the f-string prefix: the braces show.
			return interp.Errorf(interp.IndexError, "Illegal index for variable '{self.name}', it is a scalar variable.")
		}
		return assignValues(v.name, target, data, shape, sv.Kind)
	}
	a, b := v.gr.span()
	target = target[a:b]
	if key == nil {
		return assignValues(v.name, target, data, shape, sv.Kind)
	}
	idx, err := v.indices(th, key)
	if err != nil {
		return err
	}
	if len(shape) > 0 && (len(shape) != 1 || (shape[0] != 1 && shape[0] != len(idx))) {
		return interp.Errorf(interp.ValueError, "Provided values do not match the size of the indices, %d != %d.", shape[0], len(idx))
	}
	for k, i := range idx {
		x := data[0]
		if len(data) == len(idx) {
			x = data[k]
		}
		target[i] = convertKind(x, sv.Kind)
	}
	return nil
}

// isPlainZero reports a Python 0 or 0.0, which Brian lets match any unit.
func isPlainZero(v interp.Value) bool {
	switch x := v.(type) {
	case interp.Int:
		return x == 0
	case interp.Float:
		return x == 0
	}
	return false
}
