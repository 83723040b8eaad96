//go:build amd64

package expr

import (
	"testing"
	"unsafe"
)

// BenchmarkLIFAVX512 times the vector kernel alone over 1024 cache-resident
// neurons (no misses finished, no Go around it): its compute cost per
// neuron-step.
func BenchmarkLIFAVX512(b *testing.B) {
	if lifVector == nil {
		b.Skip("no AVX-512")
	}
	const n = 1024
	for _, noise := range []uint64{0, 1} {
		b.Run(map[uint64]string{0: "plain", 1: "noise"}[noise], func(b *testing.B) {
			g, ls, v := make([]float64, n), make([]float64, n), make([]float64, n)
			bits := make([]uint64, n/64)
			for j := range n {
				g[j], ls[j], v[j] = 1, -1, float64(j%100)/100
				bits[j/64] |= 1 << (j % 64)
			}
			out, miss := make([]int32, n), make([]int32, n)
			nbuf, mbuf := make([]float64, n), make([]uint16, n/16)
			c := lifConsts{base: 1, limit: 0.005, other: 1.1, s: -100, dt: 1e-4, thr: 1e9, gmin: 0, sd: 0.01, gc: 1}
			for range b.N {
				a := lifVecArgs{g: &g[0], ls: &ls[0], v: &v[0], n: n, out: &out[0], miss: &miss[0], c: c,
					noise: noise, consts: lifConstBlock, flags: (*byte)(unsafe.Pointer(&bits[0])),
					nbuf: &nbuf[0], mbuf: &mbuf[0]}
				lifAVX512(&a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/neuron-step")
		})
	}
}
