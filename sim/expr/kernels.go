package expr

// kernel runs the common operations as tight loops over the block. a or b
// is nil when that operand is the scalar as or bs. It reports false for
// operations left to the generic path.
func kernel(op opcode, dst, a []float64, as float64, b []float64, bs float64) bool {
	if op == opAdd || op == opSub || op == opMul {
		// the vector kernels do the leading multiple of 8, the loops
		// below the rest
		if k := vecBinary(op, dst, a, as, b, bs); k > 0 {
			dst, a, b = dst[k:], after(a, k), after(b, k)
		}
	}
	switch op {
	case opCopy:
		if a == nil {
			for j := range dst {
				dst[j] = as
			}
		} else {
			copy(dst, a)
		}
	case opStoreChanged:
		if a == nil {
			return false
		}
		a = a[:len(dst)]
		for j := range dst {
			if dst[j] != a[j] {
				dst[j] = a[j]
			}
		}
	case opNeg:
		if a == nil {
			return false
		}
		a = a[:len(dst)]
		for j := range dst {
			dst[j] = -a[j]
		}
	case opAdd:
		switch {
		case a != nil && b != nil:
			a, b = a[:len(dst)], b[:len(dst)]
			for j := range dst {
				dst[j] = a[j] + b[j]
			}
		case a != nil:
			a = a[:len(dst)]
			for j := range dst {
				dst[j] = a[j] + bs
			}
		default:
			b = b[:len(dst)]
			for j := range dst {
				dst[j] = as + b[j]
			}
		}
	case opSub:
		switch {
		case a != nil && b != nil:
			a, b = a[:len(dst)], b[:len(dst)]
			for j := range dst {
				dst[j] = a[j] - b[j]
			}
		case a != nil:
			a = a[:len(dst)]
			for j := range dst {
				dst[j] = a[j] - bs
			}
		default:
			b = b[:len(dst)]
			for j := range dst {
				dst[j] = as - b[j]
			}
		}
	case opMul:
		switch {
		case a != nil && b != nil:
			a, b = a[:len(dst)], b[:len(dst)]
			for j := range dst {
				dst[j] = a[j] * b[j]
			}
		case a != nil:
			a = a[:len(dst)]
			for j := range dst {
				dst[j] = a[j] * bs
			}
		default:
			b = b[:len(dst)]
			for j := range dst {
				dst[j] = as * b[j]
			}
		}
	case opDiv:
		switch {
		case a != nil && b != nil:
			a, b = a[:len(dst)], b[:len(dst)]
			for j := range dst {
				dst[j] = a[j] / b[j]
			}
		case a != nil:
			a = a[:len(dst)]
			for j := range dst {
				dst[j] = a[j] / bs
			}
		default:
			b = b[:len(dst)]
			for j := range dst {
				dst[j] = as / b[j]
			}
		}
	case opGt:
		if a == nil || b != nil {
			return false
		}
		a = a[:len(dst)]
		for j := range dst {
			dst[j] = b2f(a[j] > bs)
		}
	case opGe:
		if a == nil || b != nil {
			return false
		}
		a = a[:len(dst)]
		for j := range dst {
			dst[j] = b2f(a[j] >= bs)
		}
	case opTimestep:
		if a == nil || b != nil {
			return false
		}
		a = a[:len(dst)]
		off := 1e-3 * bs
		for j := range dst {
			dst[j] = float64(int64((a[j] + off) / bs))
		}
	default:
		return false
	}
	return true
}

// after is x[k:], or nil for nil x (a scalar operand).
func after(x []float64, k int) []float64 {
	if x == nil {
		return nil
	}
	return x[k:]
}
