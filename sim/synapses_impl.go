package sim

import (
	"math"
	"regexp"
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/integrate"
	"github.com/gobrian/gobrian/sim/simerr"
)

var synapseFlags = map[equations.Type][]string{
	equations.Differential:  {"event-driven", "clock-driven"},
	equations.Parameter:     {"constant", "shared"},
	equations.Subexpression: {"shared", "constant over dt", "summed"},
}

func newSynapses(env *Env, source, target Source, model string, opts SynapsesOptions) (*Synapses, error) {
	eqs, err := equations.Parse(model)
	if err != nil {
		return nil, err
	}
	s := &Synapses{env: env, source: source, target: target, opts: opts, model: eqs}
	core := &equations.Equations{}
	for _, q := range eqs.List {
		for _, f := range q.Flags {
			ok := false
			for _, a := range synapseFlags[q.Type] {
				ok = ok || a == f
			}
			if !ok {
				return nil, errorf(simerr.ValueError, "Equations of type '%s' cannot have the flag '%s'.", typeName(q.Type), f)
			}
		}
		if q.Type == equations.Differential && q.HasFlag("event-driven") {
			s.eventDriven = append(s.eventDriven, q.Name)
			// stored as a parameter, updated at events
			c := *q
			c.Type, c.Node, c.Expr = equations.Parameter, nil, ""
			core.List = append(core.List, &c)
			continue
		}
		core.List = append(core.List, q)
	}
	for _, code := range []string{opts.OnPre, opts.OnPost} {
		if _, err := expr.ParseCode(code); err != nil {
			return nil, err
		}
	}
	if opts.Name == "" {
		s.name = env.UniqueName("synapses")
	} else if err := env.ReserveName(opts.Name); err != nil {
		return nil, err
	} else {
		s.name = opts.Name
	}
	g := &NeuronGroup{env: env, name: s.name, eqs: eqs, opts: GroupOptions{Method: opts.Method, Namespace: opts.Namespace, Sched: opts.Sched},
		vars: map[string]*Variable{}, rt: &groupRuntime{}}
	g.clock = clockFor(env, opts.Sched)
	g.eqs = core
	for _, q := range core.List {
		if q.Type == equations.Subexpression {
			g.order = append(g.order, q.Name)
			continue
		}
		g.vars[q.Name] = &Variable{Name: q.Name, Dim: q.Dim, Kind: Kind(q.VarType), Constant: q.HasFlag("constant")}
		g.order = append(g.order, q.Name)
	}
	extra := []*Variable{
		{Name: "i", Kind: Integer, ReadOnly: true},
		{Name: "j", Kind: Integer, ReadOnly: true},
		{Name: "delay", Dim: second},
	}
	if len(s.eventDriven) > 0 {
		extra = append(extra, &Variable{Name: "lastupdate", Dim: second})
	}
	for _, v := range extra {
		g.vars[v.Name] = v
		g.order = append(g.order, v.Name)
	}
	g.hook = s.resolveName
	s.core = g
	hasDiff := false
	for _, q := range core.List {
		hasDiff = hasDiff || q.Type == equations.Differential
	}
	if hasDiff {
		s.ps = append(s.ps, &part{owner: s, name: s.name + "_stateupdater", when: "groups", order: opts.Order,
			clock: g.clock, prepare: g.prepareUpdate, step: g.stepUpdate})
	}
	for _, q := range core.List {
		if q.Type == equations.Subexpression && q.HasFlag("summed") {
			if err := s.addSummed(q); err != nil {
				env.ReleaseName(s.name)
				return nil, err
			}
		}
	}
	if opts.OnPre != "" {
		s.addPathway("pre", opts.OnPre, -1)
	}
	if opts.OnPost != "" {
		s.addPathway("post", opts.OnPost, 1)
	}
	return s, nil
}

