package expr

import (
	"github.com/gobrian/gobrian/sim/simerr"
)

func (c *compiler) call(n *Call) (opnd, error) {
	f, ok := functions[n.Fn]
	if sym, user := lookup(c.scope, n.Fn); user && sym.Class == Function && sym.Table != nil {
		return c.timedArray(n, sym.Table)
	}
	if !ok {
		return opnd{}, simerr.New(simerr.SyntaxError, "Unknown function %s", n.Fn)
	}
	if len(n.Args) != f.nargs {
		return opnd{}, simerr.New(simerr.SyntaxError, "Function '%s' was called with %d parameters, needs %d.", n.Fn, len(n.Args), f.nargs)
	}
	args := make([]opnd, len(n.Args))
	for k, a := range n.Args {
		o, err := c.expr(a)
		if err != nil {
			return o, err
		}
		args[k] = o
	}
	switch n.Fn {
	case "rand":
		c.p.random = true
		return c.op(opRand, nil), nil
	case "randn":
		c.p.random = true
		return c.op(opRandn, nil), nil
	case "clip":
		return c.op(opClip, nil, args...), nil
	case "timestep":
		return c.op(opTimestep, nil, args...), nil
	case "int":
		if KindOf(n.Args[0], c.scope) == Bool {
			return args[0], nil // already 0 or 1
		}
		return c.op(opInt, nil, args...), nil
	}
	return c.op(opF1, f.f1, args[0]), nil
}

func (c *compiler) timedArray(n *Call, ta *TimedArray) (opnd, error) {
	want := 1
	if ta.Cols > 1 {
		want = 2
	}
	if len(n.Args) != want {
		return opnd{}, simerr.New(simerr.SyntaxError, "Function '%s' was called with %d parameters, needs %d.", n.Fn, len(n.Args), want)
	}
	args := []opnd{{}, {}}
	for k, a := range n.Args {
		o, err := c.expr(a)
		if err != nil {
			return o, err
		}
		args[k] = o
	}
	dt, ok := ConstValue(&Name{ID: "dt"}, c.scope)
	if !ok {
		dt = ta.DT
	}
	in := instr{op: opTimedArray, a: args[0], b: args[1], k: timedArrayK(dt, ta.DT), ta: ta}
	if args[0].vector() || args[1].vector() {
		c.release(args[0])
		c.release(args[1])
		in.dst = c.newV()
	} else {
		in.dst = c.newS()
	}
	c.emit(in)
	return in.dst, nil
}

// ConstValue evaluates n if it only uses constants.
func ConstValue(n Node, s Scope) (float64, bool) {
	c := newCompiler(s)
	o, err := c.expr(n)
	if err != nil || o.k != oConst {
		return 0, false
	}
	return o.c, true
}
