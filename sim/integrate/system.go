package integrate

import (
	"strings"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
)

func unsupported(format string, args ...any) error {
	return simerr.New(simerr.UnsupportedEqs, format, args...)
}

// diffEq is one differential equation split as dx/dt = f + sum g[xi]*xi.
type diffEq struct {
	name string
	rhs  expr.Node            // full right-hand side, subexpressions substituted
	f    expr.Node            // deterministic part (nil: zero)
	g    map[string]expr.Node // noise name → coefficient
}

type system struct {
	eqs    []*diffEq
	vars   map[string]bool
	noises []string // distinct noise names, in order of appearance
}

// IsNoise reports whether name is a white-noise symbol (xi, xi_*).
func IsNoise(name string) bool { return name == "xi" || strings.HasPrefix(name, "xi_") }

func newSystem(eqs *equations.Equations) (*system, error) {
	subs := map[string]expr.Node{}
	for _, q := range eqs.List {
		if q.Type == equations.Subexpression {
			subs[q.Name] = q.Node
		}
	}
	// expand subexpressions until none remain (they may nest)
	expand := func(n expr.Node) expr.Node {
		for range 32 {
			m := map[string]expr.Node{}
			for _, id := range expr.Identifiers(n) {
				if s, ok := subs[id]; ok {
					m[id] = s
				}
			}
			if len(m) == 0 {
				break
			}
			n = expr.Subst(n, m)
		}
		return n
	}
	s := &system{vars: map[string]bool{}}
	seen := map[string]bool{}
	for _, q := range eqs.List {
		if q.Type != equations.Differential {
			continue
		}
		rhs := expand(q.Node)
		noiseNames := map[string]bool{}
		for _, id := range expr.Identifiers(rhs) {
			if IsNoise(id) {
				noiseNames[id] = true
				if !seen[id] {
					seen[id] = true
					s.noises = append(s.noises, id)
				}
			}
		}
		d := &diffEq{name: q.Name, rhs: rhs, f: rhs, g: map[string]expr.Node{}}
		if len(noiseNames) > 0 {
			coef, rest, ok := expr.Linear(rhs, noiseNames)
			if !ok {
				return nil, unsupported("Expression '%s' is not linear in the noise variables.", q.Expr)
			}
			d.f, d.g = rest, coef
		}
		s.eqs = append(s.eqs, d)
		s.vars[q.Name] = true
	}
	return s, nil
}

func (s *system) stochastic() bool { return len(s.noises) > 0 }

func stmt(name string, n expr.Node) expr.Stmt {
	if n == nil {
		n = expr.N(0)
	}
	return expr.Stmt{Var: name, Op: "=", Expr: n, Src: name + " = " + expr.Render(n)}
}

// commit writes the temporaries _x back to the variables.
// The last equation's final value is written directly (nothing after it
// reads the old value), saving a copy per element.
func (s *system) commit(code []expr.Stmt) []expr.Stmt {
	eqs := s.eqs
	if n := len(code); n > 0 && len(eqs) > 0 && code[n-1].Var == "_"+eqs[len(eqs)-1].name {
		last := eqs[len(eqs)-1].name
		code[n-1] = stmt(last, code[n-1].Expr)
		eqs = eqs[:len(eqs)-1]
	}
	for _, d := range eqs {
		code = append(code, stmt(d.name, expr.Id("_"+d.name)))
	}
	return code
}

// noiseDefs defines each noise symbol as sqrt(dt)*randn() (Brian's dW).
func (s *system) noiseDefs() []expr.Stmt {
	var code []expr.Stmt
	for _, xi := range s.noises {
		code = append(code, stmt(xi, expr.MustParse("dt**0.5*randn()")))
	}
	return code
}
