package sim

import (
	"fmt"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/integrate"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

// scopeFor builds the name resolution for code over elements
// [start, stop) of the group: group variables, t, dt, N, i, then external
// names from the resolver (warning on conflicts as Brian).
type scopeBuilder struct {
	g           *NeuronGroup
	start, stop int
	r           Resolver
	clock       *Clock
	ext         map[string]*expr.Symbol
	err         error
	quiet       bool // resolving generated code: no conflict warnings
}

func (g *NeuronGroup) newScope(start, stop int, r Resolver) *scopeBuilder {
	if g.opts.Namespace != nil {
		r = g.opts.Namespace
	}
	return &scopeBuilder{g: g, start: start, stop: stop, r: r, clock: g.clock, ext: map[string]*expr.Symbol{}}
}

func (b *scopeBuilder) internal(name string) (*expr.Symbol, bool) {
	g := b.g
	if g.hook != nil {
		if s, ok := g.hook(name); ok {
			return s, true
		}
	}
	switch name {
	case "t":
		return &expr.Symbol{Class: expr.Scalar, Ref: &b.clock.tval, Dim: second, ReadOnly: true}, true
	case "dt":
		return &expr.Symbol{Class: expr.Const, Value: b.clock.dt, Dim: second, ReadOnly: true}, true
	case "N":
		return &expr.Symbol{Class: expr.Const, Value: float64(b.stop - b.start), Kind: expr.Int, ReadOnly: true}, true
	case "i":
		return &expr.Symbol{Class: expr.Index, Offset: b.start, Kind: expr.Int, ReadOnly: true}, true
	}
	if v, ok := g.vars[name]; ok {
		s := &expr.Symbol{Class: expr.Vector, Data: v.data, Dim: v.Dim, Kind: expr.Kind(v.Kind), ReadOnly: v.ReadOnly}
		if v.index != nil {
			s.Class, s.Map = expr.Indirect, v.index
		}
		if v.Shared {
			s.Class = expr.Scalar
			s.Ref = &v.data[0]
		}
		return s, true
	}
	return nil, false
}

// dimScope is scope plus the noise symbols (xi has unit second**-0.5),
// for checking equations; compiled code defines xi itself.
func (b *scopeBuilder) dimScope() expr.Scope {
	s := b.scope()
	return func(name string) (*expr.Symbol, bool) {
		if integrate.IsNoise(name) {
			return &expr.Symbol{Class: expr.Vector, Dim: units.Dim{units.Time: -0.5}}, true
		}
		if q, ok := b.g.subexpression(name); ok {
			return &expr.Symbol{Class: expr.Vector, Dim: q.Dim, Kind: expr.Kind(q.VarType)}, true
		}
		return s(name)
	}
}

// resolve checks that every identifier is known, resolving external ones
// (Brian's KeyError otherwise), and warns when an internal name also
// exists externally with a different value.
func (b *scopeBuilder) resolve(ids []string) error {
	for _, id := range ids {
		if _, ok := b.ext[id]; ok {
			continue
		}
		if isBuiltinName(id) || integrate.IsNoise(id) {
			continue
		}
		if _, isSub := b.g.subexpression(id); isSub {
			continue // substituted by its definition
		}
		sym, internal := b.internal(id)
		if internal && sym.Class != expr.Scalar && sym.Data == nil {
			if v, ok := b.g.vars[id]; ok && v.Linked {
				return simerr.New(simerr.TypeError, "Link target for variable %s has not been set.", id)
			}
		}
		var val Value
		found := false
		if b.r != nil && !integrate.IsNoise(id) {
			val, found = b.r(id)
		}
		if internal {
			if found && !b.quiet && !sameValue(sym, val) {
				b.g.env.logOnce(LogWarning, "brian2.groups.group.Group.resolve.resolution_conflict",
					fmt.Sprintf("'%s' is an internal variable of group '%s', but also exists in the run namespace with the value %s. The internal variable will be used.",
						id, b.g.name, b.g.env.formatValue(val)))
			}
			continue
		}
		if !found {
			// Brian's default namespace: units are always known
			if u, ok := units.Lookup(id); ok && id != "1" {
				val, found = Value{Scalar: u.Scale, Dim: u.Dim}, true
			}
		}
		if !found {
			return simerr.New(simerr.KeyError, "The identifier \"%s\" could not be resolved.", id)
		}
		s := &expr.Symbol{Class: expr.Const, Value: val.Scalar, Dim: val.Dim, ReadOnly: true}
		if val.Table != nil {
			s = &expr.Symbol{Class: expr.Function, Table: val.Table, Dim: val.Table.Dim, ReadOnly: true}
		} else if val.Array != nil {
			if len(val.Array) != b.g.n {
				return simerr.New(simerr.ValueError, "External array '%s' has %d values, group '%s' has %d elements.", id, len(val.Array), b.g.name, b.g.n)
			}
			s = &expr.Symbol{Class: expr.Vector, Data: val.Array, Dim: val.Dim, ReadOnly: true}
		}
		if val.Array == nil && val.Scalar == float64(int64(val.Scalar)) && val.Dim.IsDimensionless() {
			s.Kind = expr.Float
		}
		b.ext[id] = s
	}
	return nil
}

// resolveGenerated resolves identifiers that only generated code uses
// (t, dt, lastspike in the refractoriness check): Brian warns about
// namespace conflicts only for identifiers the user wrote.
func (b *scopeBuilder) resolveGenerated(ids []string) error {
	b.quiet = true
	defer func() { b.quiet = false }()
	return b.resolve(ids)
}

func isBuiltinName(id string) bool {
	switch id {
	case "pi", "e", "inf", "True", "False":
		return true
	}
	return false
}

func sameValue(s *expr.Symbol, v Value) bool {
	if v.Array != nil || s.Dim != v.Dim {
		return false
	}
	return s.Class == expr.Const && s.Value == v.Scalar
}

func (b *scopeBuilder) scope() expr.Scope {
	return func(name string) (*expr.Symbol, bool) {
		if s, ok := b.internal(name); ok {
			return s, true
		}
		s, ok := b.ext[name]
		return s, ok
	}
}

// expandSubexpressions substitutes subexpression names by their
// definitions (recursively).
func (g *NeuronGroup) expandSubexpressions(n expr.Node) expr.Node {
	for range 32 {
		m := map[string]expr.Node{}
		for _, id := range expr.Identifiers(n) {
			if q, ok := g.eqs.Get(id); ok && q.Type == equations.Subexpression {
				m[id] = q.Node
			}
		}
		if len(m) == 0 {
			return n
		}
		n = expr.Subst(n, m)
	}
	return n
}

func (g *NeuronGroup) expandStmts(stmts []expr.Stmt) []expr.Stmt {
	out := make([]expr.Stmt, len(stmts))
	for k, s := range stmts {
		s.Expr = g.expandSubexpressions(s.Expr)
		out[k] = s
	}
	return out
}

func stmtIDs(stmts []expr.Stmt) []string {
	var nodes []expr.Node
	assigned := map[string]bool{}
	var ids []string
	for _, s := range stmts {
		nodes = append(nodes, s.Expr)
		for _, id := range expr.Identifiers(s.Expr) {
			if !assigned[id] {
				ids = append(ids, id)
			}
		}
		assigned[s.Var] = true
	}
	return ids
}

// compile resolves the identifiers of stmts, checks their units and
// compiles them against this scope.
func (b *scopeBuilder) compile(stmts []expr.Stmt) (*compiled, error) {
	if err := b.resolve(stmtIDs(stmts)); err != nil {
		return nil, err
	}
	s := b.scope()
	if _, err := expr.CheckStatements(stmts, s); err != nil {
		return nil, err
	}
	p, err := expr.Compile(stmts, s)
	if err != nil {
		return nil, err
	}
	return newCompiled(p), nil
}
