package interp

import (
	"context"
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// compileErr carries a syntax error out of the compiler by panicking; the
// entry points recover it.
type compileErr struct{ err error }

func (c *compiler) fail(n syntax.Node, msg string) {
	panic(compileErr{c.errAt(n, msg)})
}

// block compiles a statement list.
func (c *compiler) block(body []syntax.Stmt) execFn {
	stmts := make([]execFn, 0, len(body))
	lines := make([]int, 0, len(body))
	for _, s := range body {
		if f := c.stmt(s); f != nil {
			stmts = append(stmts, f)
			lines = append(lines, s.Start().Line)
		}
	}
	switch len(stmts) {
	case 0:
		return func(*frame) (ctl, error) { return ctlNext, nil }
	case 1:
		s, l := stmts[0], lines[0]
		return func(fr *frame) (ctl, error) {
			fr.line = l
			return s(fr)
		}
	}
	return func(fr *frame) (ctl, error) {
		for i, s := range stmts {
			fr.line = lines[i]
			if k, err := s(fr); err != nil || k != ctlNext {
				return k, err
			}
		}
		return ctlNext, nil
	}
}

func (c *compiler) stmt(s syntax.Stmt) execFn {
	switch n := s.(type) {
	case *syntax.ExprStmt:
		e := c.expr(n.Value)
		return func(fr *frame) (ctl, error) {
			_, err := e(fr)
			return ctlNext, err
		}
	case *syntax.Assign:
		return c.assignStmt(n)
	case *syntax.AugAssign:
		return c.augAssign(n)
	case *syntax.AnnAssign:
		if n.Value == nil {
			return nil
		}
		v := c.expr(n.Value)
		t := c.target(n.Target)
		return func(fr *frame) (ctl, error) {
			x, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, t(fr, x)
		}
	case *syntax.Delete:
		var dels []execFn
		for _, t := range n.Targets {
			dels = append(dels, c.del(t))
		}
		return func(fr *frame) (ctl, error) {
			for _, d := range dels {
				if _, err := d(fr); err != nil {
					return ctlNext, err
				}
			}
			return ctlNext, nil
		}
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
		return nil
	case *syntax.Break:
		if c.loops == 0 {
			c.fail(n, "'break' outside loop")
		}
		return func(*frame) (ctl, error) { return ctlBreak, nil }
	case *syntax.Continue:
		if c.loops == 0 {
			c.fail(n, "'continue' not properly in loop")
		}
		return func(*frame) (ctl, error) { return ctlContinue, nil }
	case *syntax.Return:
		if n.Value == nil {
			return func(fr *frame) (ctl, error) { fr.ret = None; return ctlReturn, nil }
		}
		if op := c.operand(n.Value); op.kind == opLocal {
			// return of a local: no closure call to read it.
			return func(fr *frame) (ctl, error) {
				x, err := op.get(fr)
				fr.ret = x
				if err != nil {
					return ctlNext, err
				}
				return ctlReturn, nil
			}
		}
		v := c.expr(n.Value)
		return func(fr *frame) (ctl, error) {
			x, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			fr.ret = x
			return ctlReturn, nil
		}
	case *syntax.Raise:
		return c.raise(n)
	case *syntax.If:
		return c.ifStmt(n)
	case *syntax.While:
		return c.whileStmt(n)
	case *syntax.For:
		return c.forStmt(n)
	case *syntax.FunctionDef:
		return c.funcDef(n)
	case *syntax.ClassDef:
		return c.classDef(n)
	case *syntax.Try:
		return c.tryStmt(n)
	case *syntax.With:
		return c.withStmt(n, n.Items)
	case *syntax.Assert:
		test := c.expr(n.Test)
		var msg evalFn
		if n.Msg != nil {
			msg = c.expr(n.Msg)
		}
		return func(fr *frame) (ctl, error) {
			v, err := test(fr)
			if err != nil {
				return ctlNext, err
			}
			ok, err := Truth(fr.th, v)
			if err != nil || ok {
				return ctlNext, err
			}
			e := &Exception{Class: AssertionError}
			if msg != nil {
				m, err := msg(fr)
				if err != nil {
					return ctlNext, err
				}
				e.Args = Tuple{m}
			}
			return ctlNext, e
		}
	case *syntax.Import:
		return c.importStmt(n)
	case *syntax.ImportFrom:
		return c.importFrom(n)
	case *syntax.Magic:
		return c.magic(n)
	}
	c.fail(s, "unsupported statement")
	return nil
}

func (c *compiler) assignStmt(n *syntax.Assign) execFn {
	v := c.expr(n.Value)
	if len(n.Targets) == 1 {
		if nm, ok := n.Targets[0].(*syntax.Name); ok && c.sc.funcLike() {
			if slot, ok := c.localSlot(nm.Id); ok {
				return func(fr *frame) (ctl, error) {
					x, err := v(fr)
					if err != nil {
						return ctlNext, err
					}
					fr.locals[slot] = x
					return ctlNext, nil
				}
			}
		}
		t := c.target(n.Targets[0])
		return func(fr *frame) (ctl, error) {
			x, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, t(fr, x)
		}
	}
	ts := make([]assignFn, len(n.Targets))
	for i, t := range n.Targets {
		ts[i] = c.target(t)
	}
	return func(fr *frame) (ctl, error) {
		x, err := v(fr)
		if err != nil {
			return ctlNext, err
		}
		for _, t := range ts {
			if err := t(fr, x); err != nil {
				return ctlNext, err
			}
		}
		return ctlNext, nil
	}
}

var opByName = map[string]Op{
	"+": Add, "-": Sub, "*": Mul, "/": TrueDiv, "//": FloorDiv, "%": Mod, "**": Pow,
	"@": MatMul, "<<": LShift, ">>": RShift, "&": BitAnd, "|": BitOr, "^": BitXor,
}

func (c *compiler) augAssign(n *syntax.AugAssign) execFn {
	op, ok := opByName[strings.TrimSuffix(n.Op, "=")]
	if !ok {
		c.fail(n, "invalid augmented assignment operator")
	}
	v := c.expr(n.Value)
	switch t := n.Target.(type) {
	case *syntax.Name:
		load := c.loadName(t)
		store := c.storeName(t.Id)
		sa := &strAppender{}
		if slot, ok := c.localSlot(t.Id); ok && c.sc.funcLike() {
			name := t.Id
			return func(fr *frame) (ctl, error) {
				cur := fr.locals[slot]
				if cur == nil {
					return ctlNext, unboundLocal(name)
				}
				y, err := v(fr)
				if err != nil {
					return ctlNext, err
				}
				if a, ok := cur.(Str); ok && op == Add {
					if b, ok := y.(Str); ok {
						fr.locals[slot] = sa.add(a, b)
						return ctlNext, nil
					}
				}
				if r, ok := numFast(op, cur, y); ok {
					fr.locals[slot] = r
					return ctlNext, nil
				}
				r, err := Inplace(fr.th, op, cur, y)
				if err != nil {
					return ctlNext, err
				}
				fr.locals[slot] = r
				return ctlNext, nil
			}
		}
		return func(fr *frame) (ctl, error) {
			cur, err := load(fr)
			if err != nil {
				return ctlNext, err
			}
			y, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			if a, ok := cur.(Str); ok && op == Add {
				if b, ok := y.(Str); ok {
					return ctlNext, store(fr, sa.add(a, b))
				}
			}
			if r, ok := numFast(op, cur, y); ok {
				return ctlNext, store(fr, r)
			}
			r, err := Inplace(fr.th, op, cur, y)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, store(fr, r)
		}
	case *syntax.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		h := strHash(name)
		site := newAttrSite(name)
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNext, err
			}
			if inst, ok := o.(*Instance); ok && site.plain(inst.Class) {
				// Plain instance attribute: no descriptors or hooks.
				// The value is read before the right side runs, and the
				// entry found again after: user code there may change the dict.
				d := inst.Dict
				if i := d.findStr(name, h); i >= 0 {
					cur := d.entries[i].value
					ver := d.ver
					y, err := v(fr)
					if err != nil {
						return ctlNext, err
					}
					if r, ok := numFast(op, cur, y); ok && d.ver == ver {
						d.entries[i].value = r
						return ctlNext, nil
					}
					r, err := Inplace(fr.th, op, cur, y)
					if err != nil {
						return ctlNext, err
					}
					d.setStrHashed(name, h, r)
					return ctlNext, nil
				}
			}
			cur, err := GetAttr(fr.th, o, name)
			if err != nil {
				return ctlNext, err
			}
			y, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			r, err := Inplace(fr.th, op, cur, y)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, SetAttr(fr.th, o, name, r)
		}
	case *syntax.Subscript:
		obj := c.expr(t.Value)
		key := c.index(t.Index)
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNext, err
			}
			k, err := key(fr)
			if err != nil {
				return ctlNext, err
			}
			cur, err := GetItem(fr.th, o, k)
			if err != nil {
				return ctlNext, err
			}
			y, err := v(fr)
			if err != nil {
				return ctlNext, err
			}
			if r, ok := numFast(op, cur, y); ok {
				return ctlNext, SetItem(fr.th, o, k, r)
			}
			r, err := Inplace(fr.th, op, cur, y)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, SetItem(fr.th, o, k, r)
		}
	}
	c.fail(n, "'"+exprKind(n.Target)+"' is an illegal expression for augmented assignment")
	return nil
}

