package libm

import (
	"math"
	"math/big"
	"sync"
)

// Go's math package is accurate
// to about one ulp, while CPython calls glibc, whose exp, log, pow, sin,
// cos, tan, atan and asin are correctly rounded in practice; printing
// repr(math.exp(x)) must show the same digits. These functions evaluate
// in 128-bit big.Float arithmetic and round once to float64 (about
// 10-25 µs a call: scalar math in notebooks, not array kernels).

const crPrec = 128

// crConsts are high-precision constants, computed once (immutable).
type crConsts struct {
	pi  *big.Float // 1600 bits, enough to reduce any float64 mod pi/2
	ln2 *big.Float
}

var crConstants = sync.OnceValue(func() *crConsts {
	const p = 1600
	pi := new(big.Float).SetPrec(p)
	a := atanInv(5, p)
	b := atanInv(239, p)
	pi.Sub(a.Mul(a, big.NewFloat(16)), b.Mul(b, big.NewFloat(4)))
	c := &crConsts{pi: pi}
	// ln 2 = 2 atanh(1/3)
	third := new(big.Float).SetPrec(crPrec).Quo(newF(1), newF(3))
	c.ln2 = atanhSeries(third)
	c.ln2.SetMantExp(c.ln2, 1)
	return c
})

func newF(x float64) *big.Float { return new(big.Float).SetPrec(crPrec).SetFloat64(x) }

// atanInv is atan(1/n) by its Taylor series, at precision p.
func atanInv(n int64, p uint) *big.Float {
	sum := new(big.Float).SetPrec(p)
	nn := new(big.Float).SetPrec(p).SetInt64(n * n)
	pow := new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), new(big.Float).SetPrec(p).SetInt64(n))
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(0); ; k++ {
		term := new(big.Float).SetPrec(p).Quo(pow, new(big.Float).SetPrec(p).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Cmp(eps) < 0 {
			return sum
		}
		pow.Quo(pow, nn)
	}
}

// atanhSeries is atanh(z) = z + z^3/3 + ... for small |z|.
func atanhSeries(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(crPrec).Set(z)
	z2 := new(big.Float).SetPrec(crPrec).Mul(z, z)
	pow := new(big.Float).SetPrec(crPrec).Set(z)
	for k := int64(1); k < 400; k++ {
		pow.Mul(pow, z2)
		term := new(big.Float).SetPrec(crPrec).Quo(pow, new(big.Float).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -crPrec-4 {
			break
		}
	}
	return sum
}

// logBig is the natural log of a positive big.Float.
func logBig(x *big.Float, ln2 *big.Float) *big.Float {
	mant := new(big.Float).SetPrec(crPrec)
	e := x.MantExp(mant) // x = mant * 2^e, mant in [0.5, 1)
	if mant.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		mant.SetMantExp(mant, 1)
		e--
	}
	one := newF(1)
	num := new(big.Float).SetPrec(crPrec).Sub(mant, one)
	den := new(big.Float).SetPrec(crPrec).Add(mant, one)
	r := atanhSeries(num.Quo(num, den))
	r.Mul(r, newF(2))
	if e != 0 {
		t := new(big.Float).SetPrec(crPrec).Mul(ln2, new(big.Float).SetInt64(int64(e)))
		r.Add(r, t)
	}
	return r
}

// expBig is e**x for |x| < 750.
func expBig(x *big.Float) *big.Float {
	c := crConstants()
	q := new(big.Float).SetPrec(crPrec).Quo(x, c.ln2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := new(big.Float).SetPrec(crPrec).Mul(c.ln2, newF(k))
	r.Sub(x, r)
	// exp(r) = exp(r/2^s)^(2^s)
	const s = 12
	r.SetMantExp(r, -s)
	sum := newF(1)
	term := newF(1)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -crPrec-8 {
			break
		}
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

func round64(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

// Log is the natural logarithm, correctly rounded.
func Log(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return math.Log(x)
	}
	if x == 1 {
		return 0
	}
	return round64(logBig(newF(x), crConstants().ln2))
}

// Pow is x**y, correctly rounded (special cases as math.Pow).
func Pow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1 {
		return math.Pow(x, y)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Mod(y, 2) != 0
		x = -x
	}
	if y == 1 {
		if neg {
			return -x
		}
		return x
	}
	l := logBig(newF(x), crConstants().ln2)
	l.Mul(l, newF(y))
	lf, _ := l.Float64()
	var r float64
	switch {
	case lf > 709.8:
		r = math.Inf(1)
	case lf < -745.2:
		r = 0
	default:
		r = round64(expBig(l))
	}
	if neg {
		return -r
	}
	return r
}

// reduceHalfPi returns r = x - q*pi/2 (|r| <= pi/4) and q mod 4.
func reduceHalfPi(x float64) (*big.Float, int) {
	c := crConstants()
	_, e := math.Frexp(x)
	p := uint(crPrec + 64 + max(e, 0))
	halfPi := new(big.Float).SetPrec(p).Set(c.pi)
	halfPi.SetMantExp(halfPi, -1)
	bx := new(big.Float).SetPrec(p).SetFloat64(x)
	q := new(big.Float).SetPrec(p).Quo(bx, halfPi)
	qi, _ := q.Int(nil)
	// Round to nearest.
	frac := new(big.Float).SetPrec(p).Sub(q, new(big.Float).SetPrec(p).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(p).Mul(halfPi, new(big.Float).SetPrec(p).SetInt(qi))
	r.Sub(bx, r)
	quad := int(new(big.Int).Mod(qi, big.NewInt(4)).Int64())
	return new(big.Float).SetPrec(crPrec).Set(r), quad
}

// sinCosSeries evaluates sin(r) and cos(r) for |r| <= pi/4.
func sinCosSeries(r *big.Float) (sin, cos *big.Float) {
	r2 := new(big.Float).SetPrec(crPrec).Mul(r, r)
	sin = new(big.Float).SetPrec(crPrec).Set(r)
	cos = newF(1)
	ts := new(big.Float).SetPrec(crPrec).Set(r)
	tc := newF(1)
	for n := int64(1); n < 60; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, new(big.Float).SetInt64((2*n)*(2*n+1)))
		tc.Mul(tc, r2)
		tc.Quo(tc, new(big.Float).SetInt64((2*n-1)*(2*n)))
		if n%2 == 1 {
			sin.Sub(sin, ts)
			cos.Sub(cos, tc)
		} else {
			sin.Add(sin, ts)
			cos.Add(cos, tc)
		}
		if tc.Sign() == 0 || tc.MantExp(nil) < -crPrec-8 && (ts.Sign() == 0 || ts.MantExp(nil)-sin.MantExp(nil) < -crPrec-4) {
			break
		}
	}
	return sin, cos
}

