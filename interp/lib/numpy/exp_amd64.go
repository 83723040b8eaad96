package numpy

import (
	"math"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// expKernelConsts is the constant block the AVX-512 exp kernel reads;
// the field order is its layout (offsets in exp_amd64.s).
type expKernelConsts struct {
	log2e, shift, ln2Hi, ln2Lo, c2, c3, c4, c5, c6, rareMin float64
	absMask                                                 uint64
	th16                                                    [16]float64
}

//go:noescape
func expAVX512(dst, src *float64, n int, k *expKernelConsts) (rare bool)

// expVector is the vector exp kernel, nil when the CPU lacks AVX-512.
var expVector = newExpVector()

func newExpVector() func(dst, src []float64) {
	if !cpu.X86.HasAVX512F {
		return nil
	}
	k := &expKernelConsts{
		log2e: expLog2e, shift: 0x1.8p48 + 1023, ln2Hi: expLn2Hi, ln2Lo: expLn2Lo,
		c2: expC2, c3: expC3, c4: expC4, c5: expC5, c6: expC6, rareMin: expRareMin,
		absMask: math.MaxInt64, th16: expTab.th16,
	}
	return func(dst, src []float64) {
		n := len(src) &^ 7
		if n > 0 && expAVX512(unsafe.SliceData(dst), unsafe.SliceData(src), n, k) {
			for i, x := range src[:n] {
				if !(math.Abs(x) < expRareMin) {
					dst[i] = npExp(x)
				}
			}
		}
		for i := n; i < len(src); i++ {
			dst[i] = npExp(src[i])
		}
	}
}