func exprKind(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	}
	return "expression"
}

func (c *compiler) del(t syntax.Expr) execFn {
	switch x := t.(type) {
	case *syntax.Name:
		return c.delName(x)
	case *syntax.Tuple, *syntax.List:
		var elts []syntax.Expr
		if tt, ok := x.(*syntax.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = x.(*syntax.List).Elts
		}
		var dels []execFn
		for _, e := range elts {
			dels = append(dels, c.del(e))
		}
		return func(fr *frame) (ctl, error) {
			for _, d := range dels {
				if _, err := d(fr); err != nil {
					return ctlNext, err
				}
			}
			return ctlNext, nil
		}
	case *syntax.Attribute:
		obj := c.expr(x.Value)
		name := x.Attr
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, DelAttr(fr.th, o, name)
		}
	case *syntax.Subscript:
		obj := c.expr(x.Value)
		key := c.index(x.Index)
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNext, err
			}
			k, err := key(fr)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, DelItem(fr.th, o, k)
		}
	}
	c.fail(t, "cannot delete "+exprKind(t))
	return nil
}

func (c *compiler) ifStmt(n *syntax.If) execFn {
	test := c.cond(n.Test)
	body := c.block(n.Body)
	if len(n.OrElse) == 0 {
		return func(fr *frame) (ctl, error) {
			ok, err := test(fr)
			if err != nil || !ok {
				return ctlNext, err
			}
			return body(fr)
		}
	}
	orelse := c.block(n.OrElse)
	return func(fr *frame) (ctl, error) {
		ok, err := test(fr)
		if err != nil {
			return ctlNext, err
		}
		if ok {
			return body(fr)
		}
		return orelse(fr)
	}
}

