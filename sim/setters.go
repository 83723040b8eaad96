package sim

import (
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

// setExpr evaluates "name = expr" for elements [start, stop) where cond
// holds.
func (g *NeuronGroup) setExpr(start, stop int, name, src, cond string, r Resolver) error {
	if cond == "" || strings.TrimSpace(cond) == "True" {
		return g.setExprIdx(start, name, src, nil, r, stop)
	}
	vals, _, err := g.eval(start, stop, cond, r)
	if err != nil {
		return err
	}
	var idx []int
	for k, v := range vals {
		if v != 0 {
			idx = append(idx, k)
		}
	}
	return g.setExprIdx(start, name, src, idx, r, stop)
}

// setExprIdx assigns for element indices relative to start (a subgroup's
// own numbering, i counting from 0 there); nil idx means all of them.
func (g *NeuronGroup) setExprIdx(start int, name, src string, idx []int, r Resolver, stop ...int) error {
	end := g.n
	if len(stop) > 0 {
		end = stop[0]
	}
	v, ok := g.vars[name]
	if !ok {
		if q, isSub := g.eqs.Get(name); isSub && q.Type == equations.Subexpression {
			return simerr.New(simerr.TypeError, "Cannot assign to subexpression '%s'.", name)
		}
		return simerr.New("AttributeError", "No attribute with name %s", name)
	}
	if v.ReadOnly {
		return simerr.New(simerr.TypeError, "Variable %s is read-only.", name)
	}
	line := name + " = " + strings.TrimSpace(src)
	stmts, err := expr.ParseCode(line)
	if err != nil {
		return err
	}
	if v.Shared {
		// one value: the expression may not refer to per-element values
		shown := name
		if g.hook != nil && strings.HasSuffix(name, "_delay") {
			shown = "delay" // a synaptic pathway's own delay variable
		}
		for _, id := range expr.Identifiers(stmts[0].Expr) {
			w, isVar := g.vars[id]
			if id == "i" || isVar && !w.Shared {
				return simerr.New("SyntaxError", "Cannot write to scalar variable '%s' with an expression referring to vector variable '%s'", shown, id)
			}
		}
	}
	c, err := g.newScope(start, end, r).compile(g.expandStmts(stmts))
	if err != nil {
		return err
	}
	key := g.env.nextStream()
	if v.Shared {
		c.exec(0, 1, key, 0, nil)
		return nil
	}
	if idx == nil {
		c.exec(start, end, key, 0, nil)
		return nil
	}
	abs := make([]int32, len(idx))
	for k, i := range idx {
		if i < 0 || start+i >= end {
			return simerr.New(simerr.IndexError, "index %d is out of bounds for size %d", i, end-start)
		}
		abs[k] = int32(start + i)
	}
	if len(abs) == end-start && (len(abs) == 0 || abs[0] == int32(start)) {
		c.exec(start, end, key, 0, nil)
		return nil
	}
	c.execIndices(abs, key, 0, nil)
	return nil
}

// eval evaluates an expression for elements [start, stop).
func (g *NeuronGroup) eval(start, stop int, src string, r Resolver) ([]float64, units.Dim, error) {
	n, err := expr.ParseExpr(src)
	if err != nil {
		return nil, units.Dim{}, err
	}
	n = g.expandSubexpressions(n)
	b := g.newScope(start, stop, r)
	if err := b.resolve(expr.Identifiers(n)); err != nil {
		return nil, units.Dim{}, err
	}
	s := b.scope()
	d, err := expr.Dims(n, s)
	if err != nil {
		return nil, units.Dim{}, err
	}
	p, err := expr.CompileExpr(n, s)
	if err != nil {
		return nil, units.Dim{}, err
	}
	out := make([]float64, stop-start)
	c := newCompiled(p)
	c.exec(start, stop, g.env.nextStream(), 0, func(_ int, lo int, vals []float64) {
		copy(out[lo-start:], vals)
	})
	return out, d, nil
}

// subexpression returns the definition of a subexpression variable.
func (g *NeuronGroup) subexpression(name string) (*equations.Equation, bool) {
	q, ok := g.eqs.Get(name)
	if !ok || q.Type != equations.Subexpression {
		return nil, false
	}
	return q, true
}
