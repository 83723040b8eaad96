package libm

import "math"

// glibc implements sinh, cosh, tanh and log10 with the fdlibm algorithms
// on top of its (correctly rounded) exp and log and fdlibm's expm1, which
// Go's math.Expm1 ports. Reproducing those formulas gives CPython's
// digits; explicit float64 conversions keep Go from fusing operations.

// Sinh is the hyperbolic sine as glibc computes it.
func Sinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * float64(2.0*t-float64(t*t)/float64(t+1))
		}
		return h * float64(t+t/float64(t+1))
	case ax < 709.7822265625:
		return h * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		return float64(h*w) * w
	}
	return x * 1e307
}

// Cosh is the hyperbolic cosine as glibc computes it.
func Cosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case math.IsInf(x, 0):
		return ax
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + float64(t*t)/float64(w+w)
	case ax < 22:
		t := Exp(ax)
		return float64(0.5*t) + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		return float64(0.5*w) * w
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent as glibc computes it.
func Tanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(1, x)
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax < 22:
		if ax < 0x1p-55 {
			return x * (1 + x)
		}
		if ax >= 1 {
			t := math.Expm1(2 * ax)
			z = 1 - 2/float64(t+2)
		} else {
			t := math.Expm1(-2 * ax)
			z = -t / float64(t+2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// Log10 is the base-10 logarithm as glibc computes it.
func Log10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	if math.IsNaN(x) || x < 0 {
		return math.NaN()
	}
	if x == 0 {
		return math.Inf(-1)
	}
	if math.IsInf(x, 1) {
		return x
	}
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k := int32(0)
	if hx < 0x00100000 {
		k -= 54
		x *= two54
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*Log(x))
	return z + float64(y*log10_2hi)
}
