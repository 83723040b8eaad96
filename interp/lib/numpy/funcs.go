package numpy

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// functions is the stateless part of the numpy namespace.
var functions map[string]fnType

// callFunc calls a numpy function by name (array methods delegate).
func callFunc(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	return functions[name](th, args, kw)
}

func arg1(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg) (*Array, error) {
	var v interp.Value
	if err := interp.UnpackArgs(name, args, kw, "a", &v); err != nil {
		return nil, err
	}
	return toArray(th, v, true)
}

func init() {
	functions = map[string]fnType{
		"array":      npArray,
		"asarray":    npAsarray,
		"asanyarray": npAsarray,
		"zeros":      npZeros("zeros", interp.Int(0)),
		"ones":       npZeros("ones", interp.Int(1)),
		"empty":      npZeros("empty", interp.Int(0)),
		"full":       npFull,
		"zeros_like": npLike("zeros_like", interp.Int(0)),
		"ones_like":  npLike("ones_like", interp.Int(1)),
		"empty_like": npLike("empty_like", interp.Int(0)),
		"full_like":  npLike("full_like", nil),
		"arange":     npArange,
		"linspace":   npLinspace,
		"logspace":   npLogspace,
		"eye":        npEye,
		"identity": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return npEye(th, args, kw)
		},
		"copy": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "copy", args, kw)
			if err != nil {
				return nil, err
			}
			return result(a.copyArray()), nil
		},
		"concatenate": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var seq interp.Value
			var axisV interp.Value = interp.Int(0)
			if err := interp.UnpackArgs("concatenate", args, kw, "arrays", &seq, "axis?", &axisV); err != nil {
				return nil, err
			}
			arrs, err := arraysOf(th, seq, "concatenate")
			if err != nil {
				return nil, err
			}
			if isNone(axisV) {
				for k, a := range arrs {
					arrs[k] = a.flat()
				}
				return concat(arrs, 0)
			}
			ax, err := interp.AsInt(axisV)
			if err != nil {
				return nil, err
			}
			return concat(arrs, int(ax))
		},
		"hstack": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			arrs, err := seqArg(th, "hstack", args, kw)
			if err != nil {
				return nil, err
			}
			for k, a := range arrs {
				arrs[k] = atLeast(a, 1)
			}
			if len(arrs[0].shape) == 1 {
				return concat(arrs, 0)
			}
			return concat(arrs, 1)
		},
		"vstack": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			arrs, err := seqArg(th, "vstack", args, kw)
			if err != nil {
				return nil, err
			}
			for k, a := range arrs {
				arrs[k] = atLeast(a, 2)
			}
			return concat(arrs, 0)
		},
		"column_stack": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			arrs, err := seqArg(th, "column_stack", args, kw)
			if err != nil {
				return nil, err
			}
			for k, a := range arrs {
				if len(a.shape) < 2 {
					a = atLeast(a, 1)
					arrs[k], _ = a.expandDims(1)
				}
			}
			return concat(arrs, 1)
		},
		"stack": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var seq interp.Value
			axis := 0
			if err := interp.UnpackArgs("stack", args, kw, "arrays", &seq, "axis?", &axis); err != nil {
				return nil, err
			}
			arrs, err := arraysOf(th, seq, "stack")
			if err != nil {
				return nil, err
			}
			first := arrs[0].shape
			for k, a := range arrs {
				if !sameShape(a.shape, first) {
					return nil, interp.Errorf(interp.ValueError, "all input arrays must have the same shape")
				}
				if arrs[k], err = a.expandDims(axis); err != nil {
					return nil, err
				}
			}
			if axis < 0 {
				axis += len(arrs[0].shape)
			}
			return concat(arrs, axis)
		},
		"tile":     npTile,
		"repeat":   npRepeat,
		"meshgrid": npMeshgrid,
		"diff":     npDiff,
		"where":    npWhere,
		"nonzero": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "nonzero", args, kw)
			if err != nil {
				return nil, err
			}
			return arrayMethods["nonzero"](th, a, nil, nil)
		},
		"flatnonzero": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "flatnonzero", args, kw)
			if err != nil {
				return nil, err
			}
			return nonzero(a.flat())[0], nil
		},
		"argwhere": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "argwhere", args, kw)
			if err != nil {
				return nil, err
			}
			cols := nonzero(a)
			nd := len(cols)
			n := 0
			if nd > 0 {
				n = cols[0].Size()
			}
			out := make([]int64, n*nd)
			for d, c := range cols {
				for r := 0; r < n; r++ {
					out[r*nd+d] = c.i[r]
				}
			}
			return NewIntArray(out, []int{n, nd}), nil
		},
		"count_nonzero": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "count_nonzero", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.Int(nonzero(a.flat())[0].Size()), nil
		},
		"sort": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value
			var axis interp.Value = interp.Int(-1)
			if err := interp.UnpackArgs("sort", args, kw, "a", &v, "axis?", &axis); err != nil {
				return nil, err
			}
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			if isNone(axis) {
				return sortArray(a.flat(), -1, false)
			}
			ax, _, err := axisArg(axis, len(a.shape))
			if err != nil {
				return nil, err
			}
			return sortArray(a, ax, false)
		},
		"argsort": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value
			var axis interp.Value = interp.Int(-1)
			if err := interp.UnpackArgs("argsort", args, kw, "a", &v, "axis?", &axis); err != nil {
				return nil, err
			}
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			ax, _, err := axisArg(axis, len(a.shape))
			if err != nil {
				return nil, err
			}
			return sortArray(a, ax, true)
		},
		"unique":       npUnique,
		"searchsorted": npSearchsorted,
		"interp":       npInterp,
		"bincount":     npBincount,
		"histogram":    npHistogram,
		"convolve":     npConvolve,
		"outer": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x, y interp.Value
			if err := interp.UnpackArgs("outer", args, kw, "a", &x, "b", &y); err != nil {
				return nil, err
			}
			a, err := toArray(th, x, true)
			if err != nil {
				return nil, err
			}
			b, err := toArray(th, y, true)
			if err != nil {
				return nil, err
			}
			a = a.flat().reshaped([]int{a.Size(), 1})
			b = b.flat().reshaped([]int{1, b.Size()})
			return arith(th, interp.Mul, a, b, false, false)
		},
		"dot": npDot,
		"matmul": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x, y interp.Value
			if err := interp.UnpackArgs("matmul", args, kw, "x1", &x, "x2", &y); err != nil {
				return nil, err
			}
			a, err := toArray(th, x, true)
			if err != nil {
				return nil, err
			}
			b, err := toArray(th, y, true)
			if err != nil {
				return nil, err
			}
			return matmul(a, b)
		},
		"transpose": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value
			var axes interp.Value = interp.None
			if err := interp.UnpackArgs("transpose", args, kw, "a", &v, "axes?", &axes); err != nil {
				return nil, err
			}
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			if isNone(axes) {
				return a.transpose(nil)
			}
			return arrayMethods["transpose"](th, a, []interp.Value{axes}, nil)
		},
		"reshape": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v, s interp.Value
			if err := interp.UnpackArgs("reshape", args, kw, "a", &v, "newshape", &s); err != nil {
				return nil, err
			}
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			return arrayMethods["reshape"](th, a, []interp.Value{s}, nil)
		},
		"ravel": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "ravel", args, kw)
			if err != nil {
				return nil, err
			}
			return a.ravel(), nil
		},
		"squeeze": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "squeeze", args, kw)
			if err != nil {
				return nil, err
			}
			return result(a.squeeze()), nil
		},
		"expand_dims": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value
			var axis int
			if err := interp.UnpackArgs("expand_dims", args, kw, "a", &v, "axis", &axis); err != nil {
				return nil, err
			}
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			return a.expandDims(axis)
		},
		"shape": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "shape", args, kw)
			if err != nil {
				return nil, err
			}
			return a.Attr(th, "shape")
		},
		"size": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "size", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.Int(a.Size()), nil
		},
		"ndim": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := arg1(th, "ndim", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.Int(len(a.shape)), nil
		},
		"clip":   npClip,
		"round":  npRound,
		"around": npRound,
		"round_": npRound,
		"cumsum": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return cumFunc(th, "cumsum", false, args, kw)
		},
		"cumprod": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return cumFunc(th, "cumprod", true, args, kw)
		},
		"percentile": npPercentile,
		"isclose":    npIsclose,
		"allclose": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			r, err := npIsclose(th, args, kw)
			if err != nil {
				return nil, err
			}
			a, _ := toArray(th, r, false)
			return interp.Bool(allF(a.Float64s())), nil
		},
		"array_equal": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x, y interp.Value
			if err := interp.UnpackArgs("array_equal", args, kw, "a1", &x, "a2", &y); err != nil {
				return nil, err
			}
			a, err := toArray(th, x, true)
			if err != nil {
				return nil, err
			}
			b, err := toArray(th, y, true)
			if err != nil {
				return nil, err
			}
			if !sameShape(a.shape, b.shape) {
				return interp.False, nil
			}
			av, bv := a.Float64s(), b.Float64s()
			for k := range av {
				if av[k] != bv[k] {
					return interp.False, nil
				}
			}
			return interp.True, nil
		},
	}
	for name, r := range reductions {
		functions[name] = reductionFunc(name, r)
	}
	functions["amin"] = reductionFunc("amin", reductions["min"])
	functions["amax"] = reductionFunc("amax", reductions["max"])
	for name, u := range unaryUfuncs {
		functions[name] = unaryFunc(name, u)
	}
	for _, name := range []string{"add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "power", "mod", "remainder", "maximum", "minimum", "fmax", "fmin", "arctan2", "hypot", "logical_and", "logical_or", "logical_xor"} {
		functions[name] = binaryFunc(name)
	}
}

