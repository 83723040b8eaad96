package expr

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The vector block kernels give the bits of the element loops, special
// values included, with the tail (len not a multiple of 8) done by the
// loops.
func TestVectorKernelsMatchLoops(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	special := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, -1e-310, 1e308, 1}
	val := func() float64 {
		if r.IntN(4) == 0 {
			return special[r.IntN(len(special))]
		}
		return r.NormFloat64() * math.Pow(10, float64(r.IntN(20)-10))
	}
	vec := func(n int) []float64 {
		x := make([]float64, n)
		for k := range x {
			x[k] = val()
		}
		return x
	}
	same := func(x, y []float64) bool {
		for k := range x {
			if math.Float64bits(x[k]) != math.Float64bits(y[k]) && !(math.IsNaN(x[k]) && math.IsNaN(y[k])) {
				return false
			}
		}
		return true
	}
	for _, n := range []int{8, 13, 256, 203} {
		a, b, c := vec(n), vec(n), vec(n)
		as, bs := val(), val()
		for _, op := range []opcode{opAdd, opSub, opMul} {
			for form := range 3 {
				x, xs, y, ys := operands(form, a, b, as, bs)
				got, want := make([]float64, n), make([]float64, n)
				kernel(op, got, x, xs, y, ys)
				for j := range want {
					xv, yv := xs, ys
					if x != nil {
						xv = x[j]
					}
					if y != nil {
						yv = y[j]
					}
					want[j] = scalarOp(&instr{op: op}, xv, yv, 0)
				}
				if !same(got, want) {
					t.Errorf("op %d form %d n %d: vector kernel differs from the scalar operation", op, form, n)
				}
			}
		}
		for form := range 3 {
			x, xs, y, ys := operands(form, a, b, as, bs)
			got, want := make([]float64, n), make([]float64, n)
			in := &instr{op: opMulAdd}
			if !kernel3(in, got, x, xs, y, ys, c, 0) {
				t.Fatal("kernel3 refused a muladd")
			}
			for j := range want {
				xv, yv := xs, ys
				if x != nil {
					xv = x[j]
				}
				if y != nil {
					yv = y[j]
				}
				want[j] = float64(xv*yv) + c[j]
			}
			if !same(got, want) {
				t.Errorf("muladd form %d n %d: vector kernel differs", form, n)
			}
		}
	}
}

// operands are a kernel's two operands in form 0 (vector, vector), 1
// (vector, scalar) or 2 (scalar, vector).
func operands(form int, a, b []float64, as, bs float64) (x []float64, xs float64, y []float64, ys float64) {
	switch form {
	case 1:
		return a, 0, nil, bs
	case 2:
		return nil, as, b, 0
	}
	return a, 0, b, 0
}

// The vector flag update and threshold scan agree with the loops.
func TestVectorFlagsAndCrossings(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{8, 200, 257} {
		b, x, gate, dst := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
		for j := range n {
			b[j] = float64(r.IntN(100)) * 1e-4
			x[j] = r.Float64() * 2
			gate[j] = float64(r.IntN(2))
			dst[j] = float64(r.IntN(2))
		}
		x[0], gate[1] = math.NaN(), math.NaN()
		base, limit := 0.0075+1e-7, 0.005
		want := make([]float64, n)
		for j := range want {
			want[j] = b2f(base-b[j] >= limit)
		}
		k := vecFlags(dst, b, base, limit)
		for j := k; j < n; j++ {
			dst[j] = b2f(base-b[j] >= limit)
		}
		for j := range n {
			if dst[j] != want[j] {
				t.Fatalf("n %d: flag %d is %v, want %v", n, j, dst[j], want[j])
			}
		}
		for _, g := range [][]float64{nil, gate} {
			var wantIdx []int32
			for j := range n {
				if x[j] > 1 && (g == nil || g[j] != 0) {
					wantIdx = append(wantIdx, int32(100+j))
				}
			}
			got, done := CrossGT([]int32{7}, x, g, 1, 100)
			for j := done; j < n; j++ {
				if x[j] > 1 && (g == nil || g[j] != 0) {
					got = append(got, int32(100+j))
				}
			}
			if got[0] != 7 || len(got)-1 != len(wantIdx) {
				t.Fatalf("n %d gate %v: crossings %v, want %v", n, g != nil, got, wantIdx)
			}
			for k := range wantIdx {
				if got[k+1] != wantIdx[k] {
					t.Fatalf("n %d gate %v: crossings %v, want %v", n, g != nil, got, wantIdx)
				}
			}
		}
	}
}
