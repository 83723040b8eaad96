// Package brian2 is the Python binding of gobrian's simulator (sim/): the
// native modules behind `from brian2 import *` ("brian2") and
// "brian2.only". Register them with Loaders().
//
// It turns Python calls into sim objects (NeuronGroup, Subgroup, Synapses,
// PoissonGroup, SpikeGeneratorGroup, TimedArray, StateMonitor, SpikeMonitor,
// EventMonitor, PopulationRateMonitor, Network, NetworkOperation, Clock),
// exposes their state variables as Brian's VariableView (G.v, G.v_, M.t,
// S.i, defaultclock.t; see varview.go): a live view that prints as
// "<neurongroup.v: array([...]) * mvolt>", takes string indices and
// unit-checked assignments, and reaches numpy through
// numpy.ArrayProvider. It resolves the external names of equations from the
// caller's namespace at run() time, and maps simulator errors onto Brian's
// Python exceptions (BrianObjectException chained from
// DimensionMismatchError, KeyError for unknown identifiers, ...). Brian's
// log lines (INFO/WARNING) go to the cell's stderr in Brian's format.
//
// Brian finds the objects of the "magic network" and frees object names
// through Python's garbage collector. The binding emulates it: each object
// remembers the variable its creating line assigned it to (from the
// evaluator's Thread.Stack), and an object is dropped once that variable
// names another Brian object and nothing alive refers to it. The magic
// network of the last run keeps its objects alive, as in Brian.
//
// All mutable state (the tracked objects, the magic network, the default
// clock, preferences, log level) belongs to one interpreter Session: it
// lives in the state built by Load, never in package variables.
package brian2
