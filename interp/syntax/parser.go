package syntax

import (
	"fmt"
	"sort"
	"strings"
)

// bailout carries a syntax error up the recursive-descent stack; parse
// recovers it. Only this type is recovered, so real bugs still panic.
type bailout struct{ err *Error }

// maxExprDepth bounds expression recursion (deep unary chains, nested
// lambdas) the way CPython's parser stack limit does.
const maxExprDepth = 1000

// parser is a recursive-descent parser over a pre-scanned token slice.
type parser struct {
	sc    *scanner
	toks  []token
	i     int
	depth int
	// fn is the innermost enclosing function (nil at module or class level).
	fn *funcCtx
	// loop counts enclosing loops inside the current function or module.
	loop int
	// late is the first error CPython finds only after parsing (in the
	// symbol table or compiler, e.g. 'return' outside function); any true
	// syntax error takes precedence over it.
	late *Error
	// far is the furthest token index looked at; CPython reports generic
	// syntax errors at the furthest token its parser fetched.
	far int
	// scanErr is the scanner's error, if any; the tokens stop there.
	scanErr *Error
	// spanning is set while span re-parses an expression.
	spanning bool
	// parenYield marks parenthesised yields, whose assignment error differs.
	parenYield map[Expr]bool
}

// funcCtx is the function whose body is being parsed.
type funcCtx struct {
	def *FunctionDef // nil for a lambda
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

func parse(filename, src string, allowMagics bool) (f *File, err error) {
	if allowMagics {
		src = dedentCell(src)
	}
	f = &File{Name: filename, Lines: splitLines(src)}
	if allowMagics {
		if m := cellMagic(src); m != nil {
			f.Body = []Stmt{m}
			return f, nil
		}
	}
	sc := newScanner(filename, src, allowMagics)
	toks, scanErr := sc.scan()
	p := &parser{sc: sc, toks: toks, scanErr: scanErr}
	defer p.recover(&err)
	f.Body = p.file()
	if scanErr != nil {
		return nil, scanErr
	}
	if p.late != nil {
		return nil, p.late
	}
	return f, nil
}

func parseExpr(filename, src string) (e Expr, err error) {
	sc := newScanner(filename, src, false)
	toks, scanErr := sc.scan()
	p := &parser{sc: sc, toks: toks, scanErr: scanErr}
	defer p.recover(&err)
	for p.tok().kind == tNewline {
		p.i++
	}
	e = p.starExpressions()
	for p.tok().kind == tNewline || p.tok().kind == tDedent {
		p.i++
	}
	if p.tok().kind != tEOF {
		p.syntaxError()
	}
	if scanErr != nil {
		return nil, scanErr
	}
	if p.late != nil {
		return nil, p.late
	}
	return e, nil
}

func (p *parser) recover(err *error) {
	if r := recover(); r != nil {
		b, ok := r.(bailout)
		if !ok {
			panic(r)
		}
		*err = b.err
	}
}

// dedentCell removes the indentation of the first non-blank line from every
// line that starts with it, as IPython's leading_indent transform does, so
// that a pasted indented snippet runs.
func dedentCell(src string) string {
	rest := src
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" {
			break
		}
		rest = after
	}
	indent := rest[:len(rest)-len(strings.TrimLeft(rest, " \t"))]
	if indent == "" {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, indent)
	}
	return strings.Join(lines, "")
}

// cellMagic recognises "%%name args" on the first line of a cell.
func cellMagic(src string) *Magic {
	rest := strings.TrimLeft(src, " \t\r\n")
	if !strings.HasPrefix(rest, "%%") {
		return nil
	}
	line := 1 + strings.Count(src[:len(src)-len(rest)], "\n")
	first, body, _ := strings.Cut(rest, "\n")
	first = strings.TrimRight(first, " \t\r")
	name, args, _ := strings.Cut(first[2:], " ")
	return &Magic{At: At{Pos{line, 1}}, Name: name, Args: strings.TrimSpace(args), Cell: &body}
}

// ---- token helpers ----

func (p *parser) tok() *token { return &p.toks[p.i] }

func (p *parser) peek(n int) *token {
	if p.i+n > p.far {
		p.far = p.i + n
	}
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) next() *token {
	t := &p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) isOp(s string) bool {
	t := &p.toks[p.i]
	return t.kind == tOp && t.s == s
}

func (p *parser) isKw(s string) bool {
	t := &p.toks[p.i]
	return t.kind == tName && t.s == s
}

