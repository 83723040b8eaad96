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
