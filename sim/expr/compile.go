package expr

import (
	"math"
	"unsafe"

	"github.com/gobrian/gobrian/sim/simerr"
)

// BlockSize is the number of elements a Program processes per pass over
// its instructions: large enough that dispatching an instruction costs
// little next to its loop, small enough that a block's registers stay in
// the second-level cache.
const BlockSize = 1024

type opcode uint8

const (
	opCopy opcode = iota
	opAdd
	opSub
	opMul
	opDiv
	opFloorDiv
	opMod
	opPow
	opNeg
	opNot
	opAnd
	opOr
	opLt
	opLe
	opGt
	opGe
	opEq
	opNe
	opF1 // f1(a)
	opClip
	opTimestep
	opRand
	opRandn
	opIota // element index minus c
	opToBool
	opInt
	opStoreChanged // copy, writing only elements that differ (keeps cache lines clean)
	opMulAdd       // a*b + c (rounded as two operations)
	opTimestepGE   // timestep(a - b, c) >= k: Brian's refractoriness test
	opStoreShared  // *refs[dst.idx] = a (first element): a shared variable
	opTimedArray   // ta(a) or ta(a, b); k is Brian's upsampling factor K
	opSubDiv       // (a - b) / c, c scalar ((E - v)/tau in one pass)
	opSubMul       // (a - b) * c, c scalar
	opAddDiv       // (a + b) / c, c scalar
	opAddMul       // (a + b) * c, c scalar
)

type opndKind uint8

const (
	oConst opndKind = iota
	oSReg           // scalar register
	oVar            // vector variable (per-element data)
	oVReg           // vector register (block temporary)
)

type opnd struct {
	k   opndKind
	idx int
	c   float64
}

func (o opnd) vector() bool { return o.k == oVar || o.k == oVReg }

type instr struct {
	op      opcode
	dst     opnd
	a, b, c opnd
	k       float64 // opTimestepGE's threshold, opTimedArray's K
	f1      func(float64) float64
	ta      *TimedArray
}

// Program is compiled abstract code. Scalar instructions run once per
// Exec; vector instructions run over blocks of elements.
type Program struct {
	scalar  []instr
	vector  []instr
	nSReg   int
	nVReg   int
	refs    []refLoad // scalars read at each Exec
	vars    [][]float64
	maps    [][]int32 // per variable: nil, or the element → data index map
	written []bool
	result  opnd
	hasRes  bool
	shared  []*float64 // targets of opStoreShared
	random  bool
	lif     *lifKernel // the fused form of a recognised program, or nil
}

// UsesRandom reports whether the program draws random numbers.
func (p *Program) UsesRandom() bool { return p.random }

// maxMemoRegs bounds the registers kept alive for common subexpressions,
// so that long programs still reuse registers (and stay cache-resident).
const maxMemoRegs = 16

type instrKey struct {
	op      opcode
	a, b, c opnd
}

type refLoad struct {
	ptr  *float64
	sreg int
}

type compiler struct {
	p      *Program
	scope  Scope
	varIdx map[varKey]int
	memo   map[instrKey]opnd // common subexpressions since the last store
	refIdx map[*float64]int
	temps  map[string]opnd
	pinned map[int]bool // vector registers not to be reused
	named  map[int]bool // vector registers holding named temporaries
	free   []int
}

// CompileExpr compiles an expression; Exec hands its value per block to
// the sink.
func CompileExpr(n Node, s Scope) (*Program, error) {
	c := newCompiler(s)
	o, err := c.expr(n)
	if err != nil {
		return nil, err
	}
	c.p.result, c.p.hasRes = o, true
	return c.p, nil
}

// Compile compiles statements. Names assigned that are not in the scope
// become temporaries.
func Compile(stmts []Stmt, s Scope) (*Program, error) {
	c := newCompiler(s)
	for _, st := range stmts {
		if err := c.stmt(st); err != nil {
			return nil, err
		}
	}
	c.p.lif = matchLIF(c.p)
	return c.p, nil
}

func newCompiler(s Scope) *compiler {
	return &compiler{p: &Program{}, scope: s, varIdx: map[varKey]int{}, memo: map[instrKey]opnd{},
		refIdx: map[*float64]int{}, temps: map[string]opnd{}, pinned: map[int]bool{}, named: map[int]bool{}}
}

func (c *compiler) stmt(st Stmt) error {
	rhs := st.Expr
	if st.Op != "=" {
		rhs = &Binary{Op: st.Op[:len(st.Op)-1], X: &Name{ID: st.Var}, Y: st.Expr}
	}
	o, err := c.expr(rhs)
	if err != nil {
		return err
	}
	if _, isTemp := c.temps[st.Var]; !isTemp {
		if sym, ok := lookup(c.scope, st.Var); ok {
			return c.assignVar(st, sym, o)
		}
	}
	// a temporary: keep the operand, pinning its register
	if o.k == oVReg {
		if c.named[o.idx] {
			// aliasing another named temporary: copy
			d := c.newV()
			c.emit(instr{op: opCopy, dst: d, a: o})
			o = d
		}
		c.pinned[o.idx] = true
		c.named[o.idx] = true
	}
	c.temps[st.Var] = o
	return nil
}

