package brian2

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// view returns the VariableView of a group's state variable (G.v, or
// G.v_ when useUnits is false).
func (gr *group) view(th *interp.Thread, name string, useUnits bool) (interp.Value, error) {
	sv, err := gr.owner().Var(name)
	if err != nil {
		return nil, gr.s.pyError(err, "accessing")
	}
	owner := gr.owner().Name()
	if gr.syn != nil && sv.Shared {
		// a pathway's scalar delay belongs to the pathway (synapses_pre)
		for _, pw := range gr.syn.Pathways() {
			if sim.DelayVar(pw.Name) == name {
				owner += "_" + pw.Name
			}
		}
	}
	v := &variableView{s: gr.s, owner: owner, name: name, withUnits: useUnits, scalar: sv.Scalar(), gr: gr}
	v.values = func(th *interp.Thread) (*numpy.Array, error) {
		if sv.Scalar() {
			dim := sv.Dim
			if !useUnits {
				dim = units.Dim{}
			}
			data := sv.Data()
			if len(data) == 0 {
				return nil, interp.Errorf(interp.ValueError, "variable %s has no value", name)
			}
			return scalarArray(sv.Kind, data[0], dim), nil
		}
		val, err := gr.variable(th, name, useUnits)
		if err != nil {
			return nil, err
		}
		a, ok := val.(*numpy.Array)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "variable %s is not an array", name)
		}
		return a, nil
	}
	return v, nil
}

// subexprView is the read-only view of a subexpression (or a synapse's
// x_pre), computed afresh from the group's state at each use.
func (gr *group) subexprView(name string, useUnits bool) *variableView {
	v := &variableView{s: gr.s, owner: gr.owner().Name(), name: name, withUnits: useUnits, gr: gr, subexpr: true}
	v.values = func(th *interp.Thread) (*numpy.Array, error) {
		vals, dim, err := gr.owner().Eval(name, gr.s.resolver(th))
		if err != nil {
			return nil, gr.s.pyError(err, "accessing")
		}
		if !useUnits {
			dim = units.Dim{}
		}
		return numpy.NewFloatArray(vals, nil, dim), nil
	}
	return v
}

// scalarArray is a 0-d array holding a shared variable's value.
func scalarArray(kind sim.Kind, x float64, dim units.Dim) *numpy.Array {
	switch kind {
	case sim.Integer:
		return numpy.NewInt32Array([]int64{int64(x)}, []int{})
	case sim.Boolean:
		return numpy.NewBoolArray([]bool{x != 0}, []int{})
	}
	return numpy.NewFloatArray([]float64{x}, []int{}, dim)
}

// clockView is a clock variable seen from owner: defaultclock.t,
// G.t, G.dt_, defaultclock.timestep (read-only, shared).
func (s *state) clockView(c *sim.Clock, owner, name string) *variableView {
	base, withUnits := name, true
	if len(name) > 1 && name[len(name)-1] == '_' {
		base, withUnits = name[:len(name)-1], false
	}
	v := &variableView{s: s, owner: owner, name: base, withUnits: withUnits, scalar: true}
	v.values = func(*interp.Thread) (*numpy.Array, error) {
		dim := timeDim
		if !withUnits {
			dim = units.Dim{}
		}
		switch base {
		case "timestep":
			return numpy.NewInt32Array([]int64{c.Step()}, []int{}), nil
		case "dt":
			return numpy.NewFloatArray([]float64{c.DT()}, []int{}, dim), nil
		}
		return numpy.NewFloatArray([]float64{c.T()}, []int{}, dim), nil
	}
	return v
}

// recordedView is the read-only view of a monitor's recorded array
// (M.t, S.i, S.count, R.rate).
func (s *state) recordedView(owner, name string, values func() *numpy.Array) *variableView {
	base, withUnits := name, true
	if len(name) > 1 && name[len(name)-1] == '_' {
		base, withUnits = name[:len(name)-1], false
	}
	return &variableView{s: s, owner: owner, name: base, withUnits: withUnits,
		values: func(*interp.Thread) (*numpy.Array, error) { return values(), nil }}
}

// intView is a read-only shared integer such as a Synapses' N.
func (s *state) intView(owner, name string, n int) *variableView {
	return &variableView{s: s, owner: owner, name: name, withUnits: true, scalar: true,
		values: func(*interp.Thread) (*numpy.Array, error) {
			return numpy.NewInt32Array([]int64{int64(n)}, []int{}), nil
		}}
}
