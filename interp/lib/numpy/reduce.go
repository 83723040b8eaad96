package numpy

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// lanes calls fn with the values of every lane along axis (all elements
// when all is true), in the C order of the remaining axes. It returns the
// result shape.
func (a *Array) lanes(axis int, all, keep bool, fn func(j int, vals []float64)) []int {
	if all {
		if a.dtype == Float64 && a.contiguous() {
			fn(0, a.f[a.offset:a.offset+a.Size()]) // read-only use, no copy
		} else {
			fn(0, a.Float64s())
		}
		if keep {
			s := make([]int, len(a.shape))
			for k := range s {
				s[k] = 1
			}
			return s
		}
		return []int{}
	}
	var outShape, outStr []int
	for k := range a.shape {
		if k == axis {
			if keep {
				outShape = append(outShape, 1)
				outStr = append(outStr, 0)
			}
			continue
		}
		outShape = append(outShape, a.shape[k])
		outStr = append(outStr, a.strides[k])
	}
	walkShape, walkStr := outShape, outStr
	if keep {
		walkShape = append(append([]int(nil), a.shape[:axis]...), a.shape[axis+1:]...)
		walkStr = append(append([]int(nil), a.strides[:axis]...), a.strides[axis+1:]...)
	}
	n, st := a.shape[axis], a.strides[axis]
	buf := make([]float64, n)
	walk(walkShape, walkStr, a.offset, func(j, off int) {
		for c := 0; c < n; c++ {
			buf[c] = a.floatAt(off + c*st)
		}
		fn(j, buf)
	})
	return outShape
}

// reduction describes one reducing function.
type reduction struct {
	name string
	f    func(v []float64) float64
	// kind of result: keep the input dtype (int sums stay int), float,
	// int (argmin) or bool (any)
	keepInt, intResult, boolResult bool
	// dimension of the result from the input's
	dim func(d units.Dim, n int) units.Dim
	// empty is the error for empty input (min/max)
	emptyErr string
}

func keepDim(d units.Dim, _ int) units.Dim { return d }
func noDim(units.Dim, int) units.Dim       { return units.Dim{} }

// sumF is numpy's pairwise summation (same association, so the same
// rounding); the two top halves of long arrays are summed in parallel.
func sumF(v []float64) float64 {
	if len(v) >= parallelMin {
		h := len(v) / 2
		h -= h % 8
		var left, right float64
		parallelFor2(func() { left = pairwiseSum(v[:h]) }, func() { right = pairwiseSum(v[h:]) })
		return left + right
	}
	return pairwiseSum(v)
}

func pairwiseSum(v []float64) float64 {
	if len(v) < 8 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s
	}
	if len(v) <= 128 {
		// eight running sums in registers, as numpy's unrolled leaf
		r0, r1, r2, r3, r4, r5, r6, r7 := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
		k := 8
		for ; k+8 <= len(v); k += 8 {
			b := v[k : k+8 : k+8]
			r0 += b[0]
			r1 += b[1]
			r2 += b[2]
			r3 += b[3]
			r4 += b[4]
			r5 += b[5]
			r6 += b[6]
			r7 += b[7]
		}
		s := ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
		for ; k < len(v); k++ {
			s += v[k]
		}
		return s
	}
	h := len(v) / 2
	h -= h % 8
	return pairwiseSum(v[:h]) + pairwiseSum(v[h:])
}

func meanF(v []float64) float64 { return sumF(v) / float64(len(v)) }

func varF(v []float64, ddof int) float64 {
	m := meanF(v)
	d := make([]float64, len(v))
	for k, x := range v {
		d[k] = (x - m) * (x - m)
	}
	return sumF(d) / float64(len(v)-ddof)
}

func minF(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		if x < m || math.IsNaN(x) {
			if math.IsNaN(x) {
				return x
			}
			m = x
		}
	}
	return m
}

func maxF(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		if x > m || math.IsNaN(x) {
			if math.IsNaN(x) {
				return x
			}
			m = x
		}
	}
	return m
}

