package expr

// The refractory Euler(-Maruyama) update of a leaky neuron, Brian's most
// common model,
//
//	not_refractory = timestep(t - lastspike, dt) >= k
//	v = dt*(not_refractory*((E - v)/tau)) + v            (+ noise term)
//
// compiles to a handful of block instructions. lifKernel recognises that
// instruction shape and runs it in one pass per element, with the
// threshold test in the same pass: the state is read and written once per
// step instead of once per instruction. Every operation rounds as the
// block instructions do, so the results are bit-identical.
type lifKernel struct {
	gate, last, v int   // program variables: not_refractory, lastspike, v
	ts            instr // the timestepge instruction
	lin           instr // (a ± b) * or / s: the drift
	step          opnd  // the muladd's scalar factor (dt)
	noise         bool  // v += (gate*c) * (sd*randn())
	sd, c         opnd  // noise scale operands
	linVecA       bool  // v is lin's first operand (else its second)
	linOther      opnd  // lin's scalar operand
}

// matchLIF recognises the shape described on lifKernel, or returns nil.
func matchLIF(p *Program) *lifKernel {
	if p.hasRes || len(p.shared) > 0 {
		return nil
	}
	for _, m := range p.maps {
		if m != nil {
			return nil
		}
	}
	vec := p.vector
	var rn *instr
	var rest []instr
	for k := range vec {
		if vec[k].op == opRandn {
			if rn != nil {
				return nil
			}
			rn = &vec[k]
			continue
		}
		rest = append(rest, vec[k])
	}
	want := 4
	if rn != nil {
		want = 6
	}
	if len(rest) != want {
		return nil
	}
	ts, lin, gmul, add := rest[0], rest[1], rest[2], rest[3]
	if ts.op != opTimestepGE || ts.dst.k != oVar || ts.a.vector() || ts.b.k != oVar || ts.c.k != oConst ||
		!(ts.k >= 1 && ts.c.c > 0 && ts.k == float64(int64(ts.k))) {
		return nil
	}
	K := &lifKernel{gate: ts.dst.idx, last: ts.b.idx, ts: ts, lin: lin}
	switch lin.op {
	case opSubDiv, opSubMul, opAddDiv, opAddMul:
	default:
		return nil
	}
	if lin.c.vector() || lin.dst.k != oVReg {
		return nil
	}
	switch {
	case lin.a.k == oVar && !lin.b.vector():
		K.v, K.linVecA, K.linOther = lin.a.idx, true, lin.b
	case lin.b.k == oVar && !lin.a.vector():
		K.v, K.linOther = lin.b.idx, lin.a
	default:
		return nil
	}
	if K.v == K.gate || K.v == K.last || K.gate == K.last {
		return nil
	}
	gateOp := opnd{k: oVar, idx: K.gate}
	if gmul.op != opMul || gmul.dst.k != oVReg ||
		!((gmul.a == gateOp && gmul.b == lin.dst) || (gmul.b == gateOp && gmul.a == lin.dst)) {
		return nil
	}
	vOp := opnd{k: oVar, idx: K.v}
	if add.op != opMulAdd || add.a.vector() || add.b != gmul.dst || add.c != vOp {
		return nil
	}
	K.step = add.a
	if rn == nil {
		if add.dst != vOp {
			return nil
		}
		return K
	}
	// noise: r4 = gate*c; v = r4*rn + r3
	g2, fin := rest[4], rest[5]
	if add.dst.k != oVReg || rn.dst.k != oVReg || rn.a.vector() {
		return nil
	}
	switch {
	case g2.op == opMul && g2.a == gateOp && !g2.b.vector():
		K.c = g2.b
	case g2.op == opMul && g2.b == gateOp && !g2.a.vector():
		K.c = g2.a
	default:
		return nil
	}
	if g2.dst.k != oVReg || fin.op != opMulAdd || fin.dst != vOp || fin.c != add.dst ||
		!((fin.a == g2.dst && fin.b == rn.dst) || (fin.b == g2.dst && fin.a == rn.dst)) {
		return nil
	}
	K.noise, K.sd = true, rn.a
	if rn.a == (opnd{}) {
		K.sd = opnd{k: oConst, c: 1}
	}
	return K
}