// tick is called at loop back-edges and calls: every 1024th call checks
// the context for an interrupt.
func (th *Thread) tick() error {
	if th.intr.Load() || th.poll {
		return th.slowTick()
	}
	return nil
}

// slowTick is the rarely taken part of tick: an interrupt was flagged, or
// the thread has no watcher and polls its context every 1024 ticks.
func (th *Thread) slowTick() error {
	if th.interrupted {
		return nil
	}
	if th.intr.Load() {
		th.interrupted = true
		return Errorf(KeyboardInterrupt, "")
	}
	th.ticks++
	if th.ticks&1023 == 0 && th.ctx != nil {
		select {
		case <-th.ctx.Done():
			th.interrupted = true
			return Errorf(KeyboardInterrupt, "")
		default:
		}
	}
	return nil
}

// watch sets th.intr when ctx is cancelled, until stop is called, so that
// loops see an interrupt at their next back-edge.
func (th *Thread) watch(ctx context.Context) (stop func()) {
	th.poll = false
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			th.intr.Store(true)
		case <-done:
		}
	}()
	return func() { close(done) }
}

func (c *compiler) whileStmt(n *syntax.While) execFn {
	test := c.cond(n.Test)
	c.loops++
	body := c.block(n.Body)
	c.loops--
	var orelse execFn
	if len(n.OrElse) > 0 {
		orelse = c.block(n.OrElse)
	}
	return func(fr *frame) (ctl, error) {
		th := fr.th
		for {
			ok, err := test(fr)
			if err != nil {
				return ctlNext, err
			}
			if !ok {
				break
			}
			k, err := body(fr)
			if err != nil {
				return ctlNext, err
			}
			if k == ctlBreak {
				return ctlNext, nil
			}
			if k == ctlReturn {
				return k, nil
			}
			if err := th.tick(); err != nil {
				return ctlNext, err
			}
		}
		if orelse != nil {
			return orelse(fr)
		}
		return ctlNext, nil
	}
}

