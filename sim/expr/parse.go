package expr

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/gobrian/gobrian/sim/simerr"
)

type token struct {
	kind byte // 'n' number, 'i' identifier, 'o' operator, 'e' end
	text string
	pos  int
}

func tokenize(src string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.' || src[j] == '_') {
				j++
			}
			if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
				k := j + 1
				if k < len(src) && (src[k] == '+' || src[k] == '-') {
					k++
				}
				if k < len(src) && src[k] >= '0' && src[k] <= '9' {
					j = k
					for j < len(src) && src[j] >= '0' && src[j] <= '9' {
						j++
					}
				}
			}
			toks = append(toks, token{'n', src[i:j], i})
			i = j
		case c == '_' || unicode.IsLetter(rune(c)):
			j := i
			for j < len(src) && (src[j] == '_' || unicode.IsLetter(rune(src[j])) || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, token{'i', src[i:j], i})
			i = j
		default:
			op := ""
			for _, cand := range []string{"**=", "//=", "**", "//", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=",
				"+", "-", "*", "/", "%", "<", ">", "(", ")", ",", "="} {
				if strings.HasPrefix(src[i:], cand) {
					op = cand
					break
				}
			}
			if op == "" {
				return nil, syntaxErr(src, i, "invalid syntax")
			}
			toks = append(toks, token{'o', op, i})
			i += len(op)
		}
	}
	return append(toks, token{'e', "", len(src)}), nil
}

func syntaxErr(src string, pos int, msg string) error {
	return simerr.New(simerr.SyntaxError, "%s (<string>, line 1)\n    %s\n    %s^", msg,
		strings.TrimSpace(src), strings.Repeat(" ", max(0, pos-(len(src)-len(strings.TrimLeft(src, " \t"))))))
}

type parser struct {
	src  string
	toks []token
	p    int
}

func (p *parser) peek() token { return p.toks[p.p] }
func (p *parser) next() token { t := p.toks[p.p]; p.p++; return t }
func (p *parser) isOp(s string) bool {
	t := p.peek()
	return (t.kind == 'o' || t.kind == 'i') && t.text == s
}

// ParseExpr parses one expression.
func ParseExpr(src string) (Node, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &parser{src: src, toks: toks}
	n, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != 'e' {
		return nil, syntaxErr(src, t.pos, "invalid syntax")
	}
	return n, nil
}

// MustParse parses an expression known to be valid (generated code).
func MustParse(src string) Node {
	n, err := ParseExpr(src)
	if err != nil {
		panic(fmt.Sprintf("expr.MustParse(%q): %v", src, err))
	}
	return n
}

// ParseCode parses abstract code: one statement per line, "#" comments
// and blank lines ignored.
func ParseCode(src string) ([]Stmt, error) {
	var out []Stmt
	for _, line := range strings.Split(src, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		// ";" separates statements on one line, as in Python
		for _, part := range strings.Split(line, ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			st, err := parseStmt(part)
			if err != nil {
				return nil, err
			}
			out = append(out, st)
		}
	}
	return out, nil
}

func parseStmt(line string) (Stmt, error) {
	toks, err := tokenize(line)
	if err != nil {
		return Stmt{}, err
	}
	if len(toks) < 3 || toks[0].kind != 'i' || toks[1].kind != 'o' {
		return Stmt{}, syntaxErr(line, 0, "invalid syntax")
	}
	op := toks[1].text
	switch op {
	case "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=":
	default:
		return Stmt{}, syntaxErr(line, toks[1].pos, "invalid syntax")
	}
	p := &parser{src: line, toks: toks, p: 2}
	n, err := p.expr(0)
	if err != nil {
		return Stmt{}, err
	}
	if t := p.peek(); t.kind != 'e' {
		return Stmt{}, syntaxErr(line, t.pos, "invalid syntax")
	}
	return Stmt{Var: toks[0].text, Op: op, Expr: n, Src: line}, nil
}

// expr parses with precedence climbing; minPrec is the lowest binary
// precedence accepted.
func (p *parser) expr(minPrec int) (Node, error) {
	left, err := p.unary(minPrec)
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.kind != 'o' && !(t.kind == 'i' && (t.text == "and" || t.text == "or")) {
			return left, nil
		}
		prec := precedence(t.text)
		if prec == 0 || prec < minPrec || t.text == "=" {
			return left, nil
		}
		p.next()
		next := prec + 1
		if t.text == "**" {
			next = 7 // right associative, and the exponent may be unary
		}
		right, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		if prec == 4 {
			// chained comparisons a < b < c mean a < b and b < c
			if lb, ok := left.(*Binary); ok && precedence(lb.Op) == 4 && !p.parenthesised(left) {
				left = &Binary{Op: "and", X: left, Y: &Binary{Op: t.text, X: lb.Y, Y: right}}
				continue
			}
		}
		left = &Binary{Op: t.text, X: left, Y: right}
	}
}