func seqArg(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg) ([]*Array, error) {
	var seq interp.Value
	if err := interp.UnpackArgs(name, args, kw, "tup", &seq); err != nil {
		return nil, err
	}
	return arraysOf(th, seq, "concatenate")
}

func reductionFunc(name string, r reduction) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "%s() missing 1 required positional argument: 'a'", name)
		}
		a, err := toArray(th, args[0], true)
		if err != nil {
			return nil, err
		}
		axis, keep, ddof, err := reductionArgs(name, args[1:], kw)
		if err != nil {
			return nil, err
		}
		return a.reduce(r, axis, keep, ddof)
	}
}

func unaryFunc(name string, u unaryUfunc) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x interp.Value
		if err := interp.UnpackArgs(name, args, kw, "x", &x); err != nil {
			return nil, err
		}
		return applyUnary(th, name, u, x)
	}
}

func binaryFunc(name string) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x, y interp.Value
		if err := interp.UnpackArgs(name, args, kw, "x1", &x, "x2", &y); err != nil {
			return nil, err
		}
		return binaryUfunc(th, name, x, y)
	}
}

func cumFunc(th *interp.Thread, name string, prod bool, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	var axis interp.Value = interp.None
	if err := interp.UnpackArgs(name, args, kw, "a", &v, "axis?", &axis); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	return a.cumulative(prod, axis)
}

