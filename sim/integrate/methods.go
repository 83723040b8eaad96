package integrate

import (
	"fmt"
	"time"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
)

// Methods are the integration methods known, by Brian's names.
var Methods = []string{"exact", "linear", "euler", "heun", "milstein", "rk2", "rk4", "exponential_euler"}

// DefaultMethods is Brian's automatic choice order.
var DefaultMethods = []string{"exact", "euler", "heun"}

// StateUpdate returns the abstract code advancing the differential
// equations of eqs by one time step dt with the named method. Scope
// gives the names' dimensions and constants' values (the exact method
// needs constant coefficients for coupled systems).
func StateUpdate(eqs *equations.Equations, method string, scope expr.Scope) ([]expr.Stmt, error) {
	s, err := newSystem(eqs)
	if err != nil {
		return nil, err
	}
	if len(s.eqs) == 0 {
		return nil, nil
	}
	switch method {
	case "exact", "linear":
		return exact(s, scope)
	case "euler":
		return euler(s, scope)
	case "heun":
		return heun(s, scope)
	case "milstein":
		return milstein(s, scope)
	case "rk2":
		return rk2(s)
	case "rk4":
		return rk4(s)
	case "exponential_euler":
		return expEuler(s)
	}
	return nil, simerr.New(simerr.ValueError, "No state updater with the name '%s' is known.", method)
}

// Choice is the result of the automatic method choice.
type Choice struct {
	Method string
	Code   []expr.Stmt
	Took   time.Duration
	// Tried is the time spent on the methods tried before, which did
	// not apply (0 when the first one did)
	Tried   time.Duration
	retried bool // the chosen method was not the first tried
}

// Choose tries the methods in order and returns the first that applies,
// as Brian's method_choice.
func Choose(eqs *equations.Equations, methods []string, scope expr.Scope) (Choice, error) {
	if len(methods) == 0 {
		methods = DefaultMethods
	}
	begin := time.Now()
	for k, m := range methods {
		start := time.Now()
		code, err := StateUpdate(eqs, m, scope)
		if err == nil {
			return Choice{Method: m, Code: code, Took: time.Since(start), Tried: start.Sub(begin), retried: k > 0}, nil
		}
		if simerr.TypeOf(err) != simerr.UnsupportedEqs {
			return Choice{}, err
		}
	}
	return Choice{}, simerr.New(simerr.ValueError, "No stateupdater that is suitable for the given equations has been found.")
}

// InfoMessage is Brian's INFO text for an automatic choice.
func InfoMessage(group string, c Choice) string {
	timing := fmt.Sprintf("took %.2fs", c.Took.Seconds())
	if c.retried {
		timing += fmt.Sprintf(", trying other methods took %.2fs", c.Tried.Seconds())
	}
	return fmt.Sprintf("No numerical integration method specified for group '%s', using method '%s' (%s).",
		group, c.Method, timing)
}

func noStochastic(s *system) error {
	if s.stochastic() {
		return unsupported("Cannot integrate stochastic equations with this state updater.")
	}
	return nil
}

// at substitutes a shifted state (x → x + shift[x]) and time into f.
func at(f expr.Node, shift map[string]expr.Node, dtFactor float64) expr.Node {
	if f == nil {
		return nil
	}
	m := map[string]expr.Node{}
	for x, k := range shift {
		if k != nil {
			m[x] = expr.Add(expr.Id(x), k)
		}
	}
	if dtFactor != 0 {
		m["t"] = expr.Add(expr.Id("t"), expr.Mul(expr.N(dtFactor), expr.Id("dt")))
	}
	return expr.Subst(f, m)
}

// additiveNoise checks the noise coefficients depend on no state variable
// or time (Brian: "multiplicative noise").
func additiveNoise(s *system, scope expr.Scope) error {
	names := map[string]bool{"t": true}
	for x := range s.vars {
		names[x] = true
	}
	for _, d := range s.eqs {
		for _, g := range d.g {
			if expr.Uses(g, names) {
				return unsupported("Cannot integrate equations with multiplicative noise with this state updater.")
			}
		}
	}
	return nil
}

func noiseTerm(d *diffEq, s *system) expr.Node {
	var n expr.Node
	for _, xi := range s.noises {
		if g, ok := d.g[xi]; ok {
			n = expr.Add(n, expr.Mul(g, expr.Id(xi)))
		}
	}
	return n
}

