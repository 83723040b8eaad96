package pystd

import (
	"crypto/rand"
	"crypto/sha512"
	"math"
	"math/big"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/pystd/libm"
)

// RandomType is the class of random.Random instances.
var RandomType = interp.NewClass("Random", "random")

// rng is a random.Random instance: a Mersenne Twister plus the cached
// second normal deviate of gauss().
type rng struct {
	mt        mt19937
	gaussNext value // None or Float
	cls       *interp.Class
}

func newRng() *rng {
	r := &rng{gaussNext: interp.None, cls: RandomType}
	r.seedRandom()
	return r
}

func (r *rng) Type() *interp.Class { return r.cls }

func (r *rng) Repr(th *thread) (string, error) {
	return "<random.Random object>", nil
}

func (r *rng) seedRandom() {
	var b [32]byte
	_, _ = rand.Read(b[:])
	r.mt.seedBig(new(big.Int).SetBytes(b[:]))
}

// seed implements Random.seed(a=None, version=2).
func (r *rng) seed(th *thread, a value) error {
	r.gaussNext = interp.None
	switch x := a.(type) {
	case interp.NoneType:
		r.seedRandom()
	case interp.Int, interp.Bool, *interp.BigInt:
		b, _ := toBig(x)
		r.mt.seedBig(b)
	case interp.Float:
		r.mt.seedBig(big.NewInt(floatHash(float64(x))))
	case interp.Str:
		// Version 2: the string's bytes followed by their SHA-512.
		raw := []byte(string(x))
		sum := sha512.Sum512(raw)
		r.mt.seedBig(new(big.Int).SetBytes(append(raw, sum[:]...)))
	default:
		return interp.Errorf(interp.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	return nil
}

// floatHash is CPython's hash(float): reduction modulo 2**61 - 1.
func floatHash(x float64) int64 {
	const bits = 61
	const modulus = (1 << bits) - 1
	if math.IsInf(x, 1) {
		return 314159
	}
	if math.IsInf(x, -1) {
		return -314159
	}
	if math.IsNaN(x) {
		return 0
	}
	m, e := math.Frexp(x)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var h uint64
	for m != 0 {
		h = ((h << 28) & modulus) | h>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		h += y
		if h >= modulus {
			h -= modulus
		}
	}
	if e >= 0 {
		e = e % bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	h = ((h << uint(e)) & modulus) | h>>(bits-uint(e))
	r := int64(h) * sign
	if r == -1 {
		r = -2
	}
	return r
}

func (r *rng) Attr(th *thread, name string) (value, error) {
	return bindMethod(rngMethods, r, name)
}

func (r *rng) AttrNames() []string {
	return methodNames(rngMethods)
}

type rngMethod func(r *rng, th *thread, args []value, kw []kwarg) (value, error)

var rngMethods map[string]rngMethod

func init() {
	rngMethods = map[string]rngMethod{
		"seed": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var a value = interp.None
			var version value = interp.Int(2)
			if err := interp.UnpackArgs("seed", args, kw, "a?", &a, "version?", &version); err != nil {
				return nil, err
			}
			return interp.None, r.seed(th, a)
		},
		"random": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("random", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return interp.Float(r.mt.random()), nil
		},
		"getrandbits": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var k int
			if err := interp.UnpackArgs("getrandbits", args, kw, "k", &k); err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, interp.Errorf(interp.ValueError, "number of bits must be non-negative")
			}
			return interp.MakeBigInt(r.mt.getrandbits(k)), nil
		},
		"uniform": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var a, b float64
			if err := interp.UnpackArgs("uniform", args, kw, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			return interp.Float(a + (b-a)*r.mt.random()), nil
		},
		"triangular": rngTriangular,
		"randrange":  rngRandrange,
		"randint": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var a, b value
			if err := interp.UnpackArgs("randint", args, kw, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			bb, err := intArg(b)
			if err != nil {
				return nil, err
			}
			return rngRandrange(r, th, []value{a, interp.MakeBigInt(bb.Add(bb, big.NewInt(1)))}, nil)
		},
		"choice": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var seq value
			if err := interp.UnpackArgs("choice", args, kw, "seq", &seq); err != nil {
				return nil, err
			}
			n, err := interp.Len(th, seq)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, interp.Errorf(interp.IndexError, "Cannot choose from an empty sequence")
			}
			return interp.GetItem(th, seq, interp.Int(r.mt.belowInt(n)))
		},
		"choices":       rngChoices,
		"shuffle":       rngShuffle,
		"sample":        rngSample,
		"gauss":         rngGauss,
		"normalvariate": rngNormal,
		"lognormvariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			v, err := rngNormal(r, th, args, kw)
			if err != nil {
				return nil, err
			}
			return interp.Float(libm.Exp(float64(v.(interp.Float)))), nil
		},
		"expovariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var lambd float64
			if err := interp.UnpackArgs("expovariate", args, kw, "lambd", &lambd); err != nil {
				return nil, err
			}
			if lambd == 0 {
				return nil, interp.Errorf(interp.ZeroDivisionError, "float division by zero")
			}
			return interp.Float(-libm.Log(1.0-r.mt.random()) / lambd), nil
		},
		"gammavariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var alpha, beta float64
			if err := interp.UnpackArgs("gammavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			g, err := r.gamma(alpha, beta)
			return interp.Float(g), err
		},
		"betavariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var alpha, beta float64
			if err := interp.UnpackArgs("betavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			y, err := r.gamma(alpha, 1)
			if err != nil || y == 0 {
				return interp.Float(0), err
			}
			z, err := r.gamma(beta, 1)
			return interp.Float(y / (y + z)), err
		},
		"paretovariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var alpha float64
			if err := interp.UnpackArgs("paretovariate", args, kw, "alpha", &alpha); err != nil {
				return nil, err
			}
			u := 1.0 - r.mt.random()
			return interp.Float(libm.Pow(u, -1.0/alpha)), nil
		},
		"weibullvariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var alpha, beta float64
			if err := interp.UnpackArgs("weibullvariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			u := 1.0 - r.mt.random()
			return interp.Float(alpha * libm.Pow(-libm.Log(u), 1.0/beta)), nil
		},
		"vonmisesvariate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			var mu, kappa float64
			if err := interp.UnpackArgs("vonmisesvariate", args, kw, "mu", &mu, "kappa", &kappa); err != nil {
				return nil, err
			}
			return interp.Float(r.vonmises(mu, kappa)), nil
		},
		"getstate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			st, idx := r.mt.state624()
			words := make(interp.Tuple, 625)
			for i, w := range st {
				words[i] = interp.Int(w)
			}
			words[624] = interp.Int(idx)
			return interp.Tuple{interp.Int(3), words, r.gaussNext}, nil
		},
		"setstate": func(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("setstate", args, kw, 1, 1); err != nil {
				return nil, err
			}
			t, ok := args[0].(interp.Tuple)
			if !ok || len(t) != 3 {
				return nil, interp.Errorf(interp.ValueError, "state vector is the wrong size")
			}
			words, ok := t[1].(interp.Tuple)
			if !ok || len(words) != 625 {
				return nil, interp.Errorf(interp.ValueError, "state vector is the wrong size")
			}
			for i := 0; i < 624; i++ {
				w, err := interp.AsInt(words[i])
				if err != nil {
					return nil, err
				}
				r.mt.state[i] = uint32(w)
			}
			idx, err := interp.AsInt(words[624])
			if err != nil {
				return nil, err
			}
			if idx < 0 || idx > 624 {
				return nil, interp.Errorf(interp.ValueError, "invalid state")
			}
			r.mt.index = int(idx)
			r.gaussNext = t[2]
			return interp.None, nil
		},
	}
}

