package syntax

// Validation of assignment, deletion and loop targets, with CPython's
// wording for the expression kinds that cannot be targets.

// exprName names an expression kind the way CPython's error messages do.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Call:
		return "function call"
	case *Constant:
		switch e.Kind {
		case "None", "bool":
			if e.Value == nil {
				return "None"
			}
			if e.Value.(bool) {
				return "True"
			}
			return "False"
		case "Ellipsis":
			return "ellipsis"
		}
		return "literal"
	case *BinOp, *UnaryOp, *BoolOp:
		return "expression"
	case *Compare:
		return "comparison"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Comp:
		switch e.Kind {
		case "list":
			return "list comprehension"
		case "set":
			return "set comprehension"
		case "dict":
			return "dict comprehension"
		}
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to, or nil.
func invalidTarget(e Expr) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		return invalidTarget(e.Value)
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x); bad != nil {
				return bad
			}
		}
		return nil
	}
	return e
}

// checkStore validates a for/with/comprehension target.
func (p *parser) checkStore(e Expr, format string) {
	if bad := invalidTarget(e); bad != nil {
		p.errorNode(bad, format, exprName(bad))
	}
	p.checkStarred(e)
}

// checkStarred enforces at most one starred target per sequence and no
// bare starred target.
func (p *parser) checkStarred(e Expr) {
	if s, ok := e.(*Starred); ok {
		p.errorNode(s, "starred assignment target must be in a list or tuple")
	}
	var elts []Expr
	switch e := e.(type) {
	case *Tuple:
		elts = e.Elts
	case *List:
		elts = e.Elts
	default:
		return
	}
	stars := 0
	for _, x := range elts {
		if s, ok := x.(*Starred); ok {
			stars++
			if stars > 1 {
				p.errorNode(e, "multiple starred expressions in assignment")
			}
			p.checkStarred(s.Value)
			continue
		}
		p.checkStarred(x)
	}
}

// checkAssign validates one target of an "=" assignment; single is true for
// "a = b" with one target, where CPython suggests '=='.
func (p *parser) checkAssign(e Expr, single bool) {
	switch e.(type) {
	case *Yield, *YieldFrom:
		if p.parenYield[e] {
			if single {
				p.errorNode(e, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?")
			}
			p.errorNode(e, "cannot assign to yield expression")
		}
		p.errorNode(e, "assignment to yield expression not possible")
	}
	bad := invalidTarget(e)
	if bad == nil {
		p.checkStarred(e)
		return
	}
	name := exprName(bad)
	if single && bad == e && hereSuggestion(bad) {
		p.errorNode(bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", name)
	}
	p.errorNode(bad, "cannot assign to %s", name)
}

// hereSuggestion reports whether CPython's invalid_named_expression rule
// (a bitwise_or operand, not a display or keyword constant) applies.
func hereSuggestion(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Tuple, *List, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.Op != "not"
	case *Comp:
		return e.Kind != "gen"
	case *Constant:
		return e.Kind != "None" && e.Kind != "bool"
	}
	return true
}

func (p *parser) checkAug(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	}
	p.errorNode(e, "'%s' is an illegal expression for augmented assignment", exprName(e))
}

func (p *parser) checkDel(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple:
		for _, x := range e.Elts {
			p.checkDel(x)
		}
		return
	case *List:
		for _, x := range e.Elts {
			p.checkDel(x)
		}
		return
	}
	p.errorNode(e, "cannot delete %s", exprName(e))
}

func (p *parser) checkAnnTarget(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple:
		p.errorNode(e, "only single target (not tuple) can be annotated")
	case *List:
		p.errorNode(e, "only single target (not list) can be annotated")
	}
	p.errorNode(e, "illegal target for annotation")
}
