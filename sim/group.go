package sim

import (
	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/units"
)

// Kind is the storage type of a variable as the user sees it; all values
// are stored as float64.
type Kind int

const (
	Float Kind = iota
	Integer
	Boolean
)

// Variable is one state variable of a group (structure-of-arrays storage).
type Variable struct {
	Name     string
	Dim      units.Dim
	Kind     Kind
	Constant bool // the (constant) flag, or a constant like i
	ReadOnly bool // the user cannot set it (i; a synapse's i and j)
	Shared   bool // the (shared) flag: one value for the whole group
	Linked   bool // the (linked) flag: a reference to another group's variable
	data     []float64
	// a linked variable's target storage and, when linked with an index,
	// the target element of each element (nil: element for element)
	index []int32
	// linked to a one-element variable: one value, read as a scalar
	linkedScalar bool
}

// Scalar reports whether the variable has one value for the whole group:
// a (shared) one, or one linked to a single element.
func (v *Variable) Scalar() bool { return v.Shared || v.linkedScalar }

// Data is the live storage: length N of the owning group (1 if Shared).
// Writes are visible to the simulation. A Synapses' variables are
// reallocated by Connect: fetch Data again after connecting. For a
// variable linked through an index it is a copy of the linked values
// (nil before the variable is linked).
func (v *Variable) Data() []float64 {
	if v.index != nil {
		out := make([]float64, len(v.index))
		for k, j := range v.index {
			out[k] = v.data[j]
		}
		return out
	}
	return v.data
}

// at is element i's value (through a link's index).
func (v *Variable) at(i int) float64 {
	if v.index != nil {
		return v.data[v.index[i]]
	}
	return v.data[i]
}

// IsLinkedSet reports whether a (linked) variable has been linked.
func (v *Variable) IsLinkedSet() bool { return v.data != nil }

// Refractory is a NeuronGroup's refractory setting: either a fixed Time
// (seconds) or an Expr that evaluates to a time ("5*ms", "ref") or a
// boolean condition ("v > -20*mV") keeping the neuron refractory.
type Refractory struct {
	Time float64
	Expr string
}

// GroupOptions are NeuronGroup's keyword arguments.
type GroupOptions struct {
	Method    string // "" chooses exact → euler → heun, logging Brian's INFO line
	Threshold string // spike condition, "" for none
	Reset     string // statements run for spiking neurons
	// ResetGiven marks an explicit reset='' (Brian then does not warn about
	// a threshold without reset or refractoriness).
	ResetGiven bool
	Refractory *Refractory       // nil: refractory=False
	Events     map[string]string // custom events: name → condition
	// Namespace, if non-nil, replaces the run's resolver for this group's
	// external names (Brian's namespace= argument).
	Namespace Resolver
	Sched
}

// NeuronGroup is Brian's NeuronGroup: N neurons with state variables
// defined by equations.
type NeuronGroup struct {
	activity
	env   *Env
	name  string
	n     int
	eqs   *equations.Equations
	opts  GroupOptions
	clock *Clock
	vars  map[string]*Variable
	order []string // user-visible variable names in definition order

	spikes []int32 // indices that spiked in the current step
	events map[string][]int32

	ps []*part
	// run-time state filled by prepare
	rt *groupRuntime
	// the automatic integration method has been announced (INFO)
	methodLogged bool
	// hook resolves names before the group's own (a Synapses' i, j, N and
	// pre/post variables).
	hook func(name string) (*expr.Symbol, bool)
}

// NewNeuronGroup builds a group of n neurons from a model string. Syntax
// errors in the model and code are reported here; unit errors and unknown
// names at Run time (as Brian does).
func NewNeuronGroup(env *Env, n int, model string, opts GroupOptions) (*NeuronGroup, error) {
	return newNeuronGroup(env, n, model, opts)
}

// Name is the group's name ("neurongroup", "neurongroup_1", ...).
func (g *NeuronGroup) Name() string { return g.name }

// N is the number of neurons.
func (g *NeuronGroup) N() int { return g.n }

// Clock is the group's clock.
func (g *NeuronGroup) Clock() *Clock { return g.clock }

