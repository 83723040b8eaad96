// Package sim is a spiking-neural-network simulator with the semantics of
// Brian2 2.5.1, as a plain Go library (no dependency on the interpreter).
//
// An Env holds per-session state: the default clock, the random stream
// (Seed), unique object names and the log sink. Objects are created against
// an Env and added to a Network:
//
//	env := sim.NewEnv()
//	g, _ := sim.NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1",
//	        sim.GroupOptions{Method: "exact", Threshold: "v>0.8", Reset: "v = 0"})
//	mon, _ := sim.NewSpikeMonitor(env, g, sim.SpikeMonitorOptions{})
//	net := sim.NewNetwork(env, g, mon)
//	err := net.Run(ctx, 0.05, sim.RunOptions{Resolver: sim.MapResolver(...)})
//
// All quantities are in SI base units (seconds, volts, ...) as float64 with
// a units.Dim alongside where it matters. State is structure-of-arrays: one
// []float64 per variable (integer and boolean variables are stored as
// float64 0/1 too, their Kind tells the binding how to present them).
//
// External names in equations and code (tau, v0_max, ...) are resolved at
// Run time through the RunOptions.Resolver callback (or a group's own
// Namespace), as Brian resolves them at run(). Errors are *simerr.Error /
// *simerr.ObjectError values naming the Brian2 exception class.
//
// The schedule is Brian's: start, groups, thresholds, synapses, resets, end;
// objects in the same slot are ordered by Order then Name. A run of
// duration T takes round(T/dt) steps of each clock.
package sim
