package brian2

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// spikeMonitor is the Python SpikeMonitor.
type spikeMonitor struct {
	s     *state
	obj   *object
	m     *sim.SpikeMonitor
	src   *group
	event string // "" for spikes (SpikeMonitor), else an EventMonitor's event
}

func (m *spikeMonitor) Type() *interp.Class {
	if m.event != "" {
		return m.s.cls.eventMonitor
	}
	return m.s.cls.spikeMonitor
}

// newSpikeMonitor implements SpikeMonitor(source, variables=None, record=True, when=, order=, name=).
func (s *state) newSpikeMonitor(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source interp.Value
	var variables, record, when, order, name, codeobj interp.Value = interp.None, interp.True, interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("SpikeMonitor", args, kwargs, "source", &source, "variables?", &variables,
		"record?", &record, "when?", &when, "order?", &order, "name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	return s.eventMonitor(th, source, "", variables, record, when, order, name)
}

// newEventMonitor implements EventMonitor(source, event, variables=None, record=True, when=, order=, name=).
func (s *state) newEventMonitor(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source interp.Value
	var event string
	var variables, record, when, order, name, codeobj interp.Value = interp.None, interp.True, interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("EventMonitor", args, kwargs, "source", &source, "event", &event, "variables?", &variables,
		"record?", &record, "when?", &when, "order?", &order, "name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	return s.eventMonitor(th, source, event, variables, record, when, order, name)
}

// eventMonitor builds a SpikeMonitor (event "") or an EventMonitor.
func (s *state) eventMonitor(th *interp.Thread, source interp.Value, event string, variables, record, when, order, name interp.Value) (interp.Value, error) {
	src, err := sourceOf(source)
	if err != nil {
		return nil, err
	}
	if event == "" && !src.spikes {
		return nil, interp.Errorf(interp.ValueError, "Recorded group '%s' does not define an event 'spike'. Did you forget to set a 'threshold'?", src.owner().Name())
	}
	if event == "spike" {
		event = ""
	}
	var opts sim.SpikeMonitorOptions
	opts.Event = event
	if opts.Variables, err = nameList(th, variables); err != nil {
		return nil, err
	}
	rec, err := interp.Truth(th, record)
	if err != nil {
		return nil, err
	}
	opts.NoRecord = !rec
	ord := 1
	if order != interp.None {
		o, err := interp.AsInt(order)
		if err != nil {
			return nil, err
		}
		ord = int(o)
	}
	if opts.Sched, err = s.sched(th, interp.None, interp.None, when, ord, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	mon, err := sim.NewSpikeMonitor(s.env, src.source(), opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	m := &spikeMonitor{s: s, m: mon, src: src, event: event}
	m.obj = s.track(th, mon, m, src.obj)
	return m, nil
}

// nameList accepts None, a name or a sequence of names.
func nameList(th *interp.Thread, v interp.Value) ([]string, error) {
	switch x := v.(type) {
	case interp.NoneType:
		return nil, nil
	case interp.Str:
		return []string{string(x)}, nil
	}
	items, err := interp.ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for k, it := range items {
		s, ok := it.(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "variable names have to be strings")
		}
		out[k] = string(s)
	}
	return out, nil
}

func (m *spikeMonitor) Repr(th *interp.Thread) (string, error) {
	if m.event != "" {
		return fmt.Sprintf("<EventMonitor, recording event '%s' from '%s'>", m.event, m.src.owner().Name()), nil
	}
	return fmt.Sprintf("<SpikeMonitor, recording from '%s'>", m.m.Name()), nil
}

func (m *spikeMonitor) Len(th *interp.Thread) (int, error) { return m.m.NumSpikes(), nil }

func (m *spikeMonitor) times(dim units.Dim) *numpy.Array {
	return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, dim)
}

func (m *spikeMonitor) indices() *numpy.Array {
	is := m.m.I()
	ints := make([]int64, len(is))
	for k, i := range is {
		ints[k] = int64(i)
	}
	return numpy.NewInt32Array(ints, nil)
}

func (m *spikeMonitor) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "t":
		return m.s.recordedView(m.m.Name(), name, func() *numpy.Array { return m.times(timeDim) }), nil
	case "t_":
		return m.s.recordedView(m.m.Name(), name, func() *numpy.Array { return m.times(units.Dim{}) }), nil
	case "i":
		return m.s.recordedView(m.m.Name(), name, m.indices), nil
	case "count":
		return m.s.recordedView(m.m.Name(), name, func() *numpy.Array {
			c := m.m.Count()
			ints := make([]int64, len(c))
			for k, x := range c {
				ints[k] = int64(x)
			}
			return numpy.NewInt32Array(ints, nil)
		}), nil
	case "clock":
		return m.s.wrapClock(m.src.g.Clock()), nil
	case "num_spikes":
		if m.event != "" {
			return nil, nil
		}
		return interp.Int(m.m.NumSpikes()), nil
	case "num_events":
		return interp.Int(m.m.NumSpikes()), nil
	case "event_trains":
		return interp.NewBuiltin("event_trains", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if err := interp.UnpackArgs("event_trains", args, kw); err != nil {
				return nil, err
			}
			return m.perNeuron(th, m.m.T(), timeDim)
		}), nil
	case "it", "it_":
		i, _ := m.Attr(th, "i")
		t, _ := m.Attr(th, name[1:])
		return interp.Tuple{i, t}, nil
	case "N":
		return m.s.intView(m.m.Name(), "N", m.m.NumSpikes()), nil
	case "name":
		return interp.Str(m.m.Name()), nil
	case "source":
		return m.src, nil
	case "record_variables":
		return strList(m.m.Vars()), nil
	case "active":
		return interp.Bool(m.m.Active()), nil
	case "spike_trains":
		if m.event != "" {
			return nil, nil
		}
		return interp.NewBuiltin("spike_trains", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if err := interp.UnpackArgs("spike_trains", args, kw); err != nil {
				return nil, err
			}
			return m.perNeuron(th, m.m.T(), timeDim)
		}), nil
	case "values":
		return interp.NewBuiltin("values", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var vname string
			if err := interp.UnpackArgs("values", args, kw, "var", &vname); err != nil {
				return nil, err
			}
			return m.values(th, vname)
		}), nil
	case "all_values":
		return interp.NewBuiltin("all_values", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if err := interp.UnpackArgs("all_values", args, kw); err != nil {
				return nil, err
			}
			d := interp.NewDict()
			for _, vname := range append([]string{"t"}, m.m.Vars()...) {
				v, err := m.values(th, vname)
				if err != nil {
					return nil, err
				}
				if err := d.Set(th, interp.Str(vname), v); err != nil {
					return nil, err
				}
			}
			return d, nil
		}), nil
	}
	vname, useUnits := name, true
	if strings.HasSuffix(name, "_") {
		vname, useUnits = name[:len(name)-1], false
	}
	if _, _, ok := m.m.Values(vname); !ok {
		return nil, nil
	}
	return m.s.recordedView(m.m.Name(), name, func() *numpy.Array {
		vals, dim, _ := m.m.Values(vname)
		if !useUnits {
			dim = units.Dim{}
		}
		return numpy.NewFloatArray(append([]float64(nil), vals...), nil, dim)
	}), nil
}

