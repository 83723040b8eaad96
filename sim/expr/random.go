package expr

import "math"

// gen is the per-frame random generator. Its main stream is SplitMix64: a
// counter advanced by a fixed odd gamma and hashed, so output k of a
// stream depends only on the seed and k. That lets the vector LIF kernel
// compute eight consecutive outputs at once and still give the numbers
// the scalar loops give. A normal deviate takes one main-stream output
// (the ziggurat's rectangle, ~99% of draws); the rare draws that leave
// the rectangle are finished with the tail stream, consumed in element
// order, so patching them after a vector pass changes nothing. Streams
// are reseeded per chunk by the caller, so results are reproducible for a
// given seed whatever the number of cores.
type gen struct {
	s    uint64 // main stream counter
	tail uint64 // the stream that finishes draws outside the rectangle
}

// SplitMix64's constants.
const (
	smGamma = 0x9E3779B97F4A7C15
	smMul1  = 0xBF58476D1CE4E5B9
	smMul2  = 0x94D049BB133111EB
)

func smMix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * smMul1
	z = (z ^ (z >> 27)) * smMul2
	return z ^ (z >> 31)
}

func (g *gen) next() uint64 {
	g.s += smGamma
	return smMix(g.s)
}

func (g *gen) nextTail() uint64 {
	g.tail += smGamma
	return smMix(g.tail)
}

// seed sets both streams from two keys.
func (g *gen) seed(a, b uint64) {
	g.s = smMix(a ^ (b * smGamma))
	g.tail = smMix(g.s ^ 0x5851F42D4C957F2D)
}

// uniform is in [0, 1).
func (g *gen) uniform() float64 { return float64(g.next()>>11) * 0x1p-53 }

func (g *gen) tailUniform() float64 { return float64(g.nextTail()>>11) * 0x1p-53 }

// Ziggurat tables (Marsaglia & Tsang 2000, zigLayers layers: with 256,
// about 1.4% of draws leave their rectangle). The vector kernel looks
// tables up 16 lanes a permute in 32-bit entries (gathers are slow on CPUs
// with the gather-data-sampling fix), so the float64 widths are also kept
// as their low and high 32-bit halves.
const (
	zigLayers = 256
	zigR      = 3.6541528853610088 // the base layer's edge
	zigV      = 4.92867323399e-3   // each layer's area
)

type zigTables struct {
	wLow, wHigh [zigLayers]uint32  // the bits of w, for the vector kernel
	k           [zigLayers]uint32  // |j| < k[i]: the draw is inside layer i's rectangle
	w           [zigLayers]float64 // layer widths scaled to a 32-bit draw
}

// zigTab and zigEdges are built by package variable initialisation (not
// init), so that variables derived from them are initialised after.
var zigTab, zigEdges = newZigTables()

// zigWedge is what the test of a draw outside layer i's rectangle needs:
// the density at the layer's edges, and a squeeze. The draw is the point
// (|x|, f[i] + U(f[i-1] - f[i])) of the box between the layer's inner
// edge x[i-1] (0 for the top layer) and outer edge x[i]; in that box the
// density stays within d (a fraction of the box height) of the chord
// through the corners, so U < t - d accepts and U > t + d rejects
// without an exp, t = (x[i] - |x|)/(x[i] - x[i-1]) being the chord's
// height there.
type zigWedge struct {
	f      [zigLayers]float64 // f[i] = exp(-x[i]²/2)
	x, inv [zigLayers]float64 // outer edges; 1/(x[i] - x[i-1])
	d      [zigLayers]float64
}

func newZigTables() (t zigTables, e zigWedge) {
	const m1 = 2147483648.0
	const vn = zigV
	var w [zigLayers]float64
	k, f := &t.k, &e.f
	dn, tn := zigR, zigR
	q := vn / math.Exp(-0.5*dn*dn)
	k[0] = uint32(dn / q * m1)
	k[1] = 0
	w[0] = q / m1
	w[zigLayers-1] = dn / m1
	f[0] = 1
	f[zigLayers-1] = math.Exp(-0.5 * dn * dn)
	for i := zigLayers - 2; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-0.5*dn*dn)))
		k[i+1] = uint32(dn / tn * m1)
		tn = dn
		f[i] = math.Exp(-0.5 * dn * dn)
		w[i] = dn / m1
	}
	t.w = w
	for i, x := range w {
		b := math.Float64bits(x)
		t.wLow[i], t.wHigh[i] = uint32(b), uint32(b>>32)
	}
	// the squeezes, from the density sampled densely over each wedge
	// with a margin far above the sampling error
	for i := 1; i < zigLayers; i++ {
		e.x[i] = w[i] * m1
		inner := 0.0
		if i > 1 {
			inner = w[i-1] * m1
		}
		e.inv[i] = 1 / (e.x[i] - inner)
		dev := 0.0
		const samples = 4096
		for s := 0; s <= samples; s++ {
			x := inner + (e.x[i]-inner)*float64(s)/samples
			c := f[i] + (e.x[i]-x)*e.inv[i]*(f[i-1]-f[i])
			dev = max(dev, math.Abs(math.Exp(-0.5*x*x)-c))
		}
		e.d[i] = dev/(f[i-1]-f[i])*1.05 + 1e-9
	}
	return t, e
}