// resolveName gives synaptic code its view: i, j and N of the synapses,
// x_pre / x_post through the index arrays, and unsuffixed names that are
// not synaptic variables from the postsynaptic group (as Brian).
func (s *Synapses) resolveName(name string) (*expr.Symbol, bool) {
	g := s.core
	switch name {
	case "i", "j":
		v := g.vars[name]
		return &expr.Symbol{Class: expr.Vector, Data: v.data, Kind: expr.Int, ReadOnly: true}, true
	case "N":
		return &expr.Symbol{Class: expr.Const, Value: float64(g.n), Kind: expr.Int, ReadOnly: true}, true
	case "N_pre", "N_post", "N_incoming", "N_outgoing":
		src := s.source
		if name == "N_post" || name == "N_incoming" {
			src = s.target
		}
		a, b := src.Span()
		return &expr.Symbol{Class: expr.Const, Value: float64(b - a), Kind: expr.Int, ReadOnly: true}, true
	case "t", "dt":
		return nil, false
	}
	if _, own := g.vars[name]; own {
		return nil, false
	}
	if _, own := g.eqs.Get(name); own {
		return nil, false
	}
	side, base := s.target, name
	m := s.postAbs
	switch {
	case strings.HasSuffix(name, "_pre"):
		side, base, m = s.source, strings.TrimSuffix(name, "_pre"), s.preAbs
	case strings.HasSuffix(name, "_post"):
		base = strings.TrimSuffix(name, "_post")
	}
	og := side.Group()
	if base == "i" {
		// the neuron index within the pre/post group
		iv := g.vars["i"]
		if side == s.target {
			iv = g.vars["j"]
		}
		return &expr.Symbol{Class: expr.Vector, Data: iv.data, Kind: expr.Int, ReadOnly: true}, true
	}
	v, ok := og.vars[base]
	if !ok || v.Shared {
		return nil, false
	}
	if m == nil {
		m = []int32{}
	}
	return &expr.Symbol{Class: expr.Indirect, Data: v.data, Map: m, Dim: v.Dim, Kind: expr.Kind(v.Kind)}, true
}

// grow appends k synapses (pre, post relative to the groups), with zero
// variables and the default delay.
func (s *Synapses) grow(pre, post []int) {
	g := s.core
	k := len(pre)
	if k == 0 {
		return
	}
	for _, v := range g.vars {
		if v.Shared {
			if v.data == nil {
				v.data = make([]float64, 1)
			}
			continue
		}
		v.data = append(v.data, make([]float64, k)...)
	}
	i, j, d := g.vars["i"].data, g.vars["j"].data, g.vars["delay"].data
	s0, _ := s.source.Span()
	t0, _ := s.target.Span()
	for n := range k {
		i[g.n+n] = float64(pre[n])
		j[g.n+n] = float64(post[n])
		d[g.n+n] = s.opts.Delay
		s.preAbs = append(s.preAbs, int32(s0+pre[n]))
		s.postAbs = append(s.postAbs, int32(t0+post[n]))
	}
	g.n += k
}

var generatorRE = regexp.MustCompile(`^\s*(.+?)\s+for\s+([A-Za-z_]\w*)\s+in\s+range\s*\((.*)\)\s*(?:if\s+(.+))?$`)

func (s *Synapses) connect(c Connect, r Resolver) error {
	s0, s1 := s.source.Span()
	t0, t1 := s.target.Span()
	npre, npost := s1-s0, t1-t0
	mult := max(c.N, 1)
	var pre, post []int
	add := func(i, j int) {
		for range mult {
			pre = append(pre, i)
			post = append(post, j)
		}
	}
	switch {
	case c.I != nil || c.J != nil:
		is, js := c.I, c.J
		if len(is) == 1 && len(js) > 1 {
			is = repeatInt(is[0], len(js))
		}
		if len(js) == 1 && len(is) > 1 {
			js = repeatInt(js[0], len(is))
		}
		if len(is) != len(js) {
			return simerr.New(simerr.ValueError, "i and j arguments have to be of the same length")
		}
		for k := range is {
			if is[k] < 0 || is[k] >= npre || js[k] < 0 || js[k] >= npost {
				return simerr.New(simerr.IndexError, "Tried to create synapse indices outside valid range. Original error message: index %d is out of bounds", max(is[k], js[k]))
			}
			add(is[k], js[k])
		}
	case c.JExpr != "":
		if err := s.connectGenerator(c, r, npre, npost, add); err != nil {
			return err
		}
	default:
		if err := s.connectCondition(c, r, npre, npost, add); err != nil {
			return err
		}
	}
	s.grow(pre, post)
	return nil
}

func repeatInt(v, n int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = v
	}
	return out
}

// pairScope resolves names for connection code evaluated for one
// presynaptic neuron (row) over all postsynaptic ones.
type pairScope struct {
	s         *Synapses
	b         *scopeBuilder
	rowI      float64
	rowK      float64
	preMap    []int32 // all entries = the row's absolute source index
	postMap   []int32 // absolute target indices of the row's elements
	perTarget bool    // j varies over the elements; else j is a scalar
}