func sinCosBig(x float64) (sin, cos *big.Float) {
	r, q := reduceHalfPi(x)
	s, c := sinCosSeries(r)
	switch q {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

// Sin is the sine, correctly rounded for any argument.
func Sin(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || math.Abs(x) < 1e-8 && math.Abs(x) < 1e-300 {
		return math.Sin(x)
	}
	s, _ := sinCosBig(x)
	return round64(s)
}

// Cos is the cosine, correctly rounded for any argument.
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Cos(x)
	}
	_, c := sinCosBig(x)
	return round64(c)
}

// Tan is the tangent, correctly rounded.
func Tan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Tan(x)
	}
	s, c := sinCosBig(x)
	return round64(s.Quo(s, c))
}

// atanBig is atan of a big.Float.
func atanBig(x *big.Float) *big.Float {
	c := crConstants()
	neg := x.Sign() < 0
	ax := new(big.Float).SetPrec(crPrec).Abs(x)
	invert := ax.Cmp(newF(1)) > 0
	if invert {
		ax.Quo(newF(1), ax)
	}
	// atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), three times.
	const halvings = 3
	for i := 0; i < halvings; i++ {
		t := new(big.Float).SetPrec(crPrec).Mul(ax, ax)
		t.Add(t, newF(1))
		t.Sqrt(t)
		t.Add(t, newF(1))
		ax.Quo(ax, t)
	}
	x2 := new(big.Float).SetPrec(crPrec).Mul(ax, ax)
	sum := new(big.Float).SetPrec(crPrec).Set(ax)
	pow := new(big.Float).SetPrec(crPrec).Set(ax)
	for k := int64(1); k < 200; k++ {
		pow.Mul(pow, x2)
		term := new(big.Float).SetPrec(crPrec).Quo(pow, new(big.Float).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -crPrec-4 {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if invert {
		halfPi := new(big.Float).SetPrec(crPrec).Set(c.pi)
		halfPi.SetMantExp(halfPi, -1)
		sum.Sub(halfPi, sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

// Atan is the arctangent, correctly rounded.
func Atan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || math.Abs(x) < 1e-300 {
		return math.Atan(x)
	}
	return round64(atanBig(newF(x)))
}

// Atan2 is atan(y/x) in the right quadrant, correctly rounded.
func Atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	q := new(big.Float).SetPrec(crPrec).Quo(newF(y), newF(x))
	a := atanBig(q)
	if x < 0 {
		pi := new(big.Float).SetPrec(crPrec).Set(crConstants().pi)
		if y >= 0 {
			a.Add(a, pi)
		} else {
			a.Sub(a, pi)
		}
	}
	return round64(a)
}

// Exp is e**x, correctly rounded.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0:
		return math.Exp(x)
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case math.Abs(x) < 1e-300:
		return 1
	}
	return round64(expBig(newF(x)))
}

// Log2 is the base-2 logarithm, correctly rounded.
func Log2(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return math.Log2(x)
	}
	if x == 1 {
		return 0
	}
	c := crConstants()
	l := logBig(newF(x), c.ln2)
	return round64(l.Quo(l, c.ln2))
}

// Asin is the arcsine, correctly rounded.
func Asin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 || x == 0 || math.Abs(x) < 1e-300 {
		return math.Asin(x)
	}
	if math.Abs(x) == 1 {
		halfPi := new(big.Float).SetPrec(crPrec).Set(crConstants().pi)
		halfPi.SetMantExp(halfPi, -1)
		return math.Copysign(round64(halfPi), x)
	}
	bx := newF(x)
	d := new(big.Float).SetPrec(crPrec).Mul(bx, bx)
	d.Sub(newF(1), d)
	d.Sqrt(d)
	return round64(atanBig(d.Quo(bx, d)))
}

// Acos is the arccosine, correctly rounded.
func Acos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.Acos(x)
	}
	if x == 1 {
		return 0
	}
	if x == -1 {
		return round64(crConstants().pi)
	}
	num := new(big.Float).SetPrec(crPrec).Sub(newF(1), newF(x))
	den := new(big.Float).SetPrec(crPrec).Add(newF(1), newF(x))
	num.Quo(num, den)
	num.Sqrt(num)
	a := atanBig(num)
	return round64(a.SetMantExp(a, 1))
}
