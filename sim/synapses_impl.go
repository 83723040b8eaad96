package sim

import (
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
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
		if err := checkFlags(q, synapseFlags); err != nil {
			return nil, err
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
	if len(opts.Pathways) == 0 {
		if opts.OnPre != "" {
			opts.Pathways = append(opts.Pathways, Pathway{Name: "pre", Side: "pre", Code: opts.OnPre, Delay: opts.Delay,
				ScalarDelay: opts.Delay != 0})
		}
		if opts.OnPost != "" {
			opts.Pathways = append(opts.Pathways, Pathway{Name: "post", Side: "post", Code: opts.OnPost})
		}
	}
	extra := []*Variable{
		{Name: "i", Kind: Integer, ReadOnly: true},
		{Name: "j", Kind: Integer, ReadOnly: true},
	}
	hasDelay := false
	for _, pw := range opts.Pathways {
		if pw.Side != "pre" && pw.Side != "post" {
			env.ReleaseName(s.name)
			return nil, simerr.New(simerr.ValueError, "A pathway's side has to be 'pre' or 'post', not '%s'.", pw.Side)
		}
		if pw.Side != "pre" {
			continue
		}
		v := &Variable{Name: DelayVar(pw.Name), Dim: second}
		if pw.ScalarDelay {
			v.Shared, v.data = true, []float64{pw.Delay}
		}
		hasDelay = hasDelay || v.Name == "delay"
		extra = append(extra, v)
	}
	if !hasDelay {
		extra = append(extra, &Variable{Name: "delay", Dim: second})
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
	for _, pw := range opts.Pathways {
		s.addPathway(pw)
	}
	s.opts.Pathways = opts.Pathways
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
	case "N_incoming", "N_outgoing":
		// per synapse: synapses into its target / out of its source
		m := s.postAbs
		if name == "N_outgoing" {
			m = s.preAbs
		}
		counts := map[int32]float64{}
		for _, k := range m {
			counts[k]++
		}
		vals := make([]float64, len(m))
		for k, x := range m {
			vals[k] = counts[x]
		}
		return &expr.Symbol{Class: expr.Vector, Data: vals, Kind: expr.Int, ReadOnly: true}, true
	case "N_pre", "N_post":
		src := s.source
		if name == "N_post" {
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
	i, j := g.vars["i"].data, g.vars["j"].data
	s0, _ := s.source.Span()
	t0, _ := s.target.Span()
	for n := range k {
		i[g.n+n] = float64(pre[n])
		j[g.n+n] = float64(post[n])
		s.preAbs = append(s.preAbs, int32(s0+pre[n]))
		s.postAbs = append(s.postAbs, int32(t0+post[n]))
	}
	// each pre pathway's delays start at its default
	for _, pw := range s.opts.Pathways {
		if pw.Side == "pre" && !pw.ScalarDelay {
			d := g.vars[DelayVar(pw.Name)].data
			for n := range k {
				d[g.n+n] = pw.Delay
			}
		}
	}
	g.n += k
}
