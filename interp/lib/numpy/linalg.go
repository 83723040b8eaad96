package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// matmul is x @ y for 1-d and 2-d arrays (dot product, matrix-vector,
// matrix-matrix); dimensions multiply.
func matmul(x, y *Array) (interp.Value, error) {
	if len(x.shape) == 0 || len(y.shape) == 0 {
		return nil, interp.Errorf(interp.ValueError, "matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)", map[bool]int{true: 0, false: 1}[len(x.shape) == 0])
	}
	xc := x.shape[len(x.shape)-1]
	yr := y.shape[0]
	if len(y.shape) == 2 {
		yr = y.shape[0]
	}
	if xc != yr {
		return nil, interp.Errorf(interp.ValueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %d is different from %d)", yr, xc)
	}
	return dot(x, y)
}

// dot is numpy.dot for up to 2-d operands (scalars multiply).
func dot(x, y *Array) (interp.Value, error) {
	if len(x.shape) > 2 || len(y.shape) > 2 {
		return nil, interp.Errorf(interp.NotImplementedError, "dot of arrays with more than 2 dimensions")
	}
	if len(x.shape) == 0 || len(y.shape) == 0 {
		out, err := elementwise(interp.Mul, x, y, max(x.dtype, y.dtype, Int64))
		if err != nil {
			return nil, err
		}
		out.dim = x.dim.Mul(y.dim)
		return result(out), nil
	}
	// promote 1-d operands to matrices
	xr, xc := 1, x.shape[0]
	if len(x.shape) == 2 {
		xr, xc = x.shape[0], x.shape[1]
	}
	yr, yc := y.shape[0], 1
	if len(y.shape) == 2 {
		yc = y.shape[1]
	}
	if xc != yr {
		return nil, interp.Errorf(interp.ValueError, "shapes %s and %s not aligned: %d (dim %d) != %d (dim 0)", shapeRepr(x.shape), shapeRepr(y.shape), xc, len(x.shape)-1, yr)
	}
	xd, yd := x.Float64s(), y.Float64s()
	out := make([]float64, xr*yc)
	for i := 0; i < xr; i++ {
		for k := 0; k < xc; k++ {
			v := xd[i*xc+k]
			if v == 0 {
				continue
			}
			row := yd[k*yc : (k+1)*yc]
			o := out[i*yc : (i+1)*yc]
			for j, w := range row {
				o[j] = math.FMA(v, w, o[j]) // BLAS accumulates with fused multiply-add
			}
		}
	}
	var shape []int
	if len(x.shape) == 2 {
		shape = append(shape, xr)
	}
	if len(y.shape) == 2 {
		shape = append(shape, yc)
	}
	var a *Array
	if x.dtype.isInt() && y.dtype.isInt() {
		ints := make([]int64, len(out))
		for k, v := range out {
			ints[k] = int64(v)
		}
		a = NewIntArray(ints, shape)
	} else {
		a = NewFloatArray(out, shape, x.dim.Mul(y.dim))
	}
	a.dim = x.dim.Mul(y.dim)
	if shape == nil {
		a.shape, a.strides = []int{}, []int{}
	}
	return result(a), nil
}
