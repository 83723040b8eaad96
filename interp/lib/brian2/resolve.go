package brian2

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// resolver resolves the external names of equations and code from the
// namespace of the Python code calling into Brian (run(), G.v = '...'),
// as Brian resolves them at run() time.
func (s *state) resolver(th *interp.Thread) sim.Resolver {
	ns := th.CallerNamespace()
	return withUnits(func(name string) (sim.Value, bool) {
		v, ok := ns(name)
		if !ok {
			return sim.Value{}, false
		}
		return simValue(th, v)
	})
}

// withUnits falls back to Brian's unit names (DEFAULT_UNITS), which
// equations may use even when the namespace does not bind them.
func withUnits(r sim.Resolver) sim.Resolver {
	return func(name string) (sim.Value, bool) {
		if v, ok := r(name); ok {
			return v, true
		}
		if u, ok := units.Lookup(name); ok && name != "1" {
			return sim.Value{Scalar: u.Scale, Dim: u.Dim}, true
		}
		return sim.Value{}, false
	}
}

// dictResolver resolves names from an explicit namespace= dictionary.
func dictResolver(th *interp.Thread, ns interp.Value) (sim.Resolver, error) {
	d, ok := ns.(*interp.Dict)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "namespace has to be a dictionary, not '%s'", ns.Type().Name)
	}
	values := map[string]sim.Value{}
	var bad error
	d.Items(func(k, v interp.Value) bool {
		name, ok := k.(interp.Str)
		if !ok {
			bad = interp.Errorf(interp.TypeError, "namespace keys have to be strings")
			return false
		}
		if sv, ok := simValue(th, v); ok {
			values[string(name)] = sv
		}
		return true
	})
	if bad != nil {
		return nil, bad
	}
	return withUnits(sim.MapResolver(values)), nil
}

// simValue converts a number, quantity or array to the simulator's Value;
// other objects (functions, modules, strings) cannot appear in equations.
func simValue(th *interp.Thread, v interp.Value) (sim.Value, bool) {
	if p, ok := v.(numpy.ArrayProvider); ok {
		a, err := p.NumpyArray(th)
		if err != nil {
			return sim.Value{}, false
		}
		v = a
	}
	switch x := v.(type) {
	case *timedArray:
		return sim.Value{Table: x.ta, Dim: x.ta.Dim}, true
	case interp.Int, interp.Float, interp.Bool:
		f, _ := interp.AsFloat(x)
		return sim.Value{Scalar: f}, true
	case *numpy.Array:
		data := x.Float64s()
		if len(x.Shape()) == 0 && len(data) == 1 {
			return sim.Value{Scalar: data[0], Dim: x.Dim()}, true
		}
		return sim.Value{Array: data, Dim: x.Dim()}, true
	}
	if f, ok := v.(interp.HasFloat); ok {
		if x, err := f.Float(th); err == nil {
			return sim.Value{Scalar: x, Dim: units.Dim{}}, true
		}
	}
	return sim.Value{}, false
}
