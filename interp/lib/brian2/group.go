package brian2

import (
	"fmt"
	"math"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// varOwner is what NeuronGroup and Subgroup share in sim: named state
// variables that can be set from expressions.
type varOwner interface {
	sim.Source
	Var(name string) (*sim.Variable, error)
	SetExpr(name, expr, cond string, r sim.Resolver) error
	SetExprIndices(name, expr string, idx []int, r sim.Resolver) error
	Eval(expr string, r sim.Resolver) ([]float64, units.Dim, error)
}

// group is the Python NeuronGroup (sub == nil) or Subgroup.
type group struct {
	s   *state
	obj *object
	g   *sim.NeuronGroup // for synapses, their per-synapse state table
	sub *sim.Subgroup
	syn *sim.Synapses
	cls *interp.Class // NeuronGroup, PoissonGroup, ... (nil: NeuronGroup)
	// src and tgt are a Synapses' source and target groups.
	src, tgt *group
	// spikes tells whether the group emits spikes (has a threshold).
	spikes bool
	// attrs are user attributes declared with add_attribute.
	attrs map[string]interp.Value
	order int
}

func (gr *group) owner() varOwner {
	switch {
	case gr.syn != nil:
		return gr.syn
	case gr.sub != nil:
		return gr.sub
	}
	return gr.g
}

func (gr *group) Type() *interp.Class {
	switch {
	case gr.sub != nil:
		return gr.s.cls.subgroup
	case gr.cls != nil:
		return gr.cls
	}
	return gr.s.cls.neuronGroup
}

// span is the neuron range [start, stop) of the parent's state.
func (gr *group) span() (int, int) { return gr.owner().Span() }

func (gr *group) n() int {
	a, b := gr.span()
	return b - a
}

// newNeuronGroup implements NeuronGroup(N, model, method=, threshold=, ...).
func (s *state) newNeuronGroup(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var nArg interp.Value
	var model, method, threshold, reset, refractory, events, namespace, dtype, dt, clock, name, codeobj interp.Value = nil, interp.None, interp.None, interp.None, interp.False, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None
	order := 0
	if err := interp.UnpackArgs("NeuronGroup", args, kwargs, "N", &nArg, "model", &model,
		"method?", &method, "threshold?", &threshold, "reset?", &reset, "refractory?", &refractory,
		"events?", &events, "namespace?", &namespace, "dtype?", &dtype, "dt?", &dt, "clock?", &clock,
		"order?", &order, "name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	n, err := sizeArg("NeuronGroup", nArg)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, interp.Errorf(interp.ValueError, "NeuronGroup needs at least one neuron, not %d.", n)
	}
	eqs, err := modelText(th, model)
	if err != nil {
		return nil, err
	}
	var opts sim.GroupOptions
	if opts.Method, err = methodName(th, method); err != nil {
		return nil, err
	}
	if opts.Threshold, err = optString("threshold", threshold); err != nil {
		return nil, err
	}
	if opts.Reset, err = optString("reset", reset); err != nil {
		return nil, err
	}
	opts.ResetGiven = reset != interp.None
	if opts.Refractory, err = refractoriness(th, refractory); err != nil {
		return nil, err
	}
	if events != interp.None {
		d, ok := events.(*interp.Dict)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "events has to be a dictionary mapping event names to conditions")
		}
		opts.Events = map[string]string{}
		var bad error
		d.Items(func(k, v interp.Value) bool {
			ks, ok1 := k.(interp.Str)
			vs, ok2 := v.(interp.Str)
			if !ok1 || !ok2 {
				bad = interp.Errorf(interp.TypeError, "event names and conditions have to be strings")
				return false
			}
			opts.Events[string(ks)] = string(vs)
			return true
		})
		if bad != nil {
			return nil, bad
		}
	}
	if namespace != interp.None {
		r, err := dictResolver(th, namespace)
		if err != nil {
			return nil, err
		}
		opts.Namespace = r
	}
	if opts.Sched, err = s.sched(th, dt, clock, interp.None, order, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	g, err := sim.NewNeuronGroup(s.env, n, eqs, opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	gr := &group{s: s, g: g, order: order, spikes: opts.Threshold != ""}
	gr.obj = s.track(th, g, gr)
	return gr, nil
}

// modelText accepts a model string or an Equations object.
func modelText(th *interp.Thread, v interp.Value) (string, error) {
	switch m := v.(type) {
	case interp.Str:
		return string(m), nil
	case *equationsValue:
		return m.text, nil
	}
	return "", interp.Errorf(interp.TypeError, "model has to be a string or an Equations object, is '%s' instead.", v.Type().Name)
}

func methodName(th *interp.Thread, v interp.Value) (string, error) {
	switch m := v.(type) {
	case interp.NoneType:
		return "", nil
	case interp.Str:
		return string(m), nil
	case interp.Tuple, *interp.List:
		items, _ := interp.ToSlice(th, v)
		var names []string
		for _, it := range items {
			s, ok := it.(interp.Str)
			if !ok {
				return "", interp.Errorf(interp.TypeError, "method names have to be strings")
			}
			names = append(names, string(s))
		}
		return strings.Join(names, ","), nil
	}
	return "", interp.Errorf(interp.TypeError, "method has to be a string, not '%s'", v.Type().Name)
}

func optString(what string, v interp.Value) (string, error) {
	switch x := v.(type) {
	case interp.NoneType:
		return "", nil
	case interp.Str:
		return string(x), nil
	}
	return "", interp.Errorf(interp.TypeError, "%s has to be a string, not '%s'", what, v.Type().Name)
}

// refractoriness converts refractory=False | time | 'expression'.
func refractoriness(th *interp.Thread, v interp.Value) (*sim.Refractory, error) {
	switch x := v.(type) {
	case interp.Bool:
		if !x {
			return nil, nil
		}
		return nil, interp.Errorf(interp.TypeError, "refractory has to be a time, a string or False")
	case interp.NoneType:
		return nil, nil
	case interp.Str:
		return &sim.Refractory{Expr: string(x)}, nil
	}
	t, err := timeArg(th, "refractory", v)
	if err != nil {
		return nil, err
	}
	return &sim.Refractory{Time: t}, nil
}

// timeArg converts a time quantity to seconds, with Brian's unit error.
func timeArg(th *interp.Thread, what string, v interp.Value) (float64, error) {
	data, shape, dim, err := numpy.AsFloats(th, v)
	if err != nil {
		return 0, err
	}
	if len(shape) != 0 || len(data) != 1 {
		return 0, interp.Errorf(interp.TypeError, "%s has to be a scalar time", what)
	}
	if dim != timeDim {
		return 0, dimError(what, "a time", dim)
	}
	return data[0], nil
}

// numpyFloats reads numbers, quantities and arrays.
func numpyFloats(th *interp.Thread, v interp.Value) ([]float64, []int, units.Dim, error) {
	return numpy.AsFloats(th, v)
}

// dimError is Brian's message for an argument with the wrong unit.
func dimError(what, kind string, got units.Dim) error {
	return numpy.DimensionError(units.MismatchMessage(fmt.Sprintf("Argument '%s' has to be %s", what, kind), got))
}

// sched converts dt=, clock=, when=, order=, name= arguments.
func (s *state) sched(th *interp.Thread, dt, clock, when interp.Value, order int, name interp.Value) (sim.Sched, error) {
	var sc sim.Sched
	sc.Order = order
	if dt != interp.None && dt != nil {
		t, err := timeArg(th, "dt", dt)
		if err != nil {
			return sc, err
		}
		sc.DT = t
	}
	if clock != interp.None && clock != nil {
		c, ok := clock.(*clockValue)
		if !ok {
			return sc, interp.Errorf(interp.TypeError, "clock has to be a Clock object, not '%s'", clock.Type().Name)
		}
		sc.Clock = c.clock()
	}
	if when != interp.None && when != nil {
		w, ok := when.(interp.Str)
		if !ok {
			return sc, interp.Errorf(interp.TypeError, "when has to be a string")
		}
		sc.When = string(w)
	}
	if name != interp.None && name != nil {
		n, ok := name.(interp.Str)
		if !ok {
			return sc, interp.Errorf(interp.TypeError, "name has to be a string")
		}
		sc.Name = string(n)
	}
	return sc, nil
}

func (gr *group) Len(th *interp.Thread) (int, error) { return gr.n(), nil }

func (gr *group) Repr(th *interp.Thread) (string, error) {
	if gr.sub != nil {
		a, b := gr.span()
		return fmt.Sprintf("<Subgroup '%s' of '%s' from %d to %d>", gr.sub.Name(), gr.g.Name(), a, b), nil
	}
	c, err := clockRepr(th, gr.g.Clock())
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s(clock=%s, when=start, order=%d, name='%s')", gr.Type().Name, c, gr.order, gr.owner().Name()), nil
}

// GetItem makes subgroups: G[10:20], G[5].
func (gr *group) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	if gr.syn != nil {
		return nil, interp.Errorf(interp.NotImplementedError, "indexing Synapses is not supported by gobrian; use S.w[...] or S.i/S.j")
	}
	n := gr.n()
	var start, stop int
	switch k := key.(type) {
	case *interp.Slice:
		var err error
		start, stop, err = sliceBounds(k, n)
		if err != nil {
			return nil, err
		}
	default:
		i, err := interp.AsInt(key)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "Subgroups can only be constructed using slicing syntax")
		}
		if i < 0 {
			i += int64(n)
		}
		if i < 0 || i >= int64(n) {
			return nil, interp.Errorf(interp.IndexError, "index out of range")
		}
		start, stop = int(i), int(i)+1
	}
	off, _ := gr.span()
	sub, err := gr.g.Slice(off+start, off+stop)
	if err != nil {
		return nil, gr.s.pyError(err, "creating")
	}
	sg := &group{s: gr.s, g: gr.g, sub: sub, spikes: gr.spikes}
	sg.obj = gr.s.track(th, sub, sg, gr.obj)
	sg.obj.magic = false
	return sg, nil
}

