package interp

import (
	"fmt"

	"github.com/gobrian/gobrian/interp/syntax"
)

type compClause struct {
	iter   evalFn
	target assignFn
	slot   int // local slot of a plain name target, else -1
	ifs    []func(fr *frame) (bool, error)
}

// compIter drives the nested for/if clauses of a comprehension.
type compIter struct {
	fr      *frame
	clauses []compClause
	its     []Iterator
}

// advance moves to the next binding of all targets that passes every
// condition; false when exhausted.
func (ci *compIter) advance() (bool, error) {
	fr := ci.fr
	th := fr.th
	for {
		d := len(ci.its)
		if d == 0 {
			return false, nil
		}
		v, ok, err := ci.its[d-1].Next(th)
		if err != nil {
			return false, err
		}
		if !ok {
			ci.its = ci.its[:d-1]
			continue
		}
		if err := th.tick(); err != nil {
			return false, err
		}
		cl := &ci.clauses[d-1]
		if cl.slot >= 0 {
			fr.locals[cl.slot] = v
		} else if err := cl.target(fr, v); err != nil {
			return false, err
		}
		pass := true
		for _, cond := range cl.ifs {
			t, err := cond(fr)
			if err != nil {
				return false, err
			}
			if !t {
				pass = false
				break
			}
		}
		if !pass {
			continue
		}
		if d == len(ci.clauses) {
			return true, nil
		}
		sub, err := ci.clauses[d].iter(fr)
		if err != nil {
			return false, err
		}
		it, err := Iterate(th, sub)
		if err != nil {
			return false, err
		}
		ci.its = append(ci.its, it)
	}
}

func (c *compiler) comprehension(n *syntax.Comp) evalFn {
	sc := c.scopes[n]
	first := c.expr(n.Generators[0].Iter)
	name := "<" + n.Kind + "comp>"
	if n.Kind == "gen" {
		name = "<genexpr>"
	}
	code := c.newCode(sc, name, name, n.Start().Line)
	sub := &compiler{file: c.file, lines: c.lines, scopes: c.scopes, sc: sc, qual: c.qual}
	clauses := make([]compClause, len(n.Generators))
	for i, g := range n.Generators {
		if i > 0 {
			clauses[i].iter = sub.expr(g.Iter)
		}
		clauses[i].target = sub.target(g.Target)
		clauses[i].slot = -1
		if nm, ok := g.Target.(*syntax.Name); ok {
			if slot, ok := sub.localSlot(nm.Id); ok {
				clauses[i].slot = slot
			}
		}
		for _, cond := range g.Ifs {
			clauses[i].ifs = append(clauses[i].ifs, sub.cond(cond))
		}
	}
	elt := sub.expr(n.Elt)
	var val evalFn
	if n.Value != nil {
		val = sub.expr(n.Value)
	}
	freeFrom := c.freeFrom(sc)
	kind := n.Kind
	line := n.Start().Line
	// With one clause the source length bounds the result length (and is
	// exact without filters), so the result can be allocated once.
	exact := len(clauses) == 1 && len(clauses[0].ifs) == 0
	return func(fr *frame) (Value, error) {
		th := fr.th
		src, err := first(fr)
		if err != nil {
			return nil, err
		}
		it, err := Iterate(th, src)
		if err != nil {
			return nil, err
		}
		cfr := newFrame(th, code, nil, fr.globals)
		cfr.fn = fr.fn
		for i, idx := range freeFrom {
			cfr.cells[code.nOwned+i] = fr.cells[idx]
		}
		cfr.line = line
		ci := &compIter{fr: cfr, clauses: clauses, its: []Iterator{it}}
		if kind == "gen" {
			return &genExpr{ci: ci, elt: elt, name: name}, nil
		}
		if th.depth >= maxDepth {
			return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
		}
		th.depth++
		defer func() { th.depth-- }()
		var out Value
		var addErr error
		hint := 0
		if len(clauses) == 1 {
			hint = lengthHint(src)
		}
		switch kind {
		case "list":
			l := NewList(make([]Value, 0, hint))
			out = l
			for {
				ok, err := ci.advance()
				if err != nil {
					return nil, cfr.tb(err)
				}
				if !ok {
					break
				}
				v, err := elt(cfr)
				if err != nil {
					return nil, cfr.tb(err)
				}
				l.Elems = appendValue(l.Elems, v)
			}
			if n := len(l.Elems); cap(l.Elems) > 2*n+16 {
				// A filter dropped most of the presized room: give it back.
				l.Elems = append([]Value(nil), l.Elems...)
			}
		case "set":
			s := NewSet()
			out = s
			for {
				ok, err := ci.advance()
				if err != nil {
					return nil, cfr.tb(err)
				}
				if !ok {
					break
				}
				v, err := elt(cfr)
				if err == nil {
					err = s.Add(th, v)
				}
				if err != nil {
					return nil, cfr.tb(err)
				}
			}
		case "dict":
			if !exact {
				hint = 0
			}
			d := newDictSized(hint)
			out = d
			for {
				ok, err := ci.advance()
				if err != nil {
					return nil, cfr.tb(err)
				}
				if !ok {
					break
				}
				k, err := elt(cfr)
				if err != nil {
					return nil, cfr.tb(err)
				}
				v, err := val(cfr)
				if err == nil {
					err = d.Set(th, k, v)
				}
				if err != nil {
					return nil, cfr.tb(err)
				}
			}
		default:
			addErr = fmt.Errorf("unknown comprehension %q", kind)
		}
		return out, addErr
	}
}

