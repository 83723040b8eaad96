package brian2

import (
	"regexp"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim"
)

// object is the session's record of one Brian object: what the magic
// network collects, where it was created (for BrianObjectException) and
// which variable the creating line bound it to (to tell when it has been
// dropped, as Python's garbage collector tells Brian).
type object struct {
	sim      sim.Object   // nil for a user Network
	net      *sim.Network // the user Network itself, when this is one
	py       interp.Value // the Python-side wrapper
	scope    int
	frame    interp.Frame
	hasFrame bool
	target   string       // "G" for "G = NeuronGroup(...)", "" when unknown
	deps     []*object    // objects this one keeps alive (a monitor's source)
	network  *sim.Network // the network that ran or runs it (nil: never added)
	magic    bool         // takes part in the magic network (not subgroups)
}

func (o *object) name() string {
	if o.net != nil {
		return o.net.Name()
	}
	return o.sim.Name()
}

var assignTarget = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z_0-9]*)\s*=[^=]`)

// track registers a new object created by the running Python call,
// remembering where it was created. Constructors call collectGarbage
// before building the simulator object, so that dropped objects free
// their names first.
func (s *state) track(th *interp.Thread, so sim.Object, py interp.Value, deps ...*object) *object {
	o := &object{sim: so, py: py, scope: s.scope, deps: deps, magic: true}
	if f, ok := callerFrame(th); ok {
		o.frame, o.hasFrame = f, true
		if m := assignTarget.FindStringSubmatch(f.Source); m != nil {
			o.target = m[1]
		}
	}
	s.objects = append(s.objects, o)
	return o
}

// collectGarbage drops the objects unreachable from the caller's namespace
// and releases their names. It runs before an object is named, so that
// "G = NeuronGroup(...)" still sees the previous G alive while the new
// group is built, as in Python.
func (s *state) collectGarbage(th *interp.Thread) {
	s.bind(th)
	alive := s.aliveSet(th, true)
	keep := s.objects[:0]
	for _, o := range s.objects {
		if alive[o] {
			keep = append(keep, o)
			continue
		}
		s.env.ReleaseName(o.name())
		if o.sim != nil && s.magic != nil && o.network == s.magic {
			s.magic.Remove(o.sim)
		}
	}
	clear(s.objects[len(keep):])
	s.objects = keep
}

// aliveSet marks the objects still referenced: those bound in the caller's
// namespace (by listing it when the evaluator can, else by checking the
// name each was assigned to), objects whose binding is unknown in the
// current scope, with withMagic the objects of the magic network's last
// run (it holds them, as Brian's MagicNetwork does), and everything these
// keep alive.
func (s *state) aliveSet(th *interp.Thread, withMagic bool) map[*object]bool {
	byValue := make(map[interp.Value]*object, len(s.objects))
	for _, o := range s.objects {
		byValue[o.py] = o
	}
	var roots []*object
	// objects bound in the caller's namespace, when the evaluator lists it
	found := map[*object]bool{}
	if vals, ok := callerValues(th); ok {
		for _, v := range vals {
			if o, ok := lookupObject(byValue, v); ok {
				roots = append(roots, o)
				found[o] = true
			}
		}
	}
	ns := th.CallerNamespace()
	caller, haveCaller := callerFrame(th)
	for _, o := range s.objects {
		if found[o] {
			continue
		}
		var v interp.Value = interp.None
		bound := false
		if o.target != "" {
			v, bound = ns(o.target)
		}
		r, isObject := lookupObject(byValue, v)
		if !bound || !isObject {
			// The binding is unknown (no assignment, a list built around
			// the object, a caller outside Python): keep objects of this
			// scope made in the same function. A local of another
			// function that has returned is gone, as Python's garbage
			// collector would tell Brian.
			sameFunction := !o.hasFrame || !haveCaller || o.frame.Function == caller.Function
			if o.scope == s.scope && sameFunction {
				roots = append(roots, o)
			}
			continue
		}
		// Rebound to another Brian object: only that one is referenced.
		roots = append(roots, r)
	}
	if withMagic && s.magic != nil {
		held := map[sim.Object]bool{}
		for _, x := range s.magic.Objects() {
			held[x] = true
		}
		for _, o := range s.objects {
			if o.sim != nil && held[o.sim] {
				roots = append(roots, o)
			}
		}
	}
	alive := map[*object]bool{}
	var mark func(o *object)
	mark = func(o *object) {
		if alive[o] {
			return
		}
		alive[o] = true
		for _, d := range o.deps {
			mark(d)
		}
	}
	for _, r := range roots {
		mark(r)
	}
	return alive
}

// lookupObject finds the record of a Python value, if it is a Brian object
// (hashable wrappers only: the map lookup must not panic on slices).
func lookupObject(byValue map[interp.Value]*object, v interp.Value) (*object, bool) {
	switch v.(type) {
	case *group, *stateMonitor, *spikeMonitor, *rateMonitor, *network, *networkOperation, *poissonInput:
		o, ok := byValue[v]
		return o, ok
	}
	return nil, false
}

// scopeObjects are the objects of the current scope the notebook can
// see: what run() simulates (Brian's collect()).
func (s *state) scopeObjects(th *interp.Thread) []*object {
	visible := s.aliveSet(th, false)
	var out []*object
	for _, o := range s.objects {
		if o.scope == s.scope && o.magic && visible[o] {
			out = append(out, o)
		}
	}
	return out
}
