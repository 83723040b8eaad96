package numpy

// This file holds the smaller numpy functions: aliases, comparisons as
// functions, reshaping helpers, set operations and printing functions.

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/interp"
)

// registerExtra adds the smaller functions to the numpy namespace.
func registerExtra() {
	alias := map[string]string{
		"alltrue": "all", "sometrue": "any", "product": "prod", "cumproduct": "cumprod",
		"row_stack": "vstack", "degrees": "rad2deg", "radians": "deg2rad", "fix": "trunc",
		"fmod": "mod",
	}
	for a, n := range alias {
		functions[a] = functions[n]
	}
	for name, op := range map[string]interp.Op{"greater": interp.Gt, "greater_equal": interp.Ge, "less": interp.Lt,
		"less_equal": interp.Le, "equal": interp.Eq, "not_equal": interp.Ne} {
		functions[name] = compareFunc(name, op)
	}
	for name, op := range map[string]interp.Op{"bitwise_and": interp.BitAnd, "bitwise_or": interp.BitOr,
		"bitwise_xor": interp.BitXor, "left_shift": interp.LShift, "right_shift": interp.RShift} {
		functions[name] = opFunc(name, op)
	}
	unary := map[string]unaryUfunc{
		"positive": {f: func(x float64) float64 { return x }, rule: "keep", intKeep: func(x int64) int64 { return x }},
		"cbrt":     {f: math.Cbrt, rule: "dimless"},
		"sinc": {f: func(x float64) float64 {
			if x == 0 {
				return 1
			}
			return math.Sin(math.Pi*x) / (math.Pi * x)
		}, rule: "dimless"},
		"isneginf": {pred: func(x float64) bool { return math.IsInf(x, -1) }, rule: "drop"},
		"isposinf": {pred: func(x float64) bool { return math.IsInf(x, 1) }, rule: "drop"},
	}
	for name, u := range unary {
		unaryUfuncs[name] = u
		functions[name] = unaryFunc(name, u)
	}
	functions["invert"] = arrayFn("invert", func(th *interp.Thread, a *Array) (interp.Value, error) {
		return a.Unary(th, interp.Invert)
	})
	functions["isscalar"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		if err := interp.UnpackArgs("isscalar", args, kw, "element", &v); err != nil {
			return nil, err
		}
		if a, ok := v.(*Array); ok {
			return interp.Bool(len(a.shape) == 0 && a.isQuantity()), nil
		}
		_, isStr := v.(interp.Str)
		return interp.Bool(isScalarValue(v) || isStr), nil
	}
	for _, nd := range []int{1, 2, 3} {
		n := nd
		name := "atleast_" + string(rune('0'+n)) + "d"
		functions[name] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			out := make([]interp.Value, len(args))
			for k, v := range args {
				a, err := toArray(th, v, true)
				if err != nil {
					return nil, err
				}
				if n == 3 && len(a.shape) == 1 {
					a, _ = a.expandDims(0)
					a, _ = a.expandDims(2)
				}
				for len(a.shape) < n {
					a, _ = a.expandDims(0)
				}
				out[k] = a
			}
			if len(out) == 1 {
				return out[0], nil
			}
			return interp.NewList(out), nil
		}
	}
	functions["flip"] = flipFunc("flip", -1)
	functions["flipud"] = flipFunc("flipud", 0)
	functions["fliplr"] = flipFunc("fliplr", 1)
	functions["roll"] = npRoll
	functions["swapaxes"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		var a1, a2 int
		if err := interp.UnpackArgs("swapaxes", args, kw, "a", &v, "axis1", &a1, "axis2", &a2); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		perm := make([]int, len(a.shape))
		for k := range perm {
			perm[k] = k
		}
		nd := len(perm)
		if a1 < 0 {
			a1 += nd
		}
		if a2 < 0 {
			a2 += nd
		}
		if a1 < 0 || a1 >= nd || a2 < 0 || a2 >= nd {
			return nil, interp.Errorf(AxisError, "axis out of bounds for array of dimension %d", nd)
		}
		perm[a1], perm[a2] = perm[a2], perm[a1]
		return a.transpose(perm)
	}
	functions["trapz"] = npTrapz
	functions["average"] = npAverage
	functions["broadcast_to"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, shape, err := arrayAndShape(th, "broadcast_to", args, kw, "array", "shape")
		if err != nil {
			return nil, err
		}
		if !sameShapeBroadcastable(a.shape, shape) {
			return nil, interp.Errorf(interp.ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: %s  and requested shape %s", shapeRepr(a.shape), shapeRepr(shape))
		}
		return a.broadcastTo(shape).copyArray(), nil
	}
	functions["append"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x, y interp.Value
		var axis interp.Value = interp.None
		if err := interp.UnpackArgs("append", args, kw, "arr", &x, "values", &y, "axis?", &axis); err != nil {
			return nil, err
		}
		return functions["concatenate"](th, []interp.Value{interp.Tuple{flatIf(th, x, axis), flatIf(th, y, axis)}}, []interp.Kwarg{{Name: "axis", Value: axisOrZero(axis)}})
	}
	functions["take"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v, idx interp.Value
		if err := interp.UnpackArgs("take", args, kw, "a", &v, "indices", &idx); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		i, err := toArray(th, idx, false)
		if err != nil {
			return nil, err
		}
		return a.flat().GetItem(th, i)
	}
	functions["diagonal"] = npDiagonal
	functions["trace"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		d, err := npDiagonal(th, args, kw)
		if err != nil {
			return nil, err
		}
		return d.(*Array).reduce(reductions["sum"], interp.None, false, 0)
	}
	functions["diag"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, err := arg1(th, "diag", args, kw)
		if err != nil {
			return nil, err
		}
		if len(a.shape) == 2 {
			return npDiagonal(th, []interp.Value{a}, nil)
		}
		n := a.Size()
		out := newArray(a.dtype, []int{n, n})
		f := a.flat()
		for k := 0; k < n; k++ {
			copyElem(out, k*n+k, f, k)
		}
		out.dim, out.quantity = a.dim, a.quantity
		return out, nil
	}
	functions["inner"] = npDot
	functions["vdot"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, b, err := arg2(th, "vdot", args, kw, "a", "b")
		if err != nil {
			return nil, err
		}
		return dot(a.flat(), b.flat())
	}
	functions["digitize"] = npDigitize
	functions["isin"] = npIsin
	functions["in1d"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		r, err := npIsin(th, args, kw)
		if err != nil {
			return nil, err
		}
		return r.(*Array).flat(), nil
	}
	functions["intersect1d"] = setOp("intersect1d", func(inA, inB bool) bool { return inA && inB })
	functions["union1d"] = setOp("union1d", func(inA, inB bool) bool { return inA || inB })
	functions["setdiff1d"] = setOp("setdiff1d", func(inA, inB bool) bool { return inA && !inB })
	functions["setxor1d"] = setOp("setxor1d", func(inA, inB bool) bool { return inA != inB })
	functions["nan_to_num"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		var cp bool
		nan := 0.0
		var posinf, neginf interp.Value = interp.None, interp.None
		if err := interp.UnpackArgs("nan_to_num", args, kw, "x", &v, "copy?", &cp, "nan?", &nan, "posinf?", &posinf, "neginf?", &neginf); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		out := a.astype(Float64)
		hi, lo := math.MaxFloat64, -math.MaxFloat64
		if f, ok := interp.AsFloat(posinf); ok && !isNone(posinf) {
			hi = f
		}
		if f, ok := interp.AsFloat(neginf); ok && !isNone(neginf) {
			lo = f
		}
		for k, x := range out.f {
			switch {
			case math.IsNaN(x):
				out.f[k] = nan
			case math.IsInf(x, 1):
				out.f[k] = hi
			case math.IsInf(x, -1):
				out.f[k] = lo
			}
		}
		return result(out), nil
	}
	functions["array_split"] = splitFunc("array_split", false)
	functions["split"] = splitFunc("split", true)
	functions["array_str"] = arrayFn("array_str", func(th *interp.Thread, a *Array) (interp.Value, error) {
		return interp.Str(a.arrayStr(sessionOptions(th))), nil
	})
	functions["array_repr"] = arrayFn("array_repr", func(th *interp.Thread, a *Array) (interp.Value, error) {
		return interp.Str(a.arrayRepr(sessionOptions(th), "array")), nil
	})
	functions["array2string"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		var lw, prec, suppress interp.Value = interp.None, interp.None, interp.None
		sep := " "
		if err := interp.UnpackArgs("array2string", args, kw, "a", &v, "max_line_width?", &lw, "precision?", &prec, "suppress_small?", &suppress, "separator?", &sep); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		opts := sessionOptions(th)
		if err := setPrintOptions(&opts, nil, []interp.Kwarg{{Name: "linewidth", Value: lw}, {Name: "precision", Value: prec}, {Name: "suppress", Value: suppress}}); err != nil {
			return nil, err
		}
		return interp.Str(a.array2string(opts, sep, "", "")), nil
	}
}

