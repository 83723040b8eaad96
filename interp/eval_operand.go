package interp

import "github.com/gobrian/gobrian/interp/syntax"

// operand is a pre-classified expression: reading a local slot or a
// constant avoids a closure call in the hottest arithmetic and comparisons.
type operand struct {
	kind uint8 // opLocal, opConst, opGlobal, opExpr
	slot int
	name string
	val  Value
	ref  *globalRef
	f    evalFn
}

const (
	opExpr uint8 = iota
	opLocal
	opConst
	opGlobal // a module-level name: module code and notebook cells
)

func (c *compiler) operand(e syntax.Expr) operand {
	switch n := e.(type) {
	case *syntax.Name:
		if slot, ok := c.localSlot(n.Id); ok {
			return operand{kind: opLocal, slot: slot, name: n.Id}
		}
		if c.isGlobalName(n.Id) {
			return operand{kind: opGlobal, name: n.Id, ref: newGlobalRef(n.Id)}
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
	case opGlobal:
		return o.ref.load(fr)
	}
	return o.f(fr)
}

// arith compiles Left op Right with int and float fast paths.
func (c *compiler) arith(op Op, left, right syntax.Expr) evalFn {
	l, r := c.operand(left), c.operand(right)
	general := func(fr *frame) (Value, error) {
		x, err := l.get(fr)
		if err != nil {
			return nil, err
		}
		y, err := r.get(fr)
		if err != nil {
			return nil, err
		}
		if r, ok := numFast(op, x, y); ok {
			return r, nil
		}
		return Binary(fr.th, op, x, y)
	}
	if f := arithLocalConst(op, l, r, general); f != nil {
		return f
	}
	if f := arithExprs(op, l, r); f != nil {
		return f
	}
	if f := percentLiteral(op, l, r); f != nil {
		return f
	}
	return general
}

// compareCond compiles a single comparison used as a condition.
func (c *compiler) compareCond(cop Op, left, right syntax.Expr) func(fr *frame) (bool, error) {
	l, r := c.operand(left), c.operand(right)
	general := func(fr *frame) (bool, error) {
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
	if f := compareLocalConst(cop, l, r, general); f != nil {
		return f
	}
	return general
}
