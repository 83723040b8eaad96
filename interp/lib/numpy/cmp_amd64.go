package numpy

import (
	"unsafe"

	"golang.org/x/sys/cpu"

	"github.com/gobrian/gobrian/interp"
)

//go:noescape
func cmpScalarAVX512(dst *bool, src *float64, n int, s float64, pred int)

// cmpPredicates maps comparison operators to VCMPPD predicates with
// Python's NaN behaviour (ordered, except != which is true for NaN).
var cmpPredicates = map[interp.Op]int{
	interp.Lt: 1, interp.Le: 2, interp.Ge: 13, interp.Gt: 14, interp.Eq: 0, interp.Ne: 4,
}

// compareScalarVector is the vector kernel of compareScalar, nil when
// the CPU lacks AVX-512 or BMI2.
var compareScalarVector = newCompareScalarVector()

func newCompareScalarVector() func(op interp.Op, dst []bool, x []float64, s float64) {
	if !cpu.X86.HasAVX512F || !cpu.X86.HasBMI2 { // BMI2: PDEP
		return nil
	}
	return func(op interp.Op, dst []bool, x []float64, s float64) {
		n := len(x) &^ 7
		dst = dst[:len(x)]
		if n > 0 {
			cmpScalarAVX512(unsafe.SliceData(dst), unsafe.SliceData(x), n, s, cmpPredicates[op])
		}
		compareScalarGo(op, dst[n:], x[n:], s)
	}
}