func (p *parser) parenthesised(Node) bool { return false }

func (p *parser) unary(minPrec int) (Node, error) {
	t := p.peek()
	switch {
	case t.kind == 'i' && t.text == "not":
		p.next()
		x, err := p.expr(3)
		if err != nil {
			return nil, err
		}
		return &Unary{Op: "not", X: x}, nil
	case t.kind == 'o' && (t.text == "-" || t.text == "+"):
		p.next()
		x, err := p.expr(7) // binds looser than **: -x**2 == -(x**2)
		if err != nil {
			return nil, err
		}
		if n, ok := x.(*Num); ok && t.text == "-" {
			return &Num{Val: -n.Val, Int: n.Int}, nil
		}
		return &Unary{Op: t.text, X: x}, nil
	}
	return p.atom()
}

func (p *parser) atom() (Node, error) {
	t := p.next()
	switch t.kind {
	case 'n':
		text := strings.ReplaceAll(t.text, "_", "")
		v, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return nil, syntaxErr(p.src, t.pos, "invalid syntax")
		}
		isInt := !strings.ContainsAny(text, ".eE")
		return &Num{Val: v, Int: isInt}, nil
	case 'i':
		switch t.text {
		case "and", "or", "not", "if", "else", "lambda", "in", "is":
			return nil, syntaxErr(p.src, t.pos, "invalid syntax")
		}
		if p.isOp("(") {
			p.next()
			var args []Node
			for !p.isOp(")") {
				a, err := p.expr(0)
				if err != nil {
					return nil, err
				}
				args = append(args, a)
				if p.isOp(",") {
					p.next()
				} else if !p.isOp(")") {
					return nil, syntaxErr(p.src, p.peek().pos, "invalid syntax")
				}
			}
			p.next()
			return &Call{Fn: t.text, Args: args}, nil
		}
		return &Name{ID: t.text}, nil
	case 'o':
		if t.text == "(" {
			n, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			if !p.isOp(")") {
				return nil, syntaxErr(p.src, p.peek().pos, "'(' was never closed")
			}
			p.next()
			return n, nil
		}
	}
	if t.kind == 'e' {
		return nil, syntaxErr(p.src, t.pos, "invalid syntax")
	}
	return nil, syntaxErr(p.src, t.pos, "invalid syntax")
}

// Identifiers lists the names a node uses (variables and constants, not
// function names), each once, in order of appearance.
func Identifiers(nodes ...Node) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(Node)
	walk = func(n Node) {
		switch n := n.(type) {
		case *Name:
			if !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n.ID)
			}
		case *Unary:
			walk(n.X)
		case *Binary:
			walk(n.X)
			walk(n.Y)
		case *Call:
			// user functions (TimedArray) are names to resolve too
			if _, builtin := functions[n.Fn]; !builtin && !seen[n.Fn] {
				seen[n.Fn] = true
				out = append(out, n.Fn)
			}
			for _, a := range n.Args {
				walk(a)
			}
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}

// DependsOnTime reports whether n uses t other than as the argument of a
// function that is constant over a step (Brian's is_constant_over_dt),
// or draws random numbers.
func DependsOnTime(n Node, s Scope, dt float64) bool {
	switch n := n.(type) {
	case *Name:
		return n.ID == "t"
	case *Unary:
		return DependsOnTime(n.X, s, dt)
	case *Binary:
		return DependsOnTime(n.X, s, dt) || DependsOnTime(n.Y, s, dt)
	case *Call:
		if n.Fn == "rand" || n.Fn == "randn" {
			return true
		}
		if sym, ok := lookup(s, n.Fn); ok && sym.Class == Function && sym.Table != nil && sym.Table.LocallyConstant(dt) {
			for k, a := range n.Args {
				if nm, isName := a.(*Name); k == 0 && isName && nm.ID == "t" {
					continue
				}
				if DependsOnTime(a, s, dt) {
					return true
				}
			}
			return false
		}
		for _, a := range n.Args {
			if DependsOnTime(a, s, dt) {
				return true
			}
		}
	}
	return false
}
