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
	case "t", "t_":
		dim := timeDim
		if name == "t_" {
			dim = units.Dim{}
		}
		return m.s.recordedView(m.m.Name(), name, func() *numpy.Array {
			return numpy.NewFloatArray(append([]float64(nil), m.m.T()...), nil, dim)
		}), nil
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
		return strList(m.m.Vars()), nil
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

// strList is names as a Python list of str.
func strList(names []string) *interp.List {
	out := make([]interp.Value, len(names))
	for k, v := range names {
		out[k] = interp.Str(v)
	}
	return interp.NewList(out)
}

// activator is a sim monitor that can be switched on and off.
type activator interface{ SetActive(on bool) }

// setActiveAttr is a monitor's SetAttr: only `active` is writable.
func setActiveAttr(th *interp.Thread, m activator, kind, name string, v interp.Value) error {
	if name != "active" {
		return interp.Errorf(interp.AttributeError, "can't set attribute '%s' of a %s", name, kind)
	}
	on, err := interp.Truth(th, v)
	if err != nil {
		return err
	}
	m.SetActive(on)
	return nil
}

func (m *stateMonitor) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	return setActiveAttr(th, m.m, "StateMonitor", name, v)
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
