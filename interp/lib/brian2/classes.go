package brian2

import (
	"github.com/gobrian/gobrian/interp"
)

// makeClasses builds the session's Brian classes; calling one constructs
// the object against this session's state.
func (s *state) makeClasses() classes {
	mk := func(name, module string, ctor func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error)) *interp.Class {
		c := interp.NewClass(name, module)
		c.Doc = classDocs[name]
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
		poissonInput:        mk("PoissonInput", "brian2.input.poissoninput", s.newPoissonInput),
		eventMonitor:        mk("EventMonitor", "brian2.monitors.spikemonitor", s.newEventMonitor),
		timedArray:          mk("TimedArray", "brian2.input.timedarray", s.newTimedArray),
		spikeGeneratorGroup: mk("SpikeGeneratorGroup", "brian2.input.spikegeneratorgroup", s.newSpikeGeneratorGroup),
		variableView:        mk("VariableView", "brian2.core.variables", nil),
	}
}

// classDocs are the signatures shown by Inspect (shift-tab).
var classDocs = map[string]string{
	"NeuronGroup":           "NeuronGroup(N, model, method=('exact', 'euler', 'heun'), threshold=None, reset=None, refractory=False, events=None, namespace=None, dt=None, clock=None, order=0, name='neurongroup*')\n\nA group of neurons.",
	"StateMonitor":          "StateMonitor(source, variables, record, dt=None, clock=None, when='start', order=0, name='statemonitor*')\n\nRecord values of state variables during a run.",
	"SpikeMonitor":          "SpikeMonitor(source, variables=None, record=True, when=None, order=None, name='spikemonitor*')\n\nRecord spikes from a NeuronGroup or other spike source.",
	"EventMonitor":          "EventMonitor(source, event, variables=None, record=True, when=None, order=None, name='eventmonitor*')\n\nRecord events from a NeuronGroup.",
	"PopulationRateMonitor": "PopulationRateMonitor(source, name='ratemonitor*')\n\nRecord instantaneous firing rates, averaged across neurons.",
	"Synapses":              "Synapses(source, target=None, model=None, on_pre=None, on_post=None, delay=None, method=('exact', 'euler', 'heun'), namespace=None, dt=None, clock=None, order=0, name='synapses*')\n\nClass representing synaptic connections.",
	"PoissonGroup":          "PoissonGroup(N, rates, dt=None, clock=None, when='thresholds', order=0, namespace=None, name='poissongroup*')\n\nPoisson spike source.",
	"PoissonInput":          "PoissonInput(target, target_var, N, rate, weight, when='synapses', order=0)\n\nAdds independent Poisson input to a target variable of a Group.",
	"SpikeGeneratorGroup":   "SpikeGeneratorGroup(N, indices, times, dt=None, clock=None, period=0*second, when='thresholds', order=0, name='spikegeneratorgroup*')\n\nA group emitting spikes at given times.",
	"TimedArray":            "TimedArray(values, dt, name=None)\n\nA function of time built from an array of values.",
	"Network":               "Network(*objs, name='network*')\n\nThe main simulation controller in Brian.",
	"NetworkOperation":      "NetworkOperation(function, dt=None, clock=None, when='start', order=0, name='networkoperation*')\n\nObject with function that is called every time step.",
	"Clock":                 "Clock(dt, name='clock*')\n\nAn object that holds the simulation time and the time step.",
	"Equations":             "Equations(eqns, **kwds)\n\nContainer that stores equations from which models can be created.",
}
