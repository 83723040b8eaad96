package expr

import (
	"math"
)

// Frame is the working memory of one goroutine running a Program: its
// registers, the views of the variables for the current block and the
// random stream. Frames are not shared between goroutines.
type Frame struct {
	p     *Program
	sregs []float64
	vregs [][]float64
	views [][]float64 // per program variable: the current block's slice
	gath  [][]float64 // per program variable: gather buffer (indexed mode)
	lo    int         // first element of the current block
	idx   []int32     // indexed mode: the current block's element indices
	res   []float64   // broadcast buffer for scalar results
	rng   gen         // rand() and randn(); see Seed
	spk   []int32     // the vector LIF kernel's crossings
	miss  []int32     // its draws to finish
	nbuf  []float64   // its deviates
	mbuf  []uint16    // which of them are final
}

// Seed sets the random stream used by the next Exec (rand(), randn()).
func (f *Frame) Seed(a, b uint64) { f.rng.seed(a, b) }

// NewFrame allocates a frame for p.
func (p *Program) NewFrame() *Frame {
	f := &Frame{p: p, sregs: make([]float64, p.nSReg), views: make([][]float64, len(p.vars))}
	buf := make([]float64, p.nVReg*BlockSize)
	f.vregs = make([][]float64, p.nVReg)
	for k := range f.vregs {
		f.vregs[k] = buf[k*BlockSize : (k+1)*BlockSize]
	}
	return f
}

func (f *Frame) prelude() {
	p := f.p
	for _, r := range p.refs {
		f.sregs[r.sreg] = *r.ptr
	}
	for k := range p.scalar {
		in := &p.scalar[k]
		f.sregs[in.dst.idx] = scalarOp(in, f.sval(in.a), f.sval(in.b), f.sval(in.c))
	}
}

func (f *Frame) sval(o opnd) float64 {
	if o.k == oSReg {
		return f.sregs[o.idx]
	}
	return o.c
}

// Exec runs the program for elements [lo, hi). If the program is an
// expression, sink receives each block's first element and values.
func (p *Program) Exec(f *Frame, lo, hi int, sink func(lo int, vals []float64)) {
	if p.lif != nil && sink == nil {
		f.prelude()
		p.lif.run(f, lo, hi, math.Inf(1), false, nil, nil)
		return
	}
	p.execBlocks(f, lo, hi, sink)
}

// execBlocks is Exec with the block program (every instruction a loop
// over up to BlockSize elements).
func (p *Program) execBlocks(f *Frame, lo, hi int, sink func(lo int, vals []float64)) {
	f.prelude()
	f.ensureGather()
	for b := lo; b < hi; b += BlockSize {
		e := min(b+BlockSize, hi)
		for k, d := range p.vars {
			if m := p.maps[k]; m != nil {
				g := f.gath[k][:e-b]
				for j, i := range m[b:e] {
					g[j] = d[i]
				}
				f.views[k] = g
				continue
			}
			f.views[k] = d[b:e]
		}
		f.lo, f.idx = b, nil
		f.block(e - b)
		for k, d := range p.vars {
			if m := p.maps[k]; m != nil && p.written[k] {
				g := f.views[k]
				for j, i := range m[b:e] {
					d[i] = g[j]
				}
			}
		}
		if sink != nil {
			sink(b, f.resultView(e-b))
		}
	}
}

// ExecIndices runs the program for the listed elements. Variables are
// gathered into buffers and written ones scattered back.
func (p *Program) ExecIndices(f *Frame, idx []int32, sink func(idx []int32, vals []float64)) {
	f.prelude()
	f.ensureGather()
	for b := 0; b < len(idx); b += BlockSize {
		blk := idx[b:min(b+BlockSize, len(idx))]
		n := len(blk)
		for k, d := range p.vars {
			g := f.gath[k][:n]
			if m := p.maps[k]; m != nil {
				for j, i := range blk {
					g[j] = d[m[i]]
				}
			} else {
				for j, i := range blk {
					g[j] = d[i]
				}
			}
			f.views[k] = g
		}
		f.idx = blk
		f.block(n)
		for k, d := range p.vars {
			if p.written[k] {
				g := f.views[k]
				if m := p.maps[k]; m != nil {
					for j, i := range blk {
						d[m[i]] = g[j]
					}
				} else {
					for j, i := range blk {
						d[i] = g[j]
					}
				}
			}
		}
		if sink != nil {
			sink(blk, f.resultView(n))
		}
	}
}