// euler is Euler–Maruyama: x + dt*f + g*dW.
func euler(s *system, scope expr.Scope) ([]expr.Stmt, error) {
	if err := additiveNoise(s, scope); err != nil {
		return nil, err
	}
	code := s.noiseDefs()
	for _, d := range s.eqs {
		rhs := expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), d.f))
		rhs = expr.Add(rhs, noiseTerm(d, s))
		code = append(code, stmt("_"+d.name, rhs))
	}
	return s.commit(code), nil
}

// heun is Brian's stochastic Heun (Stratonovich):
// x_support = x + g(x,t)*dW; g_support = g(x_support, t+dt);
// x_new = x + dt*f(x,t) + .5*dW*(g(x,t) + g_support).
func heun(s *system, scope expr.Scope) ([]expr.Stmt, error) {
	code, xi, done, err := s.supportPrologue()
	if done || err != nil {
		return code, err
	}
	code, shift := s.supportValues(code, xi, func(d *diffEq, g expr.Node) expr.Node {
		return expr.Add(expr.Id(d.name), expr.Mul(g, expr.Id(xi)))
	})
	for _, d := range s.eqs {
		if g, ok := d.g[xi]; ok {
			code = append(code, stmt("__g_support_"+d.name, at(g, shift, 1)))
		}
	}
	for _, d := range s.eqs {
		rhs := expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), d.f))
		if g, ok := d.g[xi]; ok {
			rhs = expr.Add(rhs, expr.Mul(expr.Mul(expr.N(0.5), expr.Id(xi)),
				expr.Add(g, expr.Id("__g_support_"+d.name))))
		}
		code = append(code, stmt("_"+d.name, rhs))
	}
	return s.commit(code), nil
}

// supportPrologue starts the derivative-free schemes (Heun, Milstein),
// which take a single noise: it returns the noise definitions and the noise
// name, or, without noise, the finished Euler update and done.
func (s *system) supportPrologue() (code []expr.Stmt, xi string, done bool, err error) {
	if len(s.noises) > 1 {
		return nil, "", true, unsupported("Cannot integrate stochastic equations with non-diagonal noise with this state updater.")
	}
	code = s.noiseDefs()
	if !s.stochastic() {
		for _, d := range s.eqs {
			code = append(code, stmt("_"+d.name, expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), d.f))))
		}
		return s.commit(code), "", true, nil
	}
	return code, s.noises[0], false, nil
}

// supportValues appends __x_support_x = support(d, g) for each equation with
// noise xi and returns the shifts x -> x_support - x that evaluate g there.
func (s *system) supportValues(code []expr.Stmt, xi string, support func(d *diffEq, g expr.Node) expr.Node) ([]expr.Stmt, map[string]expr.Node) {
	shift := map[string]expr.Node{}
	for _, d := range s.eqs {
		if g, ok := d.g[xi]; ok {
			code = append(code, stmt("__x_support_"+d.name, support(d, g)))
			shift[d.name] = expr.Sub(expr.Id("__x_support_"+d.name), expr.Id(d.name))
		}
	}
	return code, shift
}

// milstein is Brian's derivative-free Milstein scheme:
// x_support = x + dt*f + dt**.5*g; g_support = g(x_support, t);
// k = 1/(2*dt**.5)*(g_support - g)*dW**2; x_new = x + dt*f + g*dW + k.
func milstein(s *system, scope expr.Scope) ([]expr.Stmt, error) {
	code, xi, done, err := s.supportPrologue()
	if done || err != nil {
		return code, err
	}
	code, shift := s.supportValues(code, xi, func(d *diffEq, g expr.Node) expr.Node {
		return expr.Add(expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), d.f)),
			expr.Mul(expr.MustParse("dt**0.5"), g))
	})
	for _, d := range s.eqs {
		if g, ok := d.g[xi]; ok {
			code = append(code, stmt("__g_support_"+d.name, at(g, shift, 0)))
			k := expr.Mul(expr.Div(expr.N(1), expr.MustParse("2*dt**0.5")),
				expr.Mul(expr.Sub(expr.Id("__g_support_"+d.name), g), expr.MustParse(xi+"**2")))
			code = append(code, stmt("__k_"+d.name, k))
		}
	}
	for _, d := range s.eqs {
		rhs := expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), d.f))
		if g, ok := d.g[xi]; ok {
			rhs = expr.Add(expr.Add(rhs, expr.Mul(g, expr.Id(xi))), expr.Id("__k_"+d.name))
		}
		code = append(code, stmt("_"+d.name, rhs))
	}
	return s.commit(code), nil
}

