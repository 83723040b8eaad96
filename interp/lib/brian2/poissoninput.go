package brian2

import (
	"fmt"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// poissonInput is the Python PoissonInput.
type poissonInput struct {
	s      *state
	obj    *object
	in     *sim.PoissonInput
	weight interp.Value // as given: a quantity or a string
	when   string
	order  int
}

func (p *poissonInput) Type() *interp.Class { return p.s.cls.poissonInput }

// Repr is Brian's "PoissonInput(clock=Clock(...), when=synapses, order=0,
// name='poissoninput')".
func (p *poissonInput) Repr(th *interp.Thread) (string, error) {
	clock, err := clockRepr(th, p.in.Clock())
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("PoissonInput(clock=%s, when=%s, order=%d, name='%s')", clock, p.when, p.order, p.in.Name()), nil
}

func (p *poissonInput) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "N":
		return interp.Int(p.in.N()), nil
	case "rate":
		return numpy.NewQuantity(p.in.Rate(), hertzDim), nil
	case "target_var":
		return interp.Str(p.in.Var()), nil
	case "weight":
		return p.weight, nil
	case "name":
		return interp.Str(p.in.Name()), nil
	case "when":
		return interp.Str(p.when), nil
	case "order":
		return interp.Int(p.order), nil
	case "active":
		return interp.Bool(p.in.Active()), nil
	case "clock":
		return p.s.wrapClock(p.in.Clock()), nil
	}
	return nil, nil
}

func (p *poissonInput) AttrNames() []string {
	return []string{"N", "active", "clock", "name", "order", "rate", "target_var", "weight", "when"}
}

// newPoissonInput implements PoissonInput(target, target_var, N, rate, weight, when='synapses', order=0).
func (s *state) newPoissonInput(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var target, rate, weight interp.Value
	var targetVar string
	var nArg interp.Value
	when := "synapses"
	order := 0
	if err := interp.UnpackArgs("PoissonInput", args, kwargs, "target", &target, "target_var", &targetVar,
		"N", &nArg, "rate", &rate, "weight", &weight, "when?", &when, "order?", &order); err != nil {
		return nil, err
	}
	n, err := sizeArg("PoissonInput", nArg)
	if err != nil {
		return nil, err
	}
	gr, err := sourceOf(target)
	if err != nil {
		return nil, err
	}
	data, shape, dim, err := numpyFloats(th, rate)
	if err != nil {
		return nil, err
	}
	if dim != hertzDim || len(shape) != 0 {
		str, _ := interp.ToStr(th, rate)
		return nil, numpy.DimensionError(units.MismatchMessage(
			"Function '__init__' expected a quantitity with unit hertz for argument 'rate' but got '"+str+"'", dim))
	}
	opts := sim.PoissonInputOptions{Sched: sim.Sched{When: when, Order: order}}
	if w, ok := weight.(interp.Str); ok {
		opts.WeightExpr = string(w)
	} else {
		wd, wshape, wdim, err := numpyFloats(th, weight)
		if err != nil {
			return nil, err
		}
		if len(wshape) != 0 {
			return nil, interp.Errorf(interp.TypeError, "weight has to be a string or a scalar quantity")
		}
		opts.Weight, opts.WeightDim = wd[0], wdim
	}
	s.collectGarbage(th)
	in, err := sim.NewPoissonInput(s.env, gr.source(), targetVar, n, data[0], opts)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	p := &poissonInput{s: s, in: in, weight: weight, when: when, order: order}
	p.obj = s.track(th, in, p, gr.obj)
	return p, nil
}
