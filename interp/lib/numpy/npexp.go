package numpy

// numpy 1.24 on x86-64 with AVX512_SKX computes float64 exp with Intel's
// SVML kernel (__svml_exp8, the "la" accuracy variant), not libm: its
// results differ from Go's math.Exp (and from glibc) in the last bit for
// about a quarter of all inputs, which shows in every 17-digit repr.
// npExp performs the same operation sequence (constants, fused
// multiply-adds, round-toward-zero reduction, final scaling) in scalar
// Go, so it returns numpy's bits exactly; TestExpBitIdentical checks
// that against the oracle.
//
// Products that must be rounded on their own are written float64(a*b):
// the explicit conversion stops the compiler from fusing them into an
// FMA, which would change the result.

import (
	"math"
	"math/big"
)

// Main path (|x| < expRareMin): x = (16M + j)·ln2/16 + r, with 16M + j
// the product x·16/ln2 rounded toward -∞, and
// exp(x) = 2^M · 2^(j/16) · (1 + r + c2 r² + r³(c3 + c4 r + r²(c5 + c6 r))).
const (
	expLog2e   = 0x1.71547652b82fep+0
	expLn2Hi   = 0x1.62e42fefa39efp-1
	expLn2Lo   = 0x1.abc9e3b39803fp-56
	expC2      = 0x1.0000000002622p-1
	expC3      = 0x1.5555554b508a2p-3
	expC4      = 0x1.555564bb4f5f0p-5
	expC5      = 0x1.1106603d97c00p-7
	expC6      = 0x1.72eb5ef0d213dp-10
	expRareMin = 0x1.61da04cbafe44p+9 // |x| from here (and ±Inf): rare path
)

// Rare path (scalar, 64-entry table, round-to-nearest reduction) for
// arguments near overflow and underflow, with care for subnormal results.
const (
	expR64OverLn2 = 0x1.71547652b82fep+6
	expRShift     = 0x1.8p52
	expRLn2Hi     = 0x1.62e42fefa0000p-7 // ln2/64, leading bits
	expRLn2Lo     = 0x1.cf79abc9e3b3ap-46
	expRC1        = 0x1p-1
	expRC2        = 0x1.55555555548f8p-3
	expRC3        = 0x1.5555555558fccp-5
	expRC4        = 0x1.111123aaf20d3p-7
	expRC5        = 0x1.6c16a1c2a3ffdp-10
	expROver      = 0x1.62e42fefa39efp+9  // above: +Inf
	expRSubnormal = -0x1.6232bdd7abcd2p+9 // below: subnormal result
	expRUnder     = -0x1.74910d52d3051p+9 // below: 0
	expRSplit     = 0x1.8p32
)

// expTables hold 2^(j/16) (main path) and 2^(j/64) = hi·(1 + lo) (rare
// path), each rounded to nearest.
type expTables struct {
	th16   [16]float64
	hi, lo [64]float64
}

var expTab = newExpTables()

// newExpTables computes the powers of two in 256-bit arithmetic.
func newExpTables() *expTables {
	const prec = 256
	root := new(big.Float).SetPrec(prec).SetInt64(2)
	for range 6 { // 2^(1/64)
		root.Sqrt(root)
	}
	t := &expTables{}
	pow := new(big.Float).SetPrec(prec).SetInt64(1)
	for j := range 64 {
		hi, _ := pow.Float64()
		rest := new(big.Float).SetPrec(prec).Sub(pow, new(big.Float).SetFloat64(hi))
		rest.Quo(rest, new(big.Float).SetFloat64(hi))
		t.hi[j] = hi
		t.lo[j], _ = rest.Float64()
		if j%4 == 0 {
			t.th16[j/4] = hi
		}
		pow.Mul(pow, root)
	}
	return t
}

// npExp is numpy's float64 exp, bit for bit.
func npExp(x float64) float64 {
	if !(math.Abs(x) < expRareMin) {
		if x != x {
			return x
		}
		return expRare(x)
	}
	// n = floor(16·x·log2e) of the exact product, as the kernel's
	// round-toward-zero fma with a large positive shifter computes it.
	p := float64(x * expLog2e)
	t := 16 * p
	n := math.Floor(t)
	if n == t && math.FMA(x, expLog2e, -p) < 0 {
		n--
	}
	nk := int(n) // |n| < 2^15
	N := n / 16
	r := math.FMA(-N, expLn2Hi, x)
	r = math.FMA(-N, expLn2Lo, r)
	r2 := float64(r * r)
	p56 := math.FMA(r, expC6, expC5)
	p34 := math.FMA(r, expC4, expC3)
	r3 := float64(r2 * r)
	p12 := math.FMA(r2, expC2, r)
	p36 := math.FMA(r2, p56, p34)
	p16 := math.FMA(r3, p36, p12)
	th := expTab.th16[nk&15]
	res := math.FMA(th, p16, th)
	return res * math.Float64frombits(uint64((nk>>4)+1023)<<52)
}

// expRare is the kernel's scalar fallback for |x| ≥ expRareMin, ±Inf.
func expRare(x float64) float64 {
	switch {
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return x
	case x > expROver:
		return math.Inf(1)
	case x < expRUnder:
		return 0
	}
	kd := float64(x*expR64OverLn2) + expRShift
	k := int(int32(uint32(math.Float64bits(kd))))
	kd -= expRShift
	r := x - float64(kd*expRLn2Hi)
	r -= float64(kd * expRLn2Lo)
	q := float64(expRC5*r) + expRC4
	q = float64(q*r) + expRC3
	q = float64(q*r) + expRC2
	q = float64(q*r) + expRC1
	q = float64(float64(q*r)*r) + r
	j, m := k&63, k>>6
	hi := expTab.hi[j]
	q = float64((q + expTab.lo[j]) * hi)
	if x >= expRSubnormal {
		res := q + hi
		if m+1023 > 2046 {
			return float64(res*pow2(m-1)) * 2
		}
		return res * pow2(m)
	}
	// subnormal result: add in the normal range 2^60 higher, then scale
	// down, splitting the sum so that only one rounding is subnormal.
	sc := pow2(m + 60)
	ps, hs := float64(q*sc), float64(hi*sc)
	v := hs + ps
	if m+1083 <= 50 {
		return v * 0x1p-60
	}
	lo := (hs - v) + ps
	t := float64(v * expRSplit)
	vh := (v + t) - t
	lo += v - vh
	return float64(vh*0x1p-60) + float64(lo*0x1p-60)
}

// pow2 is 2^m for a normal exponent m.
func pow2(m int) float64 { return math.Float64frombits(uint64(m+1023) << 52) }

// expSlice stores npExp of every src element in dst (len(dst) ≥ len(src)),
// eight at a time with the vector kernel where the CPU has one.
func expSlice(dst, src []float64) {
	dst = dst[:len(src)]
	if expVector != nil {
		expVector(dst, src)
		return
	}
	expScalar(dst, src)
}

// expScalar is expSlice without the vector kernel.
func expScalar(dst, src []float64) {
	dst = dst[:len(src)]
	for k, x := range src {
		dst[k] = npExp(x)
	}
}
