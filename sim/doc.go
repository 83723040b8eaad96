// Package sim is a spiking-neural-network simulator with the semantics of
// Brian2 2.5.1, as a plain Go library (no dependency on the interpreter).
//
// An Env holds per-session state: the default clock, the random streams
// (Seed), unique object names and the log sink (Brian's INFO/WARNING
// lines). Objects are created against an Env and run in a Network:
//
//	env := sim.NewEnv()
//	g, _ := sim.NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1",
//	        sim.GroupOptions{Method: "exact", Threshold: "v>0.8", Reset: "v = 0"})
//	mon, _ := sim.NewSpikeMonitor(env, g, sim.SpikeMonitorOptions{})
//	net := sim.NewNetwork(env, g, mon)
//	err := net.Run(ctx, 0.05, sim.RunOptions{Resolver: resolver})
//
// Objects: NeuronGroup (and its Subgroup slices), PoissonGroup and
// SpikeGeneratorGroup (NeuronGroups underneath), Synapses (Connect,
// on_pre/on_post with delays, event- and clock-driven equations),
// StateMonitor, SpikeMonitor (also for custom events), PopulationRateMonitor,
// NetworkOperation (a Go callback per step, for @network_operation) and
// CodeRunner (run_regularly, run_on_event).
//
// All quantities are in SI base units as float64, with a units.Dim where
// it matters. State is structure-of-arrays: one []float64 per variable
// (integer and boolean variables too; Variable.Kind says how to present
// them). Variable.Data is live: writes are seen by the simulation.
//
// External names in equations and code (tau, v0_max, a TimedArray) are
// resolved at Run time through RunOptions.Resolver (or a group's
// Namespace), as Brian resolves them at run(); unit names resolve by
// default. Errors are *simerr.Error, *simerr.DimensionMismatchError or
// *simerr.ObjectError values that name the Brian2 exception class.
//
// Code is compiled (sim/expr) into block programs; large groups are
// split into chunks run on GOMAXPROCS goroutines, each chunk with its own
// random stream, so results for a given seed do not depend on the number
// of cores. Run checks its context once per time step.
//
// The schedule is Brian's: start, groups, thresholds, synapses, resets,
// end (with before_/after_ variants); parts in the same slot are ordered
// by Order then name. A run of duration T takes round(T/dt) steps.
package sim