func (c *compiler) assignVar(st Stmt, sym *Symbol, o opnd) error {
	if sym.Class == Scalar && !sym.ReadOnly && sym.Ref != nil {
		// a shared variable: one value for the group
		c.p.shared = append(c.p.shared, sym.Ref)
		c.p.vector = append(c.p.vector, instr{op: opStoreShared, dst: opnd{k: oVReg, idx: -1, c: float64(len(c.p.shared) - 1)}, a: o})
		c.release(o)
		clear(c.memo)
		return nil
	}
	if sym.ReadOnly || (sym.Class != Vector && sym.Class != Indirect) {
		return simerr.New(simerr.SyntaxError, "Cannot assign to '%s' in \"%s\"", st.Var, st.Src)
	}
	vi := c.varOf(sym)
	c.p.written[vi] = true
	clear(c.memo) // results computed from the old value are stale
	dst := opnd{k: oVar, idx: vi}
	op := opCopy
	if sym.Kind == Bool {
		if o.k == oVReg && !c.named[o.idx] && len(c.p.vector) > 0 {
			if last := &c.p.vector[len(c.p.vector)-1]; last.dst == o && last.op == opTimestepGE {
				last.dst = dst // writes only changed flags itself
				c.release(o)
				return nil
			}
		}
		if c.producesBool(o) {
			// flags rarely change: avoid dirtying every cache line
			c.emit(instr{op: opStoreChanged, dst: dst, a: o})
			c.release(o)
			return nil
		}
		op = opToBool
	}
	// write the last instruction's result straight into the variable
	if op == opCopy && o.k == oVReg && !c.named[o.idx] && len(c.p.vector) > 0 {
		last := &c.p.vector[len(c.p.vector)-1]
		if last.dst == o {
			last.dst = dst
			c.release(o)
			return nil
		}
	}
	c.emit(instr{op: op, dst: dst, a: o})
	c.release(o)
	return nil
}

func (c *compiler) varOf(sym *Symbol) int {
	key := varKey{}
	if len(sym.Data) > 0 {
		key.data = &sym.Data[0]
	}
	if sym.Class == Indirect && len(sym.Map) > 0 {
		key.idx = &sym.Map[0]
	}
	if key.data != nil {
		if k, ok := c.varIdx[key]; ok {
			return k
		}
		c.varIdx[key] = len(c.p.vars)
	}
	var m []int32
	if sym.Class == Indirect {
		m = sym.Map
		if m == nil {
			m = []int32{}
		}
	}
	c.p.vars = append(c.p.vars, sym.Data)
	c.p.maps = append(c.p.maps, m)
	c.p.written = append(c.p.written, false)
	return len(c.p.vars) - 1
}

// varKey identifies a program variable by its storage (and index map).
type varKey struct {
	data *float64
	idx  *int32
}

// WritesIndirect reports whether the program writes a variable through an
// index map (e.g. v_post in synaptic code). Elements mapping to the same
// target must then not be in one call, or updates would be lost.
func (p *Program) WritesIndirect() bool {
	for k, m := range p.maps {
		if m != nil && p.written[k] {
			return true
		}
	}
	return false
}

// WritesThrough reports whether the program writes a variable through the
// index map m (e.g. postsynaptic variables through the synapses' target
// indices).
func (p *Program) WritesThrough(m []int32) bool {
	if len(m) == 0 {
		return false
	}
	for k, pm := range p.maps {
		if p.written[k] && len(pm) > 0 && &pm[0] == &m[0] {
			return true
		}
	}
	return false
}

func (c *compiler) newV() opnd {
	if n := len(c.free); n > 0 {
		r := c.free[n-1]
		c.free = c.free[:n-1]
		return opnd{k: oVReg, idx: r}
	}
	c.p.nVReg++
	return opnd{k: oVReg, idx: c.p.nVReg - 1}
}

func (c *compiler) newS() opnd {
	c.p.nSReg++
	return opnd{k: oSReg, idx: c.p.nSReg - 1}
}

func (c *compiler) release(o opnd) {
	if o.k == oVReg && !c.pinned[o.idx] {
		for _, r := range c.free {
			if r == o.idx {
				return
			}
		}
		c.free = append(c.free, o.idx)
	}
}

func (c *compiler) emit(in instr) {
	if in.dst.vector() {
		c.p.vector = append(c.p.vector, in)
	} else {
		c.p.scalar = append(c.p.scalar, in)
	}
}

