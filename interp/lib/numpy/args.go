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