func argF(v []float64, better func(a, b float64) bool) float64 {
	best := 0
	for k, x := range v {
		if math.IsNaN(x) {
			return float64(k)
		}
		if better(x, v[best]) {
			best = k
		}
	}
	return float64(best)
}

func withoutNaN(v []float64) []float64 {
	out := make([]float64, 0, len(v))
	for _, x := range v {
		if !math.IsNaN(x) {
			out = append(out, x)
		}
	}
	return out
}

// percentileF is numpy's default (linear) percentile of sorted data.
func percentileF(v []float64, q float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	for _, x := range s {
		if math.IsNaN(x) {
			return math.NaN()
		}
	}
	pos := q / 100 * float64(len(s)-1)
	lo := math.Floor(pos)
	hi := math.Ceil(pos)
	if lo == hi {
		return s[int(lo)]
	}
	frac := pos - lo
	a, b := s[int(lo)], s[int(hi)]
	return a + (b-a)*frac
}

var reductions = map[string]reduction{
	"sum": {name: "sum", f: sumF, keepInt: true, dim: keepDim},
	"prod": {name: "prod", f: func(v []float64) float64 {
		p := 1.0
		for _, x := range v {
			p *= x
		}
		return p
	}, keepInt: true, dim: func(d units.Dim, n int) units.Dim { return d.Pow(float64(n)) }},
	"mean":    {name: "mean", f: meanF, dim: keepDim},
	"std":     {name: "std", f: func(v []float64) float64 { return math.Sqrt(varF(v, 0)) }, dim: keepDim},
	"var":     {name: "var", f: func(v []float64) float64 { return varF(v, 0) }, dim: func(d units.Dim, _ int) units.Dim { return d.Pow(2) }},
	"min":     {name: "min", f: minF, keepInt: true, dim: keepDim, emptyErr: "zero-size array to reduction operation minimum which has no identity"},
	"max":     {name: "max", f: maxF, keepInt: true, dim: keepDim, emptyErr: "zero-size array to reduction operation maximum which has no identity"},
	"argmin":  {name: "argmin", f: func(v []float64) float64 { return argF(v, func(a, b float64) bool { return a < b }) }, intResult: true, dim: noDim, emptyErr: "attempt to get argmin of an empty sequence"},
	"argmax":  {name: "argmax", f: func(v []float64) float64 { return argF(v, func(a, b float64) bool { return a > b }) }, intResult: true, dim: noDim, emptyErr: "attempt to get argmax of an empty sequence"},
	"any":     {name: "any", f: func(v []float64) float64 { return b2f(anyF(v)) }, boolResult: true, dim: noDim},
	"all":     {name: "all", f: func(v []float64) float64 { return b2f(allF(v)) }, boolResult: true, dim: noDim},
	"nansum":  {name: "nansum", f: func(v []float64) float64 { return sumF(withoutNaN(v)) }, keepInt: true, dim: keepDim},
	"nanmean": {name: "nanmean", f: func(v []float64) float64 { return meanF(withoutNaN(v)) }, dim: keepDim},
	"nanmax":  {name: "nanmax", f: func(v []float64) float64 { return maxOrNaN(withoutNaN(v), maxF) }, keepInt: true, dim: keepDim},
	"nanmin":  {name: "nanmin", f: func(v []float64) float64 { return maxOrNaN(withoutNaN(v), minF) }, keepInt: true, dim: keepDim},
	"nanstd":  {name: "nanstd", f: func(v []float64) float64 { return math.Sqrt(varF(withoutNaN(v), 0)) }, dim: keepDim},
	"median":  {name: "median", f: func(v []float64) float64 { return percentileF(v, 50) }, dim: keepDim},
	"ptp":     {name: "ptp", f: func(v []float64) float64 { return maxF(v) - minF(v) }, keepInt: true, dim: keepDim},
}

