package sim

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/integrate"
	"github.com/gobrian/gobrian/sim/simerr"
)

// checkEquationUnits is Brian's Equations.check_units.
func (g *NeuronGroup) checkEquationUnits(s expr.Scope) error {
	for _, q := range g.eqs.List {
		switch q.Type {
		case equations.Differential:
			if err := expr.CheckDims(strings.TrimSpace(q.Expr), q.Node, q.Dim.Div(second), s); err != nil {
				return chainDims(fmt.Sprintf("Inconsistent units in differential equation defining variable '%s':", q.Name), err)
			}
		case equations.Subexpression:
			if err := expr.CheckDims(strings.TrimSpace(q.Expr), q.Node, q.Dim, s); err != nil {
				return chainDims(fmt.Sprintf("Inconsistent units in subexpression %s:\n%%", q.Name), err)
			}
		}
	}
	return nil
}

func chainDims(prefix string, err error) error {
	de, ok := err.(*simerr.DimensionMismatchError)
	if !ok {
		return err
	}
	sep := "\n"
	if strings.HasSuffix(prefix, "%") {
		sep = ""
	}
	return &simerr.DimensionMismatchError{Desc: prefix + sep + de.Desc, Dims: de.Dims, Err: de}
}

func (g *NeuronGroup) prepareUpdate(rc *runContext) error {
	if err := g.checkLinks(); err != nil {
		return err
	}
	g.rt.key = rc.key ^ hashName(g.name)
	b := g.newScope(0, g.n, rc.resolver)
	var nodes []expr.Node
	for _, q := range g.eqs.List {
		if q.Node != nil {
			nodes = append(nodes, q.Node)
		}
	}
	if err := b.resolve(expr.Identifiers(nodes...)); err != nil {
		return err
	}
	generated := []string{"dt"}
	var refCode []expr.Stmt
	if ref := g.opts.Refractory; ref != nil {
		code, err := g.refractoryCode(b)
		if err != nil {
			return err
		}
		refCode = code
		generated = append(generated, stmtIDs(refCode)...)
	}
	if err := b.resolveGenerated(generated); err != nil {
		return err
	}
	s := b.scope()
	if err := g.checkEquationUnits(b.dimScope()); err != nil {
		return err
	}
	var code []expr.Stmt
	if len(g.eqs.List) > 0 {
		method := g.opts.Method
		if method == "" {
			c, err := integrate.Choose(g.eqs, nil, s)
			if err != nil {
				return err
			}
			if len(c.Code) > 0 && !g.methodLogged {
				// said at the group's first run only, as Brian
				g.methodLogged = true
				g.env.logf(LogInfo, "brian2.stateupdaters.base.method_choice", "%s", integrate.InfoMessage(g.name, c))
			}
			code = c.Code
		} else {
			c, err := integrate.StateUpdate(g.eqs, method, s)
			if err != nil {
				return err
			}
			code = c
		}
	}
	code = append(refCode, code...)
	if len(code) == 0 {
		g.rt.update = nil
		return nil
	}
	p, err := expr.Compile(code, s)
	if err != nil {
		return err
	}
	g.rt.update = newCompiled(p)
	return nil
}

func (g *NeuronGroup) refractoryCode(b *scopeBuilder) ([]expr.Stmt, error) {
	ref := g.opts.Refractory
	if ref.Expr == "" {
		line := fmt.Sprintf("not_refractory = timestep(t - lastspike, dt) >= timestep(%s, dt)", reprFloat(ref.Time))
		return expr.ParseCode(line)
	}
	n, err := expr.ParseExpr(ref.Expr)
	if err != nil {
		return nil, err
	}
	n = g.expandSubexpressions(n)
	if err := b.resolve(expr.Identifiers(n)); err != nil {
		return nil, err
	}
	d, err := expr.Dims(n, b.scope())
	if err != nil {
		return nil, err
	}
	switch {
	case d == second:
		return expr.ParseCode(fmt.Sprintf("not_refractory = timestep(t - lastspike, dt) >= timestep(%s, dt)", expr.Render(n)))
	case d.IsDimensionless():
		if expr.KindOf(n, b.scope()) != expr.Bool {
			return nil, simerr.New(simerr.TypeError, "Refractory expression is dimensionless but not a boolean value. It needs to either evaluate to a timespan or to a boolean value.")
		}
		return expr.ParseCode(fmt.Sprintf("not_refractory = not_refractory or not (%s)", expr.Render(n)))
	}
	return nil, simerr.New(simerr.TypeError, "Refractory expression has to evaluate to a timespan or a boolean value, expression'%s' has units %s instead", ref.Expr, d.String())
}

func reprFloat(f float64) string { return fmt.Sprintf("%.17g", f) }

func hashName(s string) uint64 {
	h := uint64(14695981039346656037)
	for k := 0; k < len(s); k++ {
		h ^= uint64(s[k])
		h *= 1099511628211
	}
	return h
}

