package numpy

import (
	"math"
	"math/rand/v2"
	"time"

	"github.com/gobrian/gobrian/interp"
)

// randomState is one session's random stream (np.random and Brian's bare
// rand/randn/randint share it).
type randomState struct{ r *rand.Rand }

func newRandomState() *randomState {
	return &randomState{r: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x9e3779b97f4a7c15))}
}

func (s *randomState) seed(v uint64) { s.r = rand.New(rand.NewPCG(v, 0x9e3779b97f4a7c15)) }

// sizeShape reads a size argument (None: a scalar result).
func sizeShape(th *interp.Thread, v interp.Value) ([]int, bool, error) {
	if isNone(v) {
		return nil, false, nil
	}
	s, err := shapeArg(th, v)
	if err != nil {
		return nil, false, err
	}
	return s, true, checkAlloc(s)
}

// fillFloat returns one float (no shape) or an array of draws.
func fillFloat(shape []int, hasShape bool, draw func() float64) interp.Value {
	if !hasShape {
		return interp.Float(draw())
	}
	out := newArray(Float64, shape)
	for k := range out.f {
		out.f[k] = draw()
	}
	return out
}

func fillInt(shape []int, hasShape bool, draw func() int64) interp.Value {
	if !hasShape {
		return interp.Int(draw())
	}
	out := newArray(Int64, shape)
	for k := range out.i {
		out.i[k] = draw()
	}
	return out
}

// dimsShape reads rand(d0, d1, ...) style positional dimensions.
func dimsShape(args []interp.Value) ([]int, bool, error) {
	if len(args) == 0 {
		return nil, false, nil
	}
	shape := make([]int, len(args))
	for k, a := range args {
		n, err := interp.AsInt(a)
		if err != nil {
			return nil, false, err
		}
		if n < 0 {
			return nil, false, interp.Errorf(interp.ValueError, "negative dimensions are not allowed")
		}
		shape[k] = int(n)
	}
	return shape, true, checkAlloc(shape)
}

func (s *randomState) poisson(lam float64) int64 {
	if lam < 30 {
		l, k, p := math.Exp(-lam), int64(0), 1.0
		for {
			p *= s.r.Float64()
			if p <= l {
				return k
			}
			k++
		}
	}
	// transformed rejection would be exact; the normal approximation with
	// continuity correction is adequate for simulation inputs
	v := math.Round(lam + math.Sqrt(lam)*s.r.NormFloat64())
	return int64(math.Max(v, 0))
}

func (s *randomState) binomial(n int64, p float64) int64 {
	var c int64
	for k := int64(0); k < n; k++ {
		if s.r.Float64() < p {
			c++
		}
	}
	return c
}

