package expr

import (
	"fmt"
	"math"

	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

func mismatch(format string, args ...any) error {
	return &simerr.DimensionMismatchError{Desc: fmt.Sprintf(format, args...)}
}

// Dims returns the physical dimension of an expression, checking it is
// consistent, with Brian's parse_expression_dimensions messages.
func Dims(n Node, s Scope) (units.Dim, error) {
	switch n := n.(type) {
	case *Num:
		return units.Dim{}, nil
	case *Name:
		sym, ok := lookup(s, n.ID)
		if !ok {
			return units.Dim{}, simerr.New(simerr.KeyError, "Unknown identifier %s", n.ID)
		}
		return sym.Dim, nil
	case *Unary:
		d, err := Dims(n.X, s)
		if n.Op == "not" {
			return units.Dim{}, err
		}
		return d, err
	case *Call:
		return callDims(n, s)
	case *Binary:
		l, err := Dims(n.X, s)
		if err != nil {
			return l, err
		}
		r, err := Dims(n.Y, s)
		if err != nil {
			return r, err
		}
		switch n.Op {
		case "and", "or":
			return units.Dim{}, nil
		case "<", "<=", ">", ">=", "==", "!=":
			if l != r {
				return units.Dim{}, mismatch("Comparison of expressions with different units. Expression '%s' has unit (%s), while expression '%s' has units (%s).",
					Render(n.X), l.String(), Render(n.Y), r.String())
			}
			return units.Dim{}, nil
		case "+", "-", "%":
			if l != r {
				ls, rs := Render(n.X), Render(n.Y)
				return units.Dim{}, mismatch("Expression '%s %s %s' uses inconsistent units ('%s' has unit %s; '%s' has unit %s).",
					ls, n.Op, rs, ls, units.DisplayUnit(l), rs, units.DisplayUnit(r))
			}
			return l, nil
		case "*":
			return l.Mul(r), nil
		case "/":
			return l.Div(r), nil
		case "//":
			if !l.IsDimensionless() || !r.IsDimensionless() {
				return units.Dim{}, simerr.New(simerr.SyntaxError, "Floor division can only be used on dimensionless values.")
			}
			return units.Dim{}, nil
		case "**":
			if l.IsDimensionless() && r.IsDimensionless() {
				return units.Dim{}, nil
			}
			p, err := constValue(n.Y, s)
			if err != nil {
				return units.Dim{}, err
			}
			return l.Pow(p), nil
		}
	}
	return units.Dim{}, simerr.New(simerr.SyntaxError, "Unsupported operation")
}

func callDims(n *Call, s Scope) (units.Dim, error) {
	if sym, ok := lookup(s, n.Fn); ok && sym.Class == Function && sym.Table != nil {
		for k, a := range n.Args {
			d, err := Dims(a, s)
			if err != nil {
				return d, err
			}
			want := units.Dim{units.Time: 1}
			if k == 1 {
				want = units.Dim{}
			}
			if d != want {
				return units.Dim{}, mismatch("Argument number %d for function %s does not have the correct units. Expression '%s' has units (%s), but should be (%s).",
					k+1, n.Fn, Render(a), d.String(), want.String())
			}
		}
		return sym.Table.Dim, nil
	}
	f, ok := functions[n.Fn]
	if !ok {
		return units.Dim{}, simerr.New(simerr.SyntaxError, "Unknown function %s", n.Fn)
	}
	if len(n.Args) != f.nargs {
		return units.Dim{}, simerr.New(simerr.SyntaxError, "Function '%s' was called with %d parameters, needs %d.", n.Fn, len(n.Args), f.nargs)
	}
	ds := make([]units.Dim, len(n.Args))
	for k, a := range n.Args {
		d, err := Dims(a, s)
		if err != nil {
			return d, err
		}
		ds[k] = d
	}
	if f.dims != nil {
		return f.dims(n.Fn, n.Args, ds)
	}
	for k, d := range ds {
		if !d.IsDimensionless() {
			return units.Dim{}, mismatch("Argument number %d for function %s does not have the correct units. Expression '%s' has units (%s), but should be (%s).",
				k+1, n.Fn, Render(n.Args[k]), d.String(), units.Dim{}.String())
		}
	}
	return units.Dim{}, nil
}

// constValue evaluates an exponent that must be a compile-time constant.
func constValue(n Node, s Scope) (float64, error) {
	switch n := n.(type) {
	case *Num:
		return n.Val, nil
	case *Name:
		sym, ok := lookup(s, n.ID)
		if !ok {
			return 0, simerr.New(simerr.ValueError, "Unknown identifier %s", n.ID)
		}
		if sym.Class != Const {
			return 0, simerr.New(simerr.SyntaxError, "Value %s is not constant", n.ID)
		}
		return sym.Value, nil
	case *Unary:
		v, err := constValue(n.X, s)
		if n.Op == "-" {
			v = -v
		}
		return v, err
	case *Binary:
		a, err := constValue(n.X, s)
		if err != nil {
			return 0, err
		}
		b, err := constValue(n.Y, s)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case "+":
			return a + b, nil
		case "-":
			return a - b, nil
		case "*":
			return a * b, nil
		case "/":
			return a / b, nil
		case "**":
			return math.Pow(a, b), nil
		}
	}
	return 0, simerr.New(simerr.SyntaxError, "Cannot determine the value of '%s'", Render(n))
}

