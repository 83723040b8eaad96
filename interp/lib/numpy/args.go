package numpy

import (
	"github.com/gobrian/gobrian/interp"
)

// isNone reports a missing or None argument.
func isNone(v interp.Value) bool {
	if v == nil {
		return true
	}
	_, ok := v.(interp.NoneType)
	return ok
}

// axisArg normalises an axis argument: ok false means "all axes".
func axisArg(v interp.Value, ndim int) (axis int, ok bool, err error) {
	if isNone(v) {
		return 0, false, nil
	}
	i, err := interp.AsInt(v)
	if err != nil {
		return 0, false, err
	}
	ax := int(i)
	if ax < -ndim || ax >= ndim {
		return 0, false, interp.Errorf(AxisError, "axis %d is out of bounds for array of dimension %d", ax, ndim)
	}
	if ax < 0 {
		ax += ndim
	}
	return ax, true, nil
}

// AxisError is numpy's AxisError (a ValueError and IndexError).
var AxisError = interp.NewClass("AxisError", "numpy", interp.ValueError, interp.IndexError)

// shapeArg reads a shape: an int or a sequence of ints.
func shapeArg(th *interp.Thread, v interp.Value) ([]int, error) {
	if _, ok := v.(*interp.BigInt); ok {
		return nil, interp.Errorf(interp.ValueError, "Maximum allowed dimension exceeded")
	}
	if isScalarValue(v) {
		if _, isFloat := v.(interp.Float); isFloat {
			return nil, interp.Errorf(interp.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := interp.AsInt(v)
		if err != nil {
			return nil, err
		}
		if n > 1<<40 || n < -(1<<40) {
			return nil, memoryError([]int{int(n)})
		}
		return []int{int(n)}, nil
	}
	items, err := interp.ToSlice(th, v)
	if err != nil {
		return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	shape := make([]int, len(items))
	for k, it := range items {
		n, err := interp.AsInt(it)
		if err != nil {
			return nil, err
		}
		shape[k] = int(n)
	}
	return shape, nil
}

// arrayAndShape unpacks function name's array argument n1 and shape
// argument n2 (an int or a sequence of ints).
func arrayAndShape(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg, n1, n2 string) (*Array, []int, error) {
	var v, s interp.Value
	if err := interp.UnpackArgs(name, args, kw, n1, &v, n2, &s); err != nil {
		return nil, nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, nil, err
	}
	shape, err := shapeArg(th, s)
	if err != nil {
		return nil, nil, err
	}
	return a, shape, nil
}

// shapeArgs reads a shape given as one argument or as several ints, as
// a.reshape(2, 3) and a.reshape((2, 3)) both do.
func shapeArgs(th *interp.Thread, args []interp.Value) ([]int, error) {
	if len(args) == 1 {
		return shapeArg(th, args[0])
	}
	return shapeArg(th, interp.Tuple(args))
}

// kwargsMap splits keyword arguments by name.
func kwargsMap(kwargs []interp.Kwarg) map[string]interp.Value {
	m := make(map[string]interp.Value, len(kwargs))
	for _, kw := range kwargs {
		m[kw.Name] = kw.Value
	}
	return m
}

// builtin makes a module function.
func builtin(name string, fn func(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error)) *interp.Builtin {
	return interp.NewBuiltin(name, fn)
}

// seqItems returns the elements of a tuple or list; ok is false for any
// other value.
func seqItems(v interp.Value) (items []interp.Value, ok bool) {
	switch x := v.(type) {
	case interp.Tuple:
		return x, true
	case *interp.List:
		return x.Elems, true
	}
	return nil, false
}

// arrays2 converts two operands to arrays (keeping units), a first.
func arrays2(th *interp.Thread, x, y interp.Value) (*Array, *Array, error) {
	a, err := toArray(th, x, true)
	if err != nil {
		return nil, nil, err
	}
	b, err := toArray(th, y, true)
	if err != nil {
		return nil, nil, err
	}
	return a, b, nil
}

// arg2 unpacks the two required arguments n1 and n2 of function name and
// converts both to arrays.
func arg2(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg, n1, n2 string) (*Array, *Array, error) {
	var x, y interp.Value
	if err := interp.UnpackArgs(name, args, kw, n1, &x, n2, &y); err != nil {
		return nil, nil, err
	}
	return arrays2(th, x, y)
}
