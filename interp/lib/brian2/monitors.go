package brian2

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

var hertzDim = units.Dim{units.Time: -1}

// sourceOf accepts the groups monitors can record from.
func sourceOf(v interp.Value) (*group, error) {
	g, ok := v.(*group)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "source has to be a group, not '%s'", v.Type().Name)
	}
	return g, nil
}

func (gr *group) source() sim.Source { return gr.owner() }

// stateMonitor is the Python StateMonitor.
type stateMonitor struct {
	s   *state
	obj *object
	m   *sim.StateMonitor
	src *group
}

func (m *stateMonitor) Type() *interp.Class { return m.s.cls.stateMonitor }

// newStateMonitor implements StateMonitor(source, variables, record, dt=, clock=, when=, order=, name=).
func (s *state) newStateMonitor(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source, variables, record interp.Value
	var dt, clock, when, name, codeobj interp.Value = interp.None, interp.None, interp.Str("start"), interp.None, interp.None
	order := 0
	if err := interp.UnpackArgs("StateMonitor", args, kwargs, "source", &source, "variables", &variables,
		"record", &record, "dt?", &dt, "clock?", &clock, "when?", &when, "order?", &order,
		"name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	src, err := sourceOf(source)
	if err != nil {
		return nil, err
	}
	var vars []string
	switch v := variables.(type) {
	case interp.Str:
		vars = []string{string(v)}
	case interp.Bool:
		if v {
			vars = recordableVars(src.g)
		}
	default:
		items, err := interp.ToSlice(th, variables)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "variables has to be a string, a list of strings or True")
		}
		for _, it := range items {
			sv, ok := it.(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "variable names have to be strings")
			}
			vars = append(vars, string(sv))
		}
	}
	var opts sim.StateMonitorOptions
	switch r := record.(type) {
	case interp.Bool:
		opts.RecordAll = bool(r)
	case interp.Int:
		opts.Record = []int{int(r)}
	default:
		data, _, _, err := numpy.AsFloats(th, record)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "record has to be True, False, an index or a sequence of indices")
		}
		opts.Record = make([]int, len(data))
		for k, x := range data {
			opts.Record[k] = int(x)
		}
	}
	if opts.Sched, err = s.sched(th, dt, clock, when, order, name); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	mon, err := sim.NewStateMonitor(s.env, src.source(), vars, opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	m := &stateMonitor{s: s, m: mon, src: src}
	m.obj = s.track(th, mon, m, src.obj)
	return m, nil
}

// recordableVars are the variables record=True/variables=True monitor:
// the model's, not Brian's bookkeeping ones.
func recordableVars(g *sim.NeuronGroup) []string {
	var out []string
	for _, v := range g.VarNames() {
		switch v {
		case "i", "N", "t", "dt", "lastspike", "not_refractory", "t_in_timesteps":
			continue
		}
		out = append(out, v)
	}
	return out
}

func (m *stateMonitor) Repr(th *interp.Thread) (string, error) {
	quoted := make([]string, len(m.m.Vars()))
	for k, v := range m.m.Vars() {
		quoted[k] = "'" + v + "'"
	}
	return fmt.Sprintf("<StateMonitor, recording [%s] from '%s'>", strings.Join(quoted, ", "), m.src.owner().Name()), nil
}

func (m *stateMonitor) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "t":
		return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, timeDim), nil
	case "t_":
		return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, units.Dim{}), nil
	case "name":
		return interp.Str(m.m.Name()), nil
	case "source":
		return m.src, nil
	case "record":
		rec := m.m.Record()
		ints := make([]int64, len(rec))
		for k, r := range rec {
			ints[k] = int64(r)
		}
		return numpy.NewInt32Array(ints, nil), nil
	case "n_indices":
		return interp.Int(len(m.m.Record())), nil
	case "record_variables":
		vars := m.m.Vars()
		out := make([]interp.Value, len(vars))
		for k, v := range vars {
			out[k] = interp.Str(v)
		}
		return interp.NewList(out), nil
	case "clock":
		return m.s.wrapClock(m.m.Clock()), nil
	case "active":
		return interp.Bool(m.m.Active()), nil
	}
	vname, useUnits := name, true
	if strings.HasSuffix(name, "_") {
		vname, useUnits = name[:len(name)-1], false
	}
	return m.recording(vname, useUnits, -1), nil
}