// rk2 is the midpoint method: k = dt*f(x,t); x_new = x + dt*f(x+k/2, t+dt/2).
func rk2(s *system) ([]expr.Stmt, error) {
	if err := noStochastic(s); err != nil {
		return nil, err
	}
	var code []expr.Stmt
	shift := map[string]expr.Node{}
	for _, d := range s.eqs {
		code = append(code, stmt("__k_"+d.name, expr.Mul(expr.Id("dt"), d.f)))
		shift[d.name] = expr.Div(expr.Id("__k_"+d.name), expr.N(2))
	}
	for _, d := range s.eqs {
		code = append(code, stmt("_"+d.name, expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), at(d.f, shift, 0.5)))))
	}
	return s.commit(code), nil
}

// rk4 is the classical Runge–Kutta method.
func rk4(s *system) ([]expr.Stmt, error) {
	if err := noStochastic(s); err != nil {
		return nil, err
	}
	var code []expr.Stmt
	k := func(stage int, name string) string { return fmt.Sprintf("__k_%d_%s", stage, name) }
	stages := []struct {
		div float64 // previous k divided by this in the shift (0: no shift)
		tf  float64
	}{{0, 0}, {2, 0.5}, {2, 0.5}, {1, 1}}
	for st, sd := range stages {
		shift := map[string]expr.Node{}
		if sd.div != 0 {
			for _, d := range s.eqs {
				shift[d.name] = expr.Div(expr.Id(k(st, d.name)), expr.N(sd.div))
			}
		}
		for _, d := range s.eqs {
			code = append(code, stmt(k(st+1, d.name), expr.Mul(expr.Id("dt"), at(d.f, shift, sd.tf))))
		}
	}
	for _, d := range s.eqs {
		rhs := expr.Add(expr.Id(d.name), expr.Div(expr.Id(k(1, d.name)), expr.N(6)))
		rhs = expr.Add(rhs, expr.Div(expr.Id(k(2, d.name)), expr.N(3)))
		rhs = expr.Add(rhs, expr.Div(expr.Id(k(3, d.name)), expr.N(3)))
		rhs = expr.Add(rhs, expr.Div(expr.Id(k(4, d.name)), expr.N(6)))
		code = append(code, stmt("_"+d.name, rhs))
	}
	return s.commit(code), nil
}

// expEuler is exponential Euler for conditionally linear equations
// dx/dt = A*x + B (A, B may depend on other variables):
// _BA_x = B/A; _x = -_BA_x + (_BA_x + x)*exp(A*dt).
func expEuler(s *system) ([]expr.Stmt, error) {
	if err := noStochastic(s); err != nil {
		return nil, err
	}
	var code []expr.Stmt
	for _, d := range s.eqs {
		coef, rest, ok := expr.Linear(d.f, map[string]bool{d.name: true})
		a := coef[d.name]
		if !ok {
			// as Brian: linear once multiplied out, the coefficient
			// possibly depending on the variable itself (m_inf(v)*v)
			if a, rest, ok = expr.CollectLinear(d.f, d.name); !ok {
				return nil, unsupported("Can only solve conditionally linear systems with this state updater.")
			}
		}
		if a == nil {
			code = append(code, stmt("_"+d.name, expr.Add(expr.Id(d.name), expr.Mul(expr.Id("dt"), rest))))
			continue
		}
		ba := "_BA_" + d.name
		code = append(code, stmt(ba, expr.Div(rest, a)))
		if rest == nil {
			code[len(code)-1] = stmt(ba, expr.N(0))
		}
		e := &expr.Call{Fn: "exp", Args: []expr.Node{timesDt(a)}}
		code = append(code, stmt("_"+d.name, expr.Add(expr.Neg(expr.Id(ba)), expr.Mul(expr.Add(expr.Id(ba), expr.Id(d.name)), e))))
	}
	return s.commit(code), nil
}

// timesDt is a*dt written as Brian's sympy writes the common a = -1/tau
// case (-dt/tau), so that rounding matches.
func timesDt(a expr.Node) expr.Node {
	if b, ok := a.(*expr.Binary); ok && b.Op == "/" {
		if n, ok := b.X.(*expr.Num); ok {
			if n.Val == -1 {
				return expr.Div(expr.Neg(expr.Id("dt")), b.Y)
			}
			if n.Val == 1 {
				return expr.Div(expr.Id("dt"), b.Y)
			}
		}
	}
	return expr.Mul(expr.Id("dt"), a)
}