// op emits an operation, folding constants, choosing scalar or vector
// form, and reusing operand registers for the result.
func (c *compiler) op(code opcode, f1 func(float64) float64, args ...opnd) opnd {
	var a, b, cc opnd
	if len(args) > 0 {
		a = args[0]
	}
	if len(args) > 1 {
		b = args[1]
	}
	if len(args) > 2 {
		cc = args[2]
	}
	in := instr{op: code, a: a, b: b, c: cc, f1: f1}
	allConst, anyVec := true, false
	for _, o := range args {
		allConst = allConst && o.k == oConst
		anyVec = anyVec || o.vector()
	}
	if allConst && code != opRand && code != opRandn && code != opIota {
		return opnd{k: oConst, c: scalarOp(&in, a.c, b.c, cc.c)}
	}
	random := code == opRand || code == opRandn
	key := instrKey{code, a, b, cc}
	if !random && f1 == nil {
		if o, ok := c.memo[key]; ok {
			return o
		}
	}
	if anyVec || random || code == opIota {
		for _, o := range args {
			c.release(o)
		}
		in.dst = c.newV()
		if !random && f1 == nil && c.p.nVReg < maxMemoRegs {
			// keep the register alive for reuse by identical operations
			c.pinned[in.dst.idx] = true
			c.memo[key] = in.dst
		}
	} else {
		in.dst = c.newS()
	}
	c.emit(in)
	return in.dst
}

func (c *compiler) expr(n Node) (opnd, error) {
	switch n := n.(type) {
	case *Num:
		return opnd{k: oConst, c: n.Val}, nil
	case *Name:
		if o, ok := c.temps[n.ID]; ok {
			return o, nil
		}
		sym, ok := lookup(c.scope, n.ID)
		if !ok {
			return opnd{}, simerr.New(simerr.KeyError, "The identifier \"%s\" could not be resolved.", n.ID)
		}
		switch sym.Class {
		case Const:
			return opnd{k: oConst, c: sym.Value}, nil
		case Scalar:
			k, ok := c.refIdx[sym.Ref]
			if !ok {
				k = c.newS().idx
				c.p.refs = append(c.p.refs, refLoad{sym.Ref, k})
				c.refIdx[sym.Ref] = k
			}
			return opnd{k: oSReg, idx: k}, nil
		case Index:
			return c.op(opIota, nil, opnd{k: oConst, c: float64(sym.Offset)}), nil
		default:
			return opnd{k: oVar, idx: c.varOf(sym)}, nil
		}
	case *Unary:
		x, err := c.expr(n.X)
		if err != nil {
			return x, err
		}
		switch n.Op {
		case "-":
			if k := KindOf(n.X, c.scope); k == Int || k == Bool {
				// integer negation has no -0 (Brian: -i*mV is 0. for i=0)
				return c.op(opSub, nil, opnd{k: oConst}, x), nil
			}
			return c.op(opNeg, nil, x), nil
		case "not":
			return c.op(opNot, nil, x), nil
		}
		return x, nil
	case *Binary:
		return c.binary(n)
	case *Call:
		return c.call(n)
	}
	return opnd{}, simerr.New(simerr.SyntaxError, "Unsupported expression")
}

var binOps = map[string]opcode{
	"+": opAdd, "-": opSub, "*": opMul, "/": opDiv, "//": opFloorDiv, "%": opMod, "**": opPow,
	"<": opLt, "<=": opLe, ">": opGt, ">=": opGe, "==": opEq, "!=": opNe, "and": opAnd, "or": opOr,
}

func (c *compiler) binary(n *Binary) (opnd, error) {
	if o, ok, err := c.timestepGE(n); ok || err != nil {
		return o, err
	}
	x, err := c.expr(n.X)
	if err != nil {
		return x, err
	}
	y, err := c.expr(n.Y)
	if err != nil {
		return y, err
	}
	code, ok := binOps[n.Op]
	if !ok {
		return opnd{}, simerr.New(simerr.SyntaxError, "Unsupported operation %s", n.Op)
	}
	if code == opPow && y.k == oConst && x.k != oConst {
		// common exponents as cheaper operations (same rounding for 2, 1)
		switch y.c {
		case 1:
			return x, nil
		case 2:
			return c.op(opMul, nil, x, x), nil
		case 0.5:
			return c.op(opF1, math.Sqrt, x), nil
		}
	}
	if code == opAdd {
		if o, ok := c.fuseMulAdd(x, y); ok {
			return o, nil
		}
	}
	if code == opMul {
		if o, ok := c.fuseRandnScale(x, y); ok {
			return o, nil
		}
	}
	if code == opMul || code == opDiv {
		if o, ok := c.fuseAddSubScale(code, x, y); ok {
			return o, nil
		}
	}
	return c.op(code, nil, x, y), nil
}

// Writes reports whether the program stores to any element of data (a
// variable's storage, or part of it, as other programs see it).
func (p *Program) Writes(data []float64) bool { return p.touches(data, true) }

// Uses reports whether the program reads or writes any element of data.
func (p *Program) Uses(data []float64) bool { return p.touches(data, false) }

func (p *Program) touches(data []float64, writesOnly bool) bool {
	if len(data) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(&data[0]))
	hi := lo + uintptr(len(data))*8
	for k, d := range p.vars {
		if (writesOnly && !p.written[k]) || len(d) == 0 {
			continue
		}
		a := uintptr(unsafe.Pointer(&d[0]))
		if a < hi && lo < a+uintptr(len(d))*8 {
			return true
		}
	}
	return false
}
