//go:build !amd64

package expr

// lifVector is the vector LIF kernel; there is none on this architecture.
var lifVector func(f *Frame, K *lifKernel, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32
