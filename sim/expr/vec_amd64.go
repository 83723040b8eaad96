package expr

import (
	"slices"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// The AVX-512 block kernels of vec_amd64.s.

//go:noescape
func vecAddVV(dst, a, b *float64, n int)

//go:noescape
func vecSubVV(dst, a, b *float64, n int)

//go:noescape
func vecMulVV(dst, a, b *float64, n int)

//go:noescape
func vecAddVS(dst, a *float64, s float64, n int)

//go:noescape
func vecSubVS(dst, a *float64, s float64, n int)

//go:noescape
func vecMulVS(dst, a *float64, s float64, n int)

//go:noescape
func vecSubSV(dst *float64, s float64, b *float64, n int)

//go:noescape
func vecMulAddSVV(dst *float64, s float64, b, c *float64, n int)

//go:noescape
func vecMulAddVVV(dst, a, b, c *float64, n int)

//go:noescape
func vecFlagGE(dst, b *float64, base, limit float64, n int)

//go:noescape
func vecCrossGT(out *int32, x, gate *float64, k float64, n, first int) (count int)

var hasVec = cpu.X86.HasAVX512F

// vecFlags sets dst to base - b >= limit as 0/1, writing only changes,
// over the leading multiple of 8 elements; it returns how many it did.
func vecFlags(dst, b []float64, base, limit float64) int {
	n := len(dst) &^ 7
	if !hasVec || n == 0 {
		return 0
	}
	vecFlagGE(&dst[0], &b[0], base, limit, n)
	return n
}

// CrossGT appends to out first + j for the elements j of the leading
// multiple of 8 of x where x[j] > k and (gate nil or) gate[j] != 0; it
// returns out and how many elements it examined (0 without AVX-512).
func CrossGT(out []int32, x, gate []float64, k float64, first int) ([]int32, int) {
	n := len(x) &^ 7
	if !hasVec || n == 0 {
		return out, 0
	}
	start := len(out)
	out = slices.Grow(out, n)
	var g *float64
	if gate != nil {
		g = &gate[:n][0]
	}
	c := vecCrossGT(unsafe.SliceData(out[start:start+n]), &x[0], g, k, n, first)
	return out[:start+c], n
}

// vecBinary runs dst = a op b (a or b nil: the scalar as or bs) over the
// leading multiple of 8 elements with the vector kernels and returns how
// many it did (0 without AVX-512 or for other operations).
func vecBinary(op opcode, dst, a []float64, as float64, b []float64, bs float64) int {
	n := len(dst) &^ 7
	if !hasVec || n == 0 {
		return 0
	}
	d := &dst[0]
	switch {
	case a != nil && b != nil:
		switch op {
		case opAdd:
			vecAddVV(d, &a[0], &b[0], n)
		case opSub:
			vecSubVV(d, &a[0], &b[0], n)
		case opMul:
			vecMulVV(d, &a[0], &b[0], n)
		default:
			return 0
		}
	case a != nil:
		switch op {
		case opAdd:
			vecAddVS(d, &a[0], bs, n)
		case opSub:
			vecSubVS(d, &a[0], bs, n)
		case opMul:
			vecMulVS(d, &a[0], bs, n)
		default:
			return 0
		}
	case b != nil:
		switch op {
		case opAdd:
			vecAddVS(d, &b[0], as, n) // as + b[j] == b[j] + as
		case opSub:
			vecSubSV(d, as, &b[0], n)
		case opMul:
			vecMulVS(d, &b[0], as, n)
		default:
			return 0
		}
	default:
		return 0
	}
	return n
}

// vecMulAdd runs dst = a*b + c (c a vector; a or b may be the scalar) as
// vecBinary does.
func vecMulAdd(dst, a []float64, as float64, b []float64, bs float64, c []float64) int {
	n := len(dst) &^ 7
	if !hasVec || n == 0 || c == nil {
		return 0
	}
	switch {
	case a != nil && b != nil:
		vecMulAddVVV(&dst[0], &a[0], &b[0], &c[0], n)
	case b != nil:
		vecMulAddSVV(&dst[0], as, &b[0], &c[0], n)
	case a != nil:
		vecMulAddSVV(&dst[0], bs, &a[0], &c[0], n) // a*bs == bs*a
	default:
		return 0
	}
	return n
}
