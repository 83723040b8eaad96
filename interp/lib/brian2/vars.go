package brian2

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// Attr gives state variables (G.v with units, G.v_ without) and the
// group's own attributes and methods.
func (gr *group) Attr(th *interp.Thread, name string) (interp.Value, error) {
	if gr.syn != nil {
		if v := gr.synAttr(name); v != nil {
			return v, nil
		}
	}
	switch name {
	case "N":
		return interp.Int(gr.n()), nil
	case "name":
		return interp.Str(gr.owner().Name()), nil
	case "clock":
		return gr.s.wrapClock(gr.g.Clock()), nil
	case "dt", "t", "t_", "dt_":
		return gr.s.clockView(gr.g.Clock(), gr.owner().Name(), name), nil
	case "order":
		return interp.Int(gr.order), nil
	case "when":
		return interp.Str("start"), nil
	case "active":
		return interp.Bool(gr.owner().(sim.Object).Active()), nil
	case "source":
		if gr.sub != nil {
			return gr.parent(), nil
		}
	case "start", "stop":
		if gr.sub != nil {
			a, b := gr.span()
			if name == "start" {
				return interp.Int(a), nil
			}
			return interp.Int(b), nil
		}
	case "run_regularly":
		return interp.NewBuiltin("run_regularly", gr.runRegularly), nil
	case "run_on_event":
		return interp.NewBuiltin("run_on_event", gr.runOnEvent), nil
	case "add_attribute":
		return interp.NewBuiltin("add_attribute", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var attr string
			if err := interp.UnpackArgs("add_attribute", args, kw, "name", &attr); err != nil {
				return nil, err
			}
			if _, err := gr.owner().Var(attr); err == nil {
				return nil, interp.Errorf(interp.AttributeError, "Cannot add an attribute \"%s\", it is already a variable of this group.", attr)
			}
			if gr.attrs == nil {
				gr.attrs = map[string]interp.Value{}
			}
			if _, ok := gr.attrs[attr]; !ok {
				gr.attrs[attr] = interp.None
			}
			return interp.None, nil
		}), nil
	case "set_states":
		return interp.NewBuiltin("set_states", gr.setStates), nil
	case "state":
		return interp.NewBuiltin("state", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var vname string
			useUnits := true
			if err := interp.UnpackArgs("state", args, kw, "name", &vname, "use_units?", &useUnits); err != nil {
				return nil, err
			}
			return gr.view(th, vname, useUnits)
		}), nil
	case "get_states":
		return interp.NewBuiltin("get_states", gr.getStates), nil
	}
	if v, ok := gr.attrs[name]; ok {
		return v, nil
	}
	vname, useUnits := name, true
	if len(name) > 1 && name[len(name)-1] == '_' {
		vname, useUnits = name[:len(name)-1], false
	}
	if _, err := gr.owner().Var(vname); err != nil {
		if strings.HasPrefix(name, "_") {
			return nil, nil
		}
		// Subexpressions and a synapse's x_pre/x_post are computed.
		if vals, _, err := gr.owner().Eval(vname, gr.s.resolver(th)); err == nil && len(vals) == gr.n() {
			return gr.subexprView(vname, useUnits), nil
		}
		return nil, interp.Errorf(interp.AttributeError, "No attribute with name %s", vname)
	}
	return gr.view(th, vname, useUnits)
}

// AttrNames lists variables and attributes for dir() and completion.
func (gr *group) AttrNames() []string {
	names := []string{"N", "name", "clock", "dt", "t", "order", "when", "active", "run_regularly", "state", "get_states"}
	for _, v := range gr.g.VarNames() {
		names = append(names, v, v+"_")
	}
	if gr.syn != nil {
		names = append(names, "connect", "source", "target")
	}
	sort.Strings(names)
	return names
}

var timeDim = units.Dim{units.Time: 1}

func (gr *group) parent() *group {
	for _, o := range gr.s.objects {
		if p, ok := o.py.(*group); ok && p.g == gr.g && p.sub == nil {
			return p
		}
	}
	return &group{s: gr.s, g: gr.g}
}

// variable returns the values of a state variable over the group's
// neurons: a float view sharing the simulator's memory (writes reach the
// simulation), a copy for integer and boolean variables, a scalar for
// shared ones.
func (gr *group) variable(th *interp.Thread, name string, useUnits bool) (interp.Value, error) {
	v, err := gr.owner().Var(name)
	if err != nil {
		return nil, gr.s.pyError(err, "accessing")
	}
	if v.Linked && !v.IsLinkedSet() {
		return nil, interp.Errorf(interp.TypeError, "Link target for variable %s has not been set.", name)
	}
	dim := v.Dim
	if !useUnits {
		dim = units.Dim{}
	}
	data := v.Data()
	if v.Scalar() {
		if len(data) == 0 {
			return interp.None, nil
		}
		return scalarOf(v.Kind, data[0], dim), nil
	}
	a, b := gr.span()
	if b > len(data) {
		return nil, interp.Errorf(interp.IndexError, "variable %s has %d values, group has %d", name, len(data), b)
	}
	data = data[a:b]
	switch v.Kind {
	case sim.Integer:
		ints := make([]int64, len(data))
		for k, x := range data {
			ints[k] = int64(x)
		}
		if name == "i" && gr.syn == nil {
			for k := range ints {
				ints[k] = int64(k)
			}
			return numpy.NewInt32Array(ints, nil), nil
		}
		return numpy.NewInt32Array(ints, nil), nil
	case sim.Boolean:
		bools := make([]bool, len(data))
		for k, x := range data {
			bools[k] = x != 0
		}
		return numpy.NewBoolArray(bools, nil), nil
	}
	return numpy.NewFloatView(data, nil, dim), nil
}

