package expr

import "testing"

func BenchmarkNormalTmp(b *testing.B) {
	var g gen
	g.seed(1, 2)
	buf := make([]float64, 256)
	for range b.N {
		for j := range buf {
			buf[j] = g.normal()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*256), "ns/num")
}
func BenchmarkUniformTmp(b *testing.B) {
	var g gen
	g.seed(1, 2)
	buf := make([]float64, 256)
	for range b.N {
		for j := range buf {
			buf[j] = g.uniform()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*256), "ns/num")
}
func BenchmarkFillNormalTmp(b *testing.B) {
	var g gen
	g.seed(1, 2)
	buf := make([]float64, 256)
	for range b.N {
		g.fillNormal(buf, 1)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*256), "ns/num")
}
func BenchmarkFillUniformTmp(b *testing.B) {
	var g gen
	g.seed(1, 2)
	buf := make([]float64, 256)
	for range b.N {
		g.fillUniform(buf)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*256), "ns/num")
}
func TestFillSameTmp(t *testing.T) {
	var g, h gen
	g.seed(3, 4); h.seed(3, 4)
	buf := make([]float64, 100000)
	g.fillNormal(buf, 2)
	for k, x := range buf {
		if y := h.normal() * 2; x != y {
			t.Fatalf("%d: %v %v", k, x, y)
		}
	}
	g.fillUniform(buf)
	for k, x := range buf {
		if y := h.uniform(); x != y {
			t.Fatalf("u %d: %v %v", k, x, y)
		}
	}
}