// recording returns a variable's recording as a (indices, times) array,
// or one row when row >= 0; nil when the variable is not recorded.
func (m *stateMonitor) recording(name string, useUnits bool, row int) interp.Value {
	rows, ok := m.m.Values(name)
	if !ok {
		return nil
	}
	dim, _, _ := m.m.Dim(name)
	if !useUnits {
		dim = units.Dim{}
	}
	steps := len(m.m.T())
	if row >= 0 {
		return numpy.NewFloatArray(rows[row], nil, dim)
	}
	flat := make([]float64, 0, len(rows)*steps)
	for _, r := range rows {
		flat = append(flat, r...)
	}
	return numpy.NewFloatArray(flat, []int{len(rows), steps}, dim)
}

func (m *stateMonitor) AttrNames() []string {
	names := []string{"t", "t_", "name", "source", "record", "n_indices", "record_variables", "clock", "active"}
	for _, v := range m.m.Vars() {
		names = append(names, v, v+"_")
	}
	return names
}

func (m *stateMonitor) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	if name == "active" {
		on, err := interp.Truth(th, v)
		if err != nil {
			return err
		}
		m.m.SetActive(on)
		return nil
	}
	return interp.Errorf(interp.AttributeError, "can't set attribute '%s' of a StateMonitor", name)
}

// GetItem is M[i]: the recordings of neuron i (which must be recorded).
func (m *stateMonitor) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	idx := int64(-1)
	if g, ok := key.(*group); ok && g.n() == 1 {
		a, _ := g.span()
		idx = int64(a)
	} else {
		var err error
		if idx, err = interp.AsInt(key); err != nil {
			return nil, interp.Errorf(interp.TypeError, "StateMonitor indices have to be integers")
		}
	}
	for row, r := range m.m.Record() {
		if int64(r) == idx {
			return &stateMonitorView{m: m, row: row}, nil
		}
	}
	return nil, interp.Errorf(interp.IndexError, "Index number %d has not been recorded", idx)
}

// stateMonitorView is M[i]: attribute access to one neuron's recordings.
type stateMonitorView struct {
	m   *stateMonitor
	row int
}

func (v *stateMonitorView) Type() *interp.Class { return interp.ObjectType }

func (v *stateMonitorView) Attr(th *interp.Thread, name string) (interp.Value, error) {
	if name == "t" || name == "t_" {
		return v.m.Attr(th, name)
	}
	vname, useUnits := name, true
	if strings.HasSuffix(name, "_") {
		vname, useUnits = name[:len(name)-1], false
	}
	return v.m.recording(vname, useUnits, v.row), nil
}

func (v *stateMonitorView) AttrNames() []string { return v.m.AttrNames() }

// spikeMonitor is the Python SpikeMonitor.
type spikeMonitor struct {
	s   *state
	obj *object
	m   *sim.SpikeMonitor
	src *group
}

func (m *spikeMonitor) Type() *interp.Class { return m.s.cls.spikeMonitor }

// newSpikeMonitor implements SpikeMonitor(source, variables=None, record=True, when=, order=, name=).
func (s *state) newSpikeMonitor(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source interp.Value
	var variables, record, when, order, name, codeobj interp.Value = interp.None, interp.True, interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("SpikeMonitor", args, kwargs, "source", &source, "variables?", &variables,
		"record?", &record, "when?", &when, "order?", &order, "name?", &name, "codeobj_class?", &codeobj); err != nil {
		return nil, err
	}
	src, err := sourceOf(source)
	if err != nil {
		return nil, err
	}
	if !src.spikes {
		return nil, interp.Errorf(interp.ValueError, "Recorded group '%s' does not define an event 'spike'. Did you forget to set a 'threshold'?", src.owner().Name())
	}
	var opts sim.SpikeMonitorOptions
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
	m := &spikeMonitor{s: s, m: mon, src: src}
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
		return m.times(timeDim), nil
	case "t_":
		return m.times(units.Dim{}), nil
	case "i":
		return m.indices(), nil
	case "count":
		c := m.m.Count()
		ints := make([]int64, len(c))
		for k, x := range c {
			ints[k] = int64(x)
		}
		return numpy.NewInt32Array(ints, nil), nil
	case "num_spikes":
		return interp.Int(m.m.NumSpikes()), nil
	case "it":
		return interp.Tuple{m.indices(), m.times(timeDim)}, nil
	case "it_":
		return interp.Tuple{m.indices(), m.times(units.Dim{})}, nil
	case "name":
		return interp.Str(m.m.Name()), nil
	case "source":
		return m.src, nil
	case "record_variables":
		vars := m.m.Vars()
		out := make([]interp.Value, len(vars))
		for k, v := range vars {
			out[k] = interp.Str(v)
		}
		return interp.NewList(out), nil
	case "active":
		return interp.Bool(m.m.Active()), nil
	case "spike_trains":
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
	vals, dim, ok := m.m.Values(vname)
	if !ok {
		return nil, nil
	}
	if !useUnits {
		dim = units.Dim{}
	}
	return numpy.NewFloatArray(append([]float64(nil), vals...), nil, dim), nil
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
		"record_variables", "active", "spike_trains", "values", "all_values"}
	return append(names, m.m.Vars()...)
}