func scalarOf(k sim.Kind, x float64, dim units.Dim) interp.Value {
	switch k {
	case sim.Integer:
		return interp.Int(int64(x))
	case sim.Boolean:
		return interp.Bool(x != 0)
	}
	return numpy.NewQuantity(x, dim)
}

// settableVars are the variables a user may assign (Brian's spelling
// suggestions come from these).
func (gr *group) settableVars() []string {
	var out []string
	for _, name := range gr.g.VarNames() {
		if v, err := gr.g.Var(name); err == nil && !v.ReadOnly && !strings.HasPrefix(name, "_") {
			out = append(out, name)
		}
	}
	return out
}

// SetAttr assigns a state variable: G.v = 5, G.v = 'rand()',
// G.v = [1, 2]*mV, with Brian's unit checks; G.v_ = ... skips them.
func (gr *group) SetAttr(th *interp.Thread, name string, val interp.Value) error {
	if name == "active" {
		on, err := interp.Truth(th, val)
		if err != nil {
			return err
		}
		gr.owner().(sim.Object).SetActive(on)
		return nil
	}
	if name == "N" {
		return interp.Errorf(interp.TypeError, "Variable N is read-only.")
	}
	if _, ok := gr.attrs[name]; ok {
		gr.attrs[name] = val
		return nil
	}
	vname, useUnits := name, true
	if len(name) > 1 && name[len(name)-1] == '_' {
		if _, err := gr.owner().Var(name); err != nil {
			vname, useUnits = name[:len(name)-1], false
		}
	}
	if handled, err := gr.link(th, name, val); handled {
		return err
	}
	v, err := gr.owner().Var(vname)
	if err != nil {
		return interp.Errorf(interp.AttributeError, "%s", unknownVariableMessage(name, gr.settableVars()))
	}
	if expr, ok := val.(interp.Str); ok {
		if v.ReadOnly {
			return interp.Errorf(interp.TypeError, "Variable %s is read-only.", vname)
		}
		gr.s.bind(th)
		err := gr.owner().SetExpr(vname, string(expr), "", gr.s.resolver(th))
		return gr.s.pyError(err, "setting")
	}
	if view, ok := val.(*variableView); ok {
		// Brian assigns (and reports) the view's values: G.w = G.v.
		if val, err = view.all(th); err != nil {
			return err
		}
	}
	data, shape, dim, err := numpy.AsFloats(th, val)
	if err != nil {
		return err
	}
	if useUnits && dim != v.Dim && !isPlainZero(val) {
		shown := val
		if _, isList := val.(*interp.List); isList {
			shown = asNumpyArray(th, val) // Brian shows np.asarray(value)
		} else if _, isTuple := val.(interp.Tuple); isTuple {
			shown = asNumpyArray(th, val)
		}
		text, err := interp.ToStr(th, shown)
		if err != nil {
			return err
		}
		var desc string
		if v.Dim.IsDimensionless() {
			desc = fmt.Sprintf("%s should be set with a dimensionless value, but got %s", vname, text)
		} else {
			desc = fmt.Sprintf("%s should be set with a value with units %s, but got %s", vname, units.UnscaledUnit(v.Dim).Name, text)
		}
		return numpy.DimensionError(units.MismatchMessage(desc, dim))
	}
	if v.ReadOnly {
		return interp.Errorf(interp.TypeError, "Variable %s is read-only.", vname)
	}
	target := v.Data()
	if !v.Shared {
		a, b := gr.span()
		target = target[a:b]
	}
	return assignValues(vname, target, data, shape, v.Kind)
}

// assignValues writes data broadcast over target, as numpy assignment
// does for a scalar or an array of the same length.
func assignValues(name string, target, data []float64, shape []int, kind sim.Kind) error {
	conv := func(x float64) float64 { return convertKind(x, kind) }
	switch len(data) {
	case 1:
		x := conv(data[0])
		for k := range target {
			target[k] = x
		}
		return nil
	case len(target):
		for k, x := range data {
			target[k] = conv(x)
		}
		return nil
	}
	return interp.Errorf(interp.ValueError, "could not broadcast input array from shape (%s) into shape (%d,)", shapeText(shape), len(target))
}

