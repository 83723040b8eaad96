package sim

import (
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
)

// addSummed adds the updater of a (summed) variable: every step, before
// the target's state update, target var = sum over its synapses.
func (s *Synapses) addSummed(q *equations.Equation) error {
	name := strings.TrimSuffix(q.Name, "_post")
	tg := s.target.Group()
	tv, ok := tg.vars[name]
	if !ok {
		return simerr.New(simerr.ValueError, "The postsynaptic variable '%s' referred to in the summed variable '%s' does not exist.", name, q.Name)
	}
	if tv.Dim != q.Dim {
		return &simerr.DimensionMismatchError{Desc: "Summed variable '" + q.Name + "' does not have the same dimensions as the target variable '" + name + "'", Dims: nil}
	}
	var prog *compiled
	vals := []float64{}
	s.ps = append(s.ps, &part{owner: s, name: s.name + "_summed_variable_" + name, when: "groups", order: tg.opts.Order - 1,
		clock: s.core.clock,
		prepare: func(rc *runContext) error {
			n := s.core.expandSubexpressions(q.Node)
			b := s.core.newScope(0, s.core.n, rc.resolver)
			if err := b.resolve(expr.Identifiers(n)); err != nil {
				return err
			}
			if err := expr.CheckDims(q.Expr, n, q.Dim, b.scope()); err != nil {
				return err
			}
			p, err := expr.CompileExpr(n, b.scope())
			if err != nil {
				return err
			}
			prog = newCompiled(p)
			return nil
		},
		step: func(rc *runContext) error {
			if cap(vals) < s.core.n {
				vals = make([]float64, s.core.n)
			}
			vals = vals[:s.core.n]
			prog.exec(0, s.core.n, rc.key, uint64(s.core.clock.i), func(_, lo int, v []float64) { copy(vals[lo:], v) })
			a, b := s.target.Span()
			d := tv.data
			for k := a; k < b; k++ {
				d[k] = 0
			}
			for k, v := range vals {
				d[s.postAbs[k]] += v
			}
			return nil
		}})
	return nil
}
