package sim

import (
	"math"
)

// Clock is a simulation clock: a time step dt and the current time step
// index. Time is kept as an integer step count so t = i*dt is exact.
type Clock struct {
	name string
	dt   float64
	i    int64   // current time step
	tval float64 // i*dt, read by compiled code as t
}

// NewClock makes a clock with time step dt (seconds).
func NewClock(env *Env, dt float64, name string) (*Clock, error) {
	if name == "" {
		name = env.UniqueName("clock")
	} else if err := env.ReserveName(name); err != nil {
		return nil, err
	}
	c := &Clock{name: name}
	if err := c.SetDT(dt); err != nil {
		return nil, err
	}
	return c, nil
}

// Name is the clock's name.
func (c *Clock) Name() string { return c.name }

// DT is the time step in seconds.
func (c *Clock) DT() float64 { return c.dt }

// SetDT changes the time step; the current time is kept (rounded to the
// new grid), as Brian does between runs.
func (c *Clock) SetDT(dt float64) error {
	if !(dt > 0) || math.IsInf(dt, 0) {
		return errorf("ValueError", "dt has to be a positive value, not %v s.", dt)
	}
	t := c.T()
	c.dt = dt
	c.setStep(int64(math.Round(t / dt)))
	return nil
}

// T is the current time in seconds.
func (c *Clock) T() float64 { return float64(c.i) * c.dt }

// Step is the current time step index.
func (c *Clock) Step() int64 { return c.i }

func (c *Clock) setT(t float64) { c.setStep(int64(math.Round(t / c.dt))) }

func (c *Clock) setStep(i int64) {
	c.i = i
	c.tval = float64(i) * c.dt
}