// zigSplit is the layer i and signed 32-bit abscissa j a draw u picks.
func zigSplit(u uint64) (j int32, i uint64) { return int32(uint32(u)), (u >> 32) & (zigLayers - 1) }

// zigX is the deviate of abscissa j in layer i.
func zigX(j int32, i uint64) float64 { return float64(j) * zigTab.w[i] }

// zigCore is the ziggurat's rectangle test: the deviate of draw u and
// whether it lies inside its layer's rectangle.
func zigCore(u uint64) (float64, bool) {
	j, i := zigSplit(u)
	return zigX(j, i), absInt32(j) < zigTab.k[i]
}

// absInt32 is |j| without a branch (the sign is a coin flip, so a branch
// would mispredict half the time).
func absInt32(j int32) uint32 {
	m := j >> 31
	return uint32((j ^ m) - m)
}

// normal returns a standard normal deviate.
func (g *gen) normal() float64 {
	u := g.next()
	if x, ok := zigCore(u); ok {
		return x
	}
	return g.finishNormal(u)
}

// finishNormal completes a draw u that left its layer's rectangle: the
// wedge or tail test for u, then whole new draws, all from the tail
// stream.
func (g *gen) finishNormal(u uint64) float64 {
	for {
		j, i := zigSplit(u)
		if x, ok := g.zigEdge(j, i, zigX(j, i)); ok {
			return x
		}
		u = g.nextTail()
		if x, ok := zigCore(u); ok {
			return x
		}
	}
}

// zigEdge is the test for draws outside the rectangle: Marsaglia's tail
// beyond zigR for layer 0, the wedge under the density otherwise. ok is
// false when the draw is rejected.
func (g *gen) zigEdge(j int32, i uint64, x float64) (float64, bool) {
	if i == 0 {
		for {
			x = -math.Log(1-g.tailUniform()) / zigR
			y := -math.Log(1 - g.tailUniform())
			if y+y >= x*x {
				break
			}
		}
		if j > 0 {
			return zigR + x, true
		}
		return -zigR - x, true
	}
	e := &zigEdges
	u := g.tailUniform()
	y := e.f[i] + u*(e.f[i-1]-e.f[i])
	if i == 1 {
		// the cap, where the chord is a poor bound: 1 - a < exp(-a) <
		// 1 - a + a²/2 (margins far above the roundings)
		a := 0.5 * x * x
		switch {
		case y < 1-a-1e-12:
			return x, true
		case y > 1-a+0.5*a*a+1e-12:
			return 0, false
		}
	} else {
		switch t := (e.x[i] - math.Abs(x)) * e.inv[i]; {
		case u < t-e.d[i]:
			return x, true
		case u > t+e.d[i]:
			return 0, false
		}
	}
	if y < math.Exp(-0.5*x*x) {
		return x, true
	}
	return 0, false
}

// fillNormal sets dst to scale times standard normal deviates, the same
// sequence as calls to normal, with the counter kept in a register on
// the fast path.
func (g *gen) fillNormal(dst []float64, scale float64) {
	s := g.s
	for k := range dst {
		s += smGamma
		u := smMix(s)
		x, ok := zigCore(u)
		if !ok {
			x = g.finishNormal(u)
		}
		dst[k] = x * scale
	}
	g.s = s
}

// fillUniform sets dst to uniform deviates in [0, 1), the same sequence
// as calls to uniform.
func (g *gen) fillUniform(dst []float64) {
	s := g.s
	for k := range dst {
		s += smGamma
		dst[k] = float64(int64(smMix(s)>>11)) * 0x1p-53
	}
	g.s = s
}

// Stream is a random stream for simulator code outside programs (e.g. a
// PoissonInput's draws), keyed like the programs' chunk streams.
type Stream struct{ g gen }

// NewStream returns the stream of keys a and b.
func NewStream(a, b uint64) Stream {
	var s Stream
	s.g.seed(a, b)
	return s
}

// Uniform is in [0, 1).
func (s *Stream) Uniform() float64 { return s.g.uniform() }

// Normal is a standard normal deviate.
func (s *Stream) Normal() float64 { return s.g.normal() }