func (m *spikeMonitor) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	if name == "active" {
		on, err := interp.Truth(th, v)
		if err != nil {
			return err
		}
		m.m.SetActive(on)
		return nil
	}
	return interp.Errorf(interp.AttributeError, "can't set attribute '%s' of a SpikeMonitor", name)
}

// rateMonitor is the Python PopulationRateMonitor.
type rateMonitor struct {
	s   *state
	obj *object
	m   *sim.PopulationRateMonitor
	src *group
}

func (m *rateMonitor) Type() *interp.Class { return m.s.cls.rateMonitor }

// newRateMonitor implements PopulationRateMonitor(source, name=, codeobj_class=, dtype=).
func (s *state) newRateMonitor(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var source interp.Value
	var name, codeobj, dtype interp.Value = interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("PopulationRateMonitor", args, kwargs, "source", &source,
		"name?", &name, "codeobj_class?", &codeobj, "dtype?", &dtype); err != nil {
		return nil, err
	}
	src, err := sourceOf(source)
	if err != nil {
		return nil, err
	}
	sc, err := s.sched(th, interp.None, interp.None, interp.None, 0, name)
	if err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	mon, err := sim.NewPopulationRateMonitor(s.env, src.source(), sc)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	m := &rateMonitor{s: s, m: mon, src: src}
	m.obj = s.track(th, mon, m, src.obj)
	return m, nil
}

func (m *rateMonitor) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("<PopulationRateMonitor, recording %s>", m.src.owner().Name()), nil
}

func (m *rateMonitor) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "t":
		return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, timeDim), nil
	case "t_":
		return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, units.Dim{}), nil
	case "rate":
		return numpy.NewFloatArray(append([]float64(nil), m.m.Rate()...), nil, hertzDim), nil
	case "rate_":
		return numpy.NewFloatArray(append([]float64(nil), m.m.Rate()...), nil, units.Dim{}), nil
	case "name":
		return interp.Str(m.m.Name()), nil
	case "source":
		return m.src, nil
	case "active":
		return interp.Bool(m.m.Active()), nil
	case "smooth_rate":
		return interp.NewBuiltin("smooth_rate", m.smoothRate), nil
	}
	return nil, nil
}

func (m *rateMonitor) AttrNames() []string {
	return []string{"t", "t_", "rate", "rate_", "name", "source", "active", "smooth_rate"}
}

func (m *rateMonitor) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	if name == "active" {
		on, err := interp.Truth(th, v)
		if err != nil {
			return err
		}
		m.m.SetActive(on)
		return nil
	}
	return interp.Errorf(interp.AttributeError, "can't set attribute '%s' of a PopulationRateMonitor", name)
}

// smoothRate implements smooth_rate(window='gaussian', width=None).
func (m *rateMonitor) smoothRate(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	window := "gaussian"
	var width interp.Value = interp.None
	if err := interp.UnpackArgs("smooth_rate", args, kw, "window?", &window, "width?", &width); err != nil {
		return nil, err
	}
	if window != "gaussian" && window != "flat" {
		return nil, interp.Errorf(interp.NotImplementedError, "Unknown pre-defined window \"%s\"", window)
	}
	if width == interp.None {
		return nil, interp.Errorf(interp.TypeError, "Need a width when using a predefined window.")
	}
	w, err := timeArg(th, "width", width)
	if err != nil {
		return nil, err
	}
	r, err := m.m.SmoothRate(window, w)
	if err != nil {
		return nil, m.s.pyError(err, "running")
	}
	return numpy.NewFloatArray(r, nil, hertzDim), nil
}