func compareFunc(name string, op interp.Op) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x, y interp.Value
		if err := interp.UnpackArgs(name, args, kw, "x1", &x, "x2", &y); err != nil {
			return nil, err
		}
		a, err := toArray(th, x, true)
		if err != nil {
			return nil, err
		}
		return a.Compare(th, op, y)
	}
}

func opFunc(name string, op interp.Op) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var x, y interp.Value
		if err := interp.UnpackArgs(name, args, kw, "x1", &x, "x2", &y); err != nil {
			return nil, err
		}
		a, b, err := arrays2(th, x, y)
		if err != nil {
			return nil, err
		}
		return arith(th, op, a, b, isScalarValue(x), isScalarValue(y))
	}
}

func flatIf(th *interp.Thread, v, axis interp.Value) interp.Value {
	if !isNone(axis) {
		return v
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return v
	}
	return a.flat()
}

func axisOrZero(axis interp.Value) interp.Value {
	if isNone(axis) {
		return interp.Int(0)
	}
	return axis
}

func flipFunc(name string, fixed int) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		var axisV interp.Value = interp.None
		var err error
		if fixed < 0 {
			err = interp.UnpackArgs(name, args, kw, "m", &v, "axis?", &axisV)
		} else {
			err = interp.UnpackArgs(name, args, kw, "m", &v)
			axisV = interp.Int(fixed)
		}
		if err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		key := make(interp.Tuple, len(a.shape))
		for k := range key {
			step := interp.Value(interp.None)
			if isNone(axisV) {
				step = interp.Int(-1)
			}
			key[k] = &interp.Slice{Start: interp.None, Stop: interp.None, Step: step}
		}
		if !isNone(axisV) {
			ax, _, err := axisArg(axisV, len(a.shape))
			if err != nil {
				return nil, err
			}
			key[ax] = &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.Int(-1)}
		}
		return a.GetItem(th, key)
	}
}

