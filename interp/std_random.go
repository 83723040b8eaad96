package interp

import (
	"math"
	"math/big"
	"time"
)

// Fallback standard module random: CPython's Mersenne Twister, seeded the
// same way, so seeded sequences match CPython's.

type mt19937 struct {
	mt  [624]uint32
	idx int
	// gaussNext caches the second value of the pair gauss() makes.
	gaussNext *float64
}

func (m *mt19937) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < 624; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.idx = 624
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := 624
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
	m.idx = 624
}

func (m *mt19937) next() uint32 {
	if m.idx >= 624 {
		for k := 0; k < 624; k++ {
			y := (m.mt[k] & 0x80000000) | (m.mt[(k+1)%624] & 0x7fffffff)
			v := m.mt[(k+397)%624] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.mt[k] = v
		}
		m.idx = 0
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt19937) random() float64 {
	a, b := m.next()>>5, m.next()>>6
	return (float64(a)*67108864 + float64(b)) / 9007199254740992
}

// seed follows CPython's random.seed for ints (and hashes other values).
func (m *mt19937) seed(th *Thread, v Value) error {
	m.gaussNext = nil
	var n *big.Int
	switch x := v.(type) {
	case NoneType:
		n = big.NewInt(time.Now().UnixNano())
	case Int, Bool, *BigInt:
		b, _ := toBig(x)
		n = new(big.Int).Abs(b)
	case Float:
		h, _ := numericHash(x)
		n = new(big.Int).Abs(big.NewInt(h))
	default:
		h, err := Hash(th, v)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(h)
	}
	var key []uint32
	mask := big.NewInt(0xffffffff)
	for t := new(big.Int).Set(n); t.Sign() > 0; t.Rsh(t, 32) {
		key = append(key, uint32(new(big.Int).And(t, mask).Uint64()))
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
	return nil
}

func (m *mt19937) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.next() >> (32 - k)))
	}
	words := (k + 31) / 32
	out := new(big.Int)
	for i := 0; i < words; i++ {
		r := m.next()
		if k < 32 {
			r >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(r)), uint(32*i)))
		k -= 32
	}
	return out
}

// randbelow is CPython's _randbelow_with_getrandbits.
func (m *mt19937) randbelow(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := big.NewInt(n).BitLen()
	for {
		r := m.getrandbits(k).Int64()
		if r < n {
			return r
		}
	}
}

func randomModule(th *Thread) (*Module, error) {
	m := NewModule("random")
	g := &mt19937{}
	_ = g.seed(th, None)
	fn := func(name string, f func(th *Thread, args []Value, kw []Kwarg) (Value, error)) {
		m.Set(name, NewBuiltin(name, f))
	}
	fn("seed", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var a Value = None
		if err := UnpackArgs("seed", args, kw, "a?", &a, "version?", new(Value)); err != nil {
			return nil, err
		}
		return None, g.seed(th, a)
	})
	fn("random", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Float(g.random()), nil
	})
	fn("getrandbits", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var k int
		if err := UnpackArgs("getrandbits", args, kw, "k", &k); err != nil {
			return nil, err
		}
		return MakeBigInt(g.getrandbits(k)), nil
	})
	randrange := func(start, stop, step int64) (Value, error) {
		width := stop - start
		if step == 1 {
			if width <= 0 {
				return nil, Errorf(ValueError, "empty range for randrange() (%d, %d, %d)", start, stop, width)
			}
			return Int(start + g.randbelow(width)), nil
		}
		if step == 0 {
			return nil, Errorf(ValueError, "zero step for randrange()")
		}
		n := (width + step - 1) / step
		if step < 0 {
			n = (width + step + 1) / step
		}
		if n <= 0 {
			return nil, Errorf(ValueError, "empty range for randrange()")
		}
		return Int(start + step*g.randbelow(n)), nil
	}
	fn("randrange", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var start, stop, step int64 = 0, 0, 1
		var stopV Value = None
		if err := UnpackArgs("randrange", args, kw, "start", &start, "stop?", &stopV, "step?", &step); err != nil {
			return nil, err
		}
		if stopV == None {
			return randrange(0, start, 1)
		}
		s, err := AsInt(stopV)
		if err != nil {
			return nil, err
		}
		stop = s
		return randrange(start, stop, step)
	})
	fn("randint", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var a, b int64
		if err := UnpackArgs("randint", args, kw, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		return randrange(a, b+1, 1)
	})
	fn("choice", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("choice", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := Len(th, args[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, Errorf(IndexError, "Cannot choose from an empty sequence")
		}
		return GetItem(th, args[0], Int(g.randbelow(int64(n))))
	})
	fn("shuffle", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("shuffle", args, 1, 1); err != nil {
			return nil, err
		}
		l, ok := args[0].(*List)
		if !ok {
			return nil, Errorf(TypeError, "shuffle() needs a list")
		}
		for i := len(l.Elems) - 1; i > 0; i-- {
			j := g.randbelow(int64(i + 1))
			l.Elems[i], l.Elems[j] = l.Elems[j], l.Elems[i]
		}
		return None, nil
	})
	fn("sample", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var pop Value
		var k int
		if err := UnpackArgs("sample", args, kw, "population", &pop, "k", &k, "counts?", new(Value)); err != nil {
			return nil, err
		}
		elems, err := ToSlice(th, pop)
		if err != nil {
			return nil, err
		}
		n := len(elems)
		if k < 0 || k > n {
			return nil, Errorf(ValueError, "Sample larger than population or is negative")
		}
		out := make([]Value, k)
		setsize := 21
		if k > 5 {
			setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
		}
		if n <= setsize {
			pool := append([]Value(nil), elems...)
			for i := 0; i < k; i++ {
				j := g.randbelow(int64(n - i))
				out[i] = pool[j]
				pool[j] = pool[n-i-1]
			}
		} else {
			selected := map[int64]bool{}
			for i := 0; i < k; i++ {
				j := g.randbelow(int64(n))
				for selected[j] {
					j = g.randbelow(int64(n))
				}
				selected[j] = true
				out[i] = elems[j]
			}
		}
		return NewList(out), nil
	})
	fn("uniform", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var a, b float64
		if err := UnpackArgs("uniform", args, kw, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		return Float(a + (b-a)*g.random()), nil
	})
	fn("gauss", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		mu, sigma := 0.0, 1.0
		if err := UnpackArgs("gauss", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
			return nil, err
		}
		var z float64
		if g.gaussNext != nil {
			z = *g.gaussNext
			g.gaussNext = nil
		} else {
			x2pi := g.random() * 2 * math.Pi
			g2rad := math.Sqrt(-2 * math.Log(1-g.random()))
			z = math.Cos(x2pi) * g2rad
			other := math.Sin(x2pi) * g2rad
			g.gaussNext = &other
		}
		return Float(mu + z*sigma), nil
	})
	return m, nil
}
