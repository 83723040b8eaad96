package interp

import (
	"math"
	"math/big"
	"time"
)

// Fallback standard modules math and time, used when Options.Modules does
// not provide its own.

func mathArg(fn string, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int, Bool, *BigInt:
		return intToFloat(x)
	case HasFloat:
		return x.Float(nil)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", v.Type().Name)
}

func domainError() error { return Errorf(ValueError, "math domain error") }

// mathFn1 wraps a float function of one argument with CPython's errors.
func mathFn1(name string, f func(float64) float64, domain func(float64) bool) *Builtin {
	return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := mathArg(name, args[0])
		if err != nil {
			return nil, err
		}
		if domain != nil && !domain(x) {
			return nil, domainError()
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return nil, Errorf(OverflowError, "math range error")
		}
		return Float(r), nil
	})
}

func mathModule(th *Thread) (*Module, error) {
	m := NewModule("math")
	m.Set("pi", Float(math.Pi))
	m.Set("e", Float(math.E))
	m.Set("tau", Float(2*math.Pi))
	m.Set("inf", Float(math.Inf(1)))
	m.Set("nan", Float(math.NaN()))
	pos := func(x float64) bool { return x > 0 }
	for name, f := range map[string]func(float64) float64{
		"exp": math.Exp, "expm1": math.Expm1, "sin": math.Sin, "cos": math.Cos, "tan": math.Tan,
		"atan": math.Atan, "sinh": math.Sinh, "cosh": math.Cosh, "tanh": math.Tanh, "asinh": math.Asinh,
		"fabs": math.Abs, "erf": math.Erf, "erfc": math.Erfc, "degrees": func(x float64) float64 { return x * 180 / math.Pi },
		"radians": func(x float64) float64 { return x * math.Pi / 180 },
	} {
		m.Set(name, mathFn1(name, f, nil))
	}
	m.Set("sqrt", mathFn1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || math.IsNaN(x) }))
	m.Set("log10", mathFn1("log10", math.Log10, pos))
	m.Set("log2", mathFn1("log2", math.Log2, pos))
	m.Set("log1p", mathFn1("log1p", math.Log1p, func(x float64) bool { return x > -1 }))
	m.Set("asin", mathFn1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }))
	m.Set("acos", mathFn1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }))
	m.Set("acosh", mathFn1("acosh", math.Acosh, func(x float64) bool { return x >= 1 }))
	m.Set("atanh", mathFn1("atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 }))
	m.Set("gamma", mathFn1("gamma", math.Gamma, func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) }))
	m.Set("lgamma", mathFn1("lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v }, func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) }))
	m.Set("log", NewBuiltin("log", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeError, "log expected 1 or 2 arguments, got %d", len(args))
		}
		logOf := func(v Value) (float64, error) {
			if b, ok := v.(*BigInt); ok && b.V.Sign() > 0 {
				// log of huge ints without overflowing to inf.
				bits := b.V.BitLen()
				shifted := new(big.Int).Rsh(b.V, uint(max(bits-60, 0)))
				f, _ := shifted.Float64()
				return math.Log(f) + float64(max(bits-60, 0))*math.Ln2, nil
			}
			x, err := mathArg("log", v)
			if err != nil {
				return 0, err
			}
			if x <= 0 {
				return 0, domainError()
			}
			return math.Log(x), nil
		}
		x, err := logOf(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			b, err := logOf(args[1])
			if err != nil {
				return nil, err
			}
			if b == 0 {
				return nil, Errorf(ZeroDivisionError, "float division by zero")
			}
			return Float(x / b), nil
		}
		return Float(x), nil
	}))
	two := func(name string, f func(a, b float64) (float64, error)) {
		m.Set(name, NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "%s expected 2 arguments, got %d", name, len(args))
			}
			a, err := mathArg(name, args[0])
			if err != nil {
				return nil, err
			}
			b, err := mathArg(name, args[1])
			if err != nil {
				return nil, err
			}
			r, err := f(a, b)
			return Float(r), err
		}))
	}
	two("atan2", func(a, b float64) (float64, error) { return math.Atan2(a, b), nil })
	two("hypot", func(a, b float64) (float64, error) { return math.Hypot(a, b), nil })
	two("copysign", func(a, b float64) (float64, error) { return math.Copysign(a, b), nil })
	two("fmod", func(a, b float64) (float64, error) {
		if b == 0 && !math.IsNaN(a) {
			return 0, domainError()
		}
		return math.Mod(a, b), nil
	})
	two("pow", func(a, b float64) (float64, error) {
		if a == 0 && b < 0 {
			return 0, domainError()
		}
		if a < 0 && b != math.Trunc(b) {
			return 0, domainError()
		}
		r := math.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return 0, Errorf(OverflowError, "math range error")
		}
		return r, nil
	})
	two("ldexp", func(a, b float64) (float64, error) { return math.Ldexp(a, int(b)), nil })
	toInt := func(name string, f func(float64) float64) {
		m.Set(name, NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
			}
			if isIntLike(args[0]) {
				return boolToInt(args[0]), nil
			}
			x, err := mathArg(name, args[0])
			if err != nil {
				return nil, err
			}
			return floatToInt(f(x))
		}))
	}
	toInt("floor", math.Floor)
	toInt("ceil", math.Ceil)
	toInt("trunc", math.Trunc)
	pred := func(name string, f func(float64) bool) {
		m.Set(name, NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
			}
			x, err := mathArg(name, args[0])
			if err != nil {
				return nil, err
			}
			return Bool(f(x)), nil
		}))
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	m.Set("isclose", NewBuiltin("isclose", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var a, b float64
		relTol, absTol := 1e-9, 0.0
		if err := UnpackArgs("isclose", args, kw, "a", &a, "b", &b, "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
			return nil, err
		}
		if a == b {
			return True, nil
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return False, nil
		}
		d := math.Abs(a - b)
		return Bool(d <= math.Abs(relTol*b) || d <= math.Abs(relTol*a) || d <= absTol), nil
	}))
	m.Set("modf", NewBuiltin("modf", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "math.modf() takes exactly one argument (%d given)", len(args))
		}
		x, err := mathArg("modf", args[0])
		if err != nil {
			return nil, err
		}
		i, f := math.Modf(x)
		return Tuple{Float(f), Float(i)}, nil
	}))
	m.Set("frexp", NewBuiltin("frexp", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "math.frexp() takes exactly one argument (%d given)", len(args))
		}
		x, err := mathArg("frexp", args[0])
		if err != nil {
			return nil, err
		}
		f, e := math.Frexp(x)
		return Tuple{Float(f), Int(e)}, nil
	}))
	intArgs := func(name string, args []Value) ([]*big.Int, error) {
		out := make([]*big.Int, len(args))
		for i, a := range args {
			b, ok := toBig(a)
			if !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			out[i] = b
		}
		return out, nil
	}
	m.Set("factorial", NewBuiltin("factorial", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "math.factorial() takes exactly one argument (%d given)", len(args))
		}
		if _, ok := args[0].(Float); ok {
			return nil, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := intArgs("factorial", args)
		if err != nil {
			return nil, err
		}
		if n[0].Sign() < 0 {
			return nil, Errorf(ValueError, "factorial() not defined for negative values")
		}
		return MakeBigInt(new(big.Int).MulRange(1, n[0].Int64())), nil
	}))
	m.Set("gcd", NewBuiltin("gcd", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		ns, err := intArgs("gcd", args)
		if err != nil {
			return nil, err
		}
		g := new(big.Int)
		for _, n := range ns {
			g.GCD(nil, nil, g, new(big.Int).Abs(n))
		}
		return MakeBigInt(g), nil
	}))
	m.Set("lcm", NewBuiltin("lcm", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		ns, err := intArgs("lcm", args)
		if err != nil {
			return nil, err
		}
		l := big.NewInt(1)
		for _, n := range ns {
			a := new(big.Int).Abs(n)
			if a.Sign() == 0 {
				return Int(0), nil
			}
			g := new(big.Int).GCD(nil, nil, l, a)
			l.Mul(l, a).Div(l, g)
		}
		return MakeBigInt(l), nil
	}))
	m.Set("comb", NewBuiltin("comb", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		ns, err := intArgs("comb", args)
		if err != nil || len(ns) != 2 {
			return nil, Errorf(TypeError, "comb expected 2 arguments, got %d", len(args))
		}
		if ns[0].Sign() < 0 || ns[1].Sign() < 0 {
			return nil, Errorf(ValueError, "n must be a non-negative integer")
		}
		if ns[1].Cmp(ns[0]) > 0 {
			return Int(0), nil
		}
		return MakeBigInt(new(big.Int).Binomial(ns[0].Int64(), ns[1].Int64())), nil
	}))
	m.Set("prod", NewBuiltin("prod", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var it Value
		var start Value = Int(1)
		if err := UnpackArgs("prod", args, kw, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		elems, err := ToSlice(th, it)
		if err != nil {
			return nil, err
		}
		acc := start
		for _, e := range elems {
			if acc, err = Binary(th, Mul, acc, e); err != nil {
				return nil, err
			}
		}
		return acc, nil
	}))
	m.Set("fsum", NewBuiltin("fsum", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "math.fsum() takes exactly one argument (%d given)", len(args))
		}
		elems, err := ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		// Exact summation with big.Float, then one rounding.
		acc := new(big.Float).SetPrec(2000)
		for _, e := range elems {
			x, err := mathArg("fsum", e)
			if err != nil {
				return nil, err
			}
			if math.IsInf(x, 0) || math.IsNaN(x) {
				return Float(x), nil
			}
			acc.Add(acc, new(big.Float).SetFloat64(x))
		}
		f, _ := acc.Float64()
		return Float(f), nil
	}))
	return m, nil
}

func timeModule(th *Thread) (*Module, error) {
	m := NewModule("time")
	start := time.Now()
	m.Set("time", NewBuiltin("time", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Float(float64(time.Now().UnixNano()) / 1e9), nil
	}))
	mono := NewBuiltin("perf_counter", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Float(time.Since(start).Seconds()), nil
	})
	m.Set("perf_counter", mono)
	m.Set("monotonic", mono)
	m.Set("process_time", NewBuiltin("process_time", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		u, s := cpuTimes()
		return Float(u + s), nil
	}))
	m.Set("sleep", NewBuiltin("sleep", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "time.sleep() takes exactly one argument (%d given)", len(args))
		}
		secs, err := mathArg("sleep", args[0])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			return nil, Errorf(ValueError, "sleep length must be non-negative")
		}
		t := time.NewTimer(time.Duration(secs * float64(time.Second)))
		defer t.Stop()
		select {
		case <-t.C:
			return None, nil
		case <-th.Context().Done():
			return nil, Errorf(KeyboardInterrupt, "")
		}
	}))
	return m, nil
}
