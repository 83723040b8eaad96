package brian2

import (
	"github.com/gobrian/gobrian/interp"
)

// makeClasses builds the session's Brian classes; calling one constructs
// the object against this session's state.
func (s *state) makeClasses() classes {
	mk := func(name, module string, ctor func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error)) *interp.Class {
		c := interp.NewClass(name, module)
		if ctor != nil {
			c.New = func(th *interp.Thread, _ *interp.Class, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
				return ctor(th, args, kwargs)
			}
		}
		return c
	}
	return classes{
		neuronGroup:         mk("NeuronGroup", "brian2.groups.neurongroup", s.newNeuronGroup),
		subgroup:            mk("Subgroup", "brian2.groups.subgroup", nil),
		stateMonitor:        mk("StateMonitor", "brian2.monitors.statemonitor", s.newStateMonitor),
		spikeMonitor:        mk("SpikeMonitor", "brian2.monitors.spikemonitor", s.newSpikeMonitor),
		rateMonitor:         mk("PopulationRateMonitor", "brian2.monitors.ratemonitor", s.newRateMonitor),
		network:             mk("Network", "brian2.core.network", s.newNetwork),
		networkOperation:    mk("NetworkOperation", "brian2.core.operations", s.newNetworkOperation),
		clock:               mk("Clock", "brian2.core.clocks", s.newClock),
		equations:           mk("Equations", "brian2.equations.equations", s.newEquations),
		synapses:            mk("Synapses", "brian2.synapses.synapses", s.newSynapses),
		poissonGroup:        mk("PoissonGroup", "brian2.input.poissongroup", s.newPoissonGroup),
		timedArray:          mk("TimedArray", "brian2.input.timedarray", s.newTimedArray),
		spikeGeneratorGroup: mk("SpikeGeneratorGroup", "brian2.input.spikegeneratorgroup", s.newSpikeGeneratorGroup),
	}
}