// KindOf is the value type of an expression: Bool for comparisons,
// and/or/not and boolean variables; Int for integer variables and int().
func KindOf(n Node, s Scope) Kind {
	switch n := n.(type) {
	case *Num:
		if n.Int {
			return Int
		}
		return Float
	case *Name:
		if sym, ok := lookup(s, n.ID); ok {
			return sym.Kind
		}
	case *Unary:
		if n.Op == "not" {
			return Bool
		}
		k := KindOf(n.X, s)
		if k == Bool {
			return Int
		}
		return k
	case *Binary:
		switch precedence(n.Op) {
		case 1, 2, 4:
			return Bool
		}
		if n.Op == "/" {
			return Float
		}
		if KindOf(n.X, s) == Float || KindOf(n.Y, s) == Float {
			return Float
		}
		return Int
	case *Call:
		if f, ok := functions[n.Fn]; ok {
			if f.kind != Float {
				return f.kind
			}
			if n.Fn == "abs" || n.Fn == "clip" || n.Fn == "sign" {
				return KindOf(n.Args[0], s)
			}
		}
	}
	return Float
}

// CheckDims checks that expression src has dimension want, with Brian's
// check_dimensions message ("Expression '1-v' does not have the expected
// unit hertz (unit is 1).").
func CheckDims(src string, n Node, want units.Dim, s Scope) error {
	got, err := Dims(n, s)
	if err != nil {
		return err
	}
	if got != want {
		return &simerr.DimensionMismatchError{
			Desc: fmt.Sprintf("Expression '%s' does not have the expected unit %s", src, simerr.UnitName(want)),
			Dims: []units.Dim{got},
		}
	}
	return nil
}

// CheckStatements checks the units of statements assigning to variables
// of the scope; new names become temporaries with the right-hand side's
// dimension. It returns the temporaries' dimensions.
func CheckStatements(stmts []Stmt, s Scope) (map[string]units.Dim, error) {
	temps := map[string]units.Dim{}
	scope := func(name string) (*Symbol, bool) {
		if d, ok := temps[name]; ok {
			return &Symbol{Dim: d, Class: Vector}, true
		}
		return lookup(s, name)
	}
	for _, st := range stmts {
		rhs := st.Expr
		if st.Op != "=" {
			rhs = &Binary{Op: st.Op[:len(st.Op)-1], X: &Name{ID: st.Var}, Y: st.Expr}
		}
		d, err := Dims(rhs, scope)
		if err != nil {
			return nil, err
		}
		if sym, ok := lookup(s, st.Var); ok {
			if d != sym.Dim {
				return nil, &simerr.DimensionMismatchError{
					Desc: fmt.Sprintf("The right-hand-side of code statement \"%s\" does not have the expected unit %s", st.Src, simerr.UnitName(sym.Dim)),
					Dims: []units.Dim{d},
				}
			}
		} else {
			temps[st.Var] = d
		}
	}
	return temps, nil
}
