package brian2

import (
	"fmt"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

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
	case "t", "t_", "rate", "rate_":
		dim := map[string]units.Dim{"t": timeDim, "rate": hertzDim}[name]
		return m.s.recordedView(m.m.Name(), name, func() *numpy.Array {
			vals := m.m.T()
			if name[0] == 'r' {
				vals = m.m.Rate()
			}
			return numpy.NewFloatArray(append([]float64(nil), vals...), nil, dim)
		}), nil
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
	return setActiveAttr(th, m.m, "PopulationRateMonitor", name, v)
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
