package numpy

import "github.com/gobrian/gobrian/interp"

// compareFloatFast runs a comparison of contiguous float data against a
// scalar (ys) or a same-length slice (y) as one tight loop per operator,
// split across cores. It reports false for operators it does not cover.
func compareFloatFast(op interp.Op, dst []bool, x, y []float64, ys float64) bool {
	switch op {
	case interp.Lt, interp.Le, interp.Gt, interp.Ge, interp.Eq, interp.Ne:
	default:
		return false
	}
	parallelFor(len(x), func(lo, hi int) {
		if y == nil {
			compareScalar(op, dst[lo:hi], x[lo:hi], ys)
		} else {
			compareSlices(op, dst[lo:hi], x[lo:hi], y[lo:hi])
		}
	})
	return true
}

// compareScalar stores x[k] op s in dst[k].
func compareScalar(op interp.Op, dst []bool, x []float64, s float64) {
	if compareScalarVector != nil {
		compareScalarVector(op, dst, x, s)
		return
	}
	compareScalarGo(op, dst, x, s)
}

func compareScalarGo(op interp.Op, dst []bool, x []float64, s float64) {
	dst = dst[:len(x)]
	switch op {
	case interp.Lt:
		for k, v := range x {
			dst[k] = v < s
		}
	case interp.Le:
		for k, v := range x {
			dst[k] = v <= s
		}
	case interp.Gt:
		for k, v := range x {
			dst[k] = v > s
		}
	case interp.Ge:
		for k, v := range x {
			dst[k] = v >= s
		}
	case interp.Eq:
		for k, v := range x {
			dst[k] = v == s
		}
	case interp.Ne:
		for k, v := range x {
			dst[k] = v != s
		}
	}
}

func compareSlices(op interp.Op, dst []bool, x, y []float64) {
	dst, y = dst[:len(x)], y[:len(x)]
	switch op {
	case interp.Lt:
		for k, v := range x {
			dst[k] = v < y[k]
		}
	case interp.Le:
		for k, v := range x {
			dst[k] = v <= y[k]
		}
	case interp.Gt:
		for k, v := range x {
			dst[k] = v > y[k]
		}
	case interp.Ge:
		for k, v := range x {
			dst[k] = v >= y[k]
		}
	case interp.Eq:
		for k, v := range x {
			dst[k] = v == y[k]
		}
	case interp.Ne:
		for k, v := range x {
			dst[k] = v != y[k]
		}
	}
}
