package interp

import "github.com/gobrian/gobrian/interp/syntax"

// operand is a pre-classified expression: reading a local slot or a
// constant avoids a closure call in the hottest arithmetic and comparisons.
type operand struct {
	kind uint8 // opLocal, opConst, opExpr
	slot int
	name string
	val  Value
	f    evalFn
}

const (
	opExpr uint8 = iota
	opLocal
	opConst
)

func (c *compiler) operand(e syntax.Expr) operand {
	switch n := e.(type) {
	case *syntax.Name:
		if slot, ok := c.localSlot(n.Id); ok {
			return operand{kind: opLocal, slot: slot, name: n.Id}
		}
	case *syntax.Constant:
		return operand{kind: opConst, val: constValue(n)}
	}
	return operand{kind: opExpr, f: c.expr(e)}
}

func (o *operand) get(fr *frame) (Value, error) {
	switch o.kind {
	case opLocal:
		if v := fr.locals[o.slot]; v != nil {
			return v, nil
		}
		return nil, unboundLocal(o.name)
	case opConst:
		return o.val, nil
	}
	return o.f(fr)
}

// arith compiles Left op Right with int and float fast paths.
func (c *compiler) arith(op Op, left, right syntax.Expr) evalFn {
	l, r := c.operand(left), c.operand(right)
	return func(fr *frame) (Value, error) {
		x, err := l.get(fr)
		if err != nil {
			return nil, err
		}
		y, err := r.get(fr)
		if err != nil {
			return nil, err
		}
		switch a := x.(type) {
		case Int:
			if b, ok := y.(Int); ok {
				switch op {
				case Add:
					return addInt(a, b), nil
				case Sub:
					return subInt(a, b), nil
				case Mul:
					return mulInt(a, b), nil
				case Mod:
					if b > 0 {
						return mkInt(int64(modInt(a, b))), nil
					}
				case FloorDiv:
					if b > 0 {
						return floorDivInt(a, b), nil
					}
				}
			} else if b, ok := y.(Float); ok {
				switch op {
				case Add:
					return Float(a) + b, nil
				case Sub:
					return Float(a) - b, nil
				case Mul:
					return Float(a) * b, nil
				}
			}
		case Float:
			switch b := y.(type) {
			case Float:
				switch op {
				case Add:
					return a + b, nil
				case Sub:
					return a - b, nil
				case Mul:
					return a * b, nil
				}
			case Int:
				switch op {
				case Add:
					return a + Float(b), nil
				case Sub:
					return a - Float(b), nil
				case Mul:
					return a * Float(b), nil
				}
			}
		}
		return Binary(fr.th, op, x, y)
	}
}

// compareCond compiles a single comparison used as a condition.
func (c *compiler) compareCond(cop Op, left, right syntax.Expr) func(fr *frame) (bool, error) {
	l, r := c.operand(left), c.operand(right)
	return func(fr *frame) (bool, error) {
		x, err := l.get(fr)
		if err != nil {
			return false, err
		}
		y, err := r.get(fr)
		if err != nil {
			return false, err
		}
		switch a := x.(type) {
		case Int:
			if b, ok := y.(Int); ok {
				return cmpResult(cop, intCmp(a, b)), nil
			}
		case Float:
			if b, ok := y.(Float); ok {
				return floatOp(cop, float64(a), float64(b)), nil
			}
		}
		return CompareBool(fr.th, cop, x, y)
	}
}