// Crossing is a threshold "x op k" on a program variable, optionally
// and-ed with a 0/1 gate variable (not_refractory), evaluated in the same
// pass as the update by ExecCrossing (which fuses Op ">" only).
type Crossing struct {
	Data []float64 // the variable compared (storage as in the scope)
	Op   string
	K    float64
	Gate []float64 // not_refractory, or nil
	// Flags, when set, holds not_refractory for this step as brought up
	// to date by Program.Advance: the update reads the bitmap instead of
	// computing the flags from lastspike.
	Flags *RefractoryGate
}

// ExecCrossing runs the program for elements [lo, hi) and appends to out
// the indices whose value crosses c after the update. ok is false (and
// nothing ran) when the program or threshold is not of the fused form:
// the caller runs Exec and its own threshold scan instead.
func (p *Program) ExecCrossing(f *Frame, lo, hi int, c *Crossing, out []int32) (_ []int32, ok bool) {
	K := p.lif
	if K == nil || c.Op != ">" || len(c.Data) == 0 || len(p.vars[K.v]) == 0 ||
		&c.Data[0] != &p.vars[K.v][0] {
		return out, false
	}
	gateIsOurs := c.Gate != nil && len(p.vars[K.gate]) > 0 && &c.Gate[0] == &p.vars[K.gate][0]
	if c.Gate != nil && !gateIsOurs {
		return out, false
	}
	var flags *RefractoryGate
	if c.Flags != nil && c.Flags.valid && len(c.Flags.bits) == (len(p.vars[K.gate])+63)/64 {
		flags = c.Flags
	}
	f.prelude()
	return K.run(f, lo, hi, c.K, gateIsOurs, flags, out), true
}

// lifConsts are the loop constants of one run, in the vector kernel's
// layout.
type lifConsts struct {
	base, limit float64 // not refractory: base - lastspike >= limit
	other, s    float64 // the drift is (v - other)*s
	dt          float64
	thr, gmin   float64 // spike: v > thr and gate != gmin
	sd, gc      float64 // the noise term is (gate*gc)*(randn()*sd)
}

// run updates [lo, hi) and appends the crossings of thr (and of a
// gated threshold, only where not refractory). With flags, the
// not_refractory flags are read from its bitmap rather than computed.
func (K *lifKernel) run(f *Frame, lo, hi int, thr float64, gated bool, flags *RefractoryGate, out []int32) []int32 {
	c := lifConsts{thr: thr, limit: K.ts.k * K.ts.c.c}
	c.base = f.sval(K.ts.a) + 1e-3*K.ts.c.c
	c.other, c.s = f.sval(K.linOther), f.sval(K.lin.c)
	if K.lin.op == opSubDiv || K.lin.op == opAddDiv {
		if c.s == 0 || c.s-c.s != 0 {
			// the block program computes the same flags as flags holds
			return K.slow(f, lo, hi, thr, gated, out)
		}
		c.s = 1 / c.s // as addSubScale
	}
	// every form of the drift as (x - o)*s, exactly: other - x is
	// -(x - other) and x + other is x - (-other)
	switch {
	case K.lin.op == opAddDiv || K.lin.op == opAddMul:
		c.other = -c.other
	case !K.linVecA:
		c.s = -c.s
	}
	c.dt = f.sval(K.step)
	// a not-gated threshold: the gate compared with -1 never blocks
	if !gated {
		c.gmin = -1
	}
	if K.noise {
		c.sd, c.gc = f.sval(K.sd), f.sval(K.c)
	}
	if lifVector != nil {
		// the vector kernel reads whole bytes of the bitmap
		a := min(hi, (lo+7)&^7)
		out = K.runScalar(f, lo, a, &c, flags, out)
		if n16 := (hi - a) &^ 15; n16 > 0 {
			out = lifVector(f, K, a, a+n16, &c, flags, out)
			a += n16
		}
		lo = a
	}
	return K.runScalar(f, lo, hi, &c, flags, out)
}

