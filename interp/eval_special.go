package interp

// Specialised closures for the commonest shapes in loops and recursion:
// a local combined with an int constant (n - 1, i + 1, n < 2). They skip
// the operand dispatch and fall back to the general closure for any other
// operand types or on overflow.

// arithLocalConst returns a closure for local op k, or nil when the shape
// does not apply.
func arithLocalConst(op Op, l, r operand, general evalFn) evalFn {
	if l.kind != opLocal || r.kind != opConst {
		return nil
	}
	k, ok := r.val.(Int)
	if !ok {
		return nil
	}
	slot := l.slot
	switch op {
	case Add:
		return func(fr *frame) (Value, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				if c := a + k; (c > a) == (k > 0) {
					return mkInt(int64(c)), nil
				}
			}
			return general(fr)
		}
	case Sub:
		return func(fr *frame) (Value, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				if c := a - k; (c < a) == (k > 0) {
					return mkInt(int64(c)), nil
				}
			}
			return general(fr)
		}
	case Mod:
		if k <= 0 {
			return nil
		}
		return func(fr *frame) (Value, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				m := a % k
				if m < 0 {
					m += k
				}
				return mkInt(int64(m)), nil
			}
			return general(fr)
		}
	}
	return nil
}

// compareLocalConst returns a condition closure for local cmp k, or nil
// when the shape does not apply.
func compareLocalConst(cop Op, l, r operand, general func(fr *frame) (bool, error)) func(fr *frame) (bool, error) {
	if l.kind != opLocal || r.kind != opConst {
		return nil
	}
	k, ok := r.val.(Int)
	if !ok {
		return nil
	}
	slot := l.slot
	var test func(a Int) bool
	switch cop {
	case Lt:
		test = func(a Int) bool { return a < k }
	case Le:
		test = func(a Int) bool { return a <= k }
	case Gt:
		test = func(a Int) bool { return a > k }
	case Ge:
		test = func(a Int) bool { return a >= k }
	case Eq:
		test = func(a Int) bool { return a == k }
	case Ne:
		test = func(a Int) bool { return a != k }
	default:
		return nil
	}
	// One closure per operator keeps the comparison inlined.
	switch cop {
	case Lt:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a < k, nil
			}
			return general(fr)
		}
	case Gt:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a > k, nil
			}
			return general(fr)
		}
	}
	return func(fr *frame) (bool, error) {
		if a, ok := fr.locals[slot].(Int); ok {
			return test(a), nil
		}
		return general(fr)
	}
}

// numFast evaluates the int and float cases of +, -, * (and % and // by a
// positive int) without generic dispatch; ok is false for anything else.
func numFast(op Op, x, y Value) (Value, bool) {
	switch a := x.(type) {
	case Int:
		if b, ok := y.(Int); ok {
			switch op {
			case Add:
				return addInt(a, b), true
			case Sub:
				return subInt(a, b), true
			case Mul:
				return mulInt(a, b), true
			case Mod:
				if b > 0 {
					return mkInt(int64(modInt(a, b))), true
				}
			case FloorDiv:
				if b > 0 {
					return floorDivInt(a, b), true
				}
			}
		} else if b, ok := y.(Float); ok {
			switch op {
			case Add:
				return Float(a) + b, true
			case Sub:
				return Float(a) - b, true
			case Mul:
				return Float(a) * b, true
			}
		}
	case Float:
		switch b := y.(type) {
		case Float:
			switch op {
			case Add:
				return a + b, true
			case Sub:
				return a - b, true
			case Mul:
				return a * b, true
			}
		case Int:
			switch op {
			case Add:
				return a + Float(b), true
			case Sub:
				return a - Float(b), true
			case Mul:
				return a * Float(b), true
			}
		}
	}
	return nil, false
}