// sliceBounds resolves a step-1 slice over n elements.
func sliceBounds(k *interp.Slice, n int) (int, int, error) {
	if k.Step != interp.None && k.Step != nil {
		if st, err := interp.AsInt(k.Step); err != nil || st != 1 {
			return 0, 0, interp.Errorf(interp.IndexError, "Subgroups have to be contiguous")
		}
	}
	bound := func(v interp.Value, def int) (int, error) {
		if v == nil || v == interp.None {
			return def, nil
		}
		i, err := interp.AsInt(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += int64(n)
		}
		return int(min(max(i, 0), int64(n))), nil
	}
	a, err := bound(k.Start, 0)
	if err != nil {
		return 0, 0, err
	}
	b, err := bound(k.Stop, n)
	if err != nil {
		return 0, 0, err
	}
	return a, b, nil
}

// sizeArg is a group's size N: an int, or a float with an integral value
// (Brian accepts NE/4).
func sizeArg(fn string, v interp.Value) (int, error) {
	if n, err := interp.AsInt(v); err == nil {
		return int(n), nil
	}
	if f, ok := interp.AsFloat(v); ok && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int(f), nil
	}
	return 0, interp.Errorf(interp.TypeError, "%s() argument 'N' must be int, not %s", fn, v.Type().Name)
}
