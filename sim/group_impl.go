package sim

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/integrate"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

var second = units.Dim{units.Time: 1}

// groupRuntime is what prepare builds at the start of each run.
type groupRuntime struct {
	update     *compiled
	thresh     *compiled
	reset      *compiled
	key        uint64 // random stream key of this run
	spikeParts [][]int32
	fused      bool // threshold evaluated chunk by chunk right after the update
}

var allowedFlags = map[equations.Type][]string{
	equations.Differential:  {"unless refractory"},
	equations.Parameter:     {"constant", "shared", "linked"},
	equations.Subexpression: {"shared", "constant over dt"},
}

func newNeuronGroup(env *Env, n int, model string, opts GroupOptions) (*NeuronGroup, error) {
	return newGroupNamed(env, n, model, opts, "neurongroup")
}

// newGroupNamed builds a NeuronGroup whose default name starts with base
// (PoissonGroup and SpikeGeneratorGroup are NeuronGroups underneath).
func newGroupNamed(env *Env, n int, model string, opts GroupOptions, base string) (*NeuronGroup, error) {
	if n < 1 {
		return nil, errorf(simerr.ValueError, "Number of neurons has to be positive, is %d.", n)
	}
	eqs, err := equations.Parse(model)
	if err != nil {
		return nil, err
	}
	for _, q := range eqs.List {
		for _, f := range q.Flags {
			ok := false
			for _, a := range allowedFlags[q.Type] {
				ok = ok || a == f
			}
			if !ok {
				return nil, errorf(simerr.ValueError, "Equations of type '%s' cannot have the flag '%s'.", typeName(q.Type), f)
			}
		}
	}
	// syntax of the code is checked now, names and units at run time
	for _, code := range []string{opts.Threshold} {
		if code != "" {
			if _, err := expr.ParseExpr(code); err != nil {
				return nil, err
			}
		}
	}
	if opts.Reset != "" {
		if _, err := expr.ParseCode(opts.Reset); err != nil {
			return nil, err
		}
	}
	g := &NeuronGroup{env: env, n: n, opts: opts, vars: map[string]*Variable{}}
	if opts.Name == "" {
		g.name = env.UniqueName(base)
	} else if err := env.ReserveName(opts.Name); err != nil {
		return nil, err
	} else {
		g.name = opts.Name
	}
	g.clock = clockFor(env, opts.Sched)
	if opts.Refractory != nil {
		eqs = addRefractoriness(eqs)
	}
	g.eqs = eqs
	for _, q := range eqs.List {
		if q.Type == equations.Subexpression {
			g.order = append(g.order, q.Name)
			continue
		}
		size := n
		if q.HasFlag("shared") {
			size = 1
		}
		v := &Variable{Name: q.Name, Dim: q.Dim, Kind: Kind(q.VarType), Shared: size == 1 && q.HasFlag("shared"),
			Constant: q.HasFlag("constant"), data: make([]float64, size)}
		g.vars[q.Name] = v
		g.order = append(g.order, q.Name)
	}
	if opts.Refractory != nil {
		fill(g.vars["lastspike"].data, -1e4)
		fill(g.vars["not_refractory"].data, 1)
	}
	idx := make([]float64, n)
	for k := range idx {
		idx[k] = float64(k)
	}
	g.vars["i"] = &Variable{Name: "i", Kind: Integer, Constant: true, ReadOnly: true, data: idx}
	g.order = append(g.order, "i")
	g.ps = []*part{
		{owner: g, name: g.name + "_stateupdater", when: "groups", order: opts.Order, clock: g.clock,
			prepare: g.prepareUpdate, step: g.stepUpdate},
	}
	if opts.Threshold != "" {
		g.ps = append(g.ps, &part{owner: g, name: g.name + "_spike_thresholder", when: "thresholds", order: opts.Order,
			clock: g.clock, prepare: g.prepareThreshold, step: g.stepThreshold})
		if opts.Reset != "" {
			g.ps = append(g.ps, &part{owner: g, name: g.name + "_spike_resetter", when: "resets", order: opts.Order,
				clock: g.clock, prepare: g.prepareReset, step: g.stepReset})
		}
	}
	g.rt = &groupRuntime{}
	if len(opts.Events) > 0 {
		if err := g.addEventParts(); err != nil {
			env.ReleaseName(g.name)
			return nil, err
		}
	}
	return g, nil
}

func typeName(t equations.Type) string {
	switch t {
	case equations.Differential:
		return "differential equation"
	case equations.Subexpression:
		return "subexpression"
	}
	return "parameter"
}

func fill(s []float64, v float64) {
	for k := range s {
		s[k] = v
	}
}