// Equations are the parsed model equations (refractoriness included).
func (g *NeuronGroup) Equations() *equations.Equations { return g.eqs }

// VarNames lists the user-visible variables: model variables, then
// lastspike/not_refractory if refractory, then i, N, t, dt.
func (g *NeuronGroup) VarNames() []string { return append([]string(nil), g.order...) }

// Var returns a variable by name, or Brian's error for an unknown one.
func (g *NeuronGroup) Var(name string) (*Variable, error) {
	if v, ok := g.vars[name]; ok {
		return v, nil
	}
	return nil, errorf("AttributeError", "No attribute with name %s", name)
}

// SetExpr sets variable name to the string expression expr evaluated per
// neuron (G.v = 'rand()*(vt0-vr)+vr'), optionally only where cond holds
// (G.v['i>5'] = ...; cond "" means all). Names resolve through r (or the
// group's Namespace). Units are checked as Brian does.
func (g *NeuronGroup) SetExpr(name, expr, cond string, r Resolver) error {
	return g.setExpr(0, g.n, name, expr, cond, r)
}

// SetExprIndices is SetExpr restricted to the given neuron indices.
func (g *NeuronGroup) SetExprIndices(name, expr string, idx []int, r Resolver) error {
	return g.setExprIdx(0, name, expr, idx, r)
}

// Eval evaluates an expression (e.g. a condition 'v > 0.5' or a
// subexpression name) for every neuron, returning values and dimension.
func (g *NeuronGroup) Eval(expr string, r Resolver) ([]float64, units.Dim, error) {
	return g.eval(0, g.n, expr, r)
}

// Slice returns the subgroup of neurons [start, stop), as G[start:stop].
func (g *NeuronGroup) Slice(start, stop int) (*Subgroup, error) {
	if start < 0 || stop > g.n || start >= stop {
		return nil, errorf("IndexError", "Illegal start/end values for subgroup, %d>=%d", start, stop)
	}
	return &Subgroup{parent: g, start: start, stop: stop,
		name: g.env.UniqueName(g.name + "_subgroup")}, nil
}

// Spikes are the indices of the neurons that spiked in the last step.
func (g *NeuronGroup) Spikes() []int32 { return g.spikes }

func (g *NeuronGroup) parts() []*part { return g.ps }

// Group returns g itself (Source).
func (g *NeuronGroup) Group() *NeuronGroup { return g }

// Span is [0, N) (Source).
func (g *NeuronGroup) Span() (int, int) { return 0, g.n }

// Source is what monitors record from: a NeuronGroup or a Subgroup.
type Source interface {
	Name() string
	Group() *NeuronGroup
	Span() (start, stop int)
}

// Subgroup is a contiguous slice G[start:stop] of a NeuronGroup. It shares
// the parent's state; i counts from 0 within the subgroup.
type Subgroup struct {
	activity
	parent      *NeuronGroup
	start, stop int
	name        string
}

func (s *Subgroup) Name() string                       { return s.name }
func (s *Subgroup) Group() *NeuronGroup                { return s.parent }
func (s *Subgroup) Span() (int, int)                   { return s.start, s.stop }
func (s *Subgroup) N() int                             { return s.stop - s.start }
func (s *Subgroup) parts() []*part                     { return nil }
func (s *Subgroup) Var(name string) (*Variable, error) { return s.parent.Var(name) }

// SetExpr is NeuronGroup.SetExpr on the subgroup's neurons (i and N are
// the subgroup's).
func (s *Subgroup) SetExpr(name, expr, cond string, r Resolver) error {
	return s.parent.setExpr(s.start, s.stop, name, expr, cond, r)
}

// SetExprIndices is SetExpr for subgroup-relative indices.
func (s *Subgroup) SetExprIndices(name, expr string, idx []int, r Resolver) error {
	return s.parent.setExprIdx(s.start, name, expr, idx, r)
}

// Eval is NeuronGroup.Eval over the subgroup.
func (s *Subgroup) Eval(expr string, r Resolver) ([]float64, units.Dim, error) {
	return s.parent.eval(s.start, s.stop, expr, r)
}
