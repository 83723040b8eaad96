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
// lambdas); CPython compiles 2000 levels and fails somewhat beyond.
const maxExprDepth = 2500

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
	// outer is the enclosing parser of an f-string expression's parser.
	outer *parser
	// yields records the yield expressions parsed so far, for the check
	// that none sits inside a comprehension.
	yields []yieldSpan
	// spanning is set while span re-parses an expression.
	spanning bool
	// parenYield marks parenthesised yields, whose assignment error differs.
	parenYield map[Expr]bool
}

// yieldSpan is where a yield expression is, and in which function.
type yieldSpan struct {
	fn       *funcCtx
	pos      Pos
	endCol   int
	startOff int
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
	src = universalNewlines(src)
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
	sc := newScanner(filename, universalNewlines(src), false)
	toks, scanErr := sc.scan()
	p := &parser{sc: sc, toks: toks, scanErr: scanErr}
	defer p.recover(&err)
	for p.tok().kind == tNewline {
		p.i++
	}
	e = p.expressions()
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

// universalNewlines turns \r\n and lone \r line ends into \n, as CPython's
// tokenizer does (string literals then hold plain \n).
func universalNewlines(src string) string {
	if !strings.Contains(src, "\r") {
		return src
	}
	return strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
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
		p.errorTok(t, "expected ':'")
	}
	p.syntaxError()
}

// prevEnd is the end position of the previous token.
func (p *parser) prevEnd() Pos {
	if p.i == 0 {
		return p.tok().pos
	}
	return p.end(&p.toks[p.i-1])
}

// offsetOf returns the byte offset of the token starting at pos.
func (p *parser) offsetOf(pos Pos) int {
	k := sort.Search(len(p.toks), func(i int) bool {
		t := p.toks[i].pos
		return t.Line > pos.Line || t.Line == pos.Line && t.Col >= pos.Col
	})
	if k < len(p.toks) {
		return p.toks[k].off
	}
	return len(p.sc.full)
}

// end is the position just past token t.
func (p *parser) end(t *token) Pos { return p.sc.posAt(t.endOff) }

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
	if o := p.outer; o != nil {
		// An error inside an f-string expression: the file's own
		// tokenizer errors still take precedence when raised outright.
		for o.outer != nil {
			o = o.outer
		}
		if o.scanErr != nil && !o.sc.lazy {
			e = o.scanErr
		}
	}
	if se := p.scanErr; se != nil {
		// CPython's tokenizer runs ahead of its parser: a tokenizer error
		// wins when the parser got to it (or to the token before, which
		// it looked past), when it is one the tokenizer raises outright
		// (bad strings, numbers, characters), or when it is an unclosed
		// bracket opened on an earlier line than the parser's error.
		far := min(max(p.i, p.far), len(p.toks)-1)
		reached := far >= len(p.toks)-1
		unclosedEarlier := strings.HasSuffix(se.Msg, "was never closed") && se.Pos.Line < p.toks[far].pos.Line
		// CPython raises "unexpected indent" without the full-source check.
		indent := e.Msg == "unexpected indent" && !reached
		// A bracket the parser stopped at, never closed: CPython's second
		// pass reads on inside it to the end of the input.
		if j := min(p.i, len(p.toks)-2); j >= 0 {
			t, next := p.toks[j], p.toks[j+1]
			if t.kind == tOp && t.pos == se.Pos && strings.HasSuffix(se.Msg, "was never closed") &&
				(next.kind == tEOF || next.kind == tOp && strings.Contains("([{", next.s)) {
				reached = true
			}
		}
		if !indent && (reached || !p.sc.lazy || unclosedEarlier) {
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
	p.reparse(e)
	last := p.toks[p.i-1]
	if p.end(&last).Line != start.Line {
		return 0
	}
	return p.end(&last).Col
}

// reparse parses e again from its first token at the grammar level that
// produced it, so that parsing stops where e ended.
func (p *parser) reparse(e Expr) {
	if p.isOp("(") || p.isOp("[") || p.isOp("{") {
		if _, ok := e.(*Tuple); !ok {
			p.primary()
			return
		}
	}
	switch e := e.(type) {
	case *Tuple:
		if p.isOp("(") {
			p.primary()
		} else {
			p.starExpressions()
		}
	case *Starred:
		p.i++
		p.bitOr()
	case *Yield, *YieldFrom:
		p.yieldExpr()
	case *Compare:
		p.comparison()
	case *BoolOp:
		if e.Op == "or" {
			p.disjunction()
		} else {
			p.conjunction()
		}
	case *UnaryOp:
		if e.Op == "not" {
			p.inversion()
		} else {
			p.bitOr()
		}
	case *IfExp, *Lambda, *NamedExpr:
		p.namedExpr()
	default:
		p.bitOr()
	}
}

// lateError records a compile-stage error, reported if parsing succeeds.
// It returns the error if it is the one recorded, so that the caller can
// extend its caret range with lateEnd once it has parsed the construct.
func (p *parser) lateError(pos Pos, format string, args ...any) *Error {
	if p.late != nil || p.spanning {
		return nil
	}
	p.late = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), File: p.sc.file, Pos: pos, Text: p.sc.lineText(pos.Line)}
	return p.late
}

// lateEnd ends e's caret range at the previous token.
func (p *parser) lateEnd(e *Error) {
	if e != nil {
		e.EndCol = p.endCol(e.Pos)
	}
}

// endCol is the end column of the previous token when it is on start's
// line, else 0 (a single caret).
func (p *parser) endCol(start Pos) int {
	if end := p.prevEnd(); end.Line == start.Line && end.Col > start.Col {
		return end.Col
	}
	return 0
}

// errorTok reports an error with carets under token t.
func (p *parser) errorTok(t *token, format string, args ...any) {
	e := &Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Pos: t.pos}
	if p.end(t).Line == t.pos.Line && p.end(t).Col > t.pos.Col+1 {
		e.EndCol = p.end(t).Col
	}
	p.fail(e)
}

// errorToPrev reports an error with carets from start to the end of the
// previous token.
func (p *parser) errorToPrev(start Pos, format string, args ...any) {
	p.fail(&Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Pos: start, EndCol: p.endCol(start)})
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
		p.fail(&Error{Kind: "IndentationError", Msg: "unexpected indent", Pos: Pos{p.end(t).Line, p.end(t).Col - 1}})
	}
	e := &Error{Kind: "SyntaxError", Msg: "invalid syntax", Pos: t.pos}
	if p.end(t).Line == t.pos.Line && p.end(t).Col > t.pos.Col+1 {
		e.EndCol = p.end(t).Col
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
		p.errorAt(p.tok().pos, "expression too deeply nested (maximum recursion depth exceeded during compilation)")
	}
}

func (p *parser) leave() { p.depth-- }
