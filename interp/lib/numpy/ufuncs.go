package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// unaryUfunc is an elementwise function of one argument with Brian's
// unit rule.
type unaryUfunc struct {
	f func(float64) float64
	// unit rule: "dimless" (argument must be dimensionless), "keep",
	// "sqrt", "square", "recip", "drop" (result dimensionless)
	rule string
	// boolOut: predicate ufuncs (isnan)
	pred func(float64) bool
	// intKeep: keep integer dtype (abs, negative of ints)
	intKeep func(int64) int64
	// vec, when set, is f over a contiguous slice (dst, src) without a
	// call per element
	vec func(dst, src []float64)
}

var unaryUfuncs = map[string]unaryUfunc{
	"exp":     {f: npExp, vec: expSlice, rule: "dimless"},
	"expm1":   {f: math.Expm1, rule: "dimless"},
	"exp2":    {f: math.Exp2, rule: "dimless"},
	"log":     {f: math.Log, rule: "dimless"},
	"log10":   {f: math.Log10, rule: "dimless"},
	"log2":    {f: math.Log2, rule: "dimless"},
	"log1p":   {f: math.Log1p, rule: "dimless"},
	"sin":     {f: math.Sin, rule: "dimless"},
	"cos":     {f: math.Cos, rule: "dimless"},
	"tan":     {f: math.Tan, rule: "dimless"},
	"arcsin":  {f: math.Asin, rule: "dimless"},
	"arccos":  {f: math.Acos, rule: "dimless"},
	"arctan":  {f: math.Atan, rule: "dimless"},
	"sinh":    {f: math.Sinh, rule: "dimless"},
	"cosh":    {f: math.Cosh, rule: "dimless"},
	"tanh":    {f: math.Tanh, rule: "dimless"},
	"arcsinh": {f: math.Asinh, rule: "dimless"},
	"arccosh": {f: math.Acosh, rule: "dimless"},
	"arctanh": {f: math.Atanh, rule: "dimless"},
	"deg2rad": {f: func(x float64) float64 { return x * math.Pi / 180 }, rule: "dimless"},
	"rad2deg": {f: func(x float64) float64 { return x * 180 / math.Pi }, rule: "dimless"},
	"exprel": {f: func(x float64) float64 {
		if x == 0 {
			return 1
		}
		return math.Expm1(x) / x
	}, rule: "dimless"},
	"sqrt":       {f: math.Sqrt, rule: "sqrt"},
	"square":     {f: func(x float64) float64 { return x * x }, rule: "square", intKeep: func(x int64) int64 { return x * x }},
	"reciprocal": {f: func(x float64) float64 { return 1 / x }, rule: "recip"},
	"abs":        {f: math.Abs, rule: "keep", intKeep: absInt},
	"absolute":   {f: math.Abs, rule: "keep", intKeep: absInt},
	"fabs":       {f: math.Abs, rule: "keep"},
	"negative":   {f: func(x float64) float64 { return -x }, rule: "keep", intKeep: func(x int64) int64 { return -x }},
	"floor":      {f: math.Floor, rule: "keep"},
	"ceil":       {f: math.Ceil, rule: "keep"},
	"trunc":      {f: math.Trunc, rule: "keep"},
	"rint":       {f: math.RoundToEven, rule: "keep"},
	"sign": {f: func(x float64) float64 {
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		case x == 0:
			return 0
		}
		return x
	}, rule: "drop", intKeep: func(x int64) int64 {
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return 0
	}},
	"isnan":       {pred: math.IsNaN, rule: "drop"},
	"isinf":       {pred: func(x float64) bool { return math.IsInf(x, 0) }, rule: "drop"},
	"isfinite":    {pred: func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }, rule: "drop"},
	"signbit":     {pred: math.Signbit, rule: "drop"},
	"logical_not": {pred: func(x float64) bool { return x == 0 }, rule: "drop"},
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// applyUnary evaluates a unary ufunc on any value.
func applyUnary(th *interp.Thread, name string, u unaryUfunc, v interp.Value) (interp.Value, error) {
	return applyUnaryInto(th, name, u, v, nil)
}

