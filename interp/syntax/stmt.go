package syntax

import (
	"fmt"
	"strings"
)

// Statements: simple statements, compound statements and parameter lists.

func (p *parser) file() []Stmt {
	var body []Stmt
	for {
		t := p.tok()
		switch t.kind {
		case tEOF:
			return body
		case tNewline, tDedent:
			p.i++
			continue
		}
		body = append(body, p.statement()...)
	}
}

func (p *parser) statement() []Stmt {
	t := p.tok()
	switch t.kind {
	case tIndent:
		p.fail(&Error{Kind: "IndentationError", Msg: "unexpected indent", Pos: Pos{p.end(t).Line, p.end(t).Col - 1}})
	case tMagic:
		p.i++
		m := magic(t)
		if p.tok().kind == tNewline {
			p.i++
		}
		return []Stmt{m}
	case tName:
		switch t.s {
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt()}
		case "try":
			return []Stmt{p.tryStmt()}
		case "with":
			return []Stmt{p.withStmt()}
		case "def":
			return []Stmt{p.funcDef(nil)}
		case "class":
			return []Stmt{p.classDef(nil)}
		case "async":
			switch n := p.peek(1); {
			case n.kind == tName && n.s == "def":
				p.errorTok(t, "async functions are not supported")
			case n.kind == tName && (n.s == "for" || n.s == "with"):
				line := strings.TrimRight(p.sc.lineText(t.pos.Line), " \t")
				p.fail(&Error{Kind: "SyntaxError", Msg: fmt.Sprintf("'async %s' outside async function", n.s),
					Pos: t.pos, EndCol: len([]rune(line)) + 1})
			}
		}
	case tOp:
		if t.s == "@" {
			return []Stmt{p.decorated()}
		}
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		s := p.simpleStmt()
		out = append(out, s)
		if p.acceptOp(";") {
			if k := p.tok().kind; k == tNewline || k == tEOF {
				if es, ok := s.(*ExprStmt); ok {
					es.Semicolon = true
				}
				p.acceptNewline()
				return out
			}
			continue
		}
		if p.acceptNewline() {
			return out
		}
		p.badStatementEnd(s)
	}
}

func (p *parser) acceptNewline() bool {
	switch p.tok().kind {
	case tNewline:
		p.i++
		return true
	case tEOF:
		return true
	}
	return false
}