func (p *parser) acceptOp(s string) bool {
	if p.isOp(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) acceptKw(s string) bool {
	if p.isKw(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) expectOp(s string) *token {
	if !p.isOp(s) {
		p.syntaxError()
	}
	return p.next()
}

// colon expects the ':' of a compound statement header. CPython says
// "expected ':'" when the line ends there, or anywhere for the headers
// whose grammar forces the colon (else, try, finally, def, class).
func (p *parser) colon(forced bool) {
	if p.acceptOp(":") {
		return
	}
	if t := p.tok(); forced || t.kind == tNewline {
		p.errorAt(t.pos, "expected ':'")
	}
	p.syntaxError()
}

// prevEnd is the end position of the previous token.
func (p *parser) prevEnd() Pos {
	if p.i == 0 {
		return p.tok().pos
	}
	return p.toks[p.i-1].end
}

func (p *parser) name() string {
	t := p.tok()
	if t.kind != tName || keywords[t.s] {
		p.syntaxError()
	}
	p.i++
	return t.s
}

// ---- errors ----

func (p *parser) errorAt(pos Pos, format string, args ...any) {
	p.fail(&Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Pos: pos})
}

func (p *parser) fail(e *Error) {
	if se := p.scanErr; se != nil {
		// CPython's tokenizer runs ahead of its parser: a tokenizer error
		// wins when the parser got to it (or to the token before, which
		// it looked past), when it is one the tokenizer raises outright
		// (bad strings, numbers, characters), or when it is an unclosed
		// bracket opened on an earlier line than the parser's error.
		reached := p.i >= len(p.toks)-2
		unclosedEarlier := strings.HasSuffix(se.Msg, "was never closed") && se.Pos.Line < e.Pos.Line
		if reached || !p.sc.lazy || unclosedEarlier {
			e = se
		}
	}
	e.File = p.sc.file
	if e.Text == "" {
		e.Text = p.sc.lineText(e.Pos.Line)
	}
	panic(bailout{e})
}

// errorNode reports an error about expression e, with carets under all of
// it when it fits on one line.
func (p *parser) errorNode(e Expr, format string, args ...any) {
	end := 0
	if !p.spanning {
		end = p.span(e)
	}
	p.fail(&Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Pos: e.Start(), EndCol: end})
}

// span returns the column just past expression e when e ends on its first
// line, else 0. The AST has no end positions, so it re-parses e from its
// first token; this only runs on error paths.
func (p *parser) span(e Expr) (end int) {
	start := e.Start()
	k := sort.Search(len(p.toks), func(i int) bool {
		t := p.toks[i].pos
		return t.Line > start.Line || t.Line == start.Line && t.Col >= start.Col
	})
	if k >= len(p.toks) || p.toks[k].pos != start {
		return 0
	}
	saveI, saveFar, saveLate := p.i, p.far, p.late
	p.spanning = true
	defer func() {
		p.spanning = false
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			end = 0
		}
		p.i, p.far, p.late = saveI, saveFar, saveLate
	}()
	p.i = k
	if _, isTuple := e.(*Tuple); isTuple && !p.isOp("(") {
		p.starExpressions()
	} else {
		p.starNamedExpr()
	}
	last := p.toks[p.i-1]
	if last.end.Line != start.Line {
		return 0
	}
	return last.end.Col
}

// lateError records a compile-stage error, reported if parsing succeeds.
func (p *parser) lateError(pos Pos, format string, args ...any) {
	if p.late == nil {
		p.late = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), File: p.sc.file, Pos: pos, Text: p.sc.lineText(pos.Line)}
	}
}

// syntaxError reports "invalid syntax" at the current token, marking the
// error incomplete when the input simply ran out.
func (p *parser) syntaxError() {
	if p.far > p.i && p.far < len(p.toks) {
		p.i = p.far
	}
	t := p.tok()
	if t.kind == tEOF || t.kind == tDedent && p.atEnd() {
		p.fail(&Error{Kind: "SyntaxError", Msg: "invalid syntax", Pos: t.pos, Incomplete: true})
	}
	if t.kind == tIndent {
		p.fail(&Error{Kind: "IndentationError", Msg: "unexpected indent", Pos: Pos{t.end.Line, t.end.Col - 1}})
	}
	e := &Error{Kind: "SyntaxError", Msg: "invalid syntax", Pos: t.pos}
	if t.end.Line == t.pos.Line && t.end.Col > t.pos.Col+1 {
		e.EndCol = t.end.Col
	}
	p.fail(e)
}

// lastNewline is where CPython reports errors at the end of input: the
// last NEWLINE token.
func (p *parser) lastNewline() Pos {
	for j := len(p.toks) - 1; j >= 0; j-- {
		if p.toks[j].kind == tNewline {
			return p.toks[j].pos
		}
	}
	return p.tok().pos
}

func (p *parser) atEnd() bool {
	for j := p.i; j < len(p.toks); j++ {
		if k := p.toks[j].kind; k != tDedent && k != tNewline && k != tEOF {
			return false
		}
	}
	return true
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxExprDepth {
		p.errorAt(p.tok().pos, "too many nested parentheses")
	}
}

func (p *parser) leave() { p.depth-- }
