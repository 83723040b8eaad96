//go:build !amd64

package numpy

import "github.com/gobrian/gobrian/interp"

// compareScalarVector is the vector kernel of compareScalar; none here.
var compareScalarVector func(op interp.Op, dst []bool, x []float64, s float64)