// addRefractoriness adds not_refractory and lastspike and freezes the
// (unless refractory) equations, as Brian's add_refractoriness.
func addRefractoriness(eqs *equations.Equations) *equations.Equations {
	out := &equations.Equations{}
	for _, q := range eqs.List {
		if q.Type == equations.Differential && q.HasFlag("unless refractory") {
			c := *q
			c.Expr = "int(not_refractory)*(" + q.Expr + ")"
			c.Node = &expr.Binary{Op: "*", X: &expr.Call{Fn: "int", Args: []expr.Node{expr.Id("not_refractory")}}, Y: q.Node}
			q = &c
		}
		out.List = append(out.List, q)
	}
	out.List = append(out.List,
		&equations.Equation{Type: equations.Parameter, Name: "not_refractory", VarType: equations.Boolean, Unit: "boolean"},
		&equations.Equation{Type: equations.Parameter, Name: "lastspike", Dim: second, Unit: "second"})
	return out
}

func clockFor(env *Env, s Sched) *Clock {
	switch {
	case s.Clock != nil:
		return s.Clock
	case s.DT > 0:
		return &Clock{name: env.UniqueName("clock"), dt: s.DT}
	}
	return env.DefaultClock
}

// scopeFor builds the name resolution for code over elements
// [start, stop) of the group: group variables, t, dt, N, i, then external
// names from the resolver (warning on conflicts as Brian).
type scopeBuilder struct {
	g           *NeuronGroup
	start, stop int
	r           Resolver
	clock       *Clock
	ext         map[string]*expr.Symbol
	err         error
}

func (g *NeuronGroup) newScope(start, stop int, r Resolver) *scopeBuilder {
	if g.opts.Namespace != nil {
		r = g.opts.Namespace
	}
	return &scopeBuilder{g: g, start: start, stop: stop, r: r, clock: g.clock, ext: map[string]*expr.Symbol{}}
}

func (b *scopeBuilder) internal(name string) (*expr.Symbol, bool) {
	g := b.g
	if g.hook != nil {
		if s, ok := g.hook(name); ok {
			return s, true
		}
	}
	switch name {
	case "t":
		return &expr.Symbol{Class: expr.Scalar, Ref: &b.clock.tval, Dim: second, ReadOnly: true}, true
	case "dt":
		return &expr.Symbol{Class: expr.Const, Value: b.clock.dt, Dim: second, ReadOnly: true}, true
	case "N":
		return &expr.Symbol{Class: expr.Const, Value: float64(b.stop - b.start), Kind: expr.Int, ReadOnly: true}, true
	case "i":
		return &expr.Symbol{Class: expr.Index, Offset: b.start, Kind: expr.Int, ReadOnly: true}, true
	}
	if v, ok := g.vars[name]; ok {
		s := &expr.Symbol{Class: expr.Vector, Data: v.data, Dim: v.Dim, Kind: expr.Kind(v.Kind), ReadOnly: v.ReadOnly}
		if v.Shared {
			s.Class = expr.Scalar
			s.Ref = &v.data[0]
		}
		return s, true
	}
	return nil, false
}

// dimScope is scope plus the noise symbols (xi has unit second**-0.5),
// for checking equations; compiled code defines xi itself.
func (b *scopeBuilder) dimScope() expr.Scope {
	s := b.scope()
	return func(name string) (*expr.Symbol, bool) {
		if integrate.IsNoise(name) {
			return &expr.Symbol{Class: expr.Vector, Dim: units.Dim{units.Time: -0.5}}, true
		}
		if q, ok := b.g.subexpression(name); ok {
			return &expr.Symbol{Class: expr.Vector, Dim: q.Dim, Kind: expr.Kind(q.VarType)}, true
		}
		return s(name)
	}
}

// resolve checks that every identifier is known, resolving external ones
// (Brian's KeyError otherwise), and warns when an internal name also
// exists externally with a different value.
func (b *scopeBuilder) resolve(ids []string) error {
	for _, id := range ids {
		if _, ok := b.ext[id]; ok {
			continue
		}
		if isBuiltinName(id) || integrate.IsNoise(id) {
			continue
		}
		if _, isSub := b.g.subexpression(id); isSub {
			continue // substituted by its definition
		}
		sym, internal := b.internal(id)
		var val Value
		found := false
		if b.r != nil && !integrate.IsNoise(id) {
			val, found = b.r(id)
		}
		if internal {
			if found && !sameValue(sym, val) {
				b.g.env.logOnce(LogWarning, "brian2.groups.group.Group.resolve.resolution_conflict",
					fmt.Sprintf("'%s' is an internal variable of group '%s', but also exists in the run namespace with the value %s. The internal variable will be used.",
						id, b.g.name, b.g.env.formatValue(val)))
			}
			continue
		}
		if !found {
			// Brian's default namespace: units are always known
			if u, ok := units.Lookup(id); ok && id != "1" {
				val, found = Value{Scalar: u.Scale, Dim: u.Dim}, true
			}
		}
		if !found {
			return simerr.New(simerr.KeyError, "The identifier \"%s\" could not be resolved.", id)
		}
		s := &expr.Symbol{Class: expr.Const, Value: val.Scalar, Dim: val.Dim, ReadOnly: true}
		if val.Table != nil {
			s = &expr.Symbol{Class: expr.Function, Table: val.Table, Dim: val.Table.Dim, ReadOnly: true}
		} else if val.Array != nil {
			if len(val.Array) != b.g.n {
				return simerr.New(simerr.ValueError, "External array '%s' has %d values, group '%s' has %d elements.", id, len(val.Array), b.g.name, b.g.n)
			}
			s = &expr.Symbol{Class: expr.Vector, Data: val.Array, Dim: val.Dim, ReadOnly: true}
		}
		if val.Array == nil && val.Scalar == float64(int64(val.Scalar)) && val.Dim.IsDimensionless() {
			s.Kind = expr.Float
		}
		b.ext[id] = s
	}
	return nil
}

