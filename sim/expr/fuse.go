package expr

// varOf numbers a vector variable by its storage, so that two symbols
// for the same data are one program variable.
// producesBool reports whether o is the result of a comparison or
// logical operation (already 0/1).
func (c *compiler) producesBool(o opnd) bool {
	if o.k == oConst {
		return o.c == 0 || o.c == 1
	}
	if o.k != oVReg || len(c.p.vector) == 0 {
		return false
	}
	last := c.p.vector[len(c.p.vector)-1]
	if last.dst != o {
		return false
	}
	switch last.op {
	case opNot, opAnd, opOr, opLt, opLe, opGt, opGe, opEq, opNe, opToBool, opTimestepGE:
		return true
	}
	return false
}

// lastOperand is the previous vector instruction when x or y is its result,
// with the other operand of the pair.
func (c *compiler) lastOperand(x, y opnd) (*instr, opnd, bool) {
	if len(c.p.vector) == 0 {
		return nil, opnd{}, false
	}
	last := &c.p.vector[len(c.p.vector)-1]
	switch last.dst {
	case x:
		return last, y, true
	case y:
		return last, x, true
	}
	return nil, opnd{}, false
}

// fuseMulAdd turns "r = a*b; r + y" into one pass when r is the previous
// instruction's private result.
func (c *compiler) fuseMulAdd(x, y opnd) (opnd, bool) {
	last, other, ok := c.lastOperand(x, y)
	if !ok || last.op != opMul || c.named[last.dst.idx] || last.dst.k != oVReg || other == last.dst {
		return opnd{}, false
	}
	for k, o := range c.memo {
		if o == last.dst {
			delete(c.memo, k)
		}
	}
	last.op, last.c = opMulAdd, other
	c.release(other)
	return last.dst, true
}

// fuseRandnScale folds "randn()*c" (c scalar) into the generator loop.
func (c *compiler) fuseRandnScale(x, y opnd) (opnd, bool) {
	last, scale, ok := c.lastOperand(x, y)
	if !ok || last.op != opRandn || last.a.k != oConst || last.a.c != 0 || c.named[last.dst.idx] || scale.vector() {
		return opnd{}, false
	}
	last.a = scale
	return last.dst, true
}

// timestepGE compiles "timestep(a - b, dt) >= k" (dt, k constant) as one
// operation.
func (c *compiler) timestepGE(n *Binary) (opnd, bool, error) {
	call, ok := n.X.(*Call)
	if n.Op != ">=" || !ok || call.Fn != "timestep" || len(call.Args) != 2 {
		return opnd{}, false, nil
	}
	diff, ok := call.Args[0].(*Binary)
	if !ok || diff.Op != "-" {
		return opnd{}, false, nil
	}
	dt, ok1 := ConstValue(call.Args[1], c.scope)
	k, ok2 := ConstValue(n.Y, c.scope)
	if !ok1 || !ok2 {
		return opnd{}, false, nil
	}
	a, err := c.expr(diff.X)
	if err != nil {
		return a, true, err
	}
	b, err := c.expr(diff.Y)
	if err != nil {
		return b, true, err
	}
	if !b.vector() || a.vector() {
		c.release(a)
		c.release(b)
		return opnd{}, false, nil
	}
	c.release(b)
	dst := c.newV()
	c.emit(instr{op: opTimestepGE, dst: dst, a: a, b: b, c: opnd{k: oConst, c: dt}, k: k})
	return dst, true, nil
}

// fuseAddSubScale turns "r = a ± b; r * s" or "r / s" (s scalar) into one
// pass when r is the previous instruction's private result.
func (c *compiler) fuseAddSubScale(code opcode, x, y opnd) (opnd, bool) {
	if code == opMul && !x.vector() && y.vector() {
		x, y = y, x // s * (a ± b)
	}
	if len(c.p.vector) == 0 || y.vector() {
		return opnd{}, false
	}
	last := &c.p.vector[len(c.p.vector)-1]
	if last.dst != x || last.dst.k != oVReg || c.named[last.dst.idx] || (last.op != opAdd && last.op != opSub) {
		return opnd{}, false
	}
	for k, o := range c.memo {
		if o == last.dst {
			delete(c.memo, k)
		}
	}
	switch {
	case last.op == opSub && code == opDiv:
		last.op = opSubDiv
	case last.op == opSub:
		last.op = opSubMul
	case code == opDiv:
		last.op = opAddDiv
	default:
		last.op = opAddMul
	}
	last.c = y
	return last.dst, true
}
