package numpy

import (
	"math"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// TestCompareScalarKernels: the vector kernel agrees with plain Go
// comparisons (NaN, infinities, ties, lengths not a multiple of 8).
func TestCompareScalarKernels(t *testing.T) {
	if compareScalarVector == nil {
		t.Log("no vector compare kernel on this CPU: checking the Go loop only")
	}
	x := []float64{0.5, math.NaN(), math.Inf(1), math.Inf(-1), -0.0, 0, 0.25, 0.75, 0.5, 1e300, -1e-300}
	for k := range 200 {
		x = append(x, float64(k%7)/6, math.NaN())
	}
	ops := []interp.Op{interp.Lt, interp.Le, interp.Gt, interp.Ge, interp.Eq, interp.Ne}
	want := []func(a, b float64) bool{
		func(a, b float64) bool { return a < b }, func(a, b float64) bool { return a <= b },
		func(a, b float64) bool { return a > b }, func(a, b float64) bool { return a >= b },
		func(a, b float64) bool { return a == b }, func(a, b float64) bool { return a != b },
	}
	for _, n := range []int{0, 3, 8, 17, len(x)} {
		for _, s := range []float64{0.5, 0, math.NaN(), math.Inf(1)} {
			for i, op := range ops {
				got := make([]bool, n)
				compareScalar(op, got, x[:n], s)
				for k, v := range x[:n] {
					if got[k] != want[i](v, s) {
						t.Fatalf("n=%d: %v %v %v = %v", n, v, op, s, got[k])
					}
				}
			}
		}
	}
}