func isBuiltinName(id string) bool {
	switch id {
	case "pi", "e", "inf", "True", "False":
		return true
	}
	return false
}

func sameValue(s *expr.Symbol, v Value) bool {
	if v.Array != nil || s.Dim != v.Dim {
		return false
	}
	return s.Class == expr.Const && s.Value == v.Scalar
}

func (b *scopeBuilder) scope() expr.Scope {
	return func(name string) (*expr.Symbol, bool) {
		if s, ok := b.internal(name); ok {
			return s, true
		}
		s, ok := b.ext[name]
		return s, ok
	}
}

// expandSubexpressions substitutes subexpression names by their
// definitions (recursively).
func (g *NeuronGroup) expandSubexpressions(n expr.Node) expr.Node {
	for range 32 {
		m := map[string]expr.Node{}
		for _, id := range expr.Identifiers(n) {
			if q, ok := g.eqs.Get(id); ok && q.Type == equations.Subexpression {
				m[id] = q.Node
			}
		}
		if len(m) == 0 {
			return n
		}
		n = expr.Subst(n, m)
	}
	return n
}

func (g *NeuronGroup) expandStmts(stmts []expr.Stmt) []expr.Stmt {
	out := make([]expr.Stmt, len(stmts))
	for k, s := range stmts {
		s.Expr = g.expandSubexpressions(s.Expr)
		out[k] = s
	}
	return out
}