func (c *compiler) forStmt(n *syntax.For) execFn {
	iter := c.expr(n.Iter)
	target := c.target(n.Target)
	slot := -1
	if nm, ok := n.Target.(*syntax.Name); ok && c.sc.funcLike() {
		if s, ok := c.localSlot(nm.Id); ok {
			slot = s
		}
	}
	c.loops++
	body := c.block(n.Body)
	c.loops--
	var orelse execFn
	if len(n.OrElse) > 0 {
		orelse = c.block(n.OrElse)
	}
	// step runs one iteration; done reports break/return.
	step := func(fr *frame, v Value) (ctl, bool, error) {
		if slot >= 0 {
			fr.locals[slot] = v
		} else if err := target(fr, v); err != nil {
			return ctlNext, true, err
		}
		k, err := body(fr)
		if err != nil {
			return ctlNext, true, err
		}
		switch k {
		case ctlBreak:
			return ctlNext, true, nil
		case ctlReturn:
			return k, true, nil
		}
		return ctlNext, false, fr.th.tick()
	}
	return func(fr *frame) (ctl, error) {
		seq, err := iter(fr)
		if err != nil {
			return ctlNext, err
		}
		switch s := seq.(type) {
		case *Range:
			cur, n := s.Start, s.Len()
			for ; n > 0; n-- {
				k, done, err := step(fr, mkInt(cur))
				if done || err != nil {
					return k, err
				}
				cur += s.Step
			}
		case *List:
			for i := 0; i < len(s.Elems); i++ {
				k, done, err := step(fr, s.Elems[i])
				if done || err != nil {
					return k, err
				}
			}
		case Tuple:
			for _, v := range s {
				k, done, err := step(fr, v)
				if done || err != nil {
					return k, err
				}
			}
		default:
			it, err := Iterate(fr.th, seq)
			if err != nil {
				return ctlNext, err
			}
			for {
				v, ok, err := it.Next(fr.th)
				if err != nil {
					return ctlNext, err
				}
				if !ok {
					break
				}
				k, done, err := step(fr, v)
				if done || err != nil {
					return k, err
				}
			}
		}
		if orelse != nil {
			return orelse(fr)
		}
		return ctlNext, nil
	}
}

func (c *compiler) raise(n *syntax.Raise) execFn {
	if n.Exc == nil {
		return func(fr *frame) (ctl, error) {
			if fr.th.handling == nil {
				return ctlNext, Errorf(RuntimeError, "No active exception to reraise")
			}
			return ctlNext, fr.th.handling
		}
	}
	exc := c.expr(n.Exc)
	var cause evalFn
	if n.Cause != nil {
		cause = c.expr(n.Cause)
	}
	return func(fr *frame) (ctl, error) {
		v, err := exc(fr)
		if err != nil {
			return ctlNext, err
		}
		e, err := makeException(fr.th, v)
		if err != nil {
			return ctlNext, err
		}
		if cause != nil {
			cv, err := cause(fr)
			if err != nil {
				return ctlNext, err
			}
			if cv == None {
				e.Cause = nil
			} else {
				ce, err := makeException(fr.th, cv)
				if err != nil {
					return ctlNext, Errorf(TypeError, "exception causes must derive from BaseException")
				}
				e.Cause = ce
			}
			e.SuppressContext = true
		}
		e.tbFrame = nil
		if h := fr.th.handling; h != nil && h != e && e.Context == nil {
			e.Context = h
		}
		return ctlNext, e
	}
}

