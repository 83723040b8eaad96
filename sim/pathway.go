package sim

import (
	"math"
	"slices"
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/integrate"
	"github.com/gobrian/gobrian/sim/simerr"
)

// pathway delivers the spikes of one side to the synapses and runs the
// on_pre / on_post code, with per-synapse delays (pre only).
type pathway struct {
	s    *Synapses
	spec Pathway
	prog *compiled
	// the code writes through the target's (post) or the source's (pre)
	// index map: events run in batches without a repeated neuron there
	batchPost, batchPre bool
	rest, next          []int32 // batching buffers
	rank, start, level  []int32
	sameDelay           int // the delay (steps) of every synapse, or -1
	out                 [][]int32
	queue               [][]int32
	head                int
	delays              []int32
	mark                []int32
	stamp               int32
}

func (s *Synapses) addPathway(spec Pathway) {
	pw := &pathway{s: s, spec: spec}
	s.pathways = append(s.pathways, pw)
	order := -1
	if spec.Side == "post" {
		order = 1
	}
	s.ps = append(s.ps, &part{owner: s, name: s.name + "_" + spec.Name, when: "synapses", order: s.opts.Order + order,
		clock: s.core.clock, prepare: pw.prepare, step: pw.step})
}

// triggers are the neurons (absolute indices) of the pathway's side whose
// event occurred this step.
func (pw *pathway) triggers(src Source) []int32 {
	g := src.Group()
	if pw.spec.Event == "" || pw.spec.Event == "spike" {
		return g.spikes
	}
	idx, _ := g.EventIndices(pw.spec.Event)
	return idx
}

func (pw *pathway) prepare(rc *runContext) error {
	s := pw.s
	g := s.core
	stmts, err := expr.ParseCode(pw.spec.Code)
	if err != nil {
		return err
	}
	stmts = g.expandStmts(stmts)
	stmts = s.conditionalWrites(stmts)
	var update []expr.Stmt
	if len(s.eventDriven) > 0 {
		if update, err = s.eventDrivenCode(rc); err != nil {
			return err
		}
		update = append(update, expr.Stmt{Var: "lastupdate", Op: "=", Expr: expr.Id("t"), Src: "lastupdate = t"})
	}
	b := g.newScope(0, g.n, rc.resolver)
	if err := b.resolve(stmtIDs(stmts)); err != nil {
		return err
	}
	// the event-driven update is generated: its t, dt and lastupdate are
	// not the user's (no conflict warning), its equation names are
	var user, generated []string
	for _, id := range stmtIDs(update) {
		switch id {
		case "t", "dt", "lastupdate":
			generated = append(generated, id)
		default:
			user = append(user, id)
		}
	}
	if err := b.resolve(user); err != nil {
		return err
	}
	if err := b.resolveGenerated(generated); err != nil {
		return err
	}
	sc := b.scope()
	if _, err := expr.CheckStatements(stmts, sc); err != nil {
		return err
	}
	code := append(update[:len(update):len(update)], stmts...)
	if len(update) > 0 {
		// lastupdate = t goes after the user's code, as Brian
		code = append(append(append([]expr.Stmt(nil), update[:len(update)-1]...), stmts...), update[len(update)-1])
	}
	prog, err := expr.Compile(code, sc)
	if err != nil {
		return err
	}
	pw.prog = newCompiled(prog)
	pw.batchPost, pw.batchPre = prog.WritesThrough(s.postAbs), prog.WritesThrough(s.preAbs)
	if prog.WritesIndirect() && !pw.batchPost && !pw.batchPre {
		pw.batchPost, pw.batchPre = true, true // through a map we do not know: both
	}
	// outgoing synapses per neuron of the spiking side, in synapse order
	src := s.source
	idx := g.vars["i"].data
	if pw.spec.Side == "post" {
		src, idx = s.target, g.vars["j"].data
	}
	a, b2 := src.Span()
	pw.out = make([][]int32, b2-a)
	for k := range g.n {
		r := int(idx[k])
		pw.out[r] = append(pw.out[r], int32(k))
	}
	pw.delays = make([]int32, g.n)
	maxd := int32(0)
	if pw.spec.Side == "pre" {
		dt := s.core.clock.dt
		dv := g.vars[DelayVar(pw.spec.Name)]
		for k := range pw.delays {
			d := dv.data[0]
			if !dv.Shared {
				d = dv.data[k]
			}
			steps := int32(math.Round(d / dt))
			if steps < 0 {
				return simerr.New(simerr.ValueError, "Synaptic delays have to be non-negative.")
			}
			pw.delays[k] = steps
			maxd = max(maxd, steps)
		}
	}
	// the common case of one delay for every synapse
	pw.sameDelay = -1
	if len(pw.delays) > 0 && slices.Min(pw.delays) == maxd {
		pw.sameDelay = int(maxd)
	}
	if len(pw.queue) < int(maxd)+1 {
		q := make([][]int32, maxd+1)
		// keep events already queued (a run continuing a previous one)
		for k := range pw.queue {
			q[k] = pw.queue[(pw.head+k)%len(pw.queue)]
		}
		pw.queue, pw.head = q, 0
	}
	if len(pw.mark) < len(s.target.Group().vars["i"].data)+len(s.source.Group().vars["i"].data) {
		pw.mark = make([]int32, len(s.target.Group().vars["i"].data)+len(s.source.Group().vars["i"].data))
		pw.level = make([]int32, len(pw.mark))
	}
	return nil
}

