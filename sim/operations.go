package sim

// NetworkOperation calls a Go function every time step (or every DT) —
// the hook for Brian's @network_operation. Sched.When defaults to "start".
type NetworkOperation struct {
	activity
	name  string
	fn    func(t float64) error
	clock *Clock
	ps    []*part
}

// NewNetworkOperation wraps fn, called with the current time in seconds.
// An error from fn stops the run and is returned by Run.
func NewNetworkOperation(env *Env, fn func(t float64) error, opts Sched) (*NetworkOperation, error) {
	return newNetworkOperation(env, fn, opts)
}

func (o *NetworkOperation) Name() string   { return o.name }
func (o *NetworkOperation) parts() []*part { return o.ps }

// CodeRunner runs abstract code on a group regularly (run_regularly).
// Sched.When defaults to "start".
type CodeRunner struct {
	activity
	name  string
	ps    []*part
	group *NeuronGroup
	prog  *compiled // this run's code, once prepared
}

func (c *CodeRunner) Name() string   { return c.name }
func (c *CodeRunner) parts() []*part { return c.ps }

// RunRegularly makes a CodeRunner executing code (statements over the
// group's variables) every opts.DT (default: the group's clock).
func (g *NeuronGroup) RunRegularly(code string, opts Sched) (*CodeRunner, error) {
	return g.runRegularly(code, opts)
}