func (f *Frame) ensureGather() {
	if f.gath != nil {
		return
	}
	f.gath = make([][]float64, len(f.p.vars))
	for k := range f.gath {
		f.gath[k] = make([]float64, BlockSize)
	}
}

func (f *Frame) resultView(n int) []float64 {
	r := f.p.result
	switch r.k {
	case oVReg:
		return f.vregs[r.idx][:n]
	case oVar:
		return f.views[r.idx][:n]
	}
	v := f.sval(r)
	if f.res == nil {
		f.res = make([]float64, BlockSize)
	}
	out := f.res[:n]
	for j := range out {
		out[j] = v
	}
	return out
}

// vec returns the slice for a vector operand, or nil and the scalar value.
func (f *Frame) vec(o opnd, n int) ([]float64, float64) {
	switch o.k {
	case oVReg:
		return f.vregs[o.idx][:n], 0
	case oVar:
		return f.views[o.idx][:n], 0
	case oSReg:
		return nil, f.sregs[o.idx]
	}
	return nil, o.c
}

func (f *Frame) block(n int) {
	for k := range f.p.vector {
		in := &f.p.vector[k]
		if in.op == opStoreShared {
			a, as := f.vec(in.a, n)
			if a != nil {
				as = a[0]
			}
			*f.p.shared[int(in.dst.c)] = as
			continue
		}
		dst, _ := f.vec(in.dst, n)
		a, as := f.vec(in.a, n)
		b, bs := f.vec(in.b, n)
		switch in.op {
		case opRand:
			f.rng.fillUniform(dst)
			continue
		case opRandn:
			if in.a == (opnd{}) {
				as = 1 // exact: the same values as unscaled
			}
			f.rng.fillNormal(dst, as)
			continue
		case opIota:
			if f.idx != nil {
				for j, i := range f.idx {
					dst[j] = float64(int(i) - int(as))
				}
			} else {
				base := f.lo - int(as)
				for j := range dst {
					dst[j] = float64(base + j)
				}
			}
			continue
		}
		if kernel(in.op, dst, a, as, b, bs) || kernel2(in.op, in.f1, dst, a, as, b, bs) {
			continue
		}
		if in.op == opMulAdd || in.op == opTimestepGE || in.op >= opSubDiv {
			c, cs := f.vec(in.c, n)
			if kernel3(in, dst, a, as, b, bs, c, cs) {
				continue
			}
		}
		// generic path: one element at a time
		c, cs := f.vec(in.c, n)
		for j := range dst {
			x, y, z := as, bs, cs
			if a != nil {
				x = a[j]
			}
			if b != nil {
				y = b[j]
			}
			if c != nil {
				z = c[j]
			}
			dst[j] = scalarOp(in, x, y, z)
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// scalarOp evaluates one instruction on scalars (constant folding, the
// scalar prelude and the generic vector path).
func scalarOp(in *instr, a, b, c float64) float64 {
	switch in.op {
	case opCopy, opStoreChanged:
		return a
	case opMulAdd:
		return float64(a*b) + c
	case opSubDiv:
		return float64(a-b) / c
	case opSubMul:
		return float64(a-b) * c
	case opAddDiv:
		return float64(a+b) / c
	case opAddMul:
		return float64(a+b) * c
	case opTimedArray:
		ta := in.ta
		row := ta.index(a, in.k)
		col := 0
		if ta.Cols > 1 {
			col = max(0, min(int(b), ta.Cols-1))
		}
		return ta.Values[row*ta.Cols+col]
	case opTimestepGE:
		return b2f(timestep(a-b, c) >= in.k)
	case opToBool:
		return b2f(a != 0)
	case opInt:
		return math.Trunc(a)
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	case opDiv:
		return a / b
	case opFloorDiv:
		return math.Floor(a / b)
	case opMod:
		m := math.Mod(a, b)
		if m != 0 && (m < 0) != (b < 0) {
			m += b
		}
		return m
	case opPow:
		return math.Pow(a, b)
	case opNeg:
		return -a
	case opNot:
		return b2f(a == 0)
	case opAnd:
		return b2f(a != 0 && b != 0)
	case opOr:
		return b2f(a != 0 || b != 0)
	case opLt:
		return b2f(a < b)
	case opLe:
		return b2f(a <= b)
	case opGt:
		return b2f(a > b)
	case opGe:
		return b2f(a >= b)
	case opEq:
		return b2f(a == b)
	case opNe:
		return b2f(a != b)
	case opF1:
		return in.f1(a)
	case opClip:
		return clip(a, b, c)
	case opTimestep:
		return timestep(a, b)
	}
	return math.NaN()
}
