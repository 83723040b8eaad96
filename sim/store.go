package sim

import "github.com/gobrian/gobrian/sim/simerr"

// snapshot is the stored state of a network.
type snapshot struct {
	t      float64
	states map[Object]any
	clocks map[*Clock]int64 // time step of each object's clock
}

// stateful objects can save and load their state.
type stateful interface {
	saveState() any
	loadState(any)
}

func (n *Network) store(name string) error {
	if name == "" {
		name = "default"
	}
	s := &snapshot{t: n.t, states: map[Object]any{}, clocks: map[*Clock]int64{}}
	for _, o := range n.objects {
		for _, p := range o.parts() {
			s.clocks[p.clock] = p.clock.i
		}
		if st, ok := o.(stateful); ok {
			s.states[o] = st.saveState()
		}
	}
	n.stored[name] = s
	return nil
}

func (n *Network) restore(name string) error {
	if name == "" {
		name = "default"
	}
	s, ok := n.stored[name]
	if !ok {
		return simerr.New(simerr.KeyError, "'No state with name \"%s\" stored.'", name)
	}
	n.t = s.t
	// clocks show the restored time at once (G.t, defaultclock.t), not
	// only from the next run
	for c, i := range s.clocks {
		c.setStep(i)
	}
	for o, st := range s.states {
		o.(stateful).loadState(st)
	}
	return nil
}

type groupState struct {
	vars   map[string][]float64
	spikes []int32
}

func (g *NeuronGroup) saveState() any {
	s := groupState{vars: map[string][]float64{}, spikes: append([]int32(nil), g.spikes...)}
	for k, v := range g.vars {
		if !v.Linked { // the linked group stores its own
			s.vars[k] = append([]float64(nil), v.data...)
		}
	}
	return s
}

func (g *NeuronGroup) loadState(x any) {
	s := x.(groupState)
	for k, v := range s.vars {
		copy(g.vars[k].data, v)
	}
	g.spikes = append(g.spikes[:0], s.spikes...)
}

type stateMonState struct {
	t    int
	data []int
}

func (m *StateMonitor) saveState() any {
	s := stateMonState{t: len(m.t)}
	for _, d := range m.data {
		s.data = append(s.data, len(d))
	}
	return s
}

func (m *StateMonitor) loadState(x any) {
	s := x.(stateMonState)
	m.t = m.t[:s.t]
	for k := range m.data {
		m.data[k] = m.data[k][:s.data[k]]
	}
}

type spikeMonState struct {
	n     int
	count []int
}

func (m *SpikeMonitor) saveState() any {
	return spikeMonState{n: len(m.t), count: append([]int(nil), m.count...)}
}

func (m *SpikeMonitor) loadState(x any) {
	s := x.(spikeMonState)
	m.t, m.i = m.t[:s.n], m.i[:s.n]
	for k := range m.values {
		m.values[k] = m.values[k][:s.n]
	}
	copy(m.count, s.count)
}

func (m *PopulationRateMonitor) saveState() any { return len(m.t) }

func (m *PopulationRateMonitor) loadState(x any) {
	n := x.(int)
	m.t, m.rate = m.t[:n], m.rate[:n]
}

type synapsesState struct {
	core    groupState
	n       int
	preAbs  []int32
	postAbs []int32
	queues  [][][]int32
	heads   []int
}

func (s *Synapses) saveState() any {
	st := synapsesState{core: s.core.saveState().(groupState), n: s.core.n,
		preAbs: append([]int32(nil), s.preAbs...), postAbs: append([]int32(nil), s.postAbs...)}
	for _, pw := range s.pathways {
		q := make([][]int32, len(pw.queue))
		for k := range pw.queue {
			q[k] = append([]int32(nil), pw.queue[k]...)
		}
		st.queues = append(st.queues, q)
		st.heads = append(st.heads, pw.head)
	}
	return st
}

func (s *Synapses) loadState(x any) {
	st := x.(synapsesState)
	// synapses created after store() are dropped, as Brian restores sizes
	s.core.n = st.n
	for name, v := range s.core.vars {
		if saved, ok := st.core.vars[name]; ok {
			v.data = append(v.data[:0], saved...)
		}
	}
	s.preAbs = append(s.preAbs[:0], st.preAbs...)
	s.postAbs = append(s.postAbs[:0], st.postAbs...)
	for k, pw := range s.pathways {
		if k < len(st.queues) {
			pw.queue = make([][]int32, len(st.queues[k]))
			for j := range pw.queue {
				pw.queue[j] = append([]int32(nil), st.queues[k][j]...)
			}
			pw.head = st.heads[k]
		}
	}
}
