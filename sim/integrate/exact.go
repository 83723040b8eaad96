package integrate

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/gobrian/gobrian/sim/expr"
)

// exact integrates linear systems dX/dt = A X + b exactly. Uncoupled
// equations get the closed form x_new = x*(1-E) fixed point + E*x with
// E = exp(a*dt); coupled systems need a constant A and use its matrix
// exponential.
func exact(s *system, scope expr.Scope) ([]expr.Stmt, error) {
	if s.stochastic() {
		return nil, unsupported("Cannot solve stochastic equations with this state updater.")
	}
	coefs := make([]map[string]expr.Node, len(s.eqs))
	rests := make([]expr.Node, len(s.eqs))
	dt, ok := expr.ConstValue(expr.Id("dt"), scope)
	if !ok {
		dt = math.Inf(1) // unknown: no function counts as constant over it
	}
	coupled := false
	for k, d := range s.eqs {
		c, r, ok := expr.Linear(d.f, s.vars)
		if !ok {
			return nil, unsupported("Cannot solve the given equations with this stateupdater.")
		}
		for x, n := range c {
			if expr.DependsOnTime(n, scope, dt) {
				return nil, unsupported("Expression '%s' is not guaranteed to be constant over a time step.", expr.Render(n))
			}
			coupled = coupled || x != d.name
		}
		if r != nil && expr.DependsOnTime(r, scope, dt) {
			return nil, unsupported("Expression '%s' is not guaranteed to be constant over a time step.", expr.Render(r))
		}
		coefs[k], rests[k] = c, r
	}
	_ = coupled
	// integrate each group of coupled equations on its own
	var code []expr.Stmt
	for _, comp := range components(s, coefs) {
		if len(comp) == 1 {
			k := comp[0]
			d := s.eqs[k]
			code = append(code, stmt("_"+d.name, closedForm(d.name, coefs[k][d.name], rests[k])))
			continue
		}
		sub := &system{vars: map[string]bool{}}
		var sc []map[string]expr.Node
		var sr []expr.Node
		for _, k := range comp {
			sub.eqs = append(sub.eqs, s.eqs[k])
			sub.vars[s.eqs[k].name] = true
			sc = append(sc, coefs[k])
			sr = append(sr, rests[k])
		}
		c, err := exactCoupled(sub, sc, sr, scope)
		if err != nil {
			return nil, err
		}
		code = append(code, c...)
	}
	return s.commit(code), nil
}

// components groups the equations into sets coupled through their
// coefficients (connected components), in equation order.
func components(s *system, coefs []map[string]expr.Node) [][]int {
	n := len(s.eqs)
	index := map[string]int{}
	for k, d := range s.eqs {
		index[d.name] = k
	}
	parent := make([]int, n)
	for k := range parent {
		parent[k] = k
	}
	var find func(int) int
	find = func(k int) int {
		for parent[k] != k {
			k = parent[k]
		}
		return k
	}
	for i := range n {
		for x := range coefs[i] {
			if j, ok := index[x]; ok && j != i {
				parent[find(i)] = find(j)
			}
		}
	}
	var out [][]int
	pos := map[int]int{}
	for k := range n {
		r := find(k)
		p, ok := pos[r]
		if !ok {
			p = len(out)
			pos[r] = p
			out = append(out, nil)
		}
		out[p] = append(out[p], k)
	}
	return out
}

// closedForm solves dx/dt = a*x + b over one step.
func closedForm(x string, a, b expr.Node) expr.Node {
	if a == nil {
		return expr.Add(expr.Id(x), expr.Mul(expr.Id("dt"), b))
	}
	e := &expr.Call{Fn: "exp", Args: []expr.Node{timesDt(a)}}
	decay := expr.Mul(e, expr.Id(x))
	if b == nil {
		return decay
	}
	fixed := fixedPoint(a, b)
	oneMinus := expr.Sub(expr.N(1), e)
	return expr.Add(expr.Mul(fixed, oneMinus), decay)
}

// fixedPoint is -b/a, simplified when a and b share a denominator
// ((v0-v)/tau: a = -1/tau, b = v0/tau, fixed point v0).
func fixedPoint(a, b expr.Node) expr.Node {
	// a common factor (int(not_refractory) for "unless refractory") cancels
	for {
		am, aok := a.(*expr.Binary)
		bm, bok := b.(*expr.Binary)
		if !aok || !bok || am.Op != "*" || bm.Op != "*" || expr.Render(am.X) != expr.Render(bm.X) {
			break
		}
		a, b = am.Y, bm.Y
	}
	ab, aok := a.(*expr.Binary)
	bb, bok := b.(*expr.Binary)
	if aok && bok && ab.Op == "/" && bb.Op == "/" && expr.Render(ab.Y) == expr.Render(bb.Y) {
		if n, ok := ab.X.(*expr.Num); ok {
			if n.Val == -1 {
				return bb.X
			}
			return expr.Div(bb.X, expr.N(-n.Val))
		}
		return expr.Neg(expr.Div(bb.X, ab.X))
	}
	return expr.Neg(expr.Div(b, a))
}

