//go:build !amd64

package expr

// Without vector kernels the Go loops do everything.

func vecBinary(op opcode, dst, a []float64, as float64, b []float64, bs float64) int { return 0 }

func vecMulAdd(dst, a []float64, as float64, b []float64, bs float64, c []float64) int { return 0 }

func vecFlags(dst, b []float64, base, limit float64) int { return 0 }

// CrossGT is the vector threshold scan; without one, nothing is done.
func CrossGT(out []int32, x, gate []float64, k float64, first int) ([]int32, int) { return out, 0 }
