package expr

import (
	"math"
	"testing"
)

func TestNormalMoments(t *testing.T) {
	var g gen
	g.seed(42, 7)
	const n = 2_000_000
	var m1, m2, m4 float64
	tail, within1 := 0, 0
	for range n {
		x := g.normal()
		m1 += x
		m2 += x * x
		m4 += x * x * x * x
		if math.Abs(x) > zigR {
			tail++
		}
		if math.Abs(x) < 1 {
			within1++
		}
	}
	m1, m2, m4 = m1/n, m2/n, m4/n
	if math.Abs(m1) > 0.003 || math.Abs(m2-1) > 0.005 || math.Abs(m4-3) > 0.03 {
		t.Errorf("moments: mean %.4f var %.4f kurtosis %.4f", m1, m2, m4)
	}
	// P(|x| > R) = erfc(R/√2), P(|x| < 1) = 0.682689
	if f, want := float64(tail)/n, math.Erfc(zigR/math.Sqrt2); math.Abs(f-want) > 4*math.Sqrt(want/n) {
		t.Errorf("tail fraction %.3g", f)
	}
	if f := float64(within1) / n; math.Abs(f-0.682689) > 0.0015 {
		t.Errorf("P(|x|<1) = %.5f", f)
	}
}

func TestUniformAndStreams(t *testing.T) {
	var a, b gen
	a.seed(1, 2)
	b.seed(1, 2)
	sum := 0.0
	for range 100000 {
		x, y := a.uniform(), b.uniform()
		if x != y || x < 0 || x >= 1 {
			t.Fatalf("streams differ or out of range: %v %v", x, y)
		}
		sum += x
	}
	if math.Abs(sum/100000-0.5) > 0.005 {
		t.Errorf("uniform mean %v", sum/100000)
	}
	b.seed(1, 3)
	a.seed(1, 2)
	if a.next() == b.next() {
		t.Error("different keys give the same stream")
	}
}

func BenchmarkNormal(b *testing.B) {
	var g gen
	g.seed(1, 1)
	s := 0.0
	for range b.N {
		s += g.normal()
	}
	_ = s
}

// The deviates follow the normal distribution bin by bin: a chi-square
// test over 200 equiprobable-width bins on [-5, 5] plus the two tails,
// with 8 million draws (fillNormal, the path of the block programs).
func TestNormalHistogram(t *testing.T) {
	var g gen
	g.seed(3, 11)
	const n, bins = 8_000_000, 200
	counts := make([]float64, bins+2)
	buf := make([]float64, 4096)
	for k := 0; k < n; k += len(buf) {
		g.fillNormal(buf, 1)
		for _, x := range buf {
			switch b := math.Floor((x + 5) / 10 * bins); {
			case b < 0:
				counts[0]++
			case b >= bins:
				counts[bins+1]++
			default:
				counts[int(b)+1]++
			}
		}
	}
	cdf := func(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
	chi2 := 0.0
	for b := range counts {
		lo, hi := -5+10*float64(b-1)/bins, -5+10*float64(b)/bins
		switch b {
		case 0:
			lo = math.Inf(-1)
		case bins + 1:
			lo, hi = 5, math.Inf(1)
		}
		want := n * (cdf(hi) - cdf(lo))
		chi2 += (counts[b] - want) * (counts[b] - want) / want
	}
	// 201 degrees of freedom: mean 201, sd 20; 5 sd is a one-in-a-million
	if chi2 > 201+5*20 {
		t.Errorf("chi-square %.1f over %d bins", chi2, bins+2)
	}
}

// The squeezes of the edge tests never decide against the exact test: on
// a grid of points of each layer's wedge box, a squeeze's accept is below
// the density and its reject above.
func TestZigguratSqueezes(t *testing.T) {
	e := &zigEdges
	for i := 1; i < zigLayers; i++ {
		inner := 0.0
		if i > 1 {
			inner = e.x[i-1]
		}
		for a := 0; a <= 400; a++ {
			x := inner + (e.x[i]-inner)*float64(a)/400
			fx := math.Exp(-0.5 * x * x)
			for b := 0; b <= 400; b++ {
				u := float64(b) / 400
				y := e.f[i] + u*(e.f[i-1]-e.f[i])
				if i == 1 {
					q := 0.5 * x * x
					if (y < 1-q-1e-12 && !(y < fx)) || (y > 1-q+0.5*q*q+1e-12 && y < fx) {
						t.Fatalf("cap squeeze wrong at x=%v y=%v", x, y)
					}
					continue
				}
				tt := (e.x[i] - x) * e.inv[i]
				if (u < tt-e.d[i] && !(y < fx)) || (u > tt+e.d[i] && y < fx) {
					t.Fatalf("layer %d squeeze wrong at x=%v u=%v (t %v, d %v)", i, x, u, tt, e.d[i])
				}
			}
		}
	}
}