func npDot(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var x, y interp.Value
	if err := interp.UnpackArgs("dot", args, kw, "a", &x, "b", &y); err != nil {
		return nil, err
	}
	a, err := toArray(th, x, true)
	if err != nil {
		return nil, err
	}
	b, err := toArray(th, y, true)
	if err != nil {
		return nil, err
	}
	return dot(a, b)
}

func npTile(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v, repsV interp.Value
	if err := interp.UnpackArgs("tile", args, kw, "A", &v, "reps", &repsV); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	reps, err := shapeArg(th, repsV)
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

// sliceAxis is a[..., lo:hi, ...] on one axis.
func sliceAxis(a *Array, axis, lo, hi int) *Array {
	shape := append([]int(nil), a.shape...)
	shape[axis] = max(hi-lo, 0)
	return a.view(shape, a.strides, a.offset+lo*a.strides[axis])
}

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
	x, err := toArray(th, xv, true)
	if err != nil {
		return nil, err
	}
	y, err := toArray(th, yv, true)
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
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	v, err := toArray(th, vv, true)
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
	x, err := toArray(th, xv, true)
	if err != nil {
		return nil, err
	}
	xp, err := toArray(th, xpv, true)
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
	a, err := toArray(th, av, true)
	if err != nil {
		return nil, err
	}
	v, err := toArray(th, vv, true)
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
	a, err := toArray(th, xv, true)
	if err != nil {
		return nil, err
	}
	b, err := toArray(th, yv, true)
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
