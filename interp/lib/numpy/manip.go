package numpy

// This file holds the numpy functions that rearrange arrays: tile,
// repeat, meshgrid, diff.

import (
	"github.com/gobrian/gobrian/interp"
)

func npTile(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	a, reps, err := arrayAndShape(th, "tile", args, kw, "A", "reps")
	if err != nil {
		return nil, err
	}
	for len(reps) < len(a.shape) {
		reps = append([]int{1}, reps...)
	}
	for len(a.shape) < len(reps) {
		a, _ = a.expandDims(0)
	}
	shape := make([]int, len(reps))
	for k := range reps {
		shape[k] = a.shape[k] * reps[k]
	}
	if err := checkAlloc(shape); err != nil {
		return nil, err
	}
	out := newArray(a.dtype, shape)
	idx := make([]int, len(shape))
	walk(shape, cStrides(shape), 0, func(j, _ int) {
		r := j
		off := a.offset
		for d := len(shape) - 1; d >= 0; d-- {
			idx[d] = r % shape[d]
			r /= shape[d]
			off += (idx[d] % a.shape[d]) * a.strides[d]
		}
		copyElem(out, j, a, off)
	})
	out.dim, out.quantity = a.dim, a.quantity
	return result(out), nil
}

func copyElem(dst *Array, j int, src *Array, off int) {
	switch dst.dtype {
	case Float64:
		dst.f[j] = src.floatAt(off)
	case Bool:
		dst.b[j] = src.boolAt(off)
	default:
		dst.setIntAt(j, src.intAt(off))
	}
}

func npRepeat(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v, repV interp.Value
	var axisV interp.Value = interp.None
	if err := interp.UnpackArgs("repeat", args, kw, "a", &v, "repeats", &repV, "axis?", &axisV); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	if isNone(axisV) {
		a = a.flat()
		axisV = interp.Int(0)
	}
	axis, _, err := axisArg(axisV, len(a.shape))
	if err != nil {
		return nil, err
	}
	r, err := toArray(th, repV, false)
	if err != nil {
		return nil, err
	}
	n := a.shape[axis]
	reps := r.Int64s()
	if len(reps) == 1 {
		one := reps[0]
		reps = make([]int64, n)
		for k := range reps {
			reps[k] = one
		}
	}
	if len(reps) != n {
		return nil, interp.Errorf(interp.ValueError, "operands could not be broadcast together with shape (%d,) (%d,)", n, len(reps))
	}
	var idx []int64
	for k, c := range reps {
		if c < 0 {
			return nil, interp.Errorf(interp.ValueError, "negative dimensions are not allowed")
		}
		for ; c > 0; c-- {
			idx = append(idx, int64(k))
		}
	}
	if idx == nil {
		idx = []int64{}
	}
	key := make(interp.Tuple, len(a.shape))
	for k := range key {
		key[k] = &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.None}
	}
	key[axis] = NewIntArray(idx, nil)
	return a.GetItem(th, key)
}

func npMeshgrid(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	indexing := "xy"
	for _, k := range kw {
		if k.Name == "indexing" {
			if s, ok := k.Value.(interp.Str); ok {
				indexing = string(s)
			}
		}
	}
	arrs := make([]*Array, len(args))
	for k, v := range args {
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		arrs[k] = a.flat()
	}
	shape := make([]int, len(arrs))
	for k, a := range arrs {
		shape[k] = a.Size()
	}
	if indexing == "xy" && len(shape) >= 2 {
		shape[0], shape[1] = shape[1], shape[0]
	}
	out := make([]interp.Value, len(arrs))
	for k, a := range arrs {
		ax := k
		if indexing == "xy" && len(shape) >= 2 && k < 2 {
			ax = 1 - k
		}
		st := make([]int, len(shape))
		st[ax] = 1
		out[k] = a.view(shape, st, a.offset).copyArray()
	}
	return interp.NewList(out), nil
}

func npDiff(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	n, axis := 1, -1
	if err := interp.UnpackArgs("diff", args, kw, "a", &v, "n?", &n, "axis?", &axis); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	if len(a.shape) == 0 {
		return nil, interp.Errorf(interp.ValueError, "diff requires input that is at least one dimensional")
	}
	if axis < 0 {
		axis += len(a.shape)
	}
	for ; n > 0; n-- {
		m := a.shape[axis]
		if m == 0 {
			break
		}
		hi := sliceAxis(a, axis, 1, m)
		lo := sliceAxis(a, axis, 0, m-1)
		dt := a.dtype
		if dt == Bool {
			dt = Bool
		}
		r, err := elementwise(interp.Sub, hi, lo, max(dt, Int32))
		if a.dtype == Bool {
			r, err = elementwise(interp.BitXor, hi, lo, Bool)
		}
		if err != nil {
			return nil, err
		}
		r.dim, r.quantity = a.dim, a.quantity
		a = r
	}
	return a, nil
}

func sliceAxis(a *Array, axis, lo, hi int) *Array {
	shape := append([]int(nil), a.shape...)
	shape[axis] = max(hi-lo, 0)
	return a.view(shape, a.strides, a.offset+lo*a.strides[axis])
}