// convertKind stores x in a variable of the given kind, as numpy casts
// on assignment.
func convertKind(x float64, kind sim.Kind) float64 {
	switch kind {
	case sim.Integer:
		return float64(int64(x))
	case sim.Boolean:
		if x != 0 {
			return 1
		}
		return 0
	}
	return x
}

func shapeText(shape []int) string {
	s := ""
	for k, d := range shape {
		if k > 0 {
			s += ","
		}
		s += fmt.Sprint(d)
	}
	if len(shape) == 1 {
		s += ","
	}
	return s
}

// getStates returns {name: values} for the group's variables (Brian's
// get_states with default arguments).
func (gr *group) getStates(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	d := interp.NewDict()
	for _, name := range gr.g.VarNames() {
		v, err := gr.variable(th, name, true)
		if err != nil {
			return nil, err
		}
		if err := d.Set(th, interp.Str(name), v); err != nil {
			return nil, err
		}
	}
	// Brian's clock and size variables, which the group reports too.
	clock := gr.g.Clock()
	extra := map[string]interp.Value{
		"N": interp.Int(gr.n()), "dt": numpy.NewQuantity(clock.DT(), timeDim),
		"t": numpy.NewQuantity(clock.T(), timeDim), "t_in_timesteps": interp.Int(clock.Step()),
	}
	for _, name := range []string{"N", "dt", "t", "t_in_timesteps"} {
		if _, ok, _ := d.Get(th, interp.Str(name)); !ok {
			if err := d.Set(th, interp.Str(name), extra[name]); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

// runRegularly implements G.run_regularly(code, dt=None, when='start', order=0, name=None).
func (gr *group) runRegularly(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var code string
	var dt, when, name, clock interp.Value = interp.None, interp.None, interp.None, interp.None
	order := 0
	if err := interp.UnpackArgs("run_regularly", args, kwargs, "code", &code, "dt?", &dt,
		"clock?", &clock, "when?", &when, "order?", &order, "name?", &name); err != nil {
		return nil, err
	}
	sc, err := gr.s.sched(th, dt, clock, when, order, name)
	if err != nil {
		return nil, err
	}
	gr.s.collectGarbage(th)
	cr, err := gr.g.RunRegularly(code, sc)
	if err != nil {
		return nil, gr.s.pyError(err, "creating")
	}
	gr.s.track(th, cr, &codeRunner{cr: cr}, gr.obj)
	// A code runner lives as long as its group: Brian keeps it in the
	// group's contained objects.
	gr.obj.deps = append(gr.obj.deps, gr.s.objects[len(gr.s.objects)-1])
	return interp.None, nil
}

// runOnEvent implements G.run_on_event(event, code, when='after_resets', order=None).
func (gr *group) runOnEvent(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var event, code string
	var when, order interp.Value = interp.None, interp.None
	if err := interp.UnpackArgs("run_on_event", args, kwargs, "event", &event, "code", &code,
		"when?", &when, "order?", &order); err != nil {
		return nil, err
	}
	ord := 0
	if order != interp.None {
		o, err := interp.AsInt(order)
		if err != nil {
			return nil, err
		}
		ord = int(o)
	}
	sc, err := gr.s.sched(th, interp.None, interp.None, when, ord, interp.None)
	if err != nil {
		return nil, err
	}
	gr.s.collectGarbage(th)
	cr, err := gr.g.RunOnEvent(event, code, sc)
	if err != nil {
		return nil, gr.s.pyError(err, "creating")
	}
	o := gr.s.track(th, cr, &codeRunner{cr: cr}, gr.obj)
	gr.obj.deps = append(gr.obj.deps, o)
	return interp.None, nil
}

// setStates implements G.set_states({'v': values, ...}, units=True).
func (gr *group) setStates(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var values interp.Value
	useUnits := true
	if err := interp.UnpackArgs("set_states", args, kwargs, "values", &values, "units?", &useUnits); err != nil {
		return nil, err
	}
	d, ok := values.(*interp.Dict)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "set_states expects a dictionary of values")
	}
	var err error
	d.Items(func(k, v interp.Value) bool {
		name, ok := k.(interp.Str)
		if !ok {
			err = interp.Errorf(interp.TypeError, "variable names have to be strings")
			return false
		}
		attr := string(name)
		if !useUnits {
			attr += "_"
		}
		err = gr.SetAttr(th, attr, v)
		return err == nil
	})
	return interp.None, err
}

// codeRunner is the Python side of run_regularly's object.
type codeRunner struct{ cr *sim.CodeRunner }

func (c *codeRunner) Type() *interp.Class { return interp.ObjectType }

// asNumpyArray is numpy.asarray(v), or v when that fails.
func asNumpyArray(th *interp.Thread, v interp.Value) interp.Value {
	np, err := th.Import("numpy")
	if err != nil {
		return v
	}
	f, ok := np.Members.GetStr("asarray")
	if !ok {
		return v
	}
	a, err := th.Call(f, []interp.Value{v}, nil)
	if err != nil {
		return v
	}
	return a
}
