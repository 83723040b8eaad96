package sim

import "github.com/gobrian/gobrian/sim/units"

// StateMonitorOptions are StateMonitor's keyword arguments. Sched.When
// defaults to "start".
type StateMonitorOptions struct {
	Record    []int // neuron indices (relative to the source) to record
	RecordAll bool  // record=True
	Sched
}

// StateMonitor records variables of a group over time. Values are
// recorded at the start of each step, so T runs 0, dt, ..., T-dt.
type StateMonitor struct {
	activity
	name   string
	src    Source
	vars   []string
	dims   []units.Dim
	kinds  []Kind
	record []int
	clock  *Clock
	when   string
	order  int
	t      []float64
	data   [][]float64 // per variable: time-major, len(record) values per step
	ps     []*part
}

// NewStateMonitor monitors vars of src (names of variables or
// subexpressions).
func NewStateMonitor(env *Env, src Source, vars []string, opts StateMonitorOptions) (*StateMonitor, error) {
	return newStateMonitor(env, src, vars, opts)
}

func (m *StateMonitor) Name() string   { return m.name }
func (m *StateMonitor) parts() []*part { return m.ps }
func (m *StateMonitor) Source() Source { return m.src }
func (m *StateMonitor) Vars() []string { return append([]string(nil), m.vars...) }
func (m *StateMonitor) Record() []int  { return append([]int(nil), m.record...) }
func (m *StateMonitor) T() []float64   { return m.t }
func (m *StateMonitor) Clock() *Clock  { return m.clock }

// Dim and Kind of a recorded variable.
func (m *StateMonitor) Dim(name string) (units.Dim, Kind, bool) {
	for k, v := range m.vars {
		if v == name {
			return m.dims[k], m.kinds[k], true
		}
	}
	return units.Dim{}, Float, false
}

// Values returns the recording of a variable as [recorded index][time]
// (the layout of Brian's M.v), or false if not recorded.
func (m *StateMonitor) Values(name string) ([][]float64, bool) {
	for k, v := range m.vars {
		if v != name {
			continue
		}
		n := len(m.record)
		steps := len(m.t)
		out := make([][]float64, n)
		flat := m.data[k]
		for j := range out {
			row := make([]float64, steps)
			for s := range steps {
				row[s] = flat[s*n+j]
			}
			out[j] = row
		}
		return out, true
	}
	return nil, false
}

// SpikeMonitorOptions are SpikeMonitor's keyword arguments. Sched.When
// defaults to "thresholds", order 1.
type SpikeMonitorOptions struct {
	Variables []string // extra variables recorded at each spike
	NoRecord  bool     // record=False: only counts
	Event     string   // "" means "spike"
	Sched
}

// SpikeMonitor records the spikes (or custom events) of a source.
type SpikeMonitor struct {
	activity
	name   string
	src    Source
	event  string
	record bool
	vars   []string
	dims   []units.Dim
	t      []float64
	i      []int
	values [][]float64
	count  []int
	clock  *Clock
	ps     []*part
}

// NewSpikeMonitor records the spikes of src.
func NewSpikeMonitor(env *Env, src Source, opts SpikeMonitorOptions) (*SpikeMonitor, error) {
	return newSpikeMonitor(env, src, opts)
}

func (m *SpikeMonitor) Name() string   { return m.name }
func (m *SpikeMonitor) parts() []*part { return m.ps }
func (m *SpikeMonitor) Source() Source { return m.src }

// T are the spike times (seconds), I the neuron indices (relative to the
// source), in order of occurrence.
func (m *SpikeMonitor) T() []float64 { return m.t }
func (m *SpikeMonitor) I() []int     { return m.i }

// Count is the number of spikes per neuron of the source.
func (m *SpikeMonitor) Count() []int { return m.count }

// NumSpikes is the total number of spikes recorded.
func (m *SpikeMonitor) NumSpikes() int {
	s := 0
	for _, c := range m.count {
		s += c
	}
	return s
}

// Vars are the extra recorded variables.
func (m *SpikeMonitor) Vars() []string { return append([]string(nil), m.vars...) }

// Values is a recorded variable at each spike, and its dimension.
func (m *SpikeMonitor) Values(name string) ([]float64, units.Dim, bool) {
	for k, v := range m.vars {
		if v == name {
			return m.values[k], m.dims[k], true
		}
	}
	return nil, units.Dim{}, false
}

// PopulationRateMonitor records the population rate (spikes per neuron per
// second) at every step. Sched.When defaults to "end".
type PopulationRateMonitor struct {
	activity
	name  string
	src   Source
	t     []float64
	rate  []float64
	clock *Clock
	ps    []*part
}

// NewPopulationRateMonitor records the rate of src.
func NewPopulationRateMonitor(env *Env, src Source, opts Sched) (*PopulationRateMonitor, error) {
	return newPopulationRateMonitor(env, src, opts)
}

func (m *PopulationRateMonitor) Name() string    { return m.name }
func (m *PopulationRateMonitor) parts() []*part  { return m.ps }
func (m *PopulationRateMonitor) T() []float64    { return m.t }
func (m *PopulationRateMonitor) Rate() []float64 { return m.rate }

// SmoothRate is the rate convolved with a window ("gaussian": width is
// the standard deviation, "flat": width is the full width), as Brian's
// smooth_rate.
func (m *PopulationRateMonitor) SmoothRate(window string, width float64) ([]float64, error) {
	return smoothRate(m.rate, m.clock.DT(), window, width)
}
