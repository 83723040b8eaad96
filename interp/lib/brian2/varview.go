package brian2

import (
	"fmt"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/units"
)

// variableView is Brian's VariableView: what G.v, G.v_, M.t, S.i,
// S.count and defaultclock.t return. It reads its values afresh on every
// use (so a view taken before run() shows the state after it), prints as
// "<neurongroup.v: array([...]) * mvolt>", and forwards arithmetic,
// comparisons, indexing and numpy functions to those values. Views of a
// group's variables also take string indices (G.v['i>5']) and
// unit-checked assignments (G.v[0] = 5*mV).
type variableView struct {
	s *state
	// owner is the name of the object the view was taken from.
	owner string
	// name is the variable's name; display adds "_" when !withUnits.
	name      string
	withUnits bool
	// scalar marks shared variables (defaultclock.t): one value, no
	// indexing other than [:].
	scalar bool
	// values returns the current values, an array sharing the simulator's
	// memory where it can (0-d for scalar views).
	values func(th *interp.Thread) (*numpy.Array, error)
	// gr is the group for string indices and assignments; nil makes the
	// view read-only (monitors and clocks).
	gr *group
	// subexpr marks a computed subexpression (not assignable).
	subexpr bool
}

func (v *variableView) Type() *interp.Class { return v.s.cls.variableView }

// NumpyArray lets numpy functions and operators take the view as the
// array of its values (numpy.ArrayProvider).
func (v *variableView) NumpyArray(th *interp.Thread) (*numpy.Array, error) {
	return v.values(th)
}

// WrapsNumpyResults: VariableView defines __array_wrap__, through which
// numpy's reductions lose the units in Brian (numpy.ResultWrapper).
func (v *variableView) WrapsNumpyResults() bool { return true }

// all is Brian's self[:]: the values as a Python value (a scalar for a
// shared variable, as Brian returns it).
func (v *variableView) all(th *interp.Thread) (interp.Value, error) {
	a, err := v.values(th)
	if err != nil {
		return nil, err
	}
	if !v.scalar {
		return a, nil
	}
	switch a.DType() {
	case numpy.Bool:
		return interp.Bool(a.Bools()[0]), nil
	case numpy.Int32, numpy.Int64:
		return interp.Int(a.Int64s()[0]), nil
	}
	return numpy.NewQuantity(a.Float64s()[0], a.Dim()), nil
}

// displayName adds "_" for a view without units, except for
// subexpressions, which Brian shows under their plain name either way.
func (v *variableView) displayName() string {
	if v.withUnits || v.subexpr {
		return v.name
	}
	return v.name + "_"
}

// Repr is "<owner.name: repr(values)>"; Brian has no separate str().
func (v *variableView) Repr(th *interp.Thread) (string, error) {
	vals, err := v.all(th)
	if err != nil {
		return "", err
	}
	text, err := interp.Repr(th, vals)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<%s.%s: %s>", v.owner, v.displayName(), text), nil
}

// Attr gives the few attributes Brian's VariableView has; anything else
// (G.v.mean) is an AttributeError there too.
func (v *variableView) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "shape", "ndim", "dtype":
		vals, err := v.all(th)
		if err != nil {
			return nil, err
		}
		return interp.GetAttr(th, vals, name)
	case "name":
		return interp.Str(v.name), nil
	case "dim", "unit":
		if !v.withUnits {
			return interp.None, nil
		}
		a, err := v.values(th)
		if err != nil {
			return nil, err
		}
		if name == "unit" {
			return numpy.NewUnit(units.UnscaledUnit(a.Dim())), nil
		}
		return interp.GetAttr(th, numpy.NewFloatArray([]float64{1}, []int{}, a.Dim()), "dim")
	case "group_name":
		return interp.Str(v.owner), nil
	case "get_item", "set_item":
		return interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var item, value interp.Value
			var level, namespace interp.Value = interp.Int(0), interp.None
			if name == "get_item" {
				if err := interp.UnpackArgs(name, args, kw, "item", &item, "level?", &level, "namespace?", &namespace); err != nil {
					return nil, err
				}
				return v.GetItem(th, item)
			}
			if err := interp.UnpackArgs(name, args, kw, "item", &item, "value", &value, "level?", &level, "namespace?", &namespace); err != nil {
				return nil, err
			}
			return interp.None, v.SetItem(th, item, value)
		}), nil
	}
	return nil, nil
}

func (v *variableView) AttrNames() []string {
	return []string{"dim", "dtype", "get_item", "group_name", "name", "ndim", "set_item", "shape", "unit"}
}