func (m *spikeMonitor) values(th *interp.Thread, name string) (interp.Value, error) {
	if name == "t" {
		return m.perNeuron(th, m.m.T(), timeDim)
	}
	vals, dim, ok := m.m.Values(name)
	if !ok {
		return nil, interp.Errorf(interp.KeyError, "'%s'", name)
	}
	return m.perNeuron(th, vals, dim)
}

// perNeuron splits per-spike values by neuron: {i: values}, with an
// entry (possibly empty) for every neuron of the source.
func (m *spikeMonitor) perNeuron(th *interp.Thread, vals []float64, dim units.Dim) (interp.Value, error) {
	n := m.src.n()
	per := make([][]float64, n)
	for k, i := range m.m.I() {
		if i >= 0 && i < n && k < len(vals) {
			per[i] = append(per[i], vals[k])
		}
	}
	d := interp.NewDict()
	for i, v := range per {
		if v == nil {
			v = []float64{}
		}
		if err := d.Set(th, interp.Int(i), numpy.NewFloatArray(v, nil, dim)); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (m *spikeMonitor) AttrNames() []string {
	names := []string{"t", "t_", "i", "count", "num_spikes", "it", "it_", "name", "source",
		"record_variables", "active", "spike_trains", "event_trains", "num_events", "values", "all_values"}
	return append(names, m.m.Vars()...)
}

func (m *spikeMonitor) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	return setActiveAttr(th, m.m, "SpikeMonitor", name, v)
}
