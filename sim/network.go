package sim

import (
	"context"
	"time"
)

// Network is a set of objects simulated together (Brian's Network).
type Network struct {
	env     *Env
	name    string
	objects []Object
	t       float64
	stopped bool
	stored  map[string]*snapshot
	running bool
}

// NewNetwork makes a network with the given objects.
func NewNetwork(env *Env, objs ...Object) *Network {
	n := &Network{env: env, name: env.UniqueName("network"), stored: map[string]*snapshot{}}
	n.objects = append(n.objects, objs...)
	return n
}

// Name is the network's name.
func (n *Network) Name() string { return n.name }

// Add adds objects (duplicates are ignored).
func (n *Network) Add(objs ...Object) {
	for _, o := range objs {
		if !n.has(o) {
			n.objects = append(n.objects, o)
		}
	}
}

func (n *Network) has(o Object) bool {
	for _, x := range n.objects {
		if x == o {
			return true
		}
	}
	return false
}

// Remove removes objects.
func (n *Network) Remove(objs ...Object) {
	keep := n.objects[:0]
	for _, x := range n.objects {
		drop := false
		for _, o := range objs {
			drop = drop || x == o
		}
		if !drop {
			keep = append(keep, x)
		}
	}
	n.objects = keep
}

// Objects are the network's objects, in the order added.
func (n *Network) Objects() []Object { return append([]Object(nil), n.objects...) }

// T is the network's current time in seconds.
func (n *Network) T() float64 { return n.t }

// Stop ends the current run after the current time step (Brian's stop()).
func (n *Network) Stop() { n.stopped = true }

// Progress is reported during a run (Brian's report= mechanism).
type Progress struct {
	Start, Duration float64       // simulated start time and duration (s)
	Elapsed         float64       // simulated time done so far (s)
	Wall            time.Duration // wall-clock time since the run started
	Done            bool          // final report
}

// RunOptions are run()'s arguments besides the duration.
type RunOptions struct {
	// Resolver resolves external names (the caller's namespace).
	Resolver Resolver
	// Report, if non-nil, is called at the start, every ReportPeriod of
	// wall time (default 10 s) and at the end.
	Report       func(Progress)
	ReportPeriod time.Duration
}

// Run simulates for duration seconds. ctx is checked once per time step;
// on cancellation the run stops at a step boundary with every object
// consistent and ctx.Err() is returned (wrapped as KeyboardInterrupt).
func (n *Network) Run(ctx context.Context, duration float64, opts RunOptions) error {
	return n.run(ctx, duration, opts)
}

// Store saves the state of all objects and the time under name
// ("default" if empty), as Network.store.
func (n *Network) Store(name string) error { return n.store(name) }

// Restore returns to a stored state.
func (n *Network) Restore(name string) error { return n.restore(name) }
