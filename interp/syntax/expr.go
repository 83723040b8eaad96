package syntax

// Expression parsing, from lowest to highest precedence.

// starExpressionsOrYield parses the right-hand side of an assignment or an
// expression statement.
func (p *parser) starExpressionsOrYield() Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// starExpressions parses a, *b, c with an optional trailing comma; more than
// one element (or any comma) makes a Tuple.
func (p *parser) starExpressions() Expr {
	start := p.tok().pos
	first := p.starExpression()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			p.lateEnd(p.lateError(start, "can't use starred expression here"))
		}
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{At: At{start}, Elts: elts}
}

// expressions parses eval()'s input: expressions separated by commas,
// without the starred items that statements allow.
func (p *parser) expressions() Expr {
	start := p.tok().pos
	first := p.expression()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") && p.startsExpression() && !p.isOp("*") {
		elts = append(elts, p.expression())
	}
	return &Tuple{At: At{start}, Elts: elts}
}

// startsExpression reports whether the current token can begin an expression.
func (p *parser) startsExpression() bool { return startsExpression(p.tok()) }

// startsExpression reports whether t can begin an expression.
func startsExpression(t *token) bool {
	switch t.kind {
	case tName:
		switch t.s {
		case "not", "lambda", "None", "True", "False", "await", "yield":
			return true
		}
		return !keywords[t.s]
	case tNumber, tString:
		return true
	case tOp:
		switch t.s {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// starredOr parses *bitOr as Starred, or else other.
func (p *parser) starredOr(other func() Expr) Expr {
	if t := p.tok(); t.kind == tOp && t.s == "*" {
		p.i++
		return &Starred{At: At{t.pos}, Value: p.bitOr()}
	}
	return other()
}

func (p *parser) starExpression() Expr {
	return p.starredOr(p.expression)
}

// starNamedExpr is an element of a display or a parenthesised tuple.
func (p *parser) starNamedExpr() Expr {
	return p.starredOr(p.namedExpr)
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	var le *Error
	if p.fn == nil {
		le = p.lateError(t.pos, "'yield' outside function")
	} else if p.fn.def != nil {
		p.fn.def.IsGenerator = true
	}
	defer func() {
		p.lateEnd(le)
		p.yields = append(p.yields, yieldSpan{fn: p.fn, pos: t.pos, endCol: p.endCol(t.pos), startOff: t.off})
	}()
	if p.acceptKw("from") {
		return &YieldFrom{At: At{t.pos}, Value: p.expression()}
	}
	y := &Yield{At: At{t.pos}}
	if p.startsExpression() {
		y.Value = p.starExpressions()
	}
	return y
}

// namedExpr parses NAME := expression or an expression.
func (p *parser) namedExpr() Expr {
	t := p.tok()
	if t.kind == tName && !keywords[t.s] && p.peek(1).kind == tOp && p.peek(1).s == ":=" {
		p.i += 2
		return &NamedExpr{At: At{t.pos}, Target: &Name{At{t.pos}, t.s}, Value: p.expression()}
	}
	e := p.expression()
	if p.isOp(":=") {
		p.errorNode(e, "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// expression parses a conditional expression or lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	body := p.disjunction()
	if !p.isKw("if") {
		return body
	}
	p.i++
	test := p.disjunction()
	if !p.acceptKw("else") {
		p.errorToPrev(body.Start(), "expected 'else' after 'if' expression")
	}
	return &IfExp{At: At{body.Start()}, Test: test, Body: body, OrElse: p.expression()}
}

func (p *parser) lambda() Expr {
	t := p.next()
	args := p.params(":", false)
	p.expectOp(":")
	outer, outerLoop := p.fn, p.loop
	p.fn, p.loop = &funcCtx{}, 0
	body := p.expression()
	p.fn, p.loop = outer, outerLoop
	return &Lambda{At: At{t.pos}, Args: args, Body: body}
}

func (p *parser) disjunction() Expr { return p.boolChain("or", p.conjunction) }

func (p *parser) conjunction() Expr { return p.boolChain("and", p.inversion) }

// boolChain parses operand (op operand)*: a BoolOp when op occurs.
func (p *parser) boolChain(op string, operand func() Expr) Expr {
	first := operand()
	if !p.isKw(op) {
		return first
	}
	b := &BoolOp{At: At{first.Start()}, Op: op, Values: []Expr{first}}
	for p.acceptKw(op) {
		b.Values = append(b.Values, operand())
	}
	return b
}

func (p *parser) inversion() Expr {
	if t := p.tok(); t.kind == tName && t.s == "not" {
		p.i++
		p.enter()
		defer p.leave()
		return &UnaryOp{At: At{t.pos}, Op: "not", Operand: p.inversion()}
	}
	return p.comparison()
}

func (p *parser) compOp() string {
	t := p.tok()
	switch t.kind {
	case tOp:
		switch t.s {
		case "<", ">", "==", ">=", "<=", "!=":
			p.i++
			return t.s
		}
	case tName:
		switch t.s {
		case "in":
			p.i++
			return "in"
		case "not":
			if n := p.peek(1); n.kind == tName && n.s == "in" {
				p.i += 2
				return "not in"
			}
		case "is":
			p.i++
			if p.acceptKw("not") {
				return "is not"
			}
			return "is"
		}
	}
	return ""
}

func (p *parser) comparison() Expr {
	first := p.bitOr()
	op := p.compOp()
	if op == "" {
		return first
	}
	c := &Compare{At: At{first.Start()}, Left: first}
	for op != "" {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op = p.compOp()
	}
	return c
}

// binLevels lists the binary operators from loosest to tightest, below
// the unary operators.
var binLevels = [...][]string{
	{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
}

func (p *parser) bitOr() Expr { return p.binary(0) }

func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	left := p.binary(level + 1)
	for {
		t := p.tok()
		if t.kind != tOp || !contains(binLevels[level], t.s) {
			return left
		}
		p.i++
		left = &BinOp{At: At{left.Start()}, Left: left, Op: t.s, Right: p.binary(level + 1)}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *parser) factor() Expr {
	t := p.tok()
	if t.kind == tOp && (t.s == "-" || t.s == "+" || t.s == "~") {
		p.i++
		p.enter()
		defer p.leave()
		return &UnaryOp{At: At{t.pos}, Op: t.s, Operand: p.factor()}
	}
	return p.power()
}

func (p *parser) power() Expr {
	base := p.awaitPrimary()
	if t := p.tok(); t.kind == tOp && t.s == "**" {
		p.i++
		p.enter()
		defer p.leave()
		return &BinOp{At: At{base.Start()}, Left: base, Op: "**", Right: p.factor()}
	}
	return base
}

func (p *parser) awaitPrimary() Expr {
	if t := p.tok(); t.kind == tName && t.s == "await" {
		var le *Error
		if p.fn == nil {
			le = p.lateError(t.pos, "'await' outside function")
		} else {
			le = p.lateError(t.pos, "'await' outside async function")
		}
		p.i++
		a := &Await{At: At{t.pos}, Value: p.primary()}
		p.lateEnd(le)
		return a
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	e := p.atom()
	for {
		t := p.tok()
		if t.kind != tOp {
			return e
		}
		switch t.s {
		case ".":
			p.i++
			e = &Attribute{At: At{e.Start()}, Value: e, Attr: p.name()}
		case "(":
			p.i++
			args, kws := p.callArgs()
			p.expectOp(")")
			e = &Call{At: At{e.Start()}, Func: e, Args: args, Keywords: kws}
		case "[":
			p.i++
			idx := p.slices()
			p.closeBracket("]")
			e = &Subscript{At: At{e.Start()}, Value: e, Index: idx}
		default:
			return e
		}
	}
}

// slices parses the inside of x[...]: one slice or expression, or a Tuple
// of them for several dimensions.
func (p *parser) slices() Expr {
	start := p.tok().pos
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			return &Tuple{At: At{start}, Elts: []Expr{first}}
		}
		return first
	}
	elts := p.moreElts([]Expr{first}, "]", p.slice)
	return &Tuple{At: At{start}, Elts: elts}
}

func (p *parser) slice() Expr {
	t := p.tok()
	if t.kind == tOp && t.s == "*" {
		return p.starNamedExpr()
	}
	var lower Expr
	if !p.isOp(":") {
		lower = p.namedExpr()
		if !p.isOp(":") {
			return lower
		}
	}
	s := &Slice{At: At{t.pos}, Lower: lower}
	p.expectOp(":")
	if !p.isOp(":") && !p.isOp(",") && !p.isOp("]") {
		s.Upper = p.expression()
	}
	if p.acceptOp(":") {
		if !p.isOp(",") && !p.isOp("]") {
			s.Step = p.expression()
		}
	}
	return s
}

// callArgs parses call arguments up to (not including) ")".
func (p *parser) callArgs() (args []Expr, kws []*Keyword) { return p.args(true) }

// args parses call or class-base arguments; a bare generator expression
// is allowed only in calls.
func (p *parser) args(genOK bool) (args []Expr, kws []*Keyword) {
	sawKw, sawKwUnpack := false, false
	var kwUnpackPos Pos
	var kwUnpackEnd int
	seen := map[string]bool{}
	for !p.isOp(")") {
		t := p.tok()
		switch {
		case t.kind == tOp && t.s == "*":
			p.i++
			if sawKwUnpack {
				p.fail(&Error{Kind: "SyntaxError", Msg: "iterable argument unpacking follows keyword argument unpacking", Pos: kwUnpackPos, EndCol: kwUnpackEnd})
			}
			args = append(args, &Starred{At: At{t.pos}, Value: p.expression()})
			if p.isKw("for") {
				p.errorToPrev(t.pos, "iterable unpacking cannot be used in comprehension")
			}
		case t.kind == tOp && t.s == "**":
			p.i++
			kws = append(kws, &Keyword{At: At{t.pos}, Value: p.expression()})
			if !sawKwUnpack {
				kwUnpackPos, kwUnpackEnd = t.pos, p.endCol(t.pos)
			}
			sawKwUnpack = true
		case t.kind == tName && !keywords[t.s] && p.peek(1).kind == tOp && p.peek(1).s == "=":
			p.i += 2
			var le *Error
			if seen[t.s] {
				le = p.lateError(t.pos, "keyword argument repeated: %s", t.s)
			}
			seen[t.s] = true
			kws = append(kws, &Keyword{At: At{t.pos}, Name: t.s, Value: p.expression()})
			p.lateEnd(le)
			sawKw = true
		default:
			e := p.namedExpr()
			if p.isKw("for") && !genOK {
				p.syntaxError()
			}
			if p.isKw("for") {
				gen := p.comprehension("gen", e, nil)
				trailingComma := p.isOp(",") && p.toks[p.i+1].kind == tOp && p.toks[p.i+1].s == ")"
				first := len(args) == 0 && len(kws) == 0
				if (p.isOp(")") || trailingComma) && !first || p.isOp(",") && !trailingComma {
					p.errorToPrev(e.Start(), "Generator expression must be parenthesized")
				}
				e = gen
			} else if p.isOp("=") {
				// CPython's carets run up to and including the '='.
				p.i++
				if t.kind == tName && (t.s == "True" || t.s == "False" || t.s == "None") {
					p.errorToPrev(t.pos, "cannot assign to %s", t.s)
				}
				p.errorToPrev(e.Start(), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if p.startsExpression() && !p.isKw("for") {
				p.missingComma()
			}
			if sawKwUnpack {
				p.errorAt(p.prevEnd(), "positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.errorAt(p.prevEnd(), "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.acceptOp(",") {
			if !p.isOp(")") {
				p.missingComma()
			}
			break
		}
	}
	return args, kws
}

// missingComma reports two adjacent expressions inside brackets, as
// CPython's "Perhaps you forgot a comma?", else plain invalid syntax.
func (p *parser) missingComma() {
	if p.tok().level > 0 && p.startsExpression() && p.i > 0 {
		// Find where the previous expression started: scan back to the
		// nearest opening bracket or comma at this level.
		lvl := p.tok().level
		j := p.i - 1
		for j > 0 {
			t := &p.toks[j]
			if t.level < lvl || t.level == lvl && t.kind == tOp && (t.s == "," || t.s == "=" || t.s == ":") {
				break
			}
			if t.kind == tOp && (t.s == "*" || t.s == "**") && t.level == lvl {
				// Unpacking after a comma or bracket starts the element.
				if prev := &p.toks[j-1]; prev.level < lvl || prev.kind == tOp && prev.s == "," {
					break
				}
			}
			j--
		}
		startTok := p.toks[j+1]
		save := p.i
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(bailout); !ok {
						panic(r)
					}
				}
			}()
			p.expression()
		}()
		end := p.prevEnd()
		p.far = max(p.far, p.i)
		p.i = save
		e := &Error{Kind: "SyntaxError", Msg: "invalid syntax. Perhaps you forgot a comma?", Pos: startTok.pos}
		if end.Line == startTok.pos.Line {
			e.EndCol = end.Col
		}
		p.fail(e)
	}
	p.syntaxError()
}

// ---- atoms ----

func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		switch t.s {
		case "None":
			p.i++
			return &Constant{At: At{t.pos}, Value: nil, Kind: "None"}
		case "True", "False":
			p.i++
			return &Constant{At: At{t.pos}, Value: t.s == "True", Kind: "bool"}
		}
		if keywords[t.s] {
			p.syntaxError()
		}
		p.i++
		return &Name{At{t.pos}, t.s}
	case tNumber:
		p.i++
		if f, ok := t.val.(float64); ok {
			return &Constant{At: At{t.pos}, Value: f, Kind: "float"}
		}
		return &Constant{At: At{t.pos}, Value: t.val, Kind: "int"}
	case tString:
		return p.strings()
	case tOp:
		switch t.s {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.braceAtom()
		case "...":
			p.i++
			return &Constant{At: At{t.pos}, Value: struct{}{}, Kind: "Ellipsis"}
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) parenAtom() Expr {
	open := p.next()
	if p.acceptOp(")") {
		return &Tuple{At: At{open.pos}}
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.closeBracket(")")
		if p.parenYield == nil {
			p.parenYield = map[Expr]bool{}
		}
		p.parenYield[y] = true
		return y
	}
	first := p.starNamedExpr()
	if p.isKw("for") {
		return p.bracketComp("gen", first, nil, open.pos, ")")
	}
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		p.closeBracket(")")
		return first
	}
	elts := p.moreElts([]Expr{first}, ")", p.starNamedExpr)
	p.closeBracket(")")
	return &Tuple{At: At{open.pos}, Elts: elts}
}

// moreElts appends the elements of (, elem)* [,] that precede closer.
func (p *parser) moreElts(elts []Expr, closer string, elem func() Expr) []Expr {
	for p.acceptOp(",") {
		if p.isOp(closer) {
			break
		}
		elts = append(elts, elem())
	}
	return elts
}

// closeBracket expects the closing bracket, diagnosing a missing comma.
func (p *parser) closeBracket(s string) {
	if !p.acceptOp(s) {
		p.missingComma()
	}
}

func (p *parser) listAtom() Expr {
	open := p.next()
	l := &List{At: At{open.pos}}
	if p.acceptOp("]") {
		return l
	}
	first := p.starNamedExpr()
	if p.isKw("for") {
		return p.bracketComp("list", first, nil, open.pos, "]")
	}
	l.Elts = p.moreElts([]Expr{first}, "]", p.starNamedExpr)
	p.closeBracket("]")
	return l
}

func (p *parser) braceAtom() Expr {
	open := p.next()
	if p.acceptOp("}") {
		return &Dict{At: At{open.pos}}
	}
	var firstKey Expr
	if p.isOp("**") {
		save := p.i
		p.i++
		p.bitOr()
		if p.isKw("for") {
			p.errorTok(&p.toks[save], "dict unpacking cannot be used in dict comprehension")
		}
		p.i = save
	} else {
		firstKey = p.starNamedExpr()
		if !p.isOp(":") {
			return p.setRest(open, firstKey)
		}
		if _, ok := firstKey.(*Starred); ok {
			p.errorNode(firstKey, "cannot use a starred expression in a dictionary key")
		}
	}
	d := &Dict{At: At{open.pos}}
	for {
		if firstKey == nil && p.acceptOp("**") {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
		} else {
			if firstKey == nil {
				firstKey = p.expression()
			}
			if !p.isOp(":") && (p.isOp(",") || p.isOp("}")) {
				p.errorNode(firstKey, "':' expected after dictionary key")
			}
			colon := p.expectOp(":")
			if p.isOp(",") || p.isOp("}") {
				p.errorAt(colon.pos, "expression expected after dictionary key and ':'")
			}
			d.Keys = append(d.Keys, firstKey)
			d.Values = append(d.Values, p.expression())
		}
		if len(d.Keys) == 1 && d.Keys[0] != nil && p.isKw("for") {
			return p.bracketComp("dict", d.Keys[0], d.Values[0], open.pos, "}")
		}
		firstKey = nil
		if !p.acceptOp(",") || p.isOp("}") {
			break
		}
	}
	p.closeBracket("}")
	return d
}

func (p *parser) setRest(open *token, first Expr) Expr {
	if p.isKw("for") {
		return p.bracketComp("set", first, nil, open.pos, "}")
	}
	s := &Set{At: At{open.pos}, Elts: []Expr{first}}
	s.Elts = p.moreElts(s.Elts, "}", p.starNamedExpr)
	p.closeBracket("}")
	return s
}

// bracketComp parses a comprehension whose brackets open at pos and
// close with closer.
func (p *parser) bracketComp(kind string, elt, value Expr, pos Pos, closer string) *Comp {
	c := p.comprehension(kind, elt, value)
	c.P = pos
	p.expectOp(closer)
	return c
}

// comprehension parses the "for ... in ... if ..." clauses after elt.
func (p *parser) comprehension(kind string, elt, value Expr) *Comp {
	if s, ok := elt.(*Starred); ok {
		p.errorNode(s, "iterable unpacking cannot be used in comprehension")
	}
	c := &Comp{At: At{elt.Start()}, Kind: kind, Elt: elt, Value: value}
	eltOff := p.offsetOf(elt.Start())
	var firstIter [2]int // byte range of the first iterable, which runs outside
	for p.isKw("for") || p.isKw("async") {
		if p.isKw("async") {
			p.errorAt(p.tok().pos, "asynchronous comprehensions are not supported")
		}
		p.i++
		g := &Comprehension{Target: p.targetItems()}
		if !p.acceptKw("in") {
			if p.startsExpression() {
				p.missingComma()
			}
			p.syntaxError()
		}
		p.checkStore(g.Target, "cannot assign to %s")
		iterStart := p.tok().off
		g.Iter = p.disjunction()
		if len(c.Generators) == 0 {
			firstIter = [2]int{iterStart, p.toks[p.i-1].endOff}
		}
		for p.acceptKw("if") {
			g.Ifs = append(g.Ifs, p.disjunction())
		}
		c.Generators = append(c.Generators, g)
	}
	p.checkCompYield(c, eltOff, firstIter)
	return c
}

// checkCompYield rejects a yield inside comprehension c (whose element
// starts at byte eltOff), except in its first iterable.
func (p *parser) checkCompYield(c *Comp, eltOff int, firstIter [2]int) {
	for i := len(p.yields) - 1; i >= 0; i-- {
		y := p.yields[i]
		if y.startOff < eltOff {
			return
		}
		if y.fn != p.fn || y.startOff >= firstIter[0] && y.startOff < firstIter[1] {
			continue
		}
		what := map[string]string{"list": "list comprehension", "set": "set comprehension",
			"dict": "dict comprehension", "gen": "generator expression"}[c.Kind]
		if e := p.lateError(y.pos, "'yield' inside %s", what); e != nil {
			e.EndCol = y.endCol
		}
		return
	}
}

// ---- targets ----

// targetList parses the target of for loops and comprehensions, which
// stops before "in".
func (p *parser) targetList() Expr {
	e := p.targetItems()
	p.checkStore(e, "cannot assign to %s")
	return e
}

// targetItems parses a target list without validating it.
func (p *parser) targetItems() Expr {
	start := p.tok().pos
	first := p.target()
	var e Expr = first
	if p.isOp(",") {
		elts := []Expr{first}
		for p.acceptOp(",") {
			if p.isKw("in") || p.isOp("=") {
				break
			}
			elts = append(elts, p.target())
		}
		e = &Tuple{At: At{start}, Elts: elts}
	}
	return e
}

func (p *parser) target() Expr {
	return p.starredOr(p.bitOr)
}