// badStatementEnd reports junk after a complete simple statement.
func (p *parser) badStatementEnd(s Stmt) {
	t := p.tok()
	if es, ok := s.(*ExprStmt); ok {
		if n, ok := es.Value.(*Name); ok && (n.Id == "print" || n.Id == "exec") &&
			(t.kind == tName || t.kind == tString || t.kind == tNumber) {
			line := p.sc.lineText(n.P.Line)
			p.fail(&Error{Kind: "SyntaxError", Pos: n.P, EndCol: len([]rune(strings.TrimRight(line, " \t"))) + 1,
				Msg: fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)})
		}
	}
	p.syntaxError()
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	if t.kind == tName {
		switch t.s {
		case "pass":
			p.i++
			return &Pass{At{t.pos}}
		case "break":
			p.i++
			if p.loop == 0 {
				p.lateEnd(p.lateError(t.pos, "'break' outside loop"))
			}
			return &Break{At{t.pos}}
		case "continue":
			p.i++
			if p.loop == 0 {
				p.lateEnd(p.lateError(t.pos, "'continue' not properly in loop"))
			}
			return &Continue{At{t.pos}}
		case "return":
			p.i++
			var le *Error
			if p.fn == nil {
				le = p.lateError(t.pos, "'return' outside function")
			}
			r := &Return{At: At{t.pos}}
			if !p.atSimpleEnd() {
				r.Value = p.starExpressions()
			}
			p.lateEnd(le)
			return r
		case "raise":
			p.i++
			r := &Raise{At: At{t.pos}}
			if !p.atSimpleEnd() {
				r.Exc = p.expression()
				if p.acceptKw("from") {
					r.Cause = p.expression()
				}
			}
			return r
		case "global", "nonlocal":
			p.i++
			names := []string{p.name()}
			for p.acceptOp(",") {
				names = append(names, p.name())
			}
			if t.s == "global" {
				return &Global{At{t.pos}, names}
			}
			if p.fn == nil {
				p.lateEnd(p.lateError(t.pos, "nonlocal declaration not allowed at module level"))
			}
			return &Nonlocal{At{t.pos}, names}
		case "del":
			p.i++
			d := &Delete{At: At{t.pos}}
			for {
				e := p.target()
				if p.isKw("in") || p.isKw("if") || p.isOp("==") {
					// del x in y / del x == y: report the expression.
					p.errorNode(e, "cannot delete %s", "comparison")
				}
				p.checkDel(e)
				d.Targets = append(d.Targets, e)
				if !p.acceptOp(",") || p.atSimpleEnd() {
					break
				}
			}
			return d
		case "assert":
			p.i++
			a := &Assert{At: At{t.pos}, Test: p.expression()}
			if p.acceptOp(",") {
				a.Msg = p.expression()
			}
			return a
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStmt()
}

func (p *parser) atSimpleEnd() bool {
	t := p.tok()
	return t.kind == tNewline || t.kind == tEOF || t.kind == tOp && t.s == ";"
}

func (p *parser) dottedName() string {
	n := p.name()
	for p.acceptOp(".") {
		n += "." + p.name()
	}
	return n
}

func (p *parser) importStmt() Stmt {
	t := p.next()
	s := &Import{At: At{t.pos}}
	for {
		a := &Alias{Name: p.dottedName()}
		if p.acceptKw("as") {
			a.AsName = p.name()
		}
		s.Names = append(s.Names, a)
		if !p.acceptOp(",") {
			return s
		}
	}
}

func (p *parser) fromImport() Stmt {
	t := p.next()
	s := &ImportFrom{At: At{t.pos}}
	for {
		if p.acceptOp(".") {
			s.Level++
		} else if p.acceptOp("...") {
			s.Level += 3
		} else {
			break
		}
	}
	if !p.isKw("import") {
		s.Module = p.dottedName()
	}
	if !p.acceptKw("import") {
		p.syntaxError()
	}
	if p.acceptOp("*") {
		if p.fn != nil {
			p.lateError(t.pos, "import * only allowed at module level")
		}
		return s
	}
	paren := p.acceptOp("(")
	for {
		a := &Alias{Name: p.name()}
		if p.acceptKw("as") {
			a.AsName = p.name()
		}
		s.Names = append(s.Names, a)
		if !p.acceptOp(",") {
			break
		}
		if paren && p.isOp(")") {
			break
		}
		if !paren && p.atSimpleEnd() {
			p.errorAt(p.tok().pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expectOp(")")
	}
	return s
}

// exprStmt parses expression statements and all assignment forms.
func (p *parser) exprStmt() Stmt {
	start := p.tok().pos
	first := p.starExpressionsOrYield()
	t := p.tok()
	if t.kind != tOp {
		return &ExprStmt{At: At{start}, Value: first}
	}
	switch t.s {
	case ":":
		p.i++
		p.expression()
		p.checkAnnTarget(first)
		s := &AnnAssign{At: At{start}, Target: first}
		if p.acceptOp("=") {
			s.Value = p.starExpressionsOrYield()
		}
		return s
	case "=":
		if !startsExpression(&p.toks[p.i+1]) {
			// "target =" with no value: CPython still blames a bad target.
			if bad := invalidTarget(first); bad != nil {
				p.errorNode(bad, "cannot assign to %s", exprName(bad))
			}
		}
		targets := []Expr{first}
		var value Expr
		for p.acceptOp("=") {
			value = p.starExpressionsOrYield()
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for _, tg := range targets {
			p.checkAssign(tg, len(targets) == 1)
		}
		return &Assign{At: At{start}, Targets: targets, Value: value}
	case "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<=":
		p.i++
		p.checkAug(first)
		return &AugAssign{At: At{start}, Target: first, Op: strings.TrimSuffix(t.s, "="), Value: p.starExpressionsOrYield()}
	}
	return &ExprStmt{At: At{start}, Value: first}
}

// ---- compound statements ----

// block parses the suite after a header's ':'; what names the header for
// "expected an indented block after ..." messages.
func (p *parser) block(what string, line int) []Stmt {
	if p.tok().kind != tNewline {
		return p.simpleStmts()
	}
	p.i++
	t := p.tok()
	if t.kind != tIndent {
		e := &Error{Kind: "IndentationError", Pos: t.pos,
			Msg: fmt.Sprintf("expected an indented block after %s on line %d", what, line)}
		if p.end(t).Line == t.pos.Line && p.end(t).Col > t.pos.Col+1 {
			e.EndCol = p.end(t).Col
		}
		if p.atEnd() {
			e.Incomplete = true
			e.Pos = p.lastNewline()
		}
		p.fail(e)
	}
	p.i++
	var body []Stmt
	for {
		switch p.tok().kind {
		case tDedent:
			p.i++
			return body
		case tEOF:
			return body
		case tNewline:
			p.i++
			continue
		}
		body = append(body, p.statement()...)
	}
}

func (p *parser) condition() Expr {
	e := p.namedExpr()
	if p.isOp("=") {
		p.i++
		if !p.startsExpression() {
			p.syntaxError()
		}
		p.expression()
		p.errorToPrev(e.Start(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	return e
}

func (p *parser) ifStmt() Stmt {
	t := p.next()
	s := &If{At: At{t.pos}, Test: p.condition()}
	p.colon(false)
	s.Body = p.block("'"+t.s+"' statement", t.pos.Line)
	switch {
	case p.isKw("elif"):
		s.OrElse = []Stmt{p.ifStmt()}
	case p.isKw("else"):
		e := p.next()
		p.colon(true)
		s.OrElse = p.block("'else' statement", e.pos.Line)
	}
	return s
}

func (p *parser) elseBlock() []Stmt {
	if !p.isKw("else") {
		return nil
	}
	e := p.next()
	p.colon(true)
	return p.block("'else' statement", e.pos.Line)
}

func (p *parser) loopBody(what string, line int) []Stmt {
	p.loop++
	defer func() { p.loop-- }()
	return p.block(what, line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	s := &While{At: At{t.pos}, Test: p.condition()}
	p.colon(false)
	s.Body = p.loopBody("'while' statement", t.pos.Line)
	s.OrElse = p.elseBlock()
	return s
}

func (p *parser) forStmt() Stmt {
	t := p.next()
	s := &For{At: At{t.pos}, Target: p.targetList()}
	if !p.acceptKw("in") {
		p.syntaxError()
	}
	s.Iter = p.starExpressions()
	p.colon(false)
	s.Body = p.loopBody("'for' statement", t.pos.Line)
	s.OrElse = p.elseBlock()
	return s
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.colon(true)
	s := &Try{At: At{t.pos}, Body: p.block("'try' statement", t.pos.Line)}
	for p.isKw("except") {
		e := p.next()
		h := &ExceptHandler{At: At{e.pos}}
		if p.isOp("*") {
			p.errorAt(p.tok().pos, "except* is not supported")
		}
		if !p.isOp(":") {
			h.Type = p.expression()
			if p.isOp(",") && p.toks[p.i+1].kind != tOp {
				for p.acceptOp(",") && p.startsExpression() {
					p.expression()
				}
				p.errorToPrev(h.Type.Start(), "multiple exception types must be parenthesized")
			}
			if p.acceptKw("as") {
				h.Name = p.name()
			}
		}
		p.colon(false)
		h.Body = p.block("'except' statement", e.pos.Line)
		if n := len(s.Handlers); n > 0 && s.Handlers[n-1].Type == nil {
			p.errorAt(s.Handlers[n-1].P, "default 'except:' must be last")
		}
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) > 0 {
		s.OrElse = p.elseBlock()
	}
	if p.isKw("finally") {
		f := p.next()
		p.colon(true)
		s.Finally = p.block("'finally' statement", f.pos.Line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		if p.atEnd() {
			p.fail(&Error{Kind: "SyntaxError", Msg: "expected 'except' or 'finally' block", Pos: p.lastNewline(), Incomplete: true})
		}
		p.errorTok(p.tok(), "expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) withStmt() Stmt {
	t := p.next()
	s := &With{At: At{t.pos}}
	if p.isOp("(") {
		if items, ok := p.parenWithItems(); ok {
			s.Items = items
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.acceptOp(",") {
				break
			}
		}
	}
	p.colon(false)
	s.Body = p.block("'with' statement", t.pos.Line)
	return s
}

// parenWithItems tries "with (a as b, c):"; it backtracks when the
// parenthesis turns out to belong to an expression.
func (p *parser) parenWithItems() (items []*WithItem, ok bool) {
	save := p.i
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.far = max(p.far, p.i)
			p.i = save
			items, ok = nil, false
		}
	}()
	p.i++
	for !p.isOp(")") {
		items = append(items, p.withItem())
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp(")")
	if !p.isOp(":") {
		p.i = save
		return nil, false
	}
	return items, len(items) > 0
}

func (p *parser) withItem() *WithItem {
	it := &WithItem{Context: p.expression()}
	if p.acceptKw("as") {
		it.Target = p.target()
		p.checkStore(it.Target, "cannot assign to %s")
	}
	return it
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.acceptOp("@") {
		decos = append(decos, p.namedExpr())
		if p.tok().kind != tNewline {
			p.syntaxError()
		}
		p.i++
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(decos)
	case p.isKw("class"):
		return p.classDef(decos)
	case p.isKw("async"):
		p.errorAt(p.tok().pos, "async functions and statements are not supported")
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decos []Expr) Stmt {
	t := p.next()
	f := &FunctionDef{At: At{t.pos}, Decorators: decos, Name: p.name()}
	if !p.isOp("(") {
		p.errorAt(p.tok().pos, "expected '('")
	}
	p.i++
	f.Args = p.params(")", true)
	p.expectOp(")")
	// "-> X" is ignored; with nothing after "->", CPython's forced ':' blames it.
	if n := p.toks[min(p.i+1, len(p.toks)-1)]; p.isOp("->") && !(n.kind == tOp && n.s == ":") {
		p.i++
		p.expression()
	}
	p.colon(true)
	outerFn, outerLoop := p.fn, p.loop
	p.fn, p.loop = &funcCtx{def: f}, 0
	f.Body = p.block("function definition", t.pos.Line)
	p.fn, p.loop = outerFn, outerLoop
	f.Doc = docString(f.Body)
	return f
}

func (p *parser) classDef(decos []Expr) Stmt {
	t := p.next()
	c := &ClassDef{At: At{t.pos}, Decorators: decos, Name: p.name()}
	if p.acceptOp("(") {
		c.Bases, c.Keywords = p.args(false)
		p.expectOp(")")
	}
	p.colon(false)
	outerFn, outerLoop := p.fn, p.loop
	p.fn, p.loop = nil, 0
	c.Body = p.block("class definition", t.pos.Line)
	p.fn, p.loop = outerFn, outerLoop
	c.Doc = docString(c.Body)
	return c
}

func docString(body []Stmt) string {
	if len(body) == 0 {
		return ""
	}
	if es, ok := body[0].(*ExprStmt); ok {
		if c, ok := es.Value.(*Constant); ok && c.Kind == "str" {
			return c.Value.(string)
		}
	}
	return ""
}

// parenthesizedParams diagnoses Python 2 style "(a, b)" parameters, which
// CPython names specifically when the parentheses hold plain names.
func (p *parser) parenthesizedParams(open *token, closer string) {
	j := p.i + 1
	for {
		if t := p.toks[j]; t.kind != tName || keywords[t.s] {
			p.syntaxError()
		}
		j++
		if t := p.toks[j]; t.kind == tOp && t.s == "," {
			j++
		}
		if t := p.toks[j]; t.kind == tOp && t.s == ")" {
			break
		}
	}
	msg := "Function parameters cannot be parenthesized"
	if closer == ":" {
		msg = "Lambda expression parameters cannot be parenthesized"
	}
	e := &Error{Kind: "SyntaxError", Msg: msg, Pos: open.pos}
	if end := p.end(&p.toks[j]); end.Line == open.pos.Line {
		e.EndCol = end.Col
	}
	p.fail(e)
}

// params parses a def (annotations allowed) or lambda parameter list up to
// closer, which it does not consume.
func (p *parser) params(closer string, annotations bool) *Arguments {
	a := &Arguments{}
	seen := map[string]bool{}
	sawStar, sawSlash := false, false
	add := func() *Arg {
		t := p.tok()
		arg := &Arg{At: At{t.pos}, Name: p.name()}
		if seen[arg.Name] {
			p.lateError(t.pos, "duplicate argument '%s' in function definition", arg.Name)
		}
		seen[arg.Name] = true
		if annotations && p.acceptOp(":") {
			p.expression()
		}
		return arg
	}
	for !p.isOp(closer) {
		t := p.tok()
		if t.kind == tOp && t.s == "(" {
			p.parenthesizedParams(t, closer)
		}
		switch {
		case p.acceptOp("/"):
			if sawSlash {
				p.errorAt(t.pos, "/ may appear only once")
			}
			if sawStar {
				p.errorAt(t.pos, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errorAt(t.pos, "at least one argument must precede /")
			}
			sawSlash = true
			a.PosOnly, a.Args = a.Args, nil
		case p.acceptOp("*"):
			if sawStar {
				p.errorAt(t.pos, "* argument may appear only once")
			}
			sawStar = true
			if p.isOp(",") || p.isOp(closer) {
				if n := p.peek(1); p.isOp(closer) || n.kind == tOp && (n.s == closer || n.s == "**") {
					if closer == ":" {
						p.errorAt(p.tok().pos, "named arguments must follow bare *")
					}
					p.errorAt(t.pos, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = add()
				if p.isOp("=") {
					p.errorAt(p.tok().pos, "var-positional argument cannot have default value")
				}
			}
		case p.acceptOp("**"):
			a.Kwarg = add()
			if p.isOp("=") {
				p.errorAt(p.tok().pos, "var-keyword argument cannot have default value")
			}
			p.acceptOp(",")
			if !p.isOp(closer) {
				p.errorAt(p.tok().pos, "arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := add()
			var def Expr
			if p.acceptOp("=") {
				def = p.expression()
				if p.startsExpression() {
					p.missingComma()
				}
			}
			if sawStar {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.errorAt(arg.P, "non-default argument follows default argument")
				}
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	if !p.isOp(closer) {
		p.syntaxError()
	}
	return a
}