// Len is len(self[:]).
func (v *variableView) Len(th *interp.Thread) (int, error) {
	vals, err := v.all(th)
	if err != nil {
		return 0, err
	}
	return interp.Len(th, vals)
}

// Iterate follows Python's fallback for a class without __iter__:
// self[0], self[1], ... until IndexError.
func (v *variableView) Iterate(th *interp.Thread) (interp.Iterator, error) {
	if v.scalar {
		// self[0] raises IndexError at once: an empty iteration.
		return &emptyIter{}, nil
	}
	a, err := v.values(th)
	if err != nil {
		return nil, err
	}
	return a.Iterate(th)
}

type emptyIter struct{}

func (*emptyIter) Next(*interp.Thread) (interp.Value, bool, error) { return nil, false, nil }

// Contains is Python's fallback through iteration with ==.
func (v *variableView) Contains(th *interp.Thread, item interp.Value) (bool, error) {
	it, err := v.Iterate(th)
	if err != nil {
		return false, err
	}
	for {
		x, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := interp.CompareBool(th, interp.Eq, x, item); err != nil || eq {
			return eq, err
		}
	}
}

// Hash: Brian's VariableView defines __eq__ without __hash__.
func (v *variableView) Hash(*interp.Thread) (uint64, error) {
	return 0, interp.Errorf(interp.TypeError, "unhashable type: 'VariableView'")
}

// Binary is Brian's "self[:] op np.asanyarray(other)".
func (v *variableView) Binary(th *interp.Thread, op interp.Op, other interp.Value, reflected bool) (interp.Value, error) {
	if reflected && op == interp.Pow && v.withUnits {
		a, err := v.values(th)
		if err != nil {
			return nil, err
		}
		if !a.Dim().IsDimensionless() {
			return nil, interp.Errorf(interp.TypeError, "Cannot use '%s' as an exponent, it has dimensions %s.", v.name, units.DisplayUnit(a.Dim()))
		}
	}
	self, o, err := v.operands(th, other)
	if err != nil {
		return nil, err
	}
	if reflected {
		return interp.Binary(th, op, o, self)
	}
	return interp.Binary(th, op, self, o)
}

// operands is the pair (self[:], np.asanyarray(other)) a binary operator or
// comparison works on.
func (v *variableView) operands(th *interp.Thread, other interp.Value) (self, o interp.Value, err error) {
	self, err = v.all(th)
	if err != nil {
		return nil, nil, err
	}
	o, err = asAnyArray(th, other)
	if err != nil {
		return nil, nil, err
	}
	return self, o, nil
}

// asAnyArray converts lists and tuples as np.asanyarray does; arrays,
// numbers and other objects pass unchanged.
func asAnyArray(th *interp.Thread, x interp.Value) (interp.Value, error) {
	switch x.(type) {
	case interp.Tuple, *interp.List:
		data, shape, dim, err := numpy.AsFloats(th, x)
		if err != nil {
			return nil, err
		}
		return numpy.NewFloatArray(data, shape, dim), nil
	case *variableView:
		return x.(*variableView).all(th)
	}
	return x, nil
}

// Compare is "self[:] op np.asanyarray(other)".
func (v *variableView) Compare(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	self, o, err := v.operands(th, other)
	if err != nil {
		return nil, err
	}
	return interp.Compare(th, op, self, o)
}

// Unary: -G.v and +G.v; ~ is not defined on VariableView.
func (v *variableView) Unary(th *interp.Thread, op interp.Op) (interp.Value, error) {
	if op == interp.Invert {
		return nil, nil
	}
	self, err := v.all(th)
	if err != nil {
		return nil, err
	}
	if op == interp.Pos {
		return self, nil
	}
	return interp.Unary(th, op, self)
}

// Inplace is G.v += x: self[:] = self[:] + x, returning the view.
func (v *variableView) Inplace(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	if _, ok := other.(interp.Str); ok {
		sym := op.String()
		if op == interp.Mod {
			sym = "//" // Brian's message for %= says // too
		}
		return nil, interp.Errorf(interp.TypeError, "In-place modification with strings not supported. Use group.var = 'var %s expression' instead of group.var %s= 'expression'.", sym, sym)
	}
	if v.subexpr {
		return nil, interp.Errorf(interp.TypeError, "Cannot assign to a subexpression.")
	}
	rhs, err := v.Binary(th, op, other, false)
	if err != nil {
		return nil, err
	}
	if rhs == nil {
		return nil, nil
	}
	if err := v.SetItem(th, &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.None}, rhs); err != nil {
		return nil, err
	}
	return v, nil
}
