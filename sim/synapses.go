package sim

import (
	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/units"
)

// SynapsesOptions are Synapses' keyword arguments.
type SynapsesOptions struct {
	OnPre  string  // statements run when a presynaptic neuron spikes
	OnPost string  // statements run when a postsynaptic neuron spikes
	Delay  float64 // initial delay of new synapses (s) for on_pre
	// Pathways, if set, replace OnPre and OnPost: several named pathways
	// per side (Brian's on_pre={'up': ..., 'down': ...}), each triggered
	// by an event of its side's group and with its own delays.
	Pathways []Pathway
	Method   string // integration method of (clock-driven) equations
	// Namespace, if non-nil, replaces the run's resolver.
	Namespace Resolver
	Sched
}

// Synapses connects a source and a target group (Brian's Synapses).
// Per-synapse state (model variables, i, j, delay, lastupdate) lives in
// Group(), a NeuronGroup-like table with one element per synapse, so that
// StateMonitor and setters work on synapses as on neurons. Pre- and
// postsynaptic values per synapse come from Eval("x_pre"), Eval("x_post").
type Synapses struct {
	activity
	env            *Env
	name           string
	source, target Source
	opts           SynapsesOptions
	core           *NeuronGroup // per-synapse variables
	model          *equations.Equations
	eventDriven    []string // names of (event-driven) variables
	preAbs         []int32  // absolute source index per synapse
	postAbs        []int32  // absolute target index per synapse
	pathways       []*pathway
	ps             []*part
}

// NewSynapses creates synapses from source to target with a model (may be
// ""): parameters, (clock-driven) and (event-driven) differential
// equations, subexpressions.
func NewSynapses(env *Env, source, target Source, model string, opts SynapsesOptions) (*Synapses, error) {
	return newSynapses(env, source, target, model, opts)
}

// Name is the object's name ("synapses", "synapses_1", ...).
func (s *Synapses) Name() string { return s.name }

func (s *Synapses) parts() []*part { return s.ps }

// N is the number of synapses.
func (s *Synapses) N() int { return s.core.n }

// Source and Target are the connected groups.
func (s *Synapses) Source() Source { return s.source }
func (s *Synapses) Target() Source { return s.target }

// Group is the per-synapse state table (Source for monitors).
func (s *Synapses) Group() *NeuronGroup { return s.core }

// Span is [0, N()).
func (s *Synapses) Span() (int, int) { return 0, s.core.n }

// Var returns a synaptic variable: model variables, "i" and "j" (pre- and
// postsynaptic indices), "delay", "lastupdate". The slice is replaced
// when synapses are added, so fetch it again after Connect.
func (s *Synapses) Var(name string) (*Variable, error) { return s.core.Var(name) }

// VarNames lists the synaptic variables.
func (s *Synapses) VarNames() []string { return s.core.VarNames() }

// SetExpr sets a synaptic variable from an expression evaluated per
// synapse (S.w = 'j*0.2', S.delay = 'j*2*ms'); it may use i, j and the
// pre-/postsynaptic variables (x_pre, x_post). cond "" means all.
func (s *Synapses) SetExpr(name, expr, cond string, r Resolver) error {
	return s.core.setExpr(0, s.core.n, name, expr, cond, r)
}

// SetExprIndices is SetExpr for the listed synapse indices.
func (s *Synapses) SetExprIndices(name, expr string, idx []int, r Resolver) error {
	return s.core.setExprIdx(0, name, expr, idx, r)
}

// Eval evaluates an expression per synapse, e.g. "x_pre" or "w*2".
func (s *Synapses) Eval(expr string, r Resolver) ([]float64, units.Dim, error) {
	return s.core.eval(0, s.core.n, expr, r)
}

// Connect describes one connect() call. With no field set it connects
// all pairs.
type Connect struct {
	I, J          []int  // explicit pairs; a single value is broadcast
	Condition     string // expression of i, j and pre/post variables
	P             string // connection probability expression ("" = 1)
	JExpr         string // j='i' or j='k for k in range(i-3, i+4) if i!=k'
	SkipIfInvalid bool   // drop generated j outside the target
	N             int    // synapses per pair (default 1)
}

// Pathway is one synaptic pathway: code run for the synapses of the
// neurons of Side ("pre" or "post") where Event ("" for spikes) occurs,
// after a delay (pre side only). Its per-synapse delays are the variable
// DelayVar(Name).
type Pathway struct {
	Name, Side, Code, Event string
	Delay                   float64 // for new synapses (s)
	// ScalarDelay makes Delay the pathway's one delay (Brian's delay=
	// argument): its delay variable is then shared.
	ScalarDelay bool
}

// DelayVar is the synaptic variable holding a pathway's delays: "delay"
// for the pathway "pre", as in Brian, and "<name>_delay" for the others.
func DelayVar(pathway string) string {
	if pathway == "pre" {
		return "delay"
	}
	return pathway + "_delay"
}

// Pathways are the synapses' pathways, in creation order.
func (s *Synapses) Pathways() []Pathway {
	out := make([]Pathway, len(s.pathways))
	for k, pw := range s.pathways {
		out[k] = pw.spec
	}
	return out
}

// Connect creates synapses, as Brian's S.connect(...).
func (s *Synapses) Connect(c Connect, r Resolver) error { return s.connect(c, r) }
