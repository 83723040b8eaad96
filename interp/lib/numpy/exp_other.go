//go:build !amd64

package numpy

// expVector is the vector exp kernel; none on this architecture.
var expVector func(dst, src []float64)
