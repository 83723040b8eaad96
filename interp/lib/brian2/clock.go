package brian2

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
)

// clockValue is a Python Clock; the default clock is the Env's.
type clockValue struct {
	s *state
	c *sim.Clock
	// isDefault marks defaultclock, which follows the Env's clock.
	isDefault bool
}

func (c *clockValue) clock() *sim.Clock {
	if c.isDefault {
		return c.s.env.DefaultClock
	}
	return c.c
}

func (c *clockValue) Type() *interp.Class { return c.s.cls.clock }

func (s *state) defaultClock() *clockValue { return &clockValue{s: s, isDefault: true} }

// wrapClock returns the Python object for a simulator clock: G.clock is
// the Clock itself (its repr names it), not the defaultclock proxy.
func (s *state) wrapClock(c *sim.Clock) *clockValue {
	return &clockValue{s: s, c: c}
}

// newClock implements Clock(dt, name='clock*').
func (s *state) newClock(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var dt, name interp.Value = nil, interp.None
	if err := interp.UnpackArgs("Clock", args, kwargs, "dt", &dt, "name?", &name); err != nil {
		return nil, err
	}
	t, err := timeArg(th, "dt", dt)
	if err != nil {
		return nil, err
	}
	n := ""
	if name != interp.None {
		ns, ok := name.(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "name has to be a string")
		}
		n = string(ns)
	}
	c, err := sim.NewClock(s.env, t, n)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	return &clockValue{s: s, c: c}, nil
}

func (c *clockValue) Attr(th *interp.Thread, name string) (interp.Value, error) {
	k := c.clock()
	switch name {
	case "dt":
		return numpy.NewQuantity(k.DT(), timeDim), nil
	case "dt_":
		return interp.Float(k.DT()), nil
	case "t", "t_", "timestep":
		return c.s.clockView(k, k.Name(), name), nil
	case "name":
		return interp.Str(k.Name()), nil
	}
	return nil, nil
}

func (c *clockValue) AttrNames() []string {
	return []string{"dt", "dt_", "name", "t", "t_", "timestep"}
}

func (c *clockValue) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	k := c.clock()
	switch name {
	case "dt":
		t, err := timeArg(th, "dt", v)
		if err != nil {
			return err
		}
		return c.s.pyError(k.SetDT(t), "setting")
	case "dt_":
		f, ok := interp.AsFloat(v)
		if !ok {
			return interp.Errorf(interp.TypeError, "dt_ has to be a number")
		}
		return c.s.pyError(k.SetDT(f), "setting")
	case "t", "t_", "timestep":
		return interp.Errorf(interp.TypeError, "Variable %s is read-only.", strings.TrimSuffix(name, "_"))
	}
	return interp.Errorf(interp.AttributeError, "'Clock' object attribute '%s' is read-only", name)
}

func (c *clockValue) Repr(th *interp.Thread) (string, error) {
	if c.isDefault {
		return "<brian2.core.clocks.DefaultClockProxy object>", nil
	}
	return clockRepr(th, c.c)
}

// clockRepr is Brian's "Clock(dt=100. * usecond, name='defaultclock')".
func clockRepr(th *interp.Thread, k *sim.Clock) (string, error) {
	dt, err := interp.Repr(th, numpy.NewQuantity(k.DT(), timeDim))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("Clock(dt=%s, name='%s')", dt, k.Name()), nil
}