func (p *pairScope) lookup(name string) (*expr.Symbol, bool) {
	s := p.s
	switch name {
	case "i":
		return &expr.Symbol{Class: expr.Scalar, Ref: &p.rowI, Kind: expr.Int, ReadOnly: true}, true
	case "j":
		if p.perTarget {
			return &expr.Symbol{Class: expr.Index, Kind: expr.Int, ReadOnly: true}, true
		}
		return nil, false
	case "N_pre", "N_post":
		src := s.source
		if name == "N_post" {
			src = s.target
		}
		a, b := src.Span()
		return &expr.Symbol{Class: expr.Const, Value: float64(b - a), Kind: expr.Int}, true
	}
	if strings.HasSuffix(name, "_pre") || strings.HasSuffix(name, "_post") {
		pre := strings.HasSuffix(name, "_pre")
		base := strings.TrimSuffix(strings.TrimSuffix(name, "_pre"), "_post")
		side, m := s.target, p.postMap
		if pre {
			side, m = s.source, p.preMap
		}
		if v, ok := side.Group().vars[base]; ok && !v.Shared {
			return &expr.Symbol{Class: expr.Indirect, Data: v.data, Map: m, Dim: v.Dim, Kind: expr.Kind(v.Kind)}, true
		}
	}
	return nil, false
}

func (s *Synapses) newPairScope(r Resolver, npost int) *pairScope {
	p := &pairScope{s: s}
	p.b = s.core.newScope(0, 0, r)
	t0, _ := s.target.Span()
	p.preMap = make([]int32, npost)
	p.postMap = make([]int32, npost)
	for k := range p.postMap {
		p.postMap[k] = int32(t0 + k)
	}
	return p
}

func (p *pairScope) scope() expr.Scope {
	return func(name string) (*expr.Symbol, bool) {
		if sym, ok := p.lookup(name); ok {
			return sym, true
		}
		if name == "t" || name == "dt" {
			return p.b.internal(name)
		}
		sym, ok := p.b.ext[name]
		return sym, ok
	}
}

// compilePair parses, resolves and compiles one connection expression.
func (p *pairScope) compile(src string) (*compiled, error) {
	n, err := expr.ParseExpr(src)
	if err != nil {
		return nil, err
	}
	var ext []string
	for _, id := range expr.Identifiers(n) {
		if _, ok := p.lookup(id); !ok && id != "k" {
			ext = append(ext, id)
		}
	}
	if err := p.b.resolve(ext); err != nil {
		return nil, err
	}
	if _, err := expr.Dims(n, p.scope()); err != nil {
		return nil, err
	}
	prog, err := expr.CompileExpr(n, p.scope())
	if err != nil {
		return nil, err
	}
	return newCompiled(prog), nil
}

func (s *Synapses) connectCondition(c Connect, r Resolver, npre, npost int, add func(i, j int)) error {
	p := s.newPairScope(r, npost)
	p.perTarget = true
	cond := strings.TrimSpace(c.Condition)
	if cond == "" {
		cond = "True"
	}
	cp, err := p.compile(cond)
	if err != nil {
		return err
	}
	var pp *compiled
	if strings.TrimSpace(c.P) != "" {
		if pp, err = p.compile(c.P); err != nil {
			return err
		}
	}
	key := s.env.nextStream()
	var rng expr.Frame
	_ = rng
	s0, _ := s.source.Span()
	ok := make([]float64, npost)
	prob := make([]float64, npost)
	u := newUniform(key)
	for i := range npre {
		p.rowI = float64(i)
		for k := range p.preMap {
			p.preMap[k] = int32(s0 + i)
		}
		cp.exec(0, npost, key, uint64(i), func(_ int, lo int, vals []float64) { copy(ok[lo:], vals) })
		if pp != nil {
			pp.exec(0, npost, key, uint64(i), func(_ int, lo int, vals []float64) { copy(prob[lo:], vals) })
		}
		for j := range npost {
			if ok[j] == 0 {
				continue
			}
			if pp != nil && !(u.next() < prob[j]) {
				continue
			}
			add(i, j)
		}
	}
	return nil
}

// uniform is a small reproducible stream for connection probabilities.
type uniform struct{ s uint64 }

func newUniform(key uint64) *uniform { return &uniform{s: key} }

func (u *uniform) next() float64 {
	u.s += 0x9E3779B97F4A7C15
	z := u.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return float64((z^(z>>31))>>11) * 0x1p-53
}