// makeException turns the operand of raise into an exception instance.
func makeException(th *Thread, v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsSubclass(BaseException) {
			r, err := th.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

func (c *compiler) tryStmt(n *syntax.Try) execFn {
	body := c.block(n.Body)
	type handler struct {
		typ  evalFn
		name assignFn
		del  execFn
		body execFn
	}
	var handlers []handler
	for _, h := range n.Handlers {
		var hd handler
		if h.Type != nil {
			hd.typ = c.expr(h.Type)
		}
		if h.Name != "" {
			nm := &syntax.Name{At: h.At, Id: h.Name}
			hd.name = c.target(nm)
			hd.del = c.delNameQuiet(h.Name)
		}
		hd.body = c.block(h.Body)
		handlers = append(handlers, hd)
	}
	var orelse, finally execFn
	if len(n.OrElse) > 0 {
		orelse = c.block(n.OrElse)
	}
	if len(n.Finally) > 0 {
		finally = c.block(n.Finally)
	}
	return func(fr *frame) (ctl, error) {
		th := fr.th
		k, err := body(fr)
		if err != nil {
			exc, isExc := err.(*Exception)
			if isExc && len(handlers) > 0 {
				exc.addFrame(fr)
				err = exc
				for _, h := range handlers {
					if h.typ != nil {
						t, terr := h.typ(fr)
						if terr != nil {
							err = terr
							break
						}
						match, merr := exceptionMatches(exc, t)
						if merr != nil {
							err = merr
							break
						}
						if !match {
							continue
						}
					}
					if h.name != nil {
						if aerr := h.name(fr, exc); aerr != nil {
							err = aerr
							break
						}
					}
					saved := th.handling
					th.handling = exc
					k, err = h.body(fr)
					th.handling = saved
					if h.del != nil {
						_, _ = h.del(fr)
					}
					if e2, ok := err.(*Exception); ok && e2 != exc && e2.Context == nil && !e2.chainsTo(exc) {
						e2.Context = exc
					}
					break
				}
			}
		} else if orelse != nil && k == ctlNext {
			k, err = orelse(fr)
		}
		if finally != nil {
			saved := th.handling
			pending, _ := err.(*Exception)
			if pending != nil {
				th.handling = pending
			}
			fk, ferr := finally(fr)
			th.handling = saved
			if ferr != nil {
				if e2, ok := ferr.(*Exception); ok && pending != nil && e2 != pending && e2.Context == nil {
					e2.Context = pending
				}
				return fk, ferr
			}
			if fk != ctlNext {
				return fk, nil
			}
		}
		return k, err
	}
}

// chainsTo reports whether e already leads to target through its context
// chain (avoids cycles).
func (e *Exception) chainsTo(target *Exception) bool {
	for x := target; x != nil; x = x.Context {
		if x == e {
			return true
		}
	}
	return false
}

// exceptionMatches implements "except T" for a class or tuple of classes.
func exceptionMatches(e *Exception, t Value) (bool, error) {
	switch x := t.(type) {
	case *Class:
		if !x.IsSubclass(BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Class.IsSubclass(x), nil
	case Tuple:
		for _, c := range x {
			ok, err := exceptionMatches(e, c)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

func (c *compiler) withStmt(n *syntax.With, items []*syntax.WithItem) execFn {
	if len(items) == 0 {
		return c.block(n.Body)
	}
	item := items[0]
	mgr := c.expr(item.Context)
	var target assignFn
	if item.Target != nil {
		target = c.target(item.Target)
	}
	inner := c.withStmt(n, items[1:])
	return func(fr *frame) (ctl, error) {
		th := fr.th
		m, err := mgr(fr)
		if err != nil {
			return ctlNext, err
		}
		enter, err := getAttrOpt(th, m, "__enter__")
		if err != nil {
			return ctlNext, err
		}
		exit, err2 := getAttrOpt(th, m, "__exit__")
		if err2 != nil {
			return ctlNext, err2
		}
		if enter == nil || exit == nil {
			return ctlNext, Errorf(TypeError, "'%s' object does not support the context manager protocol", m.Type().Name)
		}
		v, err := th.Call(enter, nil, nil)
		if err != nil {
			return ctlNext, err
		}
		if target != nil {
			if err := target(fr, v); err != nil {
				return ctlNext, err
			}
		}
		k, err := inner(fr)
		if err != nil {
			exc, ok := err.(*Exception)
			if !ok {
				return k, err
			}
			exc.addFrame(fr)
			saved := th.handling
			th.handling = exc
			r, xerr := th.Call(exit, []Value{exc.Class, exc, None}, nil)
			th.handling = saved
			if xerr != nil {
				return ctlNext, xerr
			}
			swallow, terr := Truth(th, r)
			if terr != nil {
				return ctlNext, terr
			}
			if swallow {
				return ctlNext, nil
			}
			return k, err
		}
		if _, xerr := th.Call(exit, []Value{None, None, None}, nil); xerr != nil {
			return ctlNext, xerr
		}
		return k, nil
	}
}