func maxOrNaN(v []float64, f func([]float64) float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	return f(v)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func anyF(v []float64) bool {
	for _, x := range v {
		if x != 0 {
			return true
		}
	}
	return false
}

func allF(v []float64) bool {
	for _, x := range v {
		if x == 0 {
			return false
		}
	}
	return true
}

// reduce applies r along axis (or over everything) with keepdims.
func (a *Array) reduce(r reduction, axisV interp.Value, keep bool, ddof int) (interp.Value, error) {
	axis, ok, err := axisArg(axisV, len(a.shape))
	if err != nil {
		return nil, err
	}
	n := a.Size()
	if ok {
		n = a.shape[axis]
	}
	if n == 0 && r.emptyErr != "" {
		return nil, interp.Errorf(interp.ValueError, "%s", r.emptyErr)
	}
	f := r.f
	if ddof != 0 && (r.name == "std" || r.name == "var") {
		f = func(v []float64) float64 {
			x := varF(v, ddof)
			if r.name == "std" {
				return math.Sqrt(x)
			}
			return x
		}
	}
	var vals []float64
	shape := a.lanes(axis, !ok, keep, func(j int, v []float64) {
		vals = append(vals, f(v))
	})
	var out *Array
	switch {
	case r.boolResult:
		b := make([]bool, len(vals))
		for k, v := range vals {
			b[k] = v != 0
		}
		out = NewBoolArray(b, shape)
	case r.intResult || (r.keepInt && (a.dtype.isInt() || (a.dtype == Bool && r.name != "min" && r.name != "max"))):
		iv := make([]int64, len(vals))
		for k, v := range vals {
			iv[k] = int64(v)
		}
		out = NewIntArray(iv, shape)
	case r.keepInt && a.dtype == Bool:
		b := make([]bool, len(vals))
		for k, v := range vals {
			b[k] = v != 0
		}
		out = NewBoolArray(b, shape)
	default:
		out = NewFloatArray(vals, shape, units.Dim{})
	}
	out.dim = r.dim(a.dim, n)
	if !out.dim.IsDimensionless() {
		out.quantity = true
	}
	return result(out), nil
}

// cumulative is cumsum / cumprod along axis (flattened when None).
func (a *Array) cumulative(prod bool, axisV interp.Value) (interp.Value, error) {
	src := a
	axis, ok, err := axisArg(axisV, len(a.shape))
	if err != nil {
		return nil, err
	}
	if !ok {
		src = NewFloatArray(a.Float64s(), nil, a.dim)
		if a.dtype != Float64 {
			src = a.copyArray().reshaped([]int{a.Size()})
		}
		axis = 0
	}
	if prod && !a.dim.IsDimensionless() {
		return nil, interp.Errorf(interp.TypeError, "cumprod is not supported for quantities with units")
	}
	dt := src.dtype
	if dt == Bool {
		dt = Int64
	}
	out := newArray(dt, src.shape)
	out.dim = src.dim
	st := cStrides(src.shape)
	ost := append(append([]int(nil), st[:axis]...), st[axis+1:]...)
	sst := append(append([]int(nil), src.strides[:axis]...), src.strides[axis+1:]...)
	rest := append(append([]int(nil), src.shape[:axis]...), src.shape[axis+1:]...)
	n := src.shape[axis]
	oOffs := make([]int, 0)
	walk(rest, ost, 0, func(_, off int) { oOffs = append(oOffs, off) })
	lane := 0
	walk(rest, sst, src.offset, func(_, off int) {
		o := oOffs[lane]
		lane++
		accF, accI := 0.0, int64(0)
		if prod {
			accF, accI = 1, 1
		}
		for c := 0; c < n; c++ {
			k := off + c*src.strides[axis]
			if dt == Float64 {
				if prod {
					accF *= src.floatAt(k)
				} else {
					accF += src.floatAt(k)
				}
				out.f[o+c*st[axis]] = accF
			} else {
				if prod {
					accI *= src.intAt(k)
				} else {
					accI += src.intAt(k)
				}
				out.setIntAt(o+c*st[axis], accI)
			}
		}
	})
	if !out.dim.IsDimensionless() {
		out.quantity = true
	}
	return out, nil
}
