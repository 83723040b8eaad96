package brian2

import (
	_ "embed"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
)

// state is one Session's Brian: the simulator Env (default clock, seed,
// object names), the tracked objects of the magic network, preferences and
// the console log level.
type state struct {
	env     *sim.Env
	log     *logger
	prefs   *prefs
	objects []*object // live Brian objects, in creation order
	scope   int       // bumped by start_scope

	magic   *sim.Network // the magic network of the current simulation
	running *sim.Network // the network inside run(), for stop()

	timedArrays int // TimedArrays named so far (timedarray, timedarray_1, ...)

	cls classes
}

// classes are the session's Python classes of Brian objects (their New
// closes over the session state).
type classes struct {
	neuronGroup, subgroup, stateMonitor, spikeMonitor, rateMonitor,
	network, networkOperation, clock, equations,
	synapses, poissonGroup, poissonInput, spikeGeneratorGroup, timedArray, eventMonitor,
	variableView *interp.Class
}

// Load builds the "brian2" module for one session: numpy's, pylab's and the
// units' public names (as Brian's star import gives them) followed by
// Brian's own objects.
func Load(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("brian2")
	m.Doc = "Brian 2 spiking neural network simulator (gobrian)."
	var all []string
	seen := map[string]bool{}
	add := func(name string, v interp.Value) {
		if !seen[name] {
			seen[name] = true
			all = append(all, name)
		}
		m.Set(name, v)
	}
	// Later sources override earlier ones, as successive star imports do:
	// numpy, numpy.random and pyplot (pylab), then brian2.units.
	for _, src := range []string{"numpy", "numpy.random", "matplotlib.pyplot", "brian2.units"} {
		mod, err := importSource(th, src)
		if err != nil {
			if src == "matplotlib.pyplot" || src == "numpy.random" {
				continue // figures or random functions are optional for simulations
			}
			return nil, err
		}
		for _, name := range mod.PublicNames() {
			if v, ok := mod.Members.GetStr(name); ok {
				add(name, v)
			}
		}
	}
	// pylab also binds the modules themselves, and some standard ones.
	for alias, src := range map[string]string{"np": "numpy", "numpy": "numpy", "plt": "matplotlib.pyplot",
		"matplotlib": "matplotlib", "mpl": "matplotlib", "math": "math", "sys": "sys", "time": "time",
		"re": "re", "functools": "functools", "datetime": "datetime", "logging": "logging",
		"inspect": "inspect", "threading": "threading"} {
		if mod, err := th.Import(src); err == nil {
			add(alias, mod)
		}
	}
	for _, b := range newState().builtins() {
		if !(b.name == "exprel" && seen[b.name]) {
			add(b.name, b.value)
		}
	}
	// `from brian2 import *` binds exactly Brian 2.5.1's names: numpy's
	// __all__ leaves out max, min, abs, round, ... which must stay Python's.
	for _, name := range all {
		if starNames[name] {
			m.All = append(m.All, name)
		}
	}
	return m, nil
}

//go:embed starnames.txt
var starNamesText string

// starNames are the names `from brian2 import *` binds in Brian 2.5.1
// (generated with the oracle: sorted(set(namespace) - {'__builtins__'})).
var starNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(starNamesText) {
		m[n] = true
	}
	return m
}()

// LoadOnly builds "brian2.only": Brian's objects and units without the
// numpy and pylab names. Importing it imports "brian2" first (it is a
// submodule), whose objects it shares, so both see one magic network.
func LoadOnly(th *interp.Thread) (*interp.Module, error) {
	parent, err := th.Import("brian2")
	if err != nil {
		return nil, err
	}
	m := interp.NewModule("brian2.only")
	var names []string
	if mod, err := importSource(th, "brian2.units"); err == nil {
		names = mod.PublicNames()
	}
	for _, b := range newState().builtins() {
		names = append(names, b.name)
	}
	for _, name := range names {
		if v, ok := parent.Members.GetStr(name); ok {
			m.Set(name, v)
			m.All = append(m.All, name)
		}
	}
	return m, nil
}

// importSource imports a module whose names brian2 re-exports.
// "brian2.units" is built directly: importing it by name would import its
// parent package, brian2, which is the module being loaded.
func importSource(th *interp.Thread, name string) (*interp.Module, error) {
	if name == "brian2.units" {
		return numpy.LoadUnits(th)
	}
	return th.Import(name)
}

func newState() *state {
	s := &state{env: sim.NewEnv(), log: newLogger(), prefs: newPrefs()}
	s.prefs.onSet = func(key string, v interp.Value) {
		if name, ok := v.(interp.Str); ok && key == "logging.console_log_level" {
			for lvl, n := range levelNames {
				if n == strings.ToUpper(string(name)) {
					s.log.level = lvl
				}
			}
		}
	}
	s.cls = s.makeClasses()
	return s
}

type named struct {
	name  string
	value interp.Value
}

// builtins are Brian's own names, bound after numpy's and the units'.
func (s *state) builtins() []named {
	fn := func(name string, f func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error)) named {
		return named{name, interp.NewBuiltin(name, f)}
	}
	out := []named{
		{"NeuronGroup", s.cls.neuronGroup},
		{"Subgroup", s.cls.subgroup},
		{"Synapses", s.cls.synapses},
		{"PoissonGroup", s.cls.poissonGroup},
		{"PoissonInput", s.cls.poissonInput},
		{"SpikeGeneratorGroup", s.cls.spikeGeneratorGroup},
		{"TimedArray", s.cls.timedArray},
		{"StateMonitor", s.cls.stateMonitor},
		{"SpikeMonitor", s.cls.spikeMonitor},
		{"EventMonitor", s.cls.eventMonitor},
		{"PopulationRateMonitor", s.cls.rateMonitor},
		{"Network", s.cls.network},
		{"NetworkOperation", s.cls.networkOperation},
		{"Clock", s.cls.clock},
		{"Equations", s.cls.equations},
		{"defaultclock", s.defaultClock()},
		{"prefs", s.prefs.root()},
		{"brian_prefs", s.prefs.root()},
		{"BrianLogger", loggerClass(s.log)},
		{"BrianObjectException", BrianObjectException},
		{"EquationError", EquationError},
		{"MagicError", MagicError},
		{"UnsupportedEquationsException", UnsupportedEquationsException},
		fn("run", s.pyRun),
		fn("stop", s.pyStop),
		fn("start_scope", s.pyStartScope),
		fn("collect", s.pyCollect),
		fn("store", s.pyStore),
		fn("restore", s.pyRestore),
		fn("seed", s.pySeed),
		fn("set_device", acceptAll(interp.None)),
		fn("get_device", acceptAll(interp.Str("runtime"))),
		fn("network_operation", s.pyNetworkOperation),
		fn("exprel", pyExprel),
		fn("check_units", pyCheckUnits),
		fn("linked_var", pyLinkedVar),
	}
	out = append(out, pendingClasses()...)
	for _, m := range []string{"exact", "linear", "euler", "heun", "milstein", "rk2", "rk4", "exponential_euler", "independent"} {
		out = append(out, named{m, interp.Str(m)})
	}
	return out
}

// acceptAll is a function that takes any arguments and returns v: for
// settings gobrian accepts but has no use for (set_device('runtime')).
func acceptAll(v interp.Value) func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
	return func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) { return v, nil }
}

// Loaders returns this package's module loaders by import name, for
// interp.Options.Modules.
func Loaders() map[string]interp.ModuleLoader {
	return map[string]interp.ModuleLoader{"brian2": Load, "brian2.only": LoadOnly}
}
