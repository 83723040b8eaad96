package interp

import (
	"math"
	"math/big"

	"github.com/gobrian/gobrian/interp/syntax"
)

func constValue(n *syntax.Constant) Value {
	switch v := n.Value.(type) {
	case nil:
		if n.Kind == "Ellipsis" {
			return Ellipsis
		}
		return None
	case bool:
		return Bool(v)
	case int64:
		return Int(v)
	case int:
		return Int(v)
	case *big.Int:
		return MakeBigInt(v)
	case float64:
		return Float(v)
	case string:
		return Str(v)
	case struct{}:
		return Ellipsis
	case []byte:
		return Str(string(v))
	}
	return None
}

func (c *compiler) exprs(es []syntax.Expr) []evalFn {
	out := make([]evalFn, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

func (c *compiler) expr(e syntax.Expr) evalFn {
	switch n := e.(type) {
	case *syntax.Name:
		return c.loadName(n)
	case *syntax.Constant:
		v := constValue(n)
		return func(*frame) (Value, error) { return v, nil }
	case *syntax.JoinedStr:
		return c.joinedStr(n)
	case *syntax.FormattedValue:
		return c.formatted(n)
	case *syntax.Tuple:
		if hasStarred(n.Elts) {
			seq := c.starredSeq(n.Elts)
			return func(fr *frame) (Value, error) {
				v, err := seq(fr)
				return Tuple(v), err
			}
		}
		return tupleOf(c.exprs(n.Elts))
	case *syntax.List:
		seq := c.starredSeq(n.Elts)
		return func(fr *frame) (Value, error) {
			v, err := seq(fr)
			if err != nil {
				return nil, err
			}
			return NewList(v), nil
		}
	case *syntax.Set:
		seq := c.starredSeq(n.Elts)
		return func(fr *frame) (Value, error) {
			v, err := seq(fr)
			if err != nil {
				return nil, err
			}
			s := NewSet()
			for _, x := range v {
				if err := s.Add(fr.th, x); err != nil {
					return nil, err
				}
			}
			return s, nil
		}
	case *syntax.Dict:
		return c.dictDisplay(n)
	case *syntax.Starred:
		c.fail(n, "can't use starred expression here")
	case *syntax.Attribute:
		obj := c.expr(n.Value)
		name := n.Attr
		h := strHash(name)
		site := newAttrSite(name)
		return func(fr *frame) (Value, error) {
			o, err := obj(fr)
			if err != nil {
				return nil, err
			}
			if inst, ok := o.(*Instance); ok {
				m, found := site.lookup(inst.Class)
				if !found {
					if v, ok := inst.Dict.getStrHashed(name, h); ok {
						return v, nil
					}
				} else if _, isProp := m.(*Property); !isProp {
					if v, ok := inst.Dict.getStrHashed(name, h); ok {
						return v, nil
					}
					return bindAttr(m, inst, inst.Class), nil
				}
			}
			return GetAttr(fr.th, o, name)
		}
	case *syntax.Subscript:
		obj := c.expr(n.Value)
		key := c.index(n.Index)
		return func(fr *frame) (Value, error) {
			o, err := obj(fr)
			if err != nil {
				return nil, err
			}
			k, err := key(fr)
			if err != nil {
				return nil, err
			}
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok {
					if i < 0 {
						i += Int(len(l.Elems))
					}
					if i >= 0 && int(i) < len(l.Elems) {
						return l.Elems[i], nil
					}
				}
			}
			return GetItem(fr.th, o, k)
		}
	case *syntax.Slice:
		return c.slice(n)
	case *syntax.Call:
		return c.call(n)
	case *syntax.BinOp:
		return c.binOp(n)
	case *syntax.UnaryOp:
		return c.unaryOp(n)
	case *syntax.BoolOp:
		vals := c.exprs(n.Values)
		isAnd := n.Op == "and"
		return func(fr *frame) (Value, error) {
			var v Value
			for i, f := range vals {
				var err error
				v, err = f(fr)
				if err != nil {
					return nil, err
				}
				if i == len(vals)-1 {
					break
				}
				t, err := Truth(fr.th, v)
				if err != nil {
					return nil, err
				}
				if t != isAnd {
					return v, nil
				}
			}
			return v, nil
		}
	case *syntax.Compare:
		return c.compare(n)
	case *syntax.IfExp:
		test := c.cond(n.Test)
		body := c.expr(n.Body)
		orelse := c.expr(n.OrElse)
		return func(fr *frame) (Value, error) {
			t, err := test(fr)
			if err != nil {
				return nil, err
			}
			if t {
				return body(fr)
			}
			return orelse(fr)
		}
	case *syntax.Lambda:
		return c.lambda(n)
	case *syntax.Comp:
		return c.comprehension(n)
	case *syntax.Yield:
		return c.yield(n)
	case *syntax.YieldFrom:
		return c.yieldFrom(n)
	case *syntax.NamedExpr:
		v := c.expr(n.Value)
		store := c.storeName(n.Target.Id)
		return func(fr *frame) (Value, error) {
			x, err := v(fr)
			if err != nil {
				return nil, err
			}
			return x, store(fr, x)
		}
	case *syntax.Await:
		c.fail(n, "'await' outside function")
	}
	c.fail(e, "unsupported expression")
	return nil
}

func hasStarred(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// starredSeq evaluates display elements, expanding *x.
func (c *compiler) starredSeq(es []syntax.Expr) func(fr *frame) ([]Value, error) {
	type part struct {
		f    evalFn
		star bool
	}
	parts := make([]part, len(es))
	for i, e := range es {
		if s, ok := e.(*syntax.Starred); ok {
			parts[i] = part{c.expr(s.Value), true}
		} else {
			parts[i] = part{c.expr(e), false}
		}
	}
	return func(fr *frame) ([]Value, error) {
		out := make([]Value, 0, len(parts))
		for _, p := range parts {
			v, err := p.f(fr)
			if err != nil {
				return nil, err
			}
			if p.star {
				items, err := ToSlice(fr.th, v)
				if err != nil {
					if _, iterErr := Iterate(fr.th, v); iterErr != nil {
						return nil, Errorf(TypeError, "Value after * must be an iterable, not %s", v.Type().Name)
					}
					return nil, err
				}
				out = append(out, items...)
			} else {
				out = append(out, v)
			}
		}
		return out, nil
	}
}

func (c *compiler) dictDisplay(n *syntax.Dict) evalFn {
	keys := make([]evalFn, len(n.Keys))
	for i, k := range n.Keys {
		if k != nil {
			keys[i] = c.expr(k)
		}
	}
	vals := c.exprs(n.Values)
	return func(fr *frame) (Value, error) {
		d := NewDict()
		for i, kf := range keys {
			if kf == nil {
				m, err := vals[i](fr)
				if err != nil {
					return nil, err
				}
				if _, ok := m.(*Dict); !ok {
					if _, err := getAttrOpt(fr.th, m, "keys"); err != nil || m.Type() == ListType {
						return nil, Errorf(TypeError, "'%s' object is not a mapping", m.Type().Name)
					}
				}
				if err := dictUpdate(fr.th, d, []Value{m}, nil); err != nil {
					return nil, err
				}
				continue
			}
			k, err := kf(fr)
			if err != nil {
				return nil, err
			}
			v, err := vals[i](fr)
			if err != nil {
				return nil, err
			}
			if err := d.Set(fr.th, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
}

// evalEach evaluates fns left to right at definition time (defaults,
// decorators); a nil fn leaves its slot nil.
func evalEach(fr *frame, fns []evalFn) ([]Value, error) {
	out := make([]Value, len(fns))
	for i, f := range fns {
		if f == nil {
			continue
		}
		v, err := f(fr)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// tupleOf builds a tuple from the values of elts, evaluated left to right.
func tupleOf(elts []evalFn) evalFn {
	return func(fr *frame) (Value, error) {
		out := make(Tuple, len(elts))
		for i, el := range elts {
			v, err := el(fr)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
}

// index compiles a subscript, where slices and tuples of slices are allowed.
func (c *compiler) index(e syntax.Expr) evalFn {
	if t, ok := e.(*syntax.Tuple); ok {
		elts := make([]evalFn, len(t.Elts))
		for i, x := range t.Elts {
			elts[i] = c.index(x)
		}
		return tupleOf(elts)
	}
	return c.expr(e)
}

func (c *compiler) slice(n *syntax.Slice) evalFn {
	part := func(e syntax.Expr) evalFn {
		if e == nil {
			return func(*frame) (Value, error) { return None, nil }
		}
		return c.expr(e)
	}
	lo, hi, st := part(n.Lower), part(n.Upper), part(n.Step)
	return func(fr *frame) (Value, error) {
		a, err := lo(fr)
		if err != nil {
			return nil, err
		}
		b, err := hi(fr)
		if err != nil {
			return nil, err
		}
		s, err := st(fr)
		if err != nil {
			return nil, err
		}
		return &Slice{Start: a, Stop: b, Step: s}, nil
	}
}

func (c *compiler) binOp(n *syntax.BinOp) evalFn {
	op, ok := opByName[n.Op]
	if !ok {
		c.fail(n, "unknown operator "+n.Op)
	}
	if op == Add || op == Sub || op == Mul || op == Mod || op == FloorDiv {
		return c.arith(op, n.Left, n.Right)
	}
	l, r := c.expr(n.Left), c.expr(n.Right)
	return func(fr *frame) (Value, error) {
		x, err := l(fr)
		if err != nil {
			return nil, err
		}
		y, err := r(fr)
		if err != nil {
			return nil, err
		}
		return Binary(fr.th, op, x, y)
	}
}

func (c *compiler) unaryOp(n *syntax.UnaryOp) evalFn {
	x := c.expr(n.Operand)
	if n.Op == "not" {
		return func(fr *frame) (Value, error) {
			v, err := x(fr)
			if err != nil {
				return nil, err
			}
			t, err := Truth(fr.th, v)
			return Bool(!t), err
		}
	}
	op := map[string]Op{"-": Neg, "+": Pos, "~": Invert}[n.Op]
	// Fold negative literals.
	if k, ok := n.Operand.(*syntax.Constant); ok && op == Neg {
		if v, err := Unary(nil, Neg, constValue(k)); err == nil {
			return func(*frame) (Value, error) { return v, nil }
		}
	}
	return func(fr *frame) (Value, error) {
		v, err := x(fr)
		if err != nil {
			return nil, err
		}
		return Unary(fr.th, op, v)
	}
}

var cmpByName = map[string]Op{"<": Lt, "<=": Le, "==": Eq, "!=": Ne, ">": Gt, ">=": Ge}

// compareOp evaluates one comparison operator of a chain.
func compareOp(th *Thread, op string, x, y Value) (Value, error) {
	switch op {
	case "in":
		r, err := Contains(th, y, x)
		return Bool(r), err
	case "not in":
		r, err := Contains(th, y, x)
		return Bool(!r), err
	case "is":
		return Bool(isSame(x, y)), nil
	case "is not":
		return Bool(!isSame(x, y)), nil
	}
	return Compare(th, cmpByName[op], x, y)
}

// isSame is Python's "is".
func isSame(x, y Value) bool {
	switch a := x.(type) {
	case Int:
		b, ok := y.(Int)
		return ok && a == b
	case Float:
		b, ok := y.(Float)
		return ok && (a == b || math.Float64bits(float64(a)) == math.Float64bits(float64(b)))
	case Str:
		b, ok := y.(Str)
		return ok && a == b
	}
	return identical(x, y)
}

func (c *compiler) compare(n *syntax.Compare) evalFn {
	left := c.expr(n.Left)
	rights := c.exprs(n.Comparators)
	ops := n.Ops
	if len(ops) == 1 {
		r := rights[0]
		op := ops[0]
		if cop, ok := cmpByName[op]; ok {
			return func(fr *frame) (Value, error) {
				x, err := left(fr)
				if err != nil {
					return nil, err
				}
				y, err := r(fr)
				if err != nil {
					return nil, err
				}
				if a, ok := x.(Int); ok {
					if b, ok := y.(Int); ok {
						return Bool(cmpResult(cop, intCmp(a, b))), nil
					}
				}
				return Compare(fr.th, cop, x, y)
			}
		}
		return func(fr *frame) (Value, error) {
			x, err := left(fr)
			if err != nil {
				return nil, err
			}
			y, err := r(fr)
			if err != nil {
				return nil, err
			}
			return compareOp(fr.th, op, x, y)
		}
	}
	return func(fr *frame) (Value, error) {
		x, err := left(fr)
		if err != nil {
			return nil, err
		}
		var res Value
		for i, op := range ops {
			y, err := rights[i](fr)
			if err != nil {
				return nil, err
			}
			res, err = compareOp(fr.th, op, x, y)
			if err != nil {
				return nil, err
			}
			if i < len(ops)-1 {
				t, err := Truth(fr.th, res)
				if err != nil {
					return nil, err
				}
				if !t {
					return res, nil
				}
			}
			x = y
		}
		return res, nil
	}
}

// cond compiles an expression used for its truth value.
func (c *compiler) cond(e syntax.Expr) func(fr *frame) (bool, error) {
	if n, ok := e.(*syntax.Compare); ok && len(n.Ops) == 1 {
		if cop, ok := cmpByName[n.Ops[0]]; ok {
			return c.compareCond(cop, n.Left, n.Comparators[0])
		}
	}
	f := c.expr(e)
	if m := c.condLocalMod(e, f); m != nil {
		return m
	}
	return func(fr *frame) (bool, error) {
		v, err := f(fr)
		if err != nil {
			return false, err
		}
		switch x := v.(type) {
		case Bool:
			return bool(x), nil
		case Int:
			return x != 0, nil
		}
		return Truth(fr.th, v)
	}
}