// rngRandrange follows CPython 3.11's randrange, including its messages.
func rngRandrange(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	var start, stop, step value = nil, interp.None, interp.Int(1)
	if err := interp.UnpackArgs("randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return nil, err
	}
	toInt := func(v value, what string) (*big.Int, error) {
		if f, ok := v.(interp.Float); ok {
			if float64(f) != math.Trunc(float64(f)) {
				return nil, interp.Errorf(interp.ValueError, "non-integer %s for randrange()", what)
			}
			b, _ := new(big.Float).SetFloat64(float64(f)).Int(nil)
			return b, nil
		}
		b, ok := toBig(v)
		if !ok {
			return nil, interp.Errorf(interp.ValueError, "non-integer %s for randrange()", what)
		}
		return b, nil
	}
	istart, err := toInt(start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == interp.None {
		if istart.Sign() > 0 {
			return interp.MakeBigInt(r.mt.below(istart)), nil
		}
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange()")
	}
	istop, err := toInt(stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep, err := toInt(step, "step")
	if err != nil {
		return nil, err
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return interp.MakeBigInt(width.Add(istart, r.mt.below(width))), nil
		}
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch {
	case istep.Sign() > 0:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
		n.Div(n, istep)
	case istep.Sign() < 0:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
		n.Div(n, istep)
	default:
		return nil, interp.Errorf(interp.ValueError, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, interp.Errorf(interp.ValueError, "empty range for randrange()")
	}
	k := r.mt.below(n)
	return interp.MakeBigInt(k.Mul(k, istep).Add(k, istart)), nil
}

func rngChoices(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	var pop value
	var weights, cum value = interp.None, interp.None
	k := 1
	if err := interp.UnpackArgs("choices", args, kw, "population", &pop, "weights?", &weights, "cum_weights?", &cum, "k?", &k); err != nil {
		return nil, err
	}
	n, err := interp.Len(th, pop)
	if err != nil {
		return nil, err
	}
	out := make([]value, 0, max(k, 0))
	if cum == interp.None {
		if weights == interp.None {
			fn := float64(n)
			for i := 0; i < k; i++ {
				v, err := interp.GetItem(th, pop, interp.Int(int64(math.Floor(r.mt.random()*fn))))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return interp.NewList(out), nil
		}
		ws, err := floatList(th, "choices", weights)
		if err != nil {
			return nil, err
		}
		acc := 0.0
		cw := make([]float64, len(ws))
		for i, w := range ws {
			acc += w
			cw[i] = acc
		}
		return choicesCum(r, th, pop, n, cw, k)
	} else if weights != interp.None {
		return nil, interp.Errorf(interp.TypeError, "Cannot specify both weights and cumulative weights")
	}
	cw, err := floatList(th, "choices", cum)
	if err != nil {
		return nil, err
	}
	return choicesCum(r, th, pop, n, cw, k)
}

func choicesCum(r *rng, th *thread, pop value, n int, cw []float64, k int) (value, error) {
	if len(cw) != n {
		return nil, interp.Errorf(interp.ValueError, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, interp.Errorf(interp.IndexError, "list index out of range")
	}
	total := cw[n-1]
	if total <= 0 {
		return nil, interp.Errorf(interp.ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, interp.Errorf(interp.ValueError, "Total of weights must be finite")
	}
	out := make([]value, 0, max(k, 0))
	hi := n - 1
	for i := 0; i < k; i++ {
		x := r.mt.random() * total
		// bisect_right(cw, x, 0, hi)
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if x < cw[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := interp.GetItem(th, pop, interp.Int(lo))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return interp.NewList(out), nil
}

func rngShuffle(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	var x value
	if err := interp.UnpackArgs("shuffle", args, kw, "x", &x); err != nil {
		return nil, err
	}
	if l, ok := x.(*interp.List); ok {
		for i := len(l.Elems) - 1; i > 0; i-- {
			j := r.mt.belowInt(i + 1)
			l.Elems[i], l.Elems[j] = l.Elems[j], l.Elems[i]
		}
		return interp.None, nil
	}
	n, err := interp.Len(th, x)
	if err != nil {
		return nil, err
	}
	for i := n - 1; i > 0; i-- {
		j := r.mt.belowInt(i + 1)
		a, err := interp.GetItem(th, x, interp.Int(i))
		if err != nil {
			return nil, err
		}
		b, err := interp.GetItem(th, x, interp.Int(j))
		if err != nil {
			return nil, err
		}
		if err := interp.SetItem(th, x, interp.Int(i), b); err != nil {
			return nil, err
		}
		if err := interp.SetItem(th, x, interp.Int(j), a); err != nil {
			return nil, err
		}
	}
	return interp.None, nil
}

// rngSample follows CPython 3.11's sample: a pool for small populations,
// rejection with a selected set otherwise (which changes the sequence).
func rngSample(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	var pop value
	var k int
	var counts value = interp.None
	if err := interp.UnpackArgs("sample", args, kw, "population", &pop, "k", &k, "counts?", &counts); err != nil {
		return nil, err
	}
	switch pop.(type) {
	case *interp.Set, *interp.Dict:
		return nil, interp.Errorf(interp.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	items, err := interp.ToSlice(th, pop)
	if err != nil {
		return nil, err
	}
	if counts != interp.None {
		cs, err := interp.ToSlice(th, counts)
		if err != nil {
			return nil, err
		}
		if len(cs) != len(items) {
			return nil, interp.Errorf(interp.ValueError, "The number of counts does not match the population")
		}
		var expanded []value
		for i, c := range cs {
			nc, err := interp.AsInt(c)
			if err != nil {
				return nil, err
			}
			for j := int64(0); j < nc; j++ {
				expanded = append(expanded, items[i])
			}
		}
		items = expanded
	}
	n := len(items)
	if k < 0 || k > n {
		return nil, interp.Errorf(interp.ValueError, "Sample larger than population or is negative")
	}
	result := make([]value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := append([]value(nil), items...)
		for i := 0; i < k; i++ {
			j := r.mt.belowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.mt.belowInt(n)
			for selected[j] {
				j = r.mt.belowInt(n)
			}
			selected[j] = true
			result[i] = items[j]
		}
	}
	return interp.NewList(result), nil
}

// randomModule builds random with a per-session default generator.
func randomModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("random")
	shared := newRng()
	names := shared.AttrNames()
	for _, name := range names {
		f := rngMethods[name]
		m.Set(name, method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			return f(shared, th, args, kw)
		}))
	}
	m.Set("Random", RandomType)
	return m, nil
}

func init() {
	RandomType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		var x value = interp.None
		if err := interp.UnpackArgs("Random", args, kw, "x?", &x); err != nil {
			return nil, err
		}
		r := &rng{gaussNext: interp.None, cls: cls}
		if err := r.seed(th, x); err != nil {
			return nil, err
		}
		return r, nil
	}
}