func npRoll(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	var shift int
	var axisV interp.Value = interp.None
	if err := interp.UnpackArgs("roll", args, kw, "a", &v, "shift", &shift, "axis?", &axisV); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	src := a
	if isNone(axisV) {
		src = a.flat()
	}
	axis, _, err := axisArg(axisV, len(src.shape))
	if err != nil {
		return nil, err
	}
	n := src.shape[axis]
	if n == 0 {
		return src.copyArray(), nil
	}
	idx := make([]int64, n)
	for k := range idx {
		idx[k] = int64(((k-shift)%n + n) % n)
	}
	key := make(interp.Tuple, len(src.shape))
	for k := range key {
		key[k] = &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.None}
	}
	key[axis] = NewIntArray(idx, nil)
	r, err := src.GetItem(th, key)
	if err != nil {
		return nil, err
	}
	if isNone(axisV) {
		return r.(*Array).reshaped(a.shape), nil
	}
	return r, nil
}

func npTrapz(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var yv interp.Value
	var xv interp.Value = interp.None
	dx := 1.0
	if err := interp.UnpackArgs("trapz", args, kw, "y", &yv, "x?", &xv, "dx?", &dx); err != nil {
		return nil, err
	}
	y, err := toArray(th, yv, true)
	if err != nil {
		return nil, err
	}
	ys := y.Float64s()
	dim := y.dim
	var xs []float64
	if !isNone(xv) {
		x, err := toArray(th, xv, true)
		if err != nil {
			return nil, err
		}
		xs = x.Float64s()
		dim = dim.Mul(x.dim)
	}
	s := 0.0
	for k := 1; k < len(ys); k++ {
		d := dx
		if xs != nil {
			d = xs[k] - xs[k-1]
		}
		s += d * (ys[k] + ys[k-1]) / 2
	}
	return NewQuantity(s, dim), nil
}

func npAverage(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	var axis, weights interp.Value = interp.None, interp.None
	if err := interp.UnpackArgs("average", args, kw, "a", &v, "axis?", &axis, "weights?", &weights); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	if isNone(weights) {
		return a.reduce(reductions["mean"], axis, false, 0)
	}
	if !isNone(axis) {
		return nil, interp.Errorf(interp.NotImplementedError, "average with weights along an axis")
	}
	w, err := toArray(th, weights, false)
	if err != nil {
		return nil, err
	}
	xs, ws := a.Float64s(), w.Float64s()
	if len(xs) != len(ws) {
		return nil, interp.Errorf(interp.TypeError, "Axis must be specified when shapes of a and weights differ.")
	}
	num, den := 0.0, 0.0
	for k := range xs {
		num += xs[k] * ws[k]
		den += ws[k]
	}
	if den == 0 {
		return nil, interp.Errorf(interp.ZeroDivisionError, "Weights sum to zero, can't be normalized")
	}
	return NewQuantity(num/den, a.dim), nil
}

func npDiagonal(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	offset := 0
	if err := interp.UnpackArgs("diagonal", args, kw, "a", &v, "offset?", &offset); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	if len(a.shape) != 2 {
		return nil, interp.Errorf(interp.ValueError, "diag requires an array of at least two dimensions")
	}
	var offs []int
	for i := 0; i < a.shape[0]; i++ {
		if j := i + offset; j >= 0 && j < a.shape[1] {
			offs = append(offs, a.offset+i*a.strides[0]+j*a.strides[1])
		}
	}
	return a.gather(offs, []int{len(offs)}), nil
}