// conditionalWrites freezes postsynaptic variables marked (unless
// refractory) while the target neuron is refractory, as Brian's
// conditional writes: v_post += w becomes
// v_post += int(not_refractory_post)*(w).
func (s *Synapses) conditionalWrites(stmts []expr.Stmt) []expr.Stmt {
	tg := s.target.Group()
	if tg.opts.Refractory == nil {
		return stmts
	}
	out := make([]expr.Stmt, len(stmts))
	for k, st := range stmts {
		out[k] = st
		base := strings.TrimSuffix(st.Var, "_post")
		if _, own := s.core.vars[st.Var]; own {
			continue
		}
		if strings.HasSuffix(st.Var, "_pre") {
			continue
		}
		q, ok := tg.eqs.Get(base)
		if !ok || !q.HasFlag("unless refractory") {
			continue
		}
		nr := &expr.Call{Fn: "int", Args: []expr.Node{expr.Id("not_refractory_post")}}
		switch st.Op {
		case "+=", "-=":
			out[k].Expr = expr.Mul(nr, st.Expr)
		case "=":
			out[k].Expr = expr.Add(expr.Mul(nr, st.Expr), expr.Mul(expr.Sub(expr.N(1), nr), expr.Id(st.Var)))
		}
	}
	return out
}

// eventDrivenCode is the exact update of the (event-driven) variables
// over the time since the last update.
func (s *Synapses) eventDrivenCode(rc *runContext) ([]expr.Stmt, error) {
	sub := &equations.Equations{}
	for _, name := range s.eventDriven {
		for _, q := range s.core.eqs.List {
			if q.Name == name {
				orig := *q
				// recover the differential equation from the model
				sub.List = append(sub.List, &orig)
			}
		}
	}
	for _, q := range sub.List {
		src, _ := s.sourceEquation(q.Name)
		q.Type, q.Node, q.Expr = equations.Differential, src.Node, src.Expr
	}
	code, err := integrate.StateUpdate(sub, "exact", nil)
	if err != nil {
		return nil, simerr.New(simerr.UnsupportedEqs, "Cannot solve the differential equations as event-driven. Use (clock-driven) instead.")
	}
	since := &expr.Binary{Op: "-", X: expr.Id("t"), Y: expr.Id("lastupdate")}
	for k := range code {
		code[k].Expr = expr.Subst(code[k].Expr, map[string]expr.Node{"dt": since})
	}
	return code, nil
}

// sourceEquation finds the original (event-driven) equation.
func (s *Synapses) sourceEquation(name string) (*equations.Equation, bool) {
	return s.model.Get(name)
}

func (pw *pathway) step(rc *runContext) error {
	s := pw.s
	src := s.source
	if pw.spec.Side == "post" {
		src = s.target
	}
	a, b := src.Span()
	queue, delays, out, L := pw.queue, pw.delays, pw.out, len(pw.queue)
	for _, sp := range pw.triggers(src) {
		r := int(sp)
		if r < a || r >= b {
			continue
		}
		if pw.sameDelay >= 0 {
			// one delay for all: the neuron's synapses in one copy
			slot := (pw.head + pw.sameDelay) % L
			queue[slot] = append(queue[slot], out[r-a]...)
			continue
		}
		for _, syn := range out[r-a] {
			slot := (pw.head + int(delays[syn])) % L
			queue[slot] = append(queue[slot], syn)
		}
	}
	events := pw.queue[pw.head]
	pw.queue[pw.head] = events[:0]
	pw.head = (pw.head + 1) % L
	if len(events) == 0 {
		return nil
	}
	step := uint64(s.core.clock.i)
	key := rc.key ^ hashName(s.name+pw.spec.Name)
	if !pw.batchPost && !pw.batchPre {
		pw.prog.execIndices(events, key, step, nil)
		return nil
	}
	// run in batches without a repeated neuron on the written side(s), so
	// that writes through the index maps accumulate as sequential code
	// would: an event goes into the batch after the last one that touched
	// its neuron(s), so each neuron's events keep their order, in one pass
	// however many events a neuron receives
	off := int32(len(s.target.Group().vars["i"].data))
	pw.stamp++
	if cap(pw.rank) < len(events) {
		pw.rank = make([]int32, len(events), len(events)+len(events)/4)
	}
	rank := pw.rank[:len(events)]
	last := int32(0)
	level := func(n int32) int32 {
		if pw.mark[n] == pw.stamp {
			return pw.level[n]
		}
		return 0
	}
	for k, syn := range events {
		t, p := s.postAbs[syn], off+s.preAbs[syn]
		r := int32(0)
		if pw.batchPost {
			r = max(r, level(t))
		}
		if pw.batchPre {
			r = max(r, level(p))
		}
		rank[k] = r
		last = max(last, r)
		if pw.batchPost {
			pw.mark[t], pw.level[t] = pw.stamp, r+1
		}
		if pw.batchPre {
			pw.mark[p], pw.level[p] = pw.stamp, r+1
		}
	}
	// the batches in order: a counting sort of the events by rank
	if cap(pw.start) < int(last)+2 {
		pw.start = make([]int32, last+2)
	}
	start := pw.start[:last+2]
	clear(start)
	for _, r := range rank {
		start[r+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	sorted := append(pw.rest[:0], events...)
	fill := append(pw.next[:0], start[:last+1]...)
	for k, syn := range events {
		r := rank[k]
		sorted[fill[r]] = syn
		fill[r]++
	}
	for r := int32(0); r <= last; r++ {
		pw.prog.execIndices(sorted[start[r]:start[r+1]], key, step, nil)
		step += 1 << 40 // a different random stream per batch
	}
	pw.rest, pw.next = sorted, fill
	return nil
}