// runScalar is the kernel one element at a time.
func (K *lifKernel) runScalar(f *Frame, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32 {
	if lo >= hi {
		return out
	}
	if flags != nil {
		return K.runScalarFlags(f, lo, hi, c, flags, out)
	}
	p := f.p
	g := p.vars[K.gate][lo:hi]
	ls := p.vars[K.last][lo:hi]
	v := p.vars[K.v][lo:hi]
	ls, v = ls[:len(g)], v[:len(g)]
	base, limit, other, s, dt, thr, gmin := c.base, c.limit, c.other, c.s, c.dt, c.thr, c.gmin
	if !K.noise {
		for j := range g {
			if nr := b2f(base-ls[j] >= limit); g[j] != nr {
				g[j] = nr
			}
			gj, x := g[j], v[j]
			x = float64(dt*float64(gj*float64(float64(x-other)*s))) + x
			v[j] = x
			if x > thr && gj != gmin {
				out = append(out, int32(lo+j))
			}
		}
		return out
	}
	sd, gc := c.sd, c.gc
	st := f.rng.s // the counter stays in a register
	for j := range g {
		if nr := b2f(base-ls[j] >= limit); g[j] != nr {
			g[j] = nr
		}
		gj, x := g[j], v[j]
		x1 := float64(dt*float64(gj*float64(float64(x-other)*s))) + x
		st += smGamma
		u := smMix(st)
		n, ok := zigCore(u)
		if !ok {
			n = f.rng.finishNormal(u)
		}
		x1 = float64(float64(gj*gc)*float64(n*sd)) + x1
		v[j] = x1
		if x1 > thr && gj != gmin {
			out = append(out, int32(lo+j))
		}
	}
	f.rng.s = st
	return out
}

// runScalarFlags is runScalar with the flags read from the bitmap.
func (K *lifKernel) runScalarFlags(f *Frame, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32 {
	v := f.p.vars[K.v][lo:hi]
	other, s, dt, thr, gmin := c.other, c.s, c.dt, c.thr, c.gmin
	for j := range v {
		gj, x := flags.bit(lo+j), v[j]
		x = float64(dt*float64(gj*float64(float64(x-other)*s))) + x
		if K.noise {
			u := f.rng.next()
			n, ok := zigCore(u)
			if !ok {
				n = f.rng.finishNormal(u)
			}
			x = float64(float64(gj*c.gc)*float64(n*c.sd)) + x
		}
		v[j] = x
		if x > thr && gj != gmin {
			out = append(out, int32(lo+j))
		}
	}
	return out
}

// finishMisses completes the elements of a vector pass whose normal draw
// left the ziggurat's rectangle: the vector kernel stored their noise-free
// value and did not test them. s0 is the main counter before element lo;
// out[start:] holds the pass's spikes, in order, and the misses' spikes
// are merged into it. The gate is read where the kernel read it (the
// bitmap, with flags: not_refractory is then not in cache).
func (K *lifKernel) finishMisses(f *Frame, lo int, s0 uint64, miss []int32, c *lifConsts, flags *RefractoryGate, out []int32, start int) []int32 {
	g, v := f.p.vars[K.gate], f.p.vars[K.v]
	var late []int32
	for _, e := range miss {
		u := smMix(s0 + uint64(int(e)-lo+1)*smGamma)
		n := f.rng.finishNormal(u)
		ge := 0.0
		if flags != nil {
			ge = flags.bit(int(e))
		} else {
			ge = g[e]
		}
		x := float64(float64(ge*c.gc)*float64(n*c.sd)) + v[e]
		v[e] = x
		if x > c.thr && ge != c.gmin {
			late = append(late, e)
		}
	}
	if len(late) == 0 {
		return out
	}
	// merge from the back: both runs are ascending
	i, k := len(out)-1, len(late)-1
	out = append(out, late...)
	for w := len(out) - 1; k >= 0; w-- {
		if i >= start && out[i] > late[k] {
			out[w] = out[i]
			i--
		} else {
			out[w] = late[k]
			k--
		}
	}
	return out
}

// slow is the block path plus a scan, for the rare constants the fused
// loop does not handle (division by zero or infinity).
func (K *lifKernel) slow(f *Frame, lo, hi int, thr float64, gated bool, out []int32) []int32 {
	f.p.execBlocks(f, lo, hi, nil)
	v, g := f.p.vars[K.v], f.p.vars[K.gate]
	for j := lo; j < hi; j++ {
		if v[j] > thr && (!gated || g[j] != 0) {
			out = append(out, int32(j))
		}
	}
	return out
}
