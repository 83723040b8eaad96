// Package brian2 is the Python binding of gobrian's simulator (sim/): the
// native module behind `from brian2 import *`.
//
// It turns Python calls into sim objects (NeuronGroup, StateMonitor,
// SpikeMonitor, PopulationRateMonitor, Network, Clock), exposes their state
// variables as numpy arrays that share memory with the simulator, resolves the
// external names of equations from the caller's namespace at run() time, and
// maps simulator errors onto Brian's Python exceptions (BrianObjectException
// chained from DimensionMismatchError, ...). Brian's log lines (INFO/WARNING)
// go to the cell's stderr in Brian's format.
//
// All mutable state (the magic network's objects, the name counters, the
// default clock, preferences, log level) belongs to one interpreter Session:
// it lives in the state built by Load, never in package variables.
package brian2
