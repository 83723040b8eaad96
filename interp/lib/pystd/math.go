package pystd

import (
	"math"
	"math/big"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/pystd/libm"
)

var (
	errDomain = func() error { return interp.Errorf(interp.ValueError, "math domain error") }
	errRange  = func() error { return interp.Errorf(interp.OverflowError, "math range error") }
)

// math1 wraps a float function with CPython's math_1 error rules: a NaN
// from a non-NaN argument is a domain error, an infinity from a finite
// argument is a range error when the function can overflow and a domain
// error otherwise.
func math1(name string, f func(float64) float64, canOverflow bool) nativeFn {
	return floatFn("math."+name, func(x float64) (value, error) {
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, errDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return nil, errRange()
			}
			return nil, errDomain()
		}
		return interp.Float(r), nil
	})
}

// floatFn is a one-argument function of a float (name is for errors).
func floatFn(name string, f func(x float64) (value, error)) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := floatArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return f(x)
	}
}

// math2 wraps a two-argument float function.
func math2(name string, f func(x, y float64) (float64, error)) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := floatArg(th, args[0])
		if err != nil {
			return nil, err
		}
		y, err := floatArg(th, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func mathModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("math")
	m.Doc = "This module provides access to the mathematical functions\ndefined by the C standard."
	m.Set("pi", interp.Float(math.Pi))
	m.Set("e", interp.Float(math.E))
	m.Set("tau", interp.Float(2*math.Pi))
	m.Set("inf", interp.Float(math.Inf(1)))
	m.Set("nan", interp.Float(math.NaN()))

	simple := []struct {
		name     string
		f        func(float64) float64
		overflow bool
	}{
		{"acos", libm.Acos, false}, {"acosh", math.Acosh, false}, {"asin", libm.Asin, false},
		{"asinh", math.Asinh, false}, {"atan", libm.Atan, false}, {"atanh", math.Atanh, false},
		{"cbrt", math.Cbrt, false}, {"cos", libm.Cos, false}, {"cosh", libm.Cosh, true},
		{"erf", math.Erf, false}, {"erfc", math.Erfc, false}, {"exp", libm.Exp, true},
		{"exp2", math.Exp2, true}, {"expm1", math.Expm1, true}, {"fabs", math.Abs, false},
		{"sin", libm.Sin, false}, {"sinh", libm.Sinh, true}, {"sqrt", math.Sqrt, false},
		{"tan", libm.Tan, false}, {"tanh", libm.Tanh, false}, {"log1p", math.Log1p, false},
		{"degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true},
		{"radians", func(x float64) float64 { return x * (math.Pi / 180) }, false},
		{"gamma", mathGamma, true}, {"lgamma", mathLgamma, true},
	}
	for _, s := range simple {
		def(m, s.name, math1(s.name, s.f, s.overflow))
	}
	def(m, "atan2", math2("atan2", func(y, x float64) (float64, error) { return libm.Atan2(y, x), nil }))
	def(m, "copysign", math2("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }))
	def(m, "fmod", math2("fmod", func(x, y float64) (float64, error) {
		if math.IsInf(x, 0) && !math.IsNaN(y) || y == 0 && !math.IsNaN(x) {
			return 0, errDomain()
		}
		return math.Mod(x, y), nil
	}))
	def(m, "remainder", math2("remainder", func(x, y float64) (float64, error) {
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.NaN(), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return 0, errDomain()
		}
		return math.Remainder(x, y), nil
	}))
	def(m, "pow", math2("pow", mathPow))
	def(m, "nextafter", math2("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }))
	def(m, "ldexp", mathLdexp)
	def(m, "frexp", floatFn("math.frexp", func(x float64) (value, error) {
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			return interp.Tuple{interp.Float(x), interp.Int(0)}, nil
		}
		f, e := math.Frexp(x)
		return interp.Tuple{interp.Float(f), interp.Int(e)}, nil
	}))
	def(m, "modf", floatFn("math.modf", func(x float64) (value, error) {
		if math.IsInf(x, 0) {
			return interp.Tuple{interp.Float(math.Copysign(0, x)), interp.Float(x)}, nil
		}
		i, f := math.Modf(x)
		return interp.Tuple{interp.Float(f), interp.Float(i)}, nil
	}))
	def(m, "ulp", math1("ulp", mathUlp, false))
	def(m, "isfinite", mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	def(m, "isinf", mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	def(m, "isnan", mathPredicate("isnan", math.IsNaN))
	def(m, "isclose", mathIsclose)
	def(m, "log", mathLog)
	def(m, "log2", mathLogBase("log2", libm.Log2, 2))
	def(m, "log10", mathLogBase("log10", libm.Log10, 10))
	def(m, "ceil", mathRound("ceil", math.Ceil, "__ceil__"))
	def(m, "floor", mathRound("floor", math.Floor, "__floor__"))
	def(m, "trunc", mathRound("trunc", math.Trunc, "__trunc__"))
	def(m, "hypot", mathHypot)
	def(m, "dist", mathDist)
	def(m, "fsum", mathFsum)
	def(m, "prod", mathProd)
	def(m, "factorial", mathFactorial)
	def(m, "gcd", mathGcd)
	def(m, "lcm", mathLcm)
	def(m, "isqrt", mathIsqrt)
	def(m, "comb", mathComb)
	def(m, "perm", mathPerm)
	return m, nil
}

func mathPredicate(name string, f func(float64) bool) nativeFn {
	return floatFn("math."+name, func(x float64) (value, error) {
		return interp.Bool(f(x)), nil
	})
}

func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 {
		return math.Inf(1) // pole: CPython reports a domain error
	}
	r, _ := math.Lgamma(x)
	return r
}

func mathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	y := math.Nextafter(x, math.Inf(1))
	if math.IsInf(y, 0) {
		return x - math.Nextafter(x, 0)
	}
	return y - x
}

func mathPow(x, y float64) (float64, error) {
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return 0, errDomain()
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return 0, errDomain()
	}
	if x == 1 || y == 0 {
		return 1, nil
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return 0, errRange()
	}
	return r, nil
}

func mathLdexp(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := floatArg(th, args[0])
	if err != nil {
		return nil, err
	}
	if !isInt(args[1]) {
		return nil, interp.Errorf(interp.TypeError, "Expected an int as second argument to ldexp.")
	}
	eb, _ := toBig(args[1])
	var e int
	switch {
	case eb.IsInt64() && eb.Int64() > -100000 && eb.Int64() < 100000:
		e = int(eb.Int64())
	case eb.Sign() > 0:
		e = 100000
	default:
		e = -100000
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return interp.Float(x), nil
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return interp.Float(r), nil
}

func mathIsclose(th *thread, args []value, kw []kwarg) (value, error) {
	var a, b value
	relTol, absTol := 1e-9, 0.0
	var rt, at value = interp.Float(relTol), interp.Float(absTol)
	if len(args) > 2 {
		return nil, interp.Errorf(interp.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	if err := interp.UnpackArgs("isclose", args, kw, "a", &a, "b", &b, "rel_tol?", &rt, "abs_tol?", &at); err != nil {
		return nil, err
	}
	x, err := floatArg(th, a)
	if err != nil {
		return nil, err
	}
	y, err := floatArg(th, b)
	if err != nil {
		return nil, err
	}
	if relTol, err = floatArg(th, rt); err != nil {
		return nil, err
	}
	if absTol, err = floatArg(th, at); err != nil {
		return nil, err
	}
	if relTol < 0 || absTol < 0 {
		return nil, interp.Errorf(interp.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return interp.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return interp.False, nil
	}
	diff := math.Abs(y - x)
	return interp.Bool(diff <= math.Abs(relTol*y) || diff <= math.Abs(relTol*x) || diff <= absTol), nil
}

// logOf computes a logarithm of ints of any size (via their bit length)
// and of floats, with CPython's domain errors.
func logOf(th *thread, v value, f func(float64) float64) (float64, error) {
	if b, ok := toBig(v); ok && isInt(v) {
		if b.Sign() <= 0 {
			return 0, errDomain()
		}
		if b.BitLen() > 1000 {
			// x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2).
			e := b.BitLen()
			fl := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e)
			m, _ := fl.Float64()
			return f(m) + float64(e)*f(2), nil
		}
	}
	x, err := floatArg(th, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, errDomain()
	}
	return f(x), nil
}

func mathLog(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("math.log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, interp.Errorf(interp.TypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(th, args[0], libm.Log)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return interp.Float(num), nil
	}
	den, err := logOf(th, args[1], libm.Log)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, interp.Errorf(interp.ZeroDivisionError, "float division by zero")
	}
	return interp.Float(num / den), nil
}

func mathLogBase(name string, f func(float64) float64, base float64) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("math."+name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		r, err := logOf(th, args[0], f)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

// mathRound implements ceil/floor/trunc: ints pass through, floats become
// ints, user objects are asked for their dunder.
func mathRound(name string, f func(float64) float64, dunder string) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("math."+name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		v := args[0]
		if isInt(v) {
			if b, ok := v.(interp.Bool); ok {
				if b {
					return interp.Int(1), nil
				}
				return interp.Int(0), nil
			}
			return v, nil
		}
		if inst, ok := v.(*interp.Instance); ok {
			if m, ok := inst.Class.Lookup(dunder); ok {
				return th.Call(m, []value{inst}, nil)
			}
		}
		if _, ok := v.(interp.Float); !ok && name == "trunc" {
			return nil, interp.Errorf(interp.TypeError, "type %s doesn't define __trunc__ method", v.Type().Name)
		}
		x, err := floatArg(th, v)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x))
	}
}

// floatToInt converts an integral float to a Python int.
func floatToInt(x float64) (value, error) {
	if math.IsInf(x, 0) {
		return nil, interp.Errorf(interp.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, interp.Errorf(interp.ValueError, "cannot convert float NaN to integer")
	}
	if x >= -9.2e18 && x <= 9.2e18 {
		return interp.Int(int64(x)), nil
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return interp.MakeBigInt(b), nil
}

func floatList(th *thread, name string, v value) ([]float64, error) {
	items, err := interp.ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(items))
	for i, it := range items {
		if out[i], err = floatArg(th, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func hypot(xs []float64) float64 {
	max := 0.0
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if a := math.Abs(x); a > max || math.IsNaN(x) {
			max = a
		}
	}
	if math.IsNaN(max) || max == 0 {
		return max
	}
	sum := 0.0
	for _, x := range xs {
		s := x / max
		sum += s * s
	}
	if len(xs) == 2 {
		return math.Hypot(xs[0], xs[1])
	}
	return max * math.Sqrt(sum)
}

func mathHypot(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("math.hypot", kw); err != nil {
		return nil, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := floatArg(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return interp.Float(hypot(xs)), nil
}

func mathDist(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := floatList(th, "dist", args[0])
	if err != nil {
		return nil, err
	}
	q, err := floatList(th, "dist", args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, interp.Errorf(interp.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = p[i] - q[i]
	}
	return interp.Float(hypot(d)), nil
}
