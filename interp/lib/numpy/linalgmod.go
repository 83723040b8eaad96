package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// linalgModule is numpy.linalg (norm only).
func linalgModule() *interp.Module {
	m := interp.NewModule("numpy.linalg")
	m.Set("norm", builtin("norm", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		var ord, axis interp.Value = interp.None, interp.None
		if err := interp.UnpackArgs("norm", args, kw, "x", &v, "ord?", &ord, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		if !isNone(ord) {
			return nil, interp.Errorf(interp.NotImplementedError, "norm with ord is not supported")
		}
		r := reduction{name: "norm", f: func(v []float64) float64 {
			s := 0.0
			for _, x := range v {
				s += x * x
			}
			return math.Sqrt(s)
		}, dim: keepDim}
		return a.reduce(r, axis, false, 0)
	}))
	return m
}
