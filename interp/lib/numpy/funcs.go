package numpy

import (
	"github.com/gobrian/gobrian/interp"
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

// arrayFn makes a one-argument function of an array (numpy's "a").
func arrayFn(name string, f func(th *interp.Thread, a *Array) (interp.Value, error)) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, err := arg1(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		return f(th, a)
	}
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
		"copy": arrayFn("copy", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return result(a.copyArray()), nil
		}),
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
		"nonzero": arrayFn("nonzero", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return arrayMethods["nonzero"](th, a, nil, nil)
		}),
		"flatnonzero": arrayFn("flatnonzero", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return nonzero(a.flat())[0], nil
		}),
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
		"count_nonzero": arrayFn("count_nonzero", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return interp.Int(nonzero(a.flat())[0].Size()), nil
		}),
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
			a, b, err := arg2(th, "outer", args, kw, "a", "b")
			if err != nil {
				return nil, err
			}
			a = a.flat().reshaped([]int{a.Size(), 1})
			b = b.flat().reshaped([]int{1, b.Size()})
			return arith(th, interp.Mul, a, b, false, false)
		},
		"dot": npDot,
		"matmul": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, b, err := arg2(th, "matmul", args, kw, "x1", "x2")
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
			a, shape, err := arrayAndShape(th, "reshape", args, kw, "a", "newshape")
			if err != nil {
				return nil, err
			}
			return a.reshape(shape)
		},
		"ravel": arrayFn("ravel", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return a.ravel(), nil
		}),
		"squeeze": arrayFn("squeeze", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return result(a.squeeze()), nil
		}),
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
		"shape": arrayFn("shape", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return a.Attr(th, "shape")
		}),
		"size": arrayFn("size", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return interp.Int(a.Size()), nil
		}),
		"ndim": arrayFn("ndim", func(th *interp.Thread, a *Array) (interp.Value, error) {
			return interp.Int(len(a.shape)), nil
		}),
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
			a, b, err := arg2(th, "array_equal", args, kw, "a1", "a2")
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
	registerExtra()
	wrapForResultWrappers()
	applyNumpySemantics()
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
		var out interp.Value = interp.None
		if err := interp.UnpackArgs(name, args, kw, "x", &x, "out?", &out); err != nil {
			return nil, err
		}
		dst, err := outArg(out)
		if err != nil {
			return nil, err
		}
		r, err := applyUnaryInto(th, name, u, x, dst)
		return storeOut(th, name, r, err, dst, x)
	}
}

func binaryFunc(name string) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x, y interp.Value
		var out interp.Value = interp.None
		if err := interp.UnpackArgs(name, args, kw, "x1", &x, "x2", &y, "out?", &out); err != nil {
			return nil, err
		}
		dst, err := outArg(out)
		if err != nil {
			return nil, err
		}
		r, err := binaryUfuncInto(th, name, x, y, dst)
		return storeOut(th, name, r, err, dst, x, y)
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
	a, b, err := arg2(th, "dot", args, kw, "a", "b")
	if err != nil {
		return nil, err
	}
	return dot(a, b)
}

// sliceAxis is a[..., lo:hi, ...] on one axis.
