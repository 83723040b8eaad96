package expr

import (
	"strconv"
	"strings"
)

// Node is an abstract-code expression.
type Node interface{ node() }

// Num is a numeric literal. Int marks literals written without a point or
// exponent (Brian treats them as integers).
type Num struct {
	Val float64
	Int bool
}

// Name is an identifier: a variable, an external constant, t, dt, i, N,
// True/False, pi, e, inf.
type Name struct{ ID string }

// Unary is -x, +x or not x.
type Unary struct {
	Op string
	X  Node
}

// Binary is an arithmetic ("+", "-", "*", "/", "//", "%", "**"),
// comparison ("<", "<=", ">", ">=", "==", "!=") or boolean ("and", "or")
// operation.
type Binary struct {
	Op   string
	X, Y Node
}

// Call is a function call f(args...).
type Call struct {
	Fn   string
	Args []Node
}

func (*Num) node()    {}
func (*Name) node()   {}
func (*Unary) node()  {}
func (*Binary) node() {}
func (*Call) node()   {}

// Stmt is one abstract-code statement: Var Op Expr, with Op one of "=",
// "+=", "-=", "*=", "/=", "//=", "%=", "**=".
type Stmt struct {
	Var  string
	Op   string
	Expr Node
	Src  string // the statement's source line
}

// precedence of binary operators, as Python's grammar.
func precedence(op string) int {
	switch op {
	case "or":
		return 1
	case "and":
		return 2
	case "<", "<=", ">", ">=", "==", "!=":
		return 4
	case "+", "-":
		return 5
	case "*", "/", "//", "%":
		return 6
	case "**":
		return 8
	}
	return 0
}

// Render writes a node back as code, the way Brian's NodeRenderer does
// (binary operators spaced, parentheses where the tree needs them).
func Render(n Node) string {
	var b strings.Builder
	render(&b, n)
	return b.String()
}

func render(b *strings.Builder, n Node) {
	switch n := n.(type) {
	case *Num:
		if n.Int {
			b.WriteString(strconv.FormatFloat(n.Val, 'f', -1, 64))
		} else {
			b.WriteString(pyFloat(n.Val))
		}
	case *Name:
		b.WriteString(n.ID)
	case *Unary:
		if n.Op == "not" {
			b.WriteString("not ")
		} else {
			b.WriteString(n.Op)
		}
		renderParen(b, n.X, isCompound(n.X))
	case *Binary:
		p := precedence(n.Op)
		renderParen(b, n.X, needParen(n.X, p, false, n.Op))
		b.WriteString(" " + n.Op + " ")
		renderParen(b, n.Y, needParen(n.Y, p, true, n.Op))
	case *Call:
		b.WriteString(n.Fn + "(")
		for i, a := range n.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			render(b, a)
		}
		b.WriteString(")")
	}
}

func isCompound(n Node) bool {
	switch n.(type) {
	case *Binary, *Unary:
		return true
	}
	return false
}

func needParen(n Node, parent int, right bool, op string) bool {
	switch c := n.(type) {
	case *Binary:
		p := precedence(c.Op)
		if p < parent {
			return true
		}
		if p == parent {
			if op == "**" {
				return !right
			}
			return right
		}
	case *Unary:
		return parent >= 6
	}
	return false
}

func renderParen(b *strings.Builder, n Node, paren bool) {
	if paren {
		b.WriteString("(")
	}
	render(b, n)
	if paren {
		b.WriteString(")")
	}
}

// pyFloat formats a float as Python's repr does.
func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.ContainsAny(s, "e") {
		mant, exp, _ := strings.Cut(s, "e")
		if exp[0] != '-' && exp[0] != '+' {
			exp = "+" + exp
		}
		if len(exp) == 2 {
			exp = exp[:1] + "0" + exp[1:]
		}
		if f >= 1e16 || f <= -1e16 || (f != 0 && -1e-4 < f && f < 1e-4) {
			return mant + "e" + exp
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	if !strings.ContainsAny(s, ".") && !strings.Contains(s, "Inf") && !strings.Contains(s, "NaN") {
		s += ".0"
	}
	return s
}
