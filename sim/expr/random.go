package expr

import (
	"math"
	"math/bits"
)

// gen is the per-frame random generator: wyrand (a 64-bit counter mixed
// by a 128-bit multiply), inlined in the loops, with a ziggurat for
// normal deviates. Streams are reseeded per block range by the caller, so
// results are reproducible for a given seed.
type gen struct{ s uint64 }

// wyrand's constants.
const (
	wyInc = 0xa0761d6478bd642f
	wyMix = 0xe7037ed1a0b428db
)

func (g *gen) next() uint64 {
	g.s += wyInc
	hi, lo := bits.Mul64(g.s, g.s^wyMix)
	return hi ^ lo
}

// seed sets the stream from two keys (splitmix64 finalisation).
func (g *gen) seed(a, b uint64) {
	z := a ^ (b * 0x9E3779B97F4A7C15)
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	g.s = z ^ (z >> 31)
}

// uniform is in [0, 1).
func (g *gen) uniform() float64 { return float64(g.next()>>11) * 0x1p-53 }

// Ziggurat tables (Marsaglia & Tsang 2000, 128 layers).
const zigR = 3.442619855899

var zigK [128]uint32
var zigW, zigF [128]float64

func init() {
	const m1 = 2147483648.0
	const vn = 9.91256303526217e-3
	dn, tn := zigR, zigR
	q := vn / math.Exp(-0.5*dn*dn)
	zigK[0] = uint32(dn / q * m1)
	zigK[1] = 0
	zigW[0] = q / m1
	zigW[127] = dn / m1
	zigF[0] = 1
	zigF[127] = math.Exp(-0.5 * dn * dn)
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-0.5*dn*dn)))
		zigK[i+1] = uint32(dn / tn * m1)
		tn = dn
		zigF[i] = math.Exp(-0.5 * dn * dn)
		zigW[i] = dn / m1
	}
}

// normal returns a standard normal deviate.
func (g *gen) normal() float64 {
	for {
		if x, ok := g.zigFast(g.next()); ok {
			return x
		}
	}
}

// zigFast tries the ziggurat layer picked by the draw u: the rectangle
// (about 99% of draws) and otherwise the tail or wedge, which consume
// uniforms from g. ok is false when the draw is rejected.
func (g *gen) zigFast(u uint64) (float64, bool) {
	j := int32(uint32(u))
	i := (u >> 32) & 127
	x := float64(j) * zigW[i]
	if absInt32(j) < zigK[i] {
		return x, true
	}
	return g.zigSlow(j, i, x)
}

// absInt32 is |j| without a branch (the sign is a coin flip, so a branch
// would mispredict half the time).
func absInt32(j int32) uint32 {
	m := j >> 31
	return uint32((j ^ m) - m)
}

func (g *gen) zigSlow(j int32, i uint64, x float64) (float64, bool) {
	if i == 0 {
		// the tail beyond zigR
		for {
			x = -math.Log(1-g.uniform()) / zigR
			y := -math.Log(1 - g.uniform())
			if y+y >= x*x {
				break
			}
		}
		if j > 0 {
			return zigR + x, true
		}
		return -zigR - x, true
	}
	if zigF[i]+g.uniform()*(zigF[i-1]-zigF[i]) < math.Exp(-0.5*x*x) {
		return x, true
	}
	return 0, false
}

// fillNormal sets dst to scale times standard normal deviates, the same
// sequence as calls to normal, with the generator state kept in a
// register on the fast path.
func (g *gen) fillNormal(dst []float64, scale float64) {
	s := g.s
	for k := range dst {
		s += wyInc
		hi, lo := bits.Mul64(s, s^wyMix)
		u := hi ^ lo
		j := int32(uint32(u))
		i := (u >> 32) & 127
		if x := float64(j) * zigW[i]; absInt32(j) < zigK[i] {
			dst[k] = x * scale
			continue
		}
		g.s = s
		x, ok := g.zigSlow(j, i, float64(j)*zigW[i])
		if !ok {
			x = g.normal()
		}
		dst[k] = x * scale
		s = g.s
	}
	g.s = s
}

// fillUniform sets dst to uniform deviates in [0, 1), the same sequence
// as calls to uniform.
func (g *gen) fillUniform(dst []float64) {
	s := g.s
	for k := range dst {
		s += wyInc
		hi, lo := bits.Mul64(s, s^wyMix)
		dst[k] = float64(int64((hi^lo)>>11)) * 0x1p-53
	}
	g.s = s
}
