package numpy

import (
	"math"
	"testing"
)

func BenchmarkZZExp(b *testing.B) {
	x, _, _, _ := benchInputs()
	out := make([]float64, len(x.f))
	b.Run("math", func(b *testing.B) {
		for range b.N {
			for k, v := range x.f {
				out[k] = math.Exp(v)
			}
		}
	})
	b.Run("np", func(b *testing.B) {
		for range b.N {
			for k, v := range x.f {
				out[k] = npExp(v)
			}
		}
	})
}

func BenchmarkZZExpSlice(b *testing.B) {
	x, _, _, _ := benchInputs()
	out := make([]float64, len(x.f))
	for range b.N {
		expSlice(out, x.f)
	}
}

var sinkF []float64

func BenchmarkZZAlloc(b *testing.B) {
	for range b.N {
		sinkF = make([]float64, 1_000_000)
	}
}

func BenchmarkZZMulLoop(b *testing.B) {
	x, _, _, _ := benchInputs()
	out := make([]float64, len(x.f))
	for range b.N {
		for k, v := range x.f {
			out[k] = v * 2.5
		}
	}
}

func BenchmarkZZClear(b *testing.B) {
	buf := make([]float64, 1_000_000)
	for range b.N {
		clear(buf)
	}
}
