package sim

import (
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
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
	fast       *fastThreshold
	cross      *expr.Crossing       // fast as the update program's fused threshold
	gate       *expr.RefractoryGate // this run's, or nil
	gateStore  *expr.RefractoryGate
}

// checkFlags rejects a flag of q that allowed does not list for its type.
func checkFlags(q *equations.Equation, allowed map[equations.Type][]string) error {
	for _, f := range q.Flags {
		ok := false
		for _, a := range allowed[q.Type] {
			ok = ok || a == f
		}
		if !ok {
			return errorf(simerr.ValueError, "Equations of type '%s' cannot have a flag '%s', only the following flags are allowed: %s", typeName(q.Type), f, pyTuple(allowed[q.Type]))
		}
	}
	return nil
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
		if err := checkFlags(q, allowedFlags); err != nil {
			return nil, err
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
	g.warnings(eqs)
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
			Constant: q.HasFlag("constant"), Linked: q.HasFlag("linked")}
		if !v.Linked {
			v.data = make([]float64, size)
		}
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

// pyTuple writes strings as a Python tuple: ('a', 'b').
func pyTuple(xs []string) string {
	q := make([]string, len(xs))
	for k, x := range xs {
		q[k] = "'" + x + "'"
	}
	if len(q) == 1 {
		return "(" + q[0] + ",)"
	}
	return "(" + strings.Join(q, ", ") + ")"
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

// warnings logs Brian's construction-time warnings.
func (g *NeuronGroup) warnings(eqs *equations.Equations) {
	const src = "brian2.groups.neurongroup"
	opts := g.opts
	if opts.Refractory == nil {
		for _, q := range eqs.List {
			if q.HasFlag("unless refractory") {
				g.env.logf(LogWarning, src+".no_refractory", "Model equations use the \"unless refractory\" flag but no refractory keyword was given.")
				break
			}
		}
	}
	if opts.Threshold != "" && opts.Reset == "" && !opts.ResetGiven && opts.Refractory == nil &&
		!strings.Contains(opts.Threshold, "rand(") && !strings.Contains(opts.Threshold, "randn(") {
		g.env.logf(LogWarning, src+".only_threshold", "The NeuronGroup '%s' sets a threshold but neither a reset condition nor a refractory condition has been set. Did you forget either of those? If this was intended, set the reset argument to an empty string in order to avoid this warning.", g.name)
	}
}
