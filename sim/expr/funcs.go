package expr

import (
	"math"

	"github.com/gobrian/gobrian/sim/units"
)

var inf = math.Inf(1)

// function describes one of Brian's default functions.
type function struct {
	nargs int
	// dims checks argument dimensions and returns the result's; nil means
	// all arguments dimensionless and a dimensionless result.
	dims func(name string, args []Node, d []units.Dim) (units.Dim, error)
	kind Kind
	f1   func(float64) float64
	f3   func(a, b, c float64) float64
}

func dimless(f func(float64) float64) *function { return &function{nargs: 1, f1: f} }

func sameUnit(f func(float64) float64) *function {
	return &function{nargs: 1, f1: f, dims: func(_ string, _ []Node, d []units.Dim) (units.Dim, error) {
		return d[0], nil
	}}
}

var functions = map[string]*function{
	"exp":      dimless(math.Exp),
	"log":      dimless(math.Log),
	"log10":    dimless(math.Log10),
	"sin":      dimless(math.Sin),
	"cos":      dimless(math.Cos),
	"tan":      dimless(math.Tan),
	"sinh":     dimless(math.Sinh),
	"cosh":     dimless(math.Cosh),
	"tanh":     dimless(math.Tanh),
	"arcsin":   dimless(math.Asin),
	"arccos":   dimless(math.Acos),
	"arctan":   dimless(math.Atan),
	"exprel":   dimless(exprel),
	"expm1":    dimless(math.Expm1),
	"log1p":    dimless(math.Log1p),
	"abs":      sameUnit(math.Abs),
	"floor":    sameUnit(math.Floor),
	"ceil":     sameUnit(math.Ceil),
	"sign":     {nargs: 1, f1: sign, dims: anyToDimless},
	"int":      {nargs: 1, f1: math.Trunc, kind: Int, dims: anyToDimless},
	"sqrt":     {nargs: 1, f1: math.Sqrt, dims: sqrtDims},
	"clip":     {nargs: 3, f3: clip, dims: clipDims},
	"timestep": {nargs: 2, kind: Int, dims: timestepDims},
	"rand":     {nargs: 0},
	"randn":    {nargs: 0},
}

func anyToDimless(string, []Node, []units.Dim) (units.Dim, error) { return units.Dim{}, nil }

func sqrtDims(_ string, _ []Node, d []units.Dim) (units.Dim, error) { return d[0].Pow(0.5), nil }

func clipDims(name string, args []Node, d []units.Dim) (units.Dim, error) {
	for k := 1; k < 3; k++ {
		if d[k] != d[0] {
			return units.Dim{}, mismatch("Argument number %d for function %s was supposed to have the same units as argument number 1, but '%s' has unit %s, while '%s' has unit %s",
				k+1, name, Render(args[k]), units.DisplayUnit(d[k]), Render(args[0]), units.DisplayUnit(d[0]))
		}
	}
	return d[0], nil
}

func timestepDims(name string, args []Node, d []units.Dim) (units.Dim, error) {
	sec := units.Dim{units.Time: 1}
	for k := range 2 {
		if d[k] != sec {
			return units.Dim{}, mismatch("Argument number %d for function %s does not have the correct units. Expression '%s' has units (%s), but should be (%s).",
				k+1, name, Render(args[k]), d[k].String(), sec.String())
		}
	}
	return units.Dim{}, nil
}

func exprel(x float64) float64 {
	if x == 0 {
		return 1
	}
	if math.Abs(x) < 1e-16 {
		return 1 + x/2
	}
	if x > 717 {
		return math.Inf(1)
	}
	return math.Expm1(x) / x
}

func sign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return x // NaN
}

func clip(x, lo, hi float64) float64 {
	if x < lo {
		x = lo
	}
	if x > hi {
		x = hi
	}
	return x
}

// timestep is Brian's timestep(t, dt): int64((t + 1e-3*dt)/dt).
func timestep(t, dt float64) float64 {
	return float64(int64((t + 1e-3*dt) / dt))
}

// IsFunction reports whether name is one of the default functions.
func IsFunction(name string) bool { _, ok := functions[name]; return ok }