// applyUnaryInto is applyUnary writing float results straight into dst's
// storage when it fits (see writableAs); dst may be nil.
func applyUnaryInto(th *interp.Thread, name string, u unaryUfunc, v interp.Value, dst *Array) (interp.Value, error) {
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	dim := a.dim
	switch u.rule {
	case "dimless":
		if !a.dim.IsDimensionless() {
			return nil, mismatch(name+" expects a dimensionless argument but got "+shortStr(th, a), a.dim)
		}
	case "sqrt":
		dim = a.dim.Pow(0.5)
	case "square":
		dim = a.dim.Pow(2)
	case "recip":
		dim = a.dim.Pow(-1)
	case "drop":
		dim = units.Dim{}
	}
	var out *Array
	switch {
	case u.pred != nil:
		out = newArray(Bool, a.shape)
		walk(a.shape, a.strides, a.offset, func(j, off int) { out.b[j] = u.pred(a.floatAt(off)) })
	case u.intKeep != nil && a.dtype.isInt():
		out = newArray(a.dtype, a.shape)
		walk(a.shape, a.strides, a.offset, func(j, off int) { out.setIntAt(j, u.intKeep(a.i[off])) })
	case a.dtype.isInt() && (name == "floor" || name == "ceil" || name == "trunc" || name == "rint"):
		out = a.astype(Float64)
	default:
		if dst.writableAs(Float64, a.shape, a) {
			out = NewFloatArray(dst.f[dst.offset:dst.offset+dst.Size()], a.shape, units.Dim{})
		} else {
			out = newFloatArrayUninit(a.shape) // every element written below
		}
		if a.dtype == Float64 && a.contiguous() {
			src := a.f[a.offset : a.offset+len(out.f)]
			parallelFor(len(src), func(lo, hi int) {
				dst := out.f[lo:hi]
				if u.vec != nil {
					u.vec(dst, src[lo:hi])
					return
				}
				for k, x := range src[lo:hi] {
					dst[k] = u.f(x)
				}
			})
		} else {
			walk(a.shape, a.strides, a.offset, func(j, off int) { out.f[j] = u.f(a.floatAt(off)) })
		}
	}
	out.dim = dim
	out.quantity = !dim.IsDimensionless()
	return result(out), nil
}

// roundHalfEven is numpy's around with decimals.
func roundHalfEven(x float64, decimals int) float64 {
	if decimals == 0 {
		return math.RoundToEven(x)
	}
	p := math.Pow(10, float64(decimals))
	return math.RoundToEven(x*p) / p
}

// binaryUfunc runs a two-argument ufunc with unit checks.
func binaryUfunc(th *interp.Thread, name string, x, y interp.Value) (interp.Value, error) {
	return binaryUfuncInto(th, name, x, y, nil)
}

// binaryUfuncInto is binaryUfunc computing arithmetic straight into dst's
// storage when it fits (see elementwiseInto); dst may be nil.
func binaryUfuncInto(th *interp.Thread, name string, x, y interp.Value, dst *Array) (interp.Value, error) {
	a, b, err := arrays2(th, x, y)
	if err != nil {
		return nil, err
	}
	switch name {
	case "add":
		return arithInto(th, interp.Add, a, b, isScalarValue(x), isScalarValue(y), dst)
	case "subtract":
		return arithInto(th, interp.Sub, a, b, isScalarValue(x), isScalarValue(y), dst)
	case "multiply":
		return arithInto(th, interp.Mul, a, b, isScalarValue(x), isScalarValue(y), dst)
	case "divide", "true_divide":
		return arithInto(th, interp.TrueDiv, a, b, isScalarValue(x), isScalarValue(y), dst)
	case "floor_divide":
		return arith(th, interp.FloorDiv, a, b, isScalarValue(x), isScalarValue(y))
	case "power":
		return arith(th, interp.Pow, a, b, isScalarValue(x), isScalarValue(y))
	case "mod", "remainder":
		return arith(th, interp.Mod, a, b, isScalarValue(x), isScalarValue(y))
	case "logical_and", "logical_or", "logical_xor":
		out, err := elementwise(interp.BitAnd, a.astype(Bool), b.astype(Bool), Bool)
		if err != nil {
			return nil, err
		}
		if name != "logical_and" {
			op := interp.BitOr
			if name == "logical_xor" {
				op = interp.BitXor
			}
			if out, err = elementwise(op, a.astype(Bool), b.astype(Bool), Bool); err != nil {
				return nil, err
			}
		}
		return result(out), nil
	}
	// maximum, minimum, arctan2, hypot, fmax, fmin: same dimensions
	if err := checkSameDims(th, a, b, func(s, o string) string {
		return "Cannot calculate " + s + " " + name + " " + o + ", the units do not match"
	}); err != nil {
		return nil, err
	}
	var f func(p, q float64) float64
	dim := a.dim
	if dim.IsDimensionless() {
		dim = b.dim
	}
	switch name {
	case "maximum", "fmax":
		f = func(p, q float64) float64 {
			if p != p || (q == q && p >= q) {
				if name == "fmax" && p != p {
					return q
				}
				return p
			}
			return q
		}
	case "minimum", "fmin":
		f = func(p, q float64) float64 {
			if p != p || (q == q && p <= q) {
				if name == "fmin" && p != p {
					return q
				}
				return p
			}
			return q
		}
	case "arctan2":
		f, dim = math.Atan2, units.Dim{}
	case "hypot":
		f = math.Hypot
	default:
		return nil, interp.Errorf(interp.AttributeError, "module 'numpy' has no attribute '%s'", name)
	}
	shape, err := broadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	dt := Float64
	if (name == "maximum" || name == "minimum") && a.dtype != Float64 && b.dtype != Float64 {
		dt = max(a.dtype, b.dtype, Int64)
	}
	out := newArray(dt, shape)
	walk2(shape, a, b, func(j, ka, kb int) { out.setFloatAt(j, f(a.floatAt(ka), b.floatAt(kb))) })
	out.dim = dim
	out.quantity = !dim.IsDimensionless()
	return result(out), nil
}