func stmtIDs(stmts []expr.Stmt) []string {
	var nodes []expr.Node
	assigned := map[string]bool{}
	var ids []string
	for _, s := range stmts {
		nodes = append(nodes, s.Expr)
		for _, id := range expr.Identifiers(s.Expr) {
			if !assigned[id] {
				ids = append(ids, id)
			}
		}
		assigned[s.Var] = true
	}
	return ids
}

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
	g.rt.key = rc.key ^ hashName(g.name)
	b := g.newScope(0, g.n, rc.resolver)
	var nodes []expr.Node
	for _, q := range g.eqs.List {
		if q.Node != nil {
			nodes = append(nodes, q.Node)
		}
	}
	ids := append(expr.Identifiers(nodes...), "dt")
	var refCode []expr.Stmt
	if ref := g.opts.Refractory; ref != nil {
		code, err := g.refractoryCode(b)
		if err != nil {
			return err
		}
		refCode = code
		ids = append(ids, stmtIDs(refCode)...)
	}
	if err := b.resolve(ids); err != nil {
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
			if len(c.Code) > 0 {
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
	sink := g.spikeSink(parts)
	forChunks(0, g.n, len(g.rt.update.frames), func(w, ch, a, b int) {
		g.rt.update.run(w, ch, a, b, g.rt.key, step, nil)
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
	if g.opts.Refractory != nil {
		n = &expr.Binary{Op: "and", X: n, Y: expr.Id("not_refractory")}
	}
	p, err := expr.CompileExpr(n, s)
	if err != nil {
		return err
	}
	g.rt.thresh = newCompiled(p)
	g.rt.fused = g.rt.update != nil && len(g.ps) > 1 && rc.next[g.ps[0]] == g.ps[1] && g.ps[0].clock == g.ps[1].clock
	return nil
}

func (g *NeuronGroup) stepThreshold(rc *runContext) error {
	g.spikes = g.spikes[:0]
	parts := g.rt.spikeParts
	if !g.rt.fused {
		parts = g.resetSpikeParts()
		g.rt.thresh.exec(0, g.n, g.rt.key, uint64(g.clock.i), g.spikeSink(parts))
	}
	for _, p := range parts {
		g.spikes = append(g.spikes, p...)
	}
	if g.opts.Refractory != nil && len(g.spikes) > 0 {
		nr, ls := g.vars["not_refractory"].data, g.vars["lastspike"].data
		t := g.clock.T()
		for _, k := range g.spikes {
			nr[k] = 0
			ls[k] = t
		}
	}
	return nil
}

func (g *NeuronGroup) prepareReset(rc *runContext) error {
	stmts, err := expr.ParseCode(g.opts.Reset)
	if err != nil {
		return err
	}
	stmts = g.expandStmts(stmts)
	b := g.newScope(0, g.n, rc.resolver)
	if err := b.resolve(stmtIDs(stmts)); err != nil {
		return err
	}
	s := b.scope()
	if _, err := expr.CheckStatements(stmts, s); err != nil {
		return err
	}
	p, err := expr.Compile(stmts, s)
	if err != nil {
		return err
	}
	g.rt.reset = newCompiled(p)
	return nil
}

func (g *NeuronGroup) stepReset(rc *runContext) error {
	g.rt.reset.execIndices(g.spikes, g.rt.key^1, uint64(g.clock.i), nil)
	return nil
}

// setExpr evaluates "name = expr" for elements [start, stop) where cond
// holds.
func (g *NeuronGroup) setExpr(start, stop int, name, src, cond string, r Resolver) error {
	if cond == "" || strings.TrimSpace(cond) == "True" {
		idx := make([]int, stop-start)
		for k := range idx {
			idx[k] = k
		}
		return g.setExprIdx(start, name, src, idx, r, stop)
	}
	vals, _, err := g.eval(start, stop, cond, r)
	if err != nil {
		return err
	}
	var idx []int
	for k, v := range vals {
		if v != 0 {
			idx = append(idx, k)
		}
	}
	return g.setExprIdx(start, name, src, idx, r, stop)
}

// setExprIdx assigns for element indices relative to start (a subgroup's
// own numbering, i counting from 0 there).
func (g *NeuronGroup) setExprIdx(start int, name, src string, idx []int, r Resolver, stop ...int) error {
	end := g.n
	if len(stop) > 0 {
		end = stop[0]
	}
	v, ok := g.vars[name]
	if !ok {
		if q, isSub := g.eqs.Get(name); isSub && q.Type == equations.Subexpression {
			return simerr.New(simerr.TypeError, "Cannot assign to subexpression '%s'.", name)
		}
		return simerr.New("AttributeError", "No attribute with name %s", name)
	}
	if v.ReadOnly {
		return simerr.New(simerr.TypeError, "Variable %s is read-only.", name)
	}
	line := name + " = " + strings.TrimSpace(src)
	stmts, err := expr.ParseCode(line)
	if err != nil {
		return err
	}
	stmts = g.expandStmts(stmts)
	b := g.newScope(start, end, r)
	if err := b.resolve(stmtIDs(stmts)); err != nil {
		return err
	}
	s := b.scope()
	if _, err := expr.CheckStatements(stmts, s); err != nil {
		return err
	}
	p, err := expr.Compile(stmts, s)
	if err != nil {
		return err
	}
	c := newCompiled(p)
	key := g.env.nextStream()
	abs := make([]int32, len(idx))
	for k, i := range idx {
		if i < 0 || start+i >= end {
			return simerr.New(simerr.IndexError, "index %d is out of bounds for size %d", i, end-start)
		}
		abs[k] = int32(start + i)
	}
	if v.Shared {
		c.exec(0, 1, key, 0, nil)
		return nil
	}
	if len(abs) == end-start && (len(abs) == 0 || abs[0] == int32(start)) {
		c.exec(start, end, key, 0, nil)
		return nil
	}
	c.execIndices(abs, key, 0, nil)
	return nil
}

// eval evaluates an expression for elements [start, stop).
func (g *NeuronGroup) eval(start, stop int, src string, r Resolver) ([]float64, units.Dim, error) {
	n, err := expr.ParseExpr(src)
	if err != nil {
		return nil, units.Dim{}, err
	}
	n = g.expandSubexpressions(n)
	b := g.newScope(start, stop, r)
	if err := b.resolve(expr.Identifiers(n)); err != nil {
		return nil, units.Dim{}, err
	}
	s := b.scope()
	d, err := expr.Dims(n, s)
	if err != nil {
		return nil, units.Dim{}, err
	}
	p, err := expr.CompileExpr(n, s)
	if err != nil {
		return nil, units.Dim{}, err
	}
	out := make([]float64, stop-start)
	c := newCompiled(p)
	c.exec(start, stop, g.env.nextStream(), 0, func(_ int, lo int, vals []float64) {
		copy(out[lo-start:], vals)
	})
	return out, d, nil
}

// subexpression returns the definition of a subexpression variable.
func (g *NeuronGroup) subexpression(name string) (*equations.Equation, bool) {
	q, ok := g.eqs.Get(name)
	if !ok || q.Type != equations.Subexpression {
		return nil, false
	}
	return q, true
}
