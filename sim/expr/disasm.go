package expr

import (
	"fmt"
	"strings"
)

var opNames = [...]string{"copy", "add", "sub", "mul", "div", "floordiv", "mod", "pow", "neg", "not", "and", "or",
	"lt", "le", "gt", "ge", "eq", "ne", "f1", "clip", "timestep", "rand", "randn", "iota", "tobool", "int", "storechanged", "muladd", "timestepge", "storeshared", "timedarray", "subdiv", "submul", "adddiv", "addmul"}

func (o opnd) String() string {
	switch o.k {
	case oConst:
		return fmt.Sprintf("%g", o.c)
	case oSReg:
		return fmt.Sprintf("s%d", o.idx)
	case oVar:
		return fmt.Sprintf("var%d", o.idx)
	}
	if o.idx < 0 {
		return fmt.Sprintf("shared%g", o.c)
	}
	return fmt.Sprintf("r%d", o.idx)
}

// String lists the program's instructions (for debugging and tests).
func (p *Program) String() string {
	var b strings.Builder
	for _, part := range [][]instr{p.scalar, p.vector} {
		for _, in := range part {
			fmt.Fprintf(&b, "%s = %s %s %s %s\n", in.dst, opNames[in.op], in.a, in.b, in.c)
		}
	}
	return b.String()
}