// splitFactor strips a common leading factor F (F*(...)) from every
// coefficient and the rest of one equation; Brian's "unless refractory"
// multiplies the whole right-hand side by int(not_refractory).
func splitFactor(coef map[string]expr.Node, rest expr.Node) (factor expr.Node, c map[string]expr.Node, r expr.Node) {
	var key string
	strip := func(n expr.Node) (expr.Node, bool) {
		b, ok := n.(*expr.Binary)
		if !ok || b.Op != "*" {
			return nil, false
		}
		k := expr.Render(b.X)
		if factor == nil {
			factor, key = b.X, k
		}
		return b.Y, k == key
	}
	c = map[string]expr.Node{}
	for x, n := range coef {
		y, ok := strip(n)
		if !ok {
			return nil, coef, rest
		}
		c[x] = y
	}
	if rest != nil {
		y, ok := strip(rest)
		if !ok {
			return nil, coef, rest
		}
		r = y
	}
	return factor, c, r
}

// exactCoupled uses the matrix exponential of the constant system matrix.
// A 0/1 factor F on some equations (int(not_refractory)) is handled by
// solving with F=1 and F=0 and selecting: F*new1 + (1-F)*new0.
func exactCoupled(s *system, coefs []map[string]expr.Node, rests []expr.Node, scope expr.Scope) ([]expr.Stmt, error) {
	n := len(s.eqs)
	var factor expr.Node
	has := make([]bool, n)
	for i := range n {
		f, c, r := splitFactor(coefs[i], rests[i])
		if f == nil || !isRefractoryFactor(f) {
			continue
		}
		if factor != nil && expr.Render(factor) != expr.Render(f) {
			return nil, unsupported("Cannot solve the given equations with this stateupdater.")
		}
		factor, has[i], coefs[i], rests[i] = f, true, c, r
	}
	on, err := linearStep(s, coefs, rests, nil, scope)
	if err != nil {
		return nil, err
	}
	if factor == nil {
		return on, nil
	}
	off, err := linearStep(s, coefs, rests, has, scope)
	if err != nil {
		return nil, err
	}
	code := make([]expr.Stmt, n)
	for i, d := range s.eqs {
		a, b := on[i].Expr, off[i].Expr
		if expr.Render(a) == expr.Render(b) {
			code[i] = on[i]
			continue
		}
		code[i] = stmt("_"+d.name, expr.Add(expr.Mul(factor, a), expr.Mul(expr.Sub(expr.N(1), factor), b)))
	}
	return code, nil
}

func isRefractoryFactor(f expr.Node) bool {
	c, ok := f.(*expr.Call)
	if !ok || c.Fn != "int" || len(c.Args) != 1 {
		return false
	}
	nm, ok := c.Args[0].(*expr.Name)
	return ok && nm.ID == "not_refractory"
}

// linearStep computes x_new = Phi x + Gamma b with [[Phi, Gamma], [0, I]]
// = exp([[A dt, I dt], [0, 0]]); rows flagged in frozen are zero (the
// variable does not change).
func linearStep(s *system, coefs []map[string]expr.Node, rests []expr.Node, frozen []bool, scope expr.Scope) ([]expr.Stmt, error) {
	n := len(s.eqs)
	dtv, ok := expr.ConstValue(expr.Id("dt"), scope)
	if !ok {
		return nil, unsupported("Cannot solve the given equations with this stateupdater.")
	}
	m := mat.NewDense(2*n, 2*n, nil)
	for i := range n {
		if frozen != nil && frozen[i] {
			continue
		}
		for j, dj := range s.eqs {
			c := coefs[i][dj.name]
			if c == nil {
				continue
			}
			v, ok := expr.ConstValue(c, scope)
			if !ok {
				return nil, unsupported("Cannot solve the given equations with this stateupdater.")
			}
			m.Set(i, j, v*dtv)
		}
		m.Set(i, n+i, dtv)
	}
	var e mat.Dense
	e.Exp(m)
	code := make([]expr.Stmt, n)
	for i, d := range s.eqs {
		var rhs expr.Node
		for j, dj := range s.eqs {
			if v := e.At(i, j); v != 0 {
				rhs = expr.Add(rhs, expr.Mul(expr.N(v), expr.Id(dj.name)))
			}
		}
		for j := range n {
			if v := e.At(i, n+j); v != 0 && rests[j] != nil {
				rhs = expr.Add(rhs, expr.Mul(expr.N(v), rests[j]))
			}
		}
		code[i] = stmt("_"+d.name, rhs)
	}
	return code, nil
}