// functions returns the np.random namespace bound to this state.
func (s *randomState) functions() map[string]fnType {
	uniform01 := func(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var size interp.Value = interp.None
		if err := interp.UnpackArgs(name, args, kw, "size?", &size); err != nil {
			return nil, err
		}
		shape, has, err := sizeShape(th, size)
		if err != nil {
			return nil, err
		}
		return fillFloat(shape, has, s.r.Float64), nil
	}
	return map[string]fnType{
		"seed": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value = interp.None
			if err := interp.UnpackArgs("seed", args, kw, "seed?", &v); err != nil {
				return nil, err
			}
			if isNone(v) {
				s.seed(uint64(time.Now().UnixNano()))
				return interp.None, nil
			}
			n, err := interp.AsInt(v)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > math.MaxUint32 {
				return nil, interp.Errorf(interp.ValueError, "Seed must be between 0 and 2**32 - 1")
			}
			s.seed(uint64(n))
			return interp.None, nil
		},
		"rand": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			shape, has, err := dimsShape(args)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, s.r.Float64), nil
		},
		"randn": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			shape, has, err := dimsShape(args)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, s.r.NormFloat64), nil
		},
		"random": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return uniform01(th, "random", args, kw)
		},
		"random_sample": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return uniform01(th, "random_sample", args, kw)
		},
		"randint": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var lowV interp.Value
			var highV, size, dtype interp.Value = interp.None, interp.None, interp.None
			if err := interp.UnpackArgs("randint", args, kw, "low", &lowV, "high?", &highV, "size?", &size, "dtype?", &dtype); err != nil {
				return nil, err
			}
			low, err := interp.AsInt(lowV)
			if err != nil {
				return nil, err
			}
			high := low
			if isNone(highV) {
				low = 0
			} else if high, err = interp.AsInt(highV); err != nil {
				return nil, err
			}
			if high <= low {
				return nil, interp.Errorf(interp.ValueError, "low >= high")
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillInt(shape, has, func() int64 { return low + s.r.Int64N(high-low) }), nil
		},
		"uniform": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			low, high := 0.0, 1.0
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("uniform", args, kw, "low?", &low, "high?", &high, "size?", &size); err != nil {
				return nil, err
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, func() float64 { return low + (high-low)*s.r.Float64() }), nil
		},
		"normal": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			loc, scale := 0.0, 1.0
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("normal", args, kw, "loc?", &loc, "scale?", &scale, "size?", &size); err != nil {
				return nil, err
			}
			if scale < 0 {
				return nil, interp.Errorf(interp.ValueError, "scale < 0")
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, func() float64 { return loc + scale*s.r.NormFloat64() }), nil
		},
		"exponential": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			scale := 1.0
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("exponential", args, kw, "scale?", &scale, "size?", &size); err != nil {
				return nil, err
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillFloat(shape, has, func() float64 { return scale * s.r.ExpFloat64() }), nil
		},
		"poisson": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			lam := 1.0
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("poisson", args, kw, "lam?", &lam, "size?", &size); err != nil {
				return nil, err
			}
			if lam < 0 {
				return nil, interp.Errorf(interp.ValueError, "lam < 0")
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillInt(shape, has, func() int64 { return s.poisson(lam) }), nil
		},
		"binomial": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var n int64
			var p float64
			var size interp.Value = interp.None
			if err := interp.UnpackArgs("binomial", args, kw, "n", &n, "p", &p, "size?", &size); err != nil {
				return nil, err
			}
			if p < 0 || p > 1 {
				return nil, interp.Errorf(interp.ValueError, "p < 0, p > 1 or p is NaN")
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			return fillInt(shape, has, func() int64 { return s.binomial(n, p) }), nil
		},
		"choice": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var av interp.Value
			var size, pV interp.Value = interp.None, interp.None
			replace := true
			if err := interp.UnpackArgs("choice", args, kw, "a", &av, "size?", &size, "replace?", &replace, "p?", &pV); err != nil {
				return nil, err
			}
			var pool *Array
			if isScalarValue(av) {
				n, err := interp.AsInt(av)
				if err != nil {
					return nil, err
				}
				if n <= 0 {
					return nil, interp.Errorf(interp.ValueError, "a must be a positive integer unless no samples are taken")
				}
				idx := make([]int64, n)
				for k := range idx {
					idx[k] = int64(k)
				}
				pool = NewIntArray(idx, nil)
			} else {
				a, err := toArray(th, av, true)
				if err != nil {
					return nil, err
				}
				if len(a.shape) != 1 {
					return nil, interp.Errorf(interp.ValueError, "a must be 1-dimensional")
				}
				pool = a
			}
			n := pool.Size()
			var cum []float64
			if !isNone(pV) {
				p, err := toArray(th, pV, false)
				if err != nil {
					return nil, err
				}
				if p.Size() != n {
					return nil, interp.Errorf(interp.ValueError, "'a' and 'p' must have same size")
				}
				acc := 0.0
				for _, x := range p.Float64s() {
					acc += x
					cum = append(cum, acc)
				}
			}
			shape, has, err := sizeShape(th, size)
			if err != nil {
				return nil, err
			}
			count := 1
			if has {
				count = sizeOf(shape)
			}
			if !replace && count > n {
				return nil, interp.Errorf(interp.ValueError, "Cannot take a larger sample than population when 'replace=False'")
			}
			perm := s.r.Perm(n)
			picks := make([]int64, count)
			for k := range picks {
				switch {
				case !replace:
					picks[k] = int64(perm[k])
				case cum != nil:
					u := s.r.Float64() * cum[len(cum)-1]
					j := 0
					for j < len(cum)-1 && cum[j] <= u {
						j++
					}
					picks[k] = int64(j)
				default:
					picks[k] = s.r.Int64N(int64(n))
				}
			}
			if !has {
				return pool.GetItem(th, interp.Int(picks[0]))
			}
			return pool.GetItem(th, NewIntArray(picks, shape))
		},
		"permutation": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var xv interp.Value
			if err := interp.UnpackArgs("permutation", args, kw, "x", &xv); err != nil {
				return nil, err
			}
			var a *Array
			if isScalarValue(xv) {
				n, err := interp.AsInt(xv)
				if err != nil {
					return nil, err
				}
				idx := make([]int64, n)
				for k := range idx {
					idx[k] = int64(k)
				}
				a = NewIntArray(idx, nil)
			} else {
				var err error
				if a, err = toArray(th, xv, true); err != nil {
					return nil, err
				}
			}
			perm := s.r.Perm(a.shape[0])
			idx := make([]int64, len(perm))
			for k, p := range perm {
				idx[k] = int64(p)
			}
			return a.GetItem(th, NewIntArray(idx, nil))
		},
		"shuffle": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var xv interp.Value
			if err := interp.UnpackArgs("shuffle", args, kw, "x", &xv); err != nil {
				return nil, err
			}
			switch x := xv.(type) {
			case *Array:
				perm := s.r.Perm(x.shape[0])
				idx := make([]int64, len(perm))
				for k, p := range perm {
					idx[k] = int64(p)
				}
				shuffled, err := x.GetItem(th, NewIntArray(idx, nil))
				if err != nil {
					return nil, err
				}
				return interp.None, x.SetItem(th, interp.Ellipsis, shuffled)
			case *interp.List:
				s.r.Shuffle(len(x.Elems), func(i, j int) { x.Elems[i], x.Elems[j] = x.Elems[j], x.Elems[i] })
				return interp.None, nil
			}
			return nil, interp.Errorf(interp.TypeError, "shuffle expects an array or a list")
		},
	}
}