// connectGenerator handles j='expr' and j='expr for k in range(...) if cond'.
func (s *Synapses) connectGenerator(c Connect, r Resolver, npre, npost int, add func(i, j int)) error {
	p := s.newPairScope(r, 1)
	s0, _ := s.source.Span()
	var kval float64
	scopeK := func(base expr.Scope) expr.Scope {
		return func(name string) (*expr.Symbol, bool) {
			if name == "k" {
				return &expr.Symbol{Class: expr.Scalar, Ref: &kval, Kind: expr.Int, ReadOnly: true}, true
			}
			return base(name)
		}
	}
	compile := func(src string) (*expr.Program, error) {
		n, err := expr.ParseExpr(src)
		if err != nil {
			return nil, err
		}
		var ext []string
		for _, id := range expr.Identifiers(n) {
			if _, ok := p.lookup(id); !ok && id != "k" {
				ext = append(ext, id)
			}
		}
		if err := p.b.resolve(ext); err != nil {
			return nil, err
		}
		return expr.CompileExpr(n, scopeK(p.scope()))
	}
	eval := func(prog *expr.Program, f *expr.Frame) float64 {
		var out float64
		prog.Exec(f, 0, 1, func(_ int, v []float64) { out = v[0] })
		return out
	}
	jsrc, kname, rangeArgs, condSrc := c.JExpr, "", "", ""
	if m := generatorRE.FindStringSubmatch(c.JExpr); m != nil {
		jsrc, kname, rangeArgs, condSrc = m[1], m[2], m[3], m[4]
		if kname != "k" {
			jsrc = renameVar(jsrc, kname, "k")
			condSrc = renameVar(condSrc, kname, "k")
			rangeArgs = renameVar(rangeArgs, kname, "k")
		}
	}
	jp, err := compile(jsrc)
	if err != nil {
		return err
	}
	jf := jp.NewFrame()
	var cp *expr.Program
	var cf *expr.Frame
	if strings.TrimSpace(condSrc) != "" {
		if cp, err = compile(condSrc); err != nil {
			return err
		}
		cf = cp.NewFrame()
	}
	var rps []*expr.Program
	if kname != "" {
		for _, a := range splitArgs(rangeArgs) {
			rp, err := compile(a)
			if err != nil {
				return err
			}
			rps = append(rps, rp)
		}
		if len(rps) < 1 || len(rps) > 3 {
			return simerr.New(simerr.SyntaxError, "range() needs 1 to 3 arguments in '%s'", c.JExpr)
		}
	}
	emit := func(i int) error {
		if cf != nil && eval(cp, cf) == 0 {
			return nil
		}
		j := int(eval(jp, jf))
		if j < 0 || j >= npost {
			if c.SkipIfInvalid {
				return nil
			}
			return simerr.New(simerr.IndexError, "Tried to create synapse indices outside valid range. Original error message: index %d is out of bounds for axis 0 with size %d", j, npost)
		}
		add(i, j)
		return nil
	}
	for i := range npre {
		p.rowI = float64(i)
		p.preMap[0] = int32(s0 + i)
		if kname == "" {
			if err := emit(i); err != nil {
				return err
			}
			continue
		}
		args := make([]int, len(rps))
		for a, rp := range rps {
			args[a] = int(math.Floor(eval(rp, rp.NewFrame())))
		}
		lo, hi, step := 0, args[0], 1
		if len(args) >= 2 {
			lo, hi = args[0], args[1]
		}
		if len(args) == 3 {
			step = args[2]
			if step == 0 {
				return simerr.New(simerr.ValueError, "range() arg 3 must not be zero")
			}
		}
		for k := lo; (step > 0 && k < hi) || (step < 0 && k > hi); k += step {
			kval = float64(k)
			if err := emit(i); err != nil {
				return err
			}
		}
	}
	return nil
}

func renameVar(src, from, to string) string {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(from) + `\b`)
	return re.ReplaceAllString(src, to)
}

// splitArgs splits "a, f(b, c)" at top-level commas.
func splitArgs(s string) []string {
	var out []string
	depth, start := 0, 0
	for k, ch := range s {
		switch ch {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:k])
				start = k + 1
			}
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, s[start:])
	}
	return out
}

// pathway delivers the spikes of one side to the synapses and runs the
// on_pre / on_post code, with per-synapse delays (pre only).
type pathway struct {
	s      *Synapses
	side   string // "pre" or "post"
	code   string
	prog   *compiled
	batch  bool // code writes through index maps: run without duplicate targets
	out    [][]int32
	queue  [][]int32
	head   int
	delays []int32
	events []int32
	mark   []int32
	stamp  int32
}

func (s *Synapses) addPathway(side, code string, order int) {
	pw := &pathway{s: s, side: side, code: code}
	s.pathways = append(s.pathways, pw)
	s.ps = append(s.ps, &part{owner: s, name: s.name + "_" + side, when: "synapses", order: s.opts.Order + order,
		clock: s.core.clock, prepare: pw.prepare, step: pw.step})
}

