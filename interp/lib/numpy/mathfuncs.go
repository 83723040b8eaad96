package numpy

// This file holds numpy's rounding, clipping and comparison helpers:
// clip, round, percentile, isclose.

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

func npClip(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av, lov, hiv interp.Value
	if err := interp.UnpackArgs("clip", args, kw, "a", &av, "a_min", &lov, "a_max", &hiv); err != nil {
		return nil, err
	}
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	r := interp.Value(a)
	for k, bound := range []interp.Value{lov, hiv} {
		if isNone(bound) {
			continue
		}
		b, err := toArray(th, bound, true)
		if err != nil {
			return nil, err
		}
		if err := checkSameDims(th, a, b, func(_, _ string) string { return "clip" }); err != nil {
			return nil, err
		}
		name := "maximum"
		if k == 1 {
			name = "minimum"
		}
		b = b.withDim(a.dim)
		if r, err = binaryUfunc(th, name, r, b); err != nil {
			return nil, err
		}
	}
	if ra, ok := r.(*Array); ok && ra == a {
		return result(a.copyArray()), nil
	}
	return r, nil
}

func npRound(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av interp.Value
	decimals := 0
	if err := interp.UnpackArgs("round", args, kw, "a", &av, "decimals?", &decimals); err != nil {
		return nil, err
	}
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	if a.dtype != Float64 {
		return result(a.copyArray()), nil
	}
	out := a.copyArray()
	for k, v := range out.f {
		out.f[k] = roundHalfEven(v, decimals)
	}
	return result(out), nil
}

func npPercentile(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var av, qv interp.Value
	var axis interp.Value = interp.None
	if err := interp.UnpackArgs("percentile", args, kw, "a", &av, "q", &qv, "axis?", &axis); err != nil {
		return nil, err
	}
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	q, err := toArray(th, qv, false)
	if err != nil {
		return nil, err
	}
	qs := q.Float64s()
	for _, x := range qs {
		if x < 0 || x > 100 {
			return nil, interp.Errorf(interp.ValueError, "Percentiles must be in the range [0, 100]")
		}
	}
	if len(q.shape) == 0 {
		r := reduction{name: "percentile", f: func(v []float64) float64 { return percentileF(v, qs[0]) }, dim: keepDim}
		return a.reduce(r, axis, false, 0)
	}
	if !isNone(axis) {
		return nil, interp.Errorf(interp.NotImplementedError, "percentile with several q along an axis")
	}
	data := a.Float64s()
	out := make([]float64, len(qs))
	for k, x := range qs {
		out[k] = percentileF(data, x)
	}
	return NewFloatArray(out, q.shape, a.dim), nil
}

func npIsclose(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var xv, yv interp.Value
	rtol, atol := 1e-5, 1e-8
	equalNan := false
	if err := interp.UnpackArgs("isclose", args, kw, "a", &xv, "b", &yv, "rtol?", &rtol, "atol?", &atol, "equal_nan?", &equalNan); err != nil {
		return nil, err
	}
	a, b, err := arrays2(th, xv, yv)
	if err != nil {
		return nil, err
	}
	shape, err := broadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	out := newArray(Bool, shape)
	walk2(shape, a, b, func(j, ka, kb int) {
		p, q := a.floatAt(ka), b.floatAt(kb)
		switch {
		case math.IsNaN(p) || math.IsNaN(q):
			out.b[j] = equalNan && math.IsNaN(p) && math.IsNaN(q)
		case math.IsInf(p, 0) || math.IsInf(q, 0):
			out.b[j] = p == q
		default:
			out.b[j] = math.Abs(p-q) <= atol+rtol*math.Abs(q)
		}
	})
	return result(out), nil
}
