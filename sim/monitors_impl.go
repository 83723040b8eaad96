package sim

import (
	"math"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

func monitorName(env *Env, s Sched, base string) (string, error) {
	if s.Name != "" {
		return s.Name, env.ReserveName(s.Name)
	}
	return env.UniqueName(base), nil
}

func whenOr(w, def string) string {
	if w == "" {
		return def
	}
	return w
}

func newStateMonitor(env *Env, src Source, vars []string, opts StateMonitorOptions) (*StateMonitor, error) {
	g := src.Group()
	start, stop := src.Span()
	m := &StateMonitor{src: src, vars: vars}
	for _, v := range vars {
		if x, ok := g.vars[v]; ok {
			m.dims = append(m.dims, x.Dim)
			m.kinds = append(m.kinds, x.Kind)
		} else if q, ok := g.subexpression(v); ok {
			m.dims = append(m.dims, q.Dim)
			m.kinds = append(m.kinds, Kind(q.VarType))
		} else {
			return nil, simerr.New(simerr.KeyError, "'%s'", v)
		}
	}
	if opts.RecordAll {
		for k := range stop - start {
			m.record = append(m.record, k)
		}
	} else {
		for _, k := range opts.Record {
			if k < 0 || k >= stop-start {
				return nil, simerr.New(simerr.IndexError, "Index number %d out of range for group of size %d", k, stop-start)
			}
		}
		m.record = append([]int(nil), opts.Record...)
	}
	name, err := monitorName(env, opts.Sched, "statemonitor")
	if err != nil {
		return nil, err
	}
	m.name = name
	m.clock = clockFor(env, opts.Sched)
	m.when, m.order = whenOr(opts.When, "start"), opts.Order
	m.data = make([][]float64, len(vars))
	progs := make([]*compiled, len(vars))
	idx := make([]int32, len(m.record))
	for k, r := range m.record {
		idx[k] = int32(start + r)
	}
	m.ps = []*part{{owner: m, name: m.name, when: m.when, order: m.order, clock: m.clock,
		prepare: func(rc *runContext) error {
			for k, v := range m.vars {
				if _, ok := g.vars[v]; ok {
					continue
				}
				q, _ := g.subexpression(v)
				b := g.newScope(start, stop, rc.resolver)
				b.clock = m.clock
				n := g.expandSubexpressions(q.Node)
				if err := b.resolve(expr.Identifiers(n)); err != nil {
					return err
				}
				p, err := expr.CompileExpr(n, b.scope())
				if err != nil {
					return err
				}
				progs[k] = newCompiled(p)
			}
			return nil
		},
		step: func(rc *runContext) error {
			m.t = append(m.t, m.clock.T())
			for k, v := range m.vars {
				if x, ok := g.vars[v]; ok {
					d := x.data
					if x.index != nil {
						for _, i := range idx {
							m.data[k] = append(m.data[k], d[x.index[i]])
						}
						continue
					}
					if x.Shared {
						for range idx {
							m.data[k] = append(m.data[k], d[0])
						}
						continue
					}
					for _, i := range idx {
						m.data[k] = append(m.data[k], d[i])
					}
					continue
				}
				progs[k].execIndices(idx, 0, 0, func(_ []int32, vals []float64) {
					m.data[k] = append(m.data[k], vals...)
				})
			}
			return nil
		}}}
	return m, nil
}

func newSpikeMonitor(env *Env, src Source, opts SpikeMonitorOptions) (*SpikeMonitor, error) {
	g := src.Group()
	start, stop := src.Span()
	m := &SpikeMonitor{src: src, event: opts.Event, record: !opts.NoRecord, vars: opts.Variables}
	if m.event == "" {
		m.event = "spike"
	}
	base := "spikemonitor"
	if m.event != "spike" {
		if _, ok := g.opts.Events[m.event]; !ok {
			return nil, simerr.New(simerr.ValueError, "Recorded group does not define an event '%s'.", m.event)
		}
		base = "eventmonitor"
	}
	for _, v := range m.vars {
		x, ok := g.vars[v]
		if !ok {
			return nil, simerr.New(simerr.KeyError, "'%s'", v)
		}
		m.dims = append(m.dims, x.Dim)
	}
	m.values = make([][]float64, len(m.vars))
	m.count = make([]int, stop-start)
	name, err := monitorName(env, opts.Sched, base)
	if err != nil {
		return nil, err
	}
	m.name = name
	m.clock = g.clock
	order := opts.Order
	if opts.When == "" && order == 0 {
		order = 1
	}
	m.ps = []*part{{owner: m, name: m.name, when: whenOr(opts.When, "thresholds"), order: order, clock: m.clock,
		step: func(rc *runContext) error {
			t := m.clock.T()
			ev, _ := g.EventIndices(m.event)
			for _, k := range ev {
				i := int(k)
				if i < start || i >= stop {
					continue
				}
				m.count[i-start]++
				if !m.record {
					continue
				}
				m.t = append(m.t, t)
				m.i = append(m.i, i-start)
				for j, v := range m.vars {
					m.values[j] = append(m.values[j], g.vars[v].at(int(i)))
				}
			}
			return nil
		}}}
	return m, nil
}

func newPopulationRateMonitor(env *Env, src Source, opts Sched) (*PopulationRateMonitor, error) {
	g := src.Group()
	start, stop := src.Span()
	m := &PopulationRateMonitor{src: src}
	name, err := monitorName(env, opts, "ratemonitor")
	if err != nil {
		return nil, err
	}
	m.name = name
	m.clock = g.clock
	nsrc := float64(stop - start)
	m.ps = []*part{{owner: m, name: m.name, when: whenOr(opts.When, "end"), order: opts.Order, clock: m.clock,
		step: func(rc *runContext) error {
			c := 0
			for _, k := range g.spikes {
				if int(k) >= start && int(k) < stop {
					c++
				}
			}
			m.t = append(m.t, m.clock.T())
			m.rate = append(m.rate, float64(c)/m.clock.dt/nsrc)
			return nil
		}}}
	return m, nil
}

// smoothRate convolves the rate with a window in "same" mode, as Brian's
// PopulationRateMonitor.smooth_rate.
func smoothRate(rate []float64, dt float64, window string, width float64) ([]float64, error) {
	var w []float64
	switch window {
	case "gaussian":
		half := int(math.RoundToEven(2 * width / dt))
		sd := width / dt
		for k := -half; k <= half; k++ {
			w = append(w, math.Exp(-float64(k*k)*1.0/(2*sd*sd)))
		}
	case "flat":
		w = make([]float64, int(width/2/dt)*2+1)
		fill(w, 1)
	default:
		return nil, simerr.New(simerr.NotImplementedError, "Unknown pre-defined window \"%s\"", window)
	}
	return SmoothWith(rate, w)
}

// SmoothWith convolves a rate with an arbitrary window of odd length
// (normalised to sum 1), as smooth_rate(window=array).
func SmoothWith(rate, window []float64) ([]float64, error) {
	if len(window)%2 != 1 {
		return nil, simerr.New(simerr.TypeError, "The window has to have an odd number of values.")
	}
	sum := 0.0
	for _, x := range window {
		sum += x
	}
	w := make([]float64, len(window))
	for k, x := range window {
		w[k] = x * 1.0 / sum
	}
	return convolveSame(rate, w), nil
}

// convolveSame is numpy.convolve(x, w, mode='same').
func convolveSame(x, w []float64) []float64 {
	n, m := len(x), len(w)
	full := n + m - 1
	out := make([]float64, n)
	off := (full - max(n, m)) / 2
	if m > n {
		off = (full - n) / 2
	}
	for k := range n {
		j := k + off // index into the full convolution
		s := 0.0
		for i := max(0, j-m+1); i <= min(j, n-1); i++ {
			s += x[i] * w[j-i]
		}
		out[k] = s
	}
	return out
}

var _ = units.Dim{}