func (pw *pathway) prepare(rc *runContext) error {
	s := pw.s
	g := s.core
	stmts, err := expr.ParseCode(pw.code)
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
	if err := b.resolve(stmtIDs(append(append([]expr.Stmt(nil), update...), stmts...))); err != nil {
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
	pw.batch = prog.WritesIndirect()
	// outgoing synapses per neuron of the spiking side, in synapse order
	src := s.source
	idx := g.vars["i"].data
	if pw.side == "post" {
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
	if pw.side == "pre" {
		dt := s.core.clock.dt
		for k, d := range g.vars["delay"].data {
			steps := int32(math.Round(d / dt))
			if steps < 0 {
				return simerr.New(simerr.ValueError, "Synaptic delays have to be non-negative.")
			}
			pw.delays[k] = steps
			maxd = max(maxd, steps)
		}
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
	if pw.side == "post" {
		src = s.target
	}
	a, b := src.Span()
	L := len(pw.queue)
	for _, sp := range src.Group().spikes {
		r := int(sp)
		if r < a || r >= b {
			continue
		}
		for _, syn := range pw.out[r-a] {
			slot := (pw.head + int(pw.delays[syn])) % L
			pw.queue[slot] = append(pw.queue[slot], syn)
		}
	}
	events := pw.queue[pw.head]
	pw.queue[pw.head] = events[:0]
	pw.head = (pw.head + 1) % L
	if len(events) == 0 {
		return nil
	}
	step := uint64(s.core.clock.i)
	key := rc.key ^ hashName(s.name+pw.side)
	if !pw.batch {
		pw.prog.execIndices(events, key, step, nil)
		return nil
	}
	// run in batches without repeated pre/post neurons, so that writes
	// through the index maps accumulate as sequential code would
	rest := append([]int32(nil), events...)
	off := int32(len(s.target.Group().vars["i"].data))
	for len(rest) > 0 {
		pw.stamp++
		batch := pw.events[:0]
		next := rest[:0:0]
		for _, syn := range rest {
			t, p := s.postAbs[syn], off+s.preAbs[syn]
			if pw.mark[t] == pw.stamp || pw.mark[p] == pw.stamp {
				next = append(next, syn)
				continue
			}
			pw.mark[t], pw.mark[p] = pw.stamp, pw.stamp
			batch = append(batch, syn)
		}
		pw.prog.execIndices(batch, key, step, nil)
		pw.events = batch
		rest = next
		step += 1 << 40 // a different random stream per batch
	}
	return nil
}

// addSummed adds the updater of a (summed) variable: every step, before
// the target's state update, target var = sum over its synapses.
func (s *Synapses) addSummed(q *equations.Equation) error {
	name := strings.TrimSuffix(q.Name, "_post")
	tg := s.target.Group()
	tv, ok := tg.vars[name]
	if !ok {
		return simerr.New(simerr.ValueError, "The postsynaptic variable '%s' referred to in the summed variable '%s' does not exist.", name, q.Name)
	}
	if tv.Dim != q.Dim {
		return &simerr.DimensionMismatchError{Desc: "Summed variable '" + q.Name + "' does not have the same dimensions as the target variable '" + name + "'", Dims: nil}
	}
	var prog *compiled
	vals := []float64{}
	s.ps = append(s.ps, &part{owner: s, name: s.name + "_summed_variable_" + name, when: "groups", order: tg.opts.Order - 1,
		clock: s.core.clock,
		prepare: func(rc *runContext) error {
			n := s.core.expandSubexpressions(q.Node)
			b := s.core.newScope(0, s.core.n, rc.resolver)
			if err := b.resolve(expr.Identifiers(n)); err != nil {
				return err
			}
			if err := expr.CheckDims(q.Expr, n, q.Dim, b.scope()); err != nil {
				return err
			}
			p, err := expr.CompileExpr(n, b.scope())
			if err != nil {
				return err
			}
			prog = newCompiled(p)
			return nil
		},
		step: func(rc *runContext) error {
			if cap(vals) < s.core.n {
				vals = make([]float64, s.core.n)
			}
			vals = vals[:s.core.n]
			prog.exec(0, s.core.n, rc.key, uint64(s.core.clock.i), func(_, lo int, v []float64) { copy(vals[lo:], v) })
			a, b := s.target.Span()
			d := tv.data
			for k := a; k < b; k++ {
				d[k] = 0
			}
			for k, v := range vals {
				d[s.postAbs[k]] += v
			}
			return nil
		}})
	return nil
}
