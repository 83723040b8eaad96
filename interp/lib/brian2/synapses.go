package brian2

import (
	"strconv"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim"
)

// newSynapses implements Synapses(source, target=None, model=None,
// on_pre=None, on_post=None, delay=None, method=, namespace=, dt=, clock=,
// order=, name=). Its state variables behave like a group's.
func (s *state) newSynapses(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source interp.Value
	none := func() interp.Value { return interp.None }
	target, model, onPre, pre, onPost, post, delay := none(), none(), none(), none(), none(), none(), none()
	onEvent, multi, namespace, dtype, codeobj, dt, clock, method, methodOpts, name := none(), none(), none(), none(), none(), none(), none(), none(), none(), none()
	order := 0
	if err := interp.UnpackArgs("Synapses", args, kwargs, "source", &source, "target?", &target,
		"model?", &model, "on_pre?", &onPre, "pre?", &pre, "on_post?", &onPost, "post?", &post,
		"connect?", new(interp.Value), "delay?", &delay, "on_event?", &onEvent,
		"multisynaptic_index?", &multi, "namespace?", &namespace, "dtype?", &dtype,
		"codeobj_class?", &codeobj, "dt?", &dt, "clock?", &clock, "order?", &order,
		"method?", &method, "method_options?", &methodOpts, "name?", &name); err != nil {
		return nil, err
	}
	src, err := sourceOf(source)
	if err != nil {
		return nil, err
	}
	tgt := src
	if target != interp.None {
		if tgt, err = sourceOf(target); err != nil {
			return nil, err
		}
	}
	text := ""
	if model != interp.None {
		if text, err = modelText(th, model); err != nil {
			return nil, err
		}
	}
	var opts sim.SynapsesOptions
	if pre != interp.None && onPre == interp.None {
		onPre = pre
	}
	if post != interp.None && onPost == interp.None {
		onPost = post
	}
	if opts.Pathways, err = synapsePathways(th, onPre, onPost, delay, onEvent); err != nil {
		return nil, err
	}
	if opts.Method, err = methodName(th, method); err != nil {
		return nil, err
	}
	if namespace != interp.None {
		if opts.Namespace, err = dictResolver(th, namespace); err != nil {
			return nil, err
		}
	}
	if opts.Sched, err = s.sched(th, dt, clock, interp.None, order, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	syn, err := sim.NewSynapses(s.env, src.source(), tgt.source(), text, opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	gr := &group{s: s, g: syn.Group(), syn: syn, cls: s.cls.synapses, order: order}
	gr.obj = s.track(th, syn, gr, src.obj, tgt.obj)
	gr.src, gr.tgt = src, tgt
	return gr, nil
}

// synAttr gives the attributes only Synapses have (nil for others).
func (gr *group) synAttr(name string) interp.Value {
	switch name {
	case "connect":
		return interp.NewBuiltin("connect", gr.connect)
	case "source":
		return gr.src
	case "target":
		return gr.tgt
	case "N":
		// Brian's Synapses.N is a (shared, read-only) variable.
		return gr.s.intView(gr.syn.Name(), "N", gr.syn.N())
	}
	return gr.pathwayAttr(name)
}

// connect implements S.connect(condition=None, i=None, j=None, p=1.,
// n=1, skip_if_invalid=False, namespace=None).
func (gr *group) connect(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var condition, i, j, p, n, skip, namespace, level interp.Value = interp.None, interp.None, interp.None, interp.None, interp.Int(1), interp.False, interp.None, interp.None
	if err := interp.UnpackArgs("connect", args, kwargs, "condition?", &condition, "i?", &i, "j?", &j,
		"p?", &p, "n?", &n, "skip_if_invalid?", &skip, "namespace?", &namespace, "level?", &level); err != nil {
		return nil, err
	}
	var c sim.Connect
	switch x := condition.(type) {
	case interp.NoneType:
	case interp.Str:
		c.Condition = string(x)
	case interp.Bool:
		if !x {
			return interp.None, nil
		}
	default:
		return nil, interp.Errorf(interp.TypeError, "condition argument must be bool or string. If you want to connect based on indices, use the connect(i=..., j=...) syntax.")
	}
	var err error
	if c.I, err = indexList(th, "i", i); err != nil {
		return nil, err
	}
	if js, ok := j.(interp.Str); ok {
		c.JExpr = string(js)
	} else if c.J, err = indexList(th, "j", j); err != nil {
		return nil, err
	}
	switch x := p.(type) {
	case interp.NoneType:
	case interp.Str:
		c.P = string(x)
	default:
		f, ok := interp.AsFloat(p)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "p has to be a number or a string")
		}
		if f != 1 {
			c.P = strconv.FormatFloat(f, 'g', -1, 64)
		}
	}
	nn, err := interp.AsInt(n)
	if err != nil {
		return nil, interp.Errorf(interp.TypeError, "n has to be an integer")
	}
	c.N = int(nn)
	if c.SkipIfInvalid, err = interp.Truth(th, skip); err != nil {
		return nil, err
	}
	r := gr.s.resolver(th)
	if namespace != interp.None {
		if r, err = dictResolver(th, namespace); err != nil {
			return nil, err
		}
	}
	gr.s.bind(th)
	return interp.None, gr.s.pyError(gr.syn.Connect(c, r), "connecting")
}