func npDigitize(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var xv, bv interp.Value
	right := false
	if err := interp.UnpackArgs("digitize", args, kw, "x", &xv, "bins", &bv, "right?", &right); err != nil {
		return nil, err
	}
	x, b, err := arrays2(th, xv, bv)
	if err != nil {
		return nil, err
	}
	bins := b.Float64s()
	desc := len(bins) > 1 && bins[0] > bins[len(bins)-1]
	out := newArray(Int64, x.shape)
	walk(x.shape, x.strides, x.offset, func(j, off int) {
		v := x.floatAt(off)
		var i int
		if !desc {
			if right {
				i = sort.Search(len(bins), func(k int) bool { return bins[k] >= v })
			} else {
				i = sort.Search(len(bins), func(k int) bool { return bins[k] > v })
			}
		} else {
			if right {
				i = len(bins) - sort.Search(len(bins), func(k int) bool { return bins[len(bins)-1-k] >= v })
			} else {
				i = len(bins) - sort.Search(len(bins), func(k int) bool { return bins[len(bins)-1-k] > v })
			}
		}
		out.i[j] = int64(i)
	})
	return result(out), nil
}

func npIsin(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var ev, tv interp.Value
	invert := false
	if err := interp.UnpackArgs("isin", args, kw, "element", &ev, "test_elements", &tv, "assume_unique?", &invert, "invert?", &invert); err != nil {
		return nil, err
	}
	e, t, err := arrays2(th, ev, tv)
	if err != nil {
		return nil, err
	}
	set := map[float64]bool{}
	for _, x := range t.Float64s() {
		set[x] = true
	}
	out := newArray(Bool, e.shape)
	walk(e.shape, e.strides, e.offset, func(j, off int) { out.b[j] = set[e.floatAt(off)] != invert })
	return result(out), nil
}

// setOp builds the sorted unique set operations.
func setOp(name string, keep func(inA, inB bool) bool) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var xv, yv interp.Value
		var au interp.Value = interp.False
		if err := interp.UnpackArgs(name, args, kw, "ar1", &xv, "ar2", &yv, "assume_unique?", &au); err != nil {
			return nil, err
		}
		a, b, err := arrays2(th, xv, yv)
		if err != nil {
			return nil, err
		}
		inA, inB := map[float64]bool{}, map[float64]bool{}
		for _, x := range a.Float64s() {
			inA[x] = true
		}
		for _, x := range b.Float64s() {
			inB[x] = true
		}
		var vals []float64
		for x := range inA {
			if keep(true, inB[x]) {
				vals = append(vals, x)
			}
		}
		for x := range inB {
			if !inA[x] && keep(false, true) {
				vals = append(vals, x)
			}
		}
		sort.Float64s(vals)
		if vals == nil {
			vals = []float64{}
		}
		out := NewFloatArray(vals, nil, a.dim)
		out.quantity = a.quantity
		if a.dtype != Float64 && b.dtype != Float64 {
			return out.astype(max(a.dtype, b.dtype, Int64)), nil
		}
		return out, nil
	}
}

// splitFunc is split / array_split along an axis into n parts or at indices.
func splitFunc(name string, even bool) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v, sec interp.Value
		axis := 0
		if err := interp.UnpackArgs(name, args, kw, "ary", &v, "indices_or_sections", &sec, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		ax, _, err := axisArg(interp.Int(axis), len(a.shape))
		if err != nil {
			return nil, err
		}
		n := a.shape[ax]
		var bounds []int
		if isScalarValue(sec) {
			parts, err := interp.AsInt(sec)
			if err != nil {
				return nil, err
			}
			if parts <= 0 {
				return nil, interp.Errorf(interp.ValueError, "number sections must be larger than 0.")
			}
			p := int(parts)
			if even && n%p != 0 {
				return nil, interp.Errorf(interp.ValueError, "array split does not result in an equal division")
			}
			size, extra := n/p, n%p
			pos := 0
			bounds = append(bounds, 0)
			for k := 0; k < p; k++ {
				pos += size
				if k < extra {
					pos++
				}
				bounds = append(bounds, pos)
			}
		} else {
			idx, err := toArray(th, sec, false)
			if err != nil {
				return nil, err
			}
			bounds = append(bounds, 0)
			for _, i := range idx.Int64s() {
				bounds = append(bounds, min(max(int(i), 0), n))
			}
			bounds = append(bounds, n)
		}
		out := make([]interp.Value, len(bounds)-1)
		for k := range out {
			lo, hi := bounds[k], max(bounds[k+1], bounds[k])
			out[k] = sliceAxis(a, ax, lo, hi)
		}
		return interp.NewList(out), nil
	}
}
