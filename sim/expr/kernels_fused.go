package expr

import "math"

// kernel2 covers the remaining element-wise operations without going
// through scalarOp per element.
func kernel2(op opcode, f1 func(float64) float64, dst, a []float64, as float64, b []float64, bs float64) bool {
	n := len(dst)
	switch op {
	case opF1:
		if a == nil {
			return false
		}
		a = a[:n]
		for j := range dst {
			dst[j] = f1(a[j])
		}
	case opInt:
		if a == nil {
			return false
		}
		a = a[:n]
		for j := range dst {
			dst[j] = math.Trunc(a[j])
		}
	case opToBool:
		if a == nil {
			return false
		}
		a = a[:n]
		for j := range dst {
			dst[j] = b2f(a[j] != 0)
		}
	case opNot:
		if a == nil {
			return false
		}
		a = a[:n]
		for j := range dst {
			dst[j] = b2f(a[j] == 0)
		}
	case opAnd, opOr, opLt, opLe, opGt, opGe, opEq, opNe:
		return compareKernel(op, dst, a, as, b, bs)
	default:
		return false
	}
	return true
}

func compareKernel(op opcode, dst, a []float64, as float64, b []float64, bs float64) bool {
	n := len(dst)
	// normalise to vector-vector by broadcasting a scalar into the loop
	get := func(v []float64, s float64, j int) float64 {
		if v == nil {
			return s
		}
		return v[j]
	}
	if a != nil && b != nil {
		a, b = a[:n], b[:n]
		switch op {
		case opAnd:
			for j := range dst {
				dst[j] = b2f(a[j] != 0 && b[j] != 0)
			}
		case opOr:
			for j := range dst {
				dst[j] = b2f(a[j] != 0 || b[j] != 0)
			}
		case opLt:
			for j := range dst {
				dst[j] = b2f(a[j] < b[j])
			}
		case opLe:
			for j := range dst {
				dst[j] = b2f(a[j] <= b[j])
			}
		case opGt:
			for j := range dst {
				dst[j] = b2f(a[j] > b[j])
			}
		case opGe:
			for j := range dst {
				dst[j] = b2f(a[j] >= b[j])
			}
		case opEq:
			for j := range dst {
				dst[j] = b2f(a[j] == b[j])
			}
		case opNe:
			for j := range dst {
				dst[j] = b2f(a[j] != b[j])
			}
		}
		return true
	}
	if a == nil && b == nil {
		return false
	}
	for j := range dst {
		x, y := get(a, as, j), get(b, bs, j)
		var r bool
		switch op {
		case opAnd:
			r = x != 0 && y != 0
		case opOr:
			r = x != 0 || y != 0
		case opLt:
			r = x < y
		case opLe:
			r = x <= y
		case opGt:
			r = x > y
		case opGe:
			r = x >= y
		case opEq:
			r = x == y
		case opNe:
			r = x != y
		}
		dst[j] = b2f(r)
	}
	return true
}

// kernel3 runs the fused three-operand operations.
func kernel3(in *instr, dst, a []float64, as float64, b []float64, bs float64, c []float64, cs float64) bool {
	n := len(dst)
	switch in.op {
	case opMulAdd:
		if k := vecMulAdd(dst, a, as, b, bs, c); k > 0 {
			dst, a, b, c = dst[k:], after(a, k), after(b, k), c[k:]
			n = len(dst)
		}
		switch {
		case a != nil && b != nil && c != nil:
			a, b, c = a[:n], b[:n], c[:n]
			for j := range dst {
				dst[j] = float64(a[j]*b[j]) + c[j]
			}
		case a == nil && b != nil && c != nil:
			b, c = b[:n], c[:n]
			for j := range dst {
				dst[j] = float64(as*b[j]) + c[j]
			}
		case a != nil && b == nil && c != nil:
			a, c = a[:n], c[:n]
			for j := range dst {
				dst[j] = float64(a[j]*bs) + c[j]
			}
		default:
			return false
		}
	case opSubDiv, opSubMul, opAddDiv, opAddMul:
		if c != nil {
			return false
		}
		return addSubScale(in.op, dst, a, as, b, bs, cs)
	case opTimestepGE:
		if a != nil || b == nil || c != nil {
			return false
		}
		b = b[:n]
		off := 1e-3 * cs
		k := in.k
		if k >= 1 && cs > 0 && k == math.Trunc(k) {
			// int64(x/dt) >= k  <=>  x/dt >= k  <=>  x >= k*dt for k >= 1;
			// x is a whole number of steps plus 1e-3*dt, far from the
			// boundary, so comparing without a division per element
			// gives the same flags
			limit := k * cs
			base := as + off
			if in.dst.k != oVar {
				for j := range dst {
					dst[j] = b2f(base-b[j] >= limit)
				}
				return true
			}
			k := vecFlags(dst, b, base, limit)
			for j := k; j < len(dst); j++ {
				// a 0/1 flag variable that rarely changes: one
				// well-predicted branch, and clean cache lines
				if v := b2f(base-b[j] >= limit); dst[j] != v {
					dst[j] = v
				}
			}
			return true
		}
		for j := range dst {
			// write only changes: the flag is usually stored in a variable
			if v := b2f(float64(int64((as-b[j]+off)/cs)) >= k); dst[j] != v {
				dst[j] = v
			}
		}
	default:
		return false
	}
	return true
}

// addSubScale runs (a ± b) * s or / s with s scalar; the explicit
// conversion keeps the two roundings of the unfused operations.
func addSubScale(op opcode, dst, a []float64, as float64, b []float64, bs, s float64) bool {
	n := len(dst)
	sub := op == opSubDiv || op == opSubMul
	div := op == opSubDiv || op == opAddDiv
	if div && s != 0 && !math.IsInf(s, 0) {
		// as Brian's loop-invariant optimisation (_lio = 1.0/tau): a
		// multiplication instead of a division per element
		s, div = 1/s, false
	}
	switch {
	case a == nil && b != nil:
		b = b[:n]
		switch {
		case sub && div:
			for j := range dst {
				dst[j] = float64(as-b[j]) / s
			}
		case sub:
			for j := range dst {
				dst[j] = float64(as-b[j]) * s
			}
		case div:
			for j := range dst {
				dst[j] = float64(as+b[j]) / s
			}
		default:
			for j := range dst {
				dst[j] = float64(as+b[j]) * s
			}
		}
	case a != nil && b == nil:
		a = a[:n]
		switch {
		case sub && div:
			for j := range dst {
				dst[j] = float64(a[j]-bs) / s
			}
		case sub:
			for j := range dst {
				dst[j] = float64(a[j]-bs) * s
			}
		case div:
			for j := range dst {
				dst[j] = float64(a[j]+bs) / s
			}
		default:
			for j := range dst {
				dst[j] = float64(a[j]+bs) * s
			}
		}
	case a != nil && b != nil:
		a, b = a[:n], b[:n]
		switch {
		case sub && div:
			for j := range dst {
				dst[j] = float64(a[j]-b[j]) / s
			}
		case sub:
			for j := range dst {
				dst[j] = float64(a[j]-b[j]) * s
			}
		case div:
			for j := range dst {
				dst[j] = float64(a[j]+b[j]) / s
			}
		default:
			for j := range dst {
				dst[j] = float64(a[j]+b[j]) * s
			}
		}
	default:
		return false
	}
	return true
}
