package numpy

import (
	"math"
	"time"

	"github.com/gobrian/gobrian/interp"
)

// gamma draws from Gamma(shape k, scale 1) (Marsaglia and Tsang).
func (s *randomState) gamma(k float64) float64 {
	if k < 1 {
		return s.gamma(k+1) * math.Pow(s.r.Float64(), 1/k)
	}
	d := k - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := s.r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := s.r.Float64()
		if u < 1-0.0331*x*x*x*x || math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}

// moreFunctions are the further distributions of np.random.
func (s *randomState) moreFunctions() map[string]fnType {
	dist := func(name string, params []string, defaults []float64, draw func(p []float64) float64) fnType {
		return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p := append([]float64(nil), defaults...)
			var size interp.Value = interp.None
			pairs := make([]any, 0, 2*len(params)+2)
			for k, name := range params {
				suffix := "?"
				if math.IsNaN(defaults[k]) {
					suffix = ""
				}
				pairs = append(pairs, name+suffix, &p[k])
			}
			pairs = append(pairs, "size?", &size)
			if err := interp.UnpackArgs(name, args, kw, pairs...); err != nil {
				return nil, err
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, func() float64 { return draw(p) }), nil
		}
	}
	nan := math.NaN()
	out := map[string]fnType{
		"standard_normal":      dist("standard_normal", nil, nil, func([]float64) float64 { return s.r.NormFloat64() }),
		"standard_exponential": dist("standard_exponential", nil, nil, func([]float64) float64 { return s.r.ExpFloat64() }),
		"lognormal": dist("lognormal", []string{"mean", "sigma"}, []float64{0, 1}, func(p []float64) float64 {
			return math.Exp(p[0] + p[1]*s.r.NormFloat64())
		}),
		"laplace": dist("laplace", []string{"loc", "scale"}, []float64{0, 1}, func(p []float64) float64 {
			u := s.r.Float64() - 0.5
			return p[0] - p[1]*math.Copysign(1, u)*math.Log(1-2*math.Abs(u))
		}),
		"logistic": dist("logistic", []string{"loc", "scale"}, []float64{0, 1}, func(p []float64) float64 {
			u := s.r.Float64()
			return p[0] + p[1]*math.Log(u/(1-u))
		}),
		"gumbel": dist("gumbel", []string{"loc", "scale"}, []float64{0, 1}, func(p []float64) float64 {
			return p[0] - p[1]*math.Log(-math.Log(1-s.r.Float64()))
		}),
		"rayleigh": dist("rayleigh", []string{"scale"}, []float64{1}, func(p []float64) float64 {
			return p[0] * math.Sqrt(-2*math.Log(1-s.r.Float64()))
		}),
		"weibull": dist("weibull", []string{"a"}, []float64{nan}, func(p []float64) float64 {
			return math.Pow(-math.Log(1-s.r.Float64()), 1/p[0])
		}),
		"pareto": dist("pareto", []string{"a"}, []float64{nan}, func(p []float64) float64 {
			return math.Pow(1-s.r.Float64(), -1/p[0]) - 1
		}),
		"triangular": dist("triangular", []string{"left", "mode", "right"}, []float64{nan, nan, nan}, func(p []float64) float64 {
			l, m, r := p[0], p[1], p[2]
			u := s.r.Float64()
			if u < (m-l)/(r-l) {
				return l + math.Sqrt(u*(r-l)*(m-l))
			}
			return r - math.Sqrt((1-u)*(r-l)*(r-m))
		}),
		"gamma": dist("gamma", []string{"shape", "scale"}, []float64{nan, 1}, func(p []float64) float64 {
			return p[1] * s.gamma(p[0])
		}),
		"beta": dist("beta", []string{"a", "b"}, []float64{nan, nan}, func(p []float64) float64 {
			x, y := s.gamma(p[0]), s.gamma(p[1])
			return x / (x + y)
		}),
		"chisquare": dist("chisquare", []string{"df"}, []float64{nan}, func(p []float64) float64 {
			return 2 * s.gamma(p[0]/2)
		}),
		"geometric": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var p float64
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("geometric", args, kw, "p", &p, "size?", &size); err != nil {
				return nil, err
			}
			if p <= 0 || p > 1 {
				return nil, interp.Errorf(interp.ValueError, "p <= 0, p > 1 or p contains NaNs")
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillInt(shape, has, func() int64 {
				return int64(math.Ceil(math.Log(1-s.r.Float64()) / math.Log(1-p)))
			}), nil
		},
	}
	base := s.functions()
	out["ranf"] = base["random"]
	out["sample"] = base["random"]
	out["random_integers"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		// inclusive upper bound
		var low interp.Value
		var high, size interp.Value = interp.None, interp.None
		if err := interp.UnpackArgs("random_integers", args, kw, "low", &low, "high?", &high, "size?", &size); err != nil {
			return nil, err
		}
		if isNone(high) {
			low, high = interp.Int(1), low
		}
		h, err := interp.AsInt(high)
		if err != nil {
			return nil, err
		}
		return base["randint"](th, []interp.Value{low, interp.Int(h + 1), size}, nil)
	}
	out["default_rng"] = func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var seed interp.Value = interp.None
		if err := interp.UnpackArgs("default_rng", args, kw, "seed?", &seed); err != nil {
			return nil, err
		}
		g := newRandomState()
		if isNone(seed) {
			g.seed(uint64(time.Now().UnixNano()))
		} else {
			n, err := interp.AsInt(seed)
			if err != nil {
				return nil, err
			}
			g.seed(uint64(n))
		}
		m := interp.NewModule("Generator")
		for name, fn := range g.functions() {
			m.Set(name, builtin(name, fn))
		}
		for name, fn := range g.moreFunctions() {
			if name != "default_rng" {
				m.Set(name, builtin(name, fn))
			}
		}
		integers, _ := m.Members.GetStr("randint")
		m.Set("integers", integers)
		return m, nil
	}
	return out
}
