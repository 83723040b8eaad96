package interp

import "github.com/gobrian/gobrian/interp/syntax"

// Specialised closures for the commonest shapes in loops and recursion:
// a local combined with an int constant (n - 1, i + 1, n < 2). They skip
// the operand dispatch and fall back to the general closure for any other
// operand types or on overflow.

// arithExprs returns a closure for op on two general expressions (such
// as fib(n - 1) + fib(n - 2)), or nil when either operand is simpler.
func arithExprs(op Op, l, r operand) evalFn {
	if l.kind != opExpr || r.kind != opExpr {
		return nil
	}
	lf, rf := l.f, r.f
	return func(fr *frame) (Value, error) {
		x, err := lf(fr)
		if err != nil {
			return nil, err
		}
		y, err := rf(fr)
		if err != nil {
			return nil, err
		}
		if v, ok := numFast(op, x, y); ok {
			return v, nil
		}
		return Binary(fr.th, op, x, y)
	}
}

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
	// One closure per operator keeps the comparison inline.
	switch cop {
	case Lt:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a < k, nil
			}
			return general(fr)
		}
	case Le:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a <= k, nil
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
	case Ge:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a >= k, nil
			}
			return general(fr)
		}
	case Eq:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a == k, nil
			}
			return general(fr)
		}
	case Ne:
		return func(fr *frame) (bool, error) {
			if a, ok := fr.locals[slot].(Int); ok {
				return a != k, nil
			}
			return general(fr)
		}
	}
	return nil
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

// condLocalMod compiles the truth test of local % k for an int constant
// k > 0 (the "if x % 3" filter) without boxing the remainder; general
// evaluates e for every other case.
func (c *compiler) condLocalMod(e syntax.Expr, general evalFn) func(fr *frame) (bool, error) {
	n, ok := e.(*syntax.BinOp)
	if !ok || n.Op != "%" {
		return nil
	}
	// Check the shape first: compiling operands of another shape twice
	// would be wasted work.
	_, nameLeft := n.Left.(*syntax.Name)
	_, constRight := n.Right.(*syntax.Constant)
	if !nameLeft || !constRight {
		return nil
	}
	l, r := c.operand(n.Left), c.operand(n.Right)
	k, ok := r.val.(Int)
	if l.kind != opLocal || r.kind != opConst || !ok || k <= 0 {
		return nil
	}
	slot := l.slot
	return func(fr *frame) (bool, error) {
		if a, ok := fr.locals[slot].(Int); ok {
			return a%k != 0, nil
		}
		v, err := general(fr)
		if err != nil {
			return false, err
		}
		return Truth(fr.th, v)
	}
}

// percentLiteral compiles 'literal' % args straight to printf-style
// formatting when args is a built-in value, which cannot override the
// operator with __rmod__; nil when the left side is not a str literal.
func percentLiteral(op Op, l, r operand) evalFn {
	format, ok := l.val.(Str)
	if op != Mod || l.kind != opConst || !ok {
		return nil
	}
	return func(fr *frame) (Value, error) {
		y, err := r.get(fr)
		if err != nil {
			return nil, err
		}
		switch y.(type) {
		case Tuple, Int, Float, Str, *Dict:
			return percentFormat(fr.th, string(format), y)
		}
		return Binary(fr.th, Mod, format, y)
	}
}