// tb adds the frame to an exception's traceback on its way out.
func (fr *frame) tb(err error) error {
	if e, ok := err.(*Exception); ok {
		e.addFrame(fr)
	}
	return err
}

// genExpr is a lazy generator expression; it needs no goroutine because
// its body is a single expression.
type genExpr struct {
	ci   *compIter
	elt  evalFn
	name string
	done bool
}

func (g *genExpr) Type() *Class { return GeneratorType }

// Iterate returns the generator itself.
func (g *genExpr) Iterate(th *Thread) (Iterator, error) { return g, nil }

// Next produces the next element.
func (g *genExpr) Next(th *Thread) (Value, bool, error) {
	if g.done {
		return nil, false, nil
	}
	g.ci.fr.th = th
	ok, err := g.ci.advance()
	if err != nil || !ok {
		g.done = true
		if err != nil {
			return nil, false, g.ci.fr.tb(err)
		}
		return nil, false, nil
	}
	v, err := g.elt(g.ci.fr)
	if err != nil {
		g.done = true
		return nil, false, g.ci.fr.tb(err)
	}
	return v, true, nil
}

// Repr is <generator object <genexpr> at 0x...>.
func (g *genExpr) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<generator object %s at %#x>", g.name, identityHash(g)), nil
}

// Attr provides the iterator protocol methods.
func (g *genExpr) Attr(th *Thread, name string) (Value, error) {
	if m := iteratorMethod(g, name); m != nil {
		return m, nil
	}
	switch name {
	case "close":
		return NewBuiltin("close", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			g.done = true
			return None, nil
		}), nil
	}
	return nil, nil
}

// AttrNames lists the generator's methods.
func (g *genExpr) AttrNames() []string { return []string{"close", "send", "throw"} }

// iteratorMethod gives it's __next__ and __iter__ as bound builtins, nil
// for any other name.
func iteratorMethod(it interface {
	Value
	Iterator
}, name string) Value {
	switch name {
	case "__next__":
		return NewBuiltin("__next__", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return iterNext(th, it, nil)
		})
	case "__iter__":
		return NewBuiltin("__iter__", func(th *Thread, args []Value, kw []Kwarg) (Value, error) { return it, nil })
	}
	return nil
}

// iterNext is next(it[, default]).
func iterNext(th *Thread, it Iterator, def Value) (Value, error) {
	v, ok, err := it.Next(th)
	if err != nil {
		return nil, err
	}
	if !ok {
		if def != nil {
			return def, nil
		}
		if g, isGen := it.(*Generator); isGen {
			return g.finishResume(nil, false, nil) // StopIteration(return value)
		}
		return nil, &Exception{Class: StopIteration}
	}
	return v, nil
}

// lengthHint is the length of a sized built-in sequence, else 0; bounded
// so that a huge range cannot trigger a huge allocation up front.
func lengthHint(v Value) int {
	const maxHint = 1 << 20
	n := 0
	switch x := v.(type) {
	case *List:
		n = len(x.Elems)
	case Tuple:
		n = len(x)
	case *Range:
		n = int(min(x.Len(), maxHint))
	}
	return min(n, maxHint)
}