func (g *NeuronGroup) stepUpdate(rc *runContext) error {
	if g.rt.update == nil {
		return nil
	}
	if !g.rt.fused {
		g.rt.update.exec(0, g.n, g.rt.key, uint64(g.clock.i), nil)
		return nil
	}
	// update and threshold each chunk while it is in cache
	parts := g.resetSpikeParts()
	step := uint64(g.clock.i)
	if x := g.rt.cross; x != nil {
		x.Flags = nil
		if gt := g.rt.gate; gt != nil {
			if g.rt.update.prog.Advance(g.rt.update.frames[0], gt) {
				x.Flags = gt
			} else {
				// not of the form the gate works with: back to computing
				// the flags every step
				gt.Materialize(g.vars["not_refractory"].data)
				g.rt.gate = nil
			}
		}
	}
	sink := g.spikeSink(parts)
	forChunks(0, g.n, len(g.rt.update.frames), func(w, ch, a, b int) {
		if x := g.rt.cross; x != nil {
			if out, ok := g.rt.update.runCrossing(w, ch, a, b, g.rt.key, step, x, parts[ch]); ok {
				parts[ch] = out
				return
			}
		}
		g.rt.update.run(w, ch, a, b, g.rt.key, step, nil)
		if g.rt.fast != nil {
			parts[ch] = g.rt.fast.scan(a, b, parts[ch])
			return
		}
		g.rt.thresh.run(w, ch, a, b, g.rt.key, step, sink)
	})
	return nil
}

func (g *NeuronGroup) resetSpikeParts() [][]int32 {
	chunks := (g.n + chunkSize - 1) / chunkSize
	if cap(g.rt.spikeParts) < chunks {
		g.rt.spikeParts = make([][]int32, chunks)
	}
	parts := g.rt.spikeParts[:chunks]
	for k := range parts {
		parts[k] = parts[k][:0]
	}
	return parts
}

func (g *NeuronGroup) spikeSink(parts [][]int32) func(ch, lo int, vals []float64) {
	return func(ch, lo int, vals []float64) {
		p := parts[ch]
		for j, v := range vals {
			if v != 0 {
				p = append(p, int32(lo+j))
			}
		}
		parts[ch] = p
	}
}

func (g *NeuronGroup) prepareThreshold(rc *runContext) error {
	b := g.newScope(0, g.n, rc.resolver)
	n, err := expr.ParseExpr(g.opts.Threshold)
	if err != nil {
		return err
	}
	n = g.expandSubexpressions(n)
	if err := b.resolve(expr.Identifiers(n)); err != nil {
		return err
	}
	s := b.scope()
	if _, err := expr.Dims(n, s); err != nil {
		return err
	}
	if expr.KindOf(n, s) != expr.Bool {
		return simerr.New(simerr.TypeError, "Threshold condition '%s' is not a boolean expression", g.opts.Threshold)
	}
	var nr []float64
	if g.opts.Refractory != nil {
		nr = g.vars["not_refractory"].data
	}
	g.rt.fast = detectFastThreshold(n, s, nr)
	g.rt.cross = nil
	if f := g.rt.fast; f != nil && f.other == nil {
		g.rt.cross = &expr.Crossing{Data: f.data, Op: f.op, K: f.k, Gate: f.nr}
	}
	if g.opts.Refractory != nil {
		n = &expr.Binary{Op: "and", X: n, Y: expr.Id("not_refractory")}
	}
	p, err := expr.CompileExpr(n, s)
	if err != nil {
		return err
	}
	g.rt.thresh = newCompiled(p)
	g.rt.fused = g.rt.update != nil && len(g.ps) > 1 && rc.next[g.ps[0]] == g.ps[1] && g.ps[0].clock == g.ps[1].clock
	g.rt.gate = nil
	if g.rt.fused && g.rt.cross != nil && g.rt.cross.Gate != nil && g.opts.Refractory.Expr == "" &&
		g.rt.update.prog.HasLIFKernel() {
		// kept from run to run for its buffers; its flags are recomputed
		// at the first step
		if g.rt.gateStore == nil {
			g.rt.gateStore = expr.NewRefractoryGate(g.n)
		}
		g.rt.gate = g.rt.gateStore
		g.rt.gate.Invalidate()
		rc.gated = append(rc.gated, g)
	}
	return nil
}

func (g *NeuronGroup) stepThreshold(rc *runContext) error {
	g.spikes = g.spikes[:0]
	parts := g.rt.spikeParts
	if !g.rt.fused {
		parts = g.resetSpikeParts()
		if f := g.rt.fast; f != nil {
			forChunks(0, g.n, len(g.rt.thresh.frames), func(_, ch, a, b int) {
				parts[ch] = f.scan(a, b, parts[ch])
			})
		} else {
			g.rt.thresh.exec(0, g.n, g.rt.key, uint64(g.clock.i), g.spikeSink(parts))
		}
	}
	for _, p := range parts {
		g.spikes = append(g.spikes, p...)
	}
	if g.opts.Refractory != nil && len(g.spikes) > 0 {
		nr, ls := g.vars["not_refractory"].data, g.vars["lastspike"].data
		t := g.clock.T()
		// a lazy gate keeps not_refractory until the run ends
		lazy := g.rt.gate != nil && g.rt.gate.Lazy()
		for _, k := range g.spikes {
			if !lazy {
				nr[k] = 0
			}
			ls[k] = t
		}
		if g.rt.gate != nil {
			g.rt.gate.Spiked(g.spikes, t)
		}
	}
	return nil
}

func (g *NeuronGroup) prepareReset(rc *runContext) error {
	stmts, err := expr.ParseCode(g.opts.Reset)
	if err != nil {
		return err
	}
	c, err := g.newScope(0, g.n, rc.resolver).compile(g.expandStmts(stmts))
	if err != nil {
		return err
	}
	g.rt.reset = c
	return nil
}

func (g *NeuronGroup) stepReset(rc *runContext) error {
	g.rt.reset.execIndices(g.spikes, g.rt.key^1, uint64(g.clock.i), nil)
	return nil
}