// indexList accepts None, an index or a sequence of indices.
func indexList(th *interp.Thread, what string, v interp.Value) ([]int, error) {
	if v == interp.None {
		return nil, nil
	}
	if k, err := interp.AsInt(v); err == nil {
		return []int{int(k)}, nil
	}
	items, err := interp.ToSlice(th, v)
	if err != nil {
		return nil, interp.Errorf(interp.TypeError, "%s has to be an index or a sequence of indices", what)
	}
	out := make([]int, len(items))
	for k, it := range items {
		x, err := interp.AsInt(it)
		if err != nil {
			f, ok := interp.AsFloat(it)
			if !ok || f != float64(int64(f)) {
				return nil, interp.Errorf(interp.TypeError, "%s has to contain integer indices", what)
			}
			x = int64(f)
		}
		out[k] = int(x)
	}
	return out, nil
}

// newPoissonGroup implements PoissonGroup(N, rates, dt=, clock=, when=, order=, namespace=, name=).
func (s *state) newPoissonGroup(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var nArg interp.Value
	var rates interp.Value
	var dt, clock, when, namespace, name, codeobj interp.Value = interp.None, interp.None, interp.None, interp.None, interp.None, interp.None
	order := 0
	if err := interp.UnpackArgs("PoissonGroup", args, kwargs, "N", &nArg, "rates", &rates, "dt?", &dt,
		"clock?", &clock, "when?", &when, "order?", &order, "namespace?", &namespace, "name?", &name,
		"codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	n, err := sizeArg("PoissonGroup", nArg)
	if err != nil {
		return nil, err
	}
	var opts sim.PoissonOptions
	if expr, ok := rates.(interp.Str); ok {
		opts.RatesExpr = string(expr)
	} else {
		data, shape, dim, err := numpyFloats(th, rates)
		if err != nil {
			return nil, err
		}
		if dim != hertzDim {
			return nil, dimError("rates", "a rate", dim)
		}
		if len(shape) == 0 {
			opts.Rate = data[0]
		} else {
			opts.Rates = data
		}
	}
	if opts.Sched, err = s.sched(th, dt, clock, when, order, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	g, err := sim.NewPoissonGroup(s.env, n, opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	gr := &group{s: s, g: g, cls: s.cls.poissonGroup, order: order, spikes: true}
	gr.obj = s.track(th, g, gr)
	return gr, nil
}

// newSpikeGeneratorGroup implements SpikeGeneratorGroup(N, indices, times, dt=, clock=, period=, when=, order=, sorted=, name=).
func (s *state) newSpikeGeneratorGroup(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var nArg interp.Value
	var indices, times interp.Value
	var dt, clock, period, when, sorted, name, codeobj interp.Value = interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None
	order := 0
	if err := interp.UnpackArgs("SpikeGeneratorGroup", args, kwargs, "N", &nArg, "indices", &indices,
		"times", &times, "dt?", &dt, "clock?", &clock, "period?", &period, "when?", &when,
		"order?", &order, "sorted?", &sorted, "name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	n, err := sizeArg("SpikeGeneratorGroup", nArg)
	if err != nil {
		return nil, err
	}
	idx, err := indexList(th, "indices", indices)
	if err != nil {
		return nil, err
	}
	ts, _, dim, err := numpyFloats(th, times)
	if err != nil {
		return nil, err
	}
	if dim != timeDim {
		return nil, dimError("times", "a time", dim)
	}
	var opts sim.SpikeGeneratorOptions
	if period != interp.None {
		if opts.Period, err = timeArg(th, "period", period); err != nil {
			return nil, err
		}
	}
	if opts.Sched, err = s.sched(th, dt, clock, when, order, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	g, err := sim.NewSpikeGeneratorGroup(s.env, n, idx, ts, opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	gr := &group{s: s, g: g, cls: s.cls.spikeGeneratorGroup, order: order, spikes: true}
	gr.obj = s.track(th, g, gr)
	return gr, nil
}
