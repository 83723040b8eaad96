package interp

import (
	"fmt"
	"runtime"

	"github.com/gobrian/gobrian/interp/syntax"
)

// Generators run their body on a goroutine that hands control back and
// forth with the consumer over channels, so only one side ever runs. A
// generator that is dropped before finishing is closed by a finalizer,
// which makes its pending yield return genExitSignal so the goroutine ends.

// genExitSignal unwinds a generator body that is being closed.
type genExitSignal struct{}

func (genExitSignal) Error() string { return "generator closed" }

type genMsg struct {
	v    Value
	done bool
	err  error
}

type genState struct {
	fr      *frame
	resume  chan *Thread
	yield   chan genMsg
	started bool
	done    bool
	closing bool
	running bool
	ret     Value
	// what the consumer hands the body at its next resumption: a value
	// for send(), an exception for throw()
	sent   Value
	thrown *Exception
}

// Generator is the object a generator function returns.
type Generator struct {
	st   *genState
	name string
}

func (*Generator) Type() *Class { return GeneratorType }

func newGenerator(fr *frame) *Generator {
	st := &genState{fr: fr, resume: make(chan *Thread), yield: make(chan genMsg, 1)}
	fr.gen = st
	g := &Generator{st: st, name: fr.code.qualname}
	runtime.SetFinalizer(g, func(g *Generator) { g.st.abandon() })
	return g
}

// abandon stops a suspended generator goroutine without waiting for it.
func (st *genState) abandon() {
	if st.started && !st.done && !st.closing {
		st.closing = true
		close(st.resume)
	}
}

func (st *genState) run() {
	defer func() {
		if r := recover(); r != nil {
			st.yield <- genMsg{done: true, err: Errorf(SystemError, "%v", r)}
		}
	}()
	th := <-st.resume
	if th == nil {
		st.yield <- genMsg{done: true, err: genExitSignal{}}
		return
	}
	st.fr.th = th
	k, err := st.fr.code.body(st.fr)
	if err != nil {
		if e, ok := err.(*Exception); ok {
			e.addFrame(st.fr)
			if e.IsInstance(StopIteration) {
				re := Errorf(RuntimeError, "generator raised StopIteration")
				re.Cause, re.Context, re.SuppressContext = e, e, true
				err = re
			}
		}
		st.yield <- genMsg{done: true, err: err}
		return
	}
	var ret Value = None
	if k == ctlReturn && st.fr.ret != nil {
		ret = st.fr.ret
	}
	st.yield <- genMsg{done: true, v: ret}
}

// Iterate returns the generator itself.
func (g *Generator) Iterate(th *Thread) (Iterator, error) { return g, nil }

// Next resumes the body until its next yield.
func (g *Generator) Next(th *Thread) (Value, bool, error) { return g.resume(th, nil, nil) }

// resume runs the body until its next yield, its yield expression
// evaluating to sent (None if nil) or raising thrown.
func (g *Generator) resume(th *Thread, sent Value, thrown *Exception) (Value, bool, error) {
	st := g.st
	if st.done {
		return nil, false, nil
	}
	if st.running {
		return nil, false, Errorf(ValueError, "generator already executing")
	}
	if th.depth >= maxDepth {
		return nil, false, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	if !st.started {
		st.started = true
		go st.run()
	}
	st.sent, st.thrown = sent, thrown
	st.running = true
	th.depth++
	th.frames = append(th.frames, st.fr)
	st.resume <- th
	m := <-st.yield
	th.frames = th.frames[:len(th.frames)-1]
	th.depth--
	st.running = false
	if m.done {
		st.done = true
		st.ret = m.v
		runtime.SetFinalizer(g, nil)
		if m.err != nil {
			if _, ok := m.err.(genExitSignal); ok {
				return nil, false, nil
			}
			return nil, false, m.err
		}
		return nil, false, nil
	}
	return m.v, true, nil
}

// yieldValue is called by the body: hand v to the consumer and wait.
func (st *genState) yieldValue(v Value) (Value, error) {
	if st.closing {
		return nil, genExitSignal{}
	}
	st.yield <- genMsg{v: v}
	th, ok := <-st.resume
	if !ok || th == nil {
		return nil, genExitSignal{}
	}
	st.fr.th = th
	if e := st.thrown; e != nil {
		st.thrown = nil
		return nil, e
	}
	got := st.sent
	st.sent = nil
	if got == nil {
		got = None
	}
	return got, nil
}

// send is generator.send(v): resume with the yield evaluating to v;
// StopIteration (carrying the return value) when the body finishes.
func (g *Generator) send(th *Thread, v Value) (Value, error) {
	if !g.st.started && v != None {
		return nil, Errorf(TypeError, "can't send non-None value to a just-started generator")
	}
	return g.finishResume(g.resume(th, v, nil))
}

// throw is generator.throw(typ[, val]): raise the exception at the
// suspended yield; a generator not started or finished raises it here.
func (g *Generator) throw(th *Thread, args []Value) (Value, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, Errorf(TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	e, err := thrownException(th, args)
	if err != nil {
		return nil, err
	}
	st := g.st
	if !st.started || st.done {
		st.done = true
		runtime.SetFinalizer(g, nil)
		return nil, e
	}
	return g.finishResume(g.resume(th, nil, e))
}

// finishResume turns the end of the body into StopIteration(return value).
func (g *Generator) finishResume(v Value, ok bool, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	if !ok {
		e := &Exception{Class: StopIteration}
		if r := g.st.ret; r != nil && r != None {
			e.Args = []Value{r}
		}
		return nil, e
	}
	return v, nil
}

// thrownException builds throw()'s exception from a class or an instance
// and an optional value.
func thrownException(th *Thread, args []Value) (*Exception, error) {
	typ := args[0]
	hasValue := len(args) > 1 && args[1] != None
	switch t := typ.(type) {
	case *Exception:
		if hasValue {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
	case *Class:
		if hasValue {
			if e, ok := args[1].(*Exception); ok && e.IsInstance(t) {
				return e, nil
			}
			r, err := th.Call(t, []Value{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			typ = r
		}
	}
	return makeException(th, typ)
}

// close finishes a suspended generator, running its finally blocks.
func (g *Generator) close(th *Thread) error {
	st := g.st
	if !st.started || st.done {
		st.done = true
		return nil
	}
	st.closing = true
	close(st.resume)
	m := <-st.yield
	st.done = true
	runtime.SetFinalizer(g, nil)
	if m.err != nil {
		if _, ok := m.err.(genExitSignal); !ok {
			return m.err
		}
	}
	return nil
}

// Repr is <generator object f at 0x...>.
func (g *Generator) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<generator object %s at %#x>", g.name, identityHash(g)), nil
}

// Attr provides __next__, close, send and throw.
func (g *Generator) Attr(th *Thread, name string) (Value, error) {
	if m := iteratorMethod(g, name); m != nil {
		return m, nil
	}
	switch name {
	case "send":
		return NewBuiltin("send", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 || len(kw) != 0 {
				return nil, Errorf(TypeError, "generator.send() takes exactly one argument (%d given)", len(args)+len(kw))
			}
			return g.send(th, args[0])
		}), nil
	case "throw":
		return NewBuiltin("throw", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return g.throw(th, args)
		}), nil
	case "close":
		return NewBuiltin("close", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, g.close(th)
		}), nil
	case "__name__":
		return Str(g.st.fr.code.name), nil
	}
	return nil, nil
}

// AttrNames lists the generator's methods.
func (g *Generator) AttrNames() []string { return []string{"close", "send", "throw"} }

func (c *compiler) yield(n *syntax.Yield) evalFn {
	if !c.sc.funcLike() {
		c.fail(n, "'yield' outside function")
	}
	var val evalFn
	if n.Value != nil {
		val = c.expr(n.Value)
	}
	return func(fr *frame) (Value, error) {
		var v Value = None
		if val != nil {
			var err error
			v, err = val(fr)
			if err != nil {
				return nil, err
			}
		}
		if fr.gen == nil {
			return nil, Errorf(SystemError, "yield outside generator")
		}
		return fr.gen.yieldValue(v)
	}
}

func (c *compiler) yieldFrom(n *syntax.YieldFrom) evalFn {
	if !c.sc.funcLike() {
		c.fail(n, "'yield' outside function")
	}
	src := c.expr(n.Value)
	return func(fr *frame) (Value, error) {
		v, err := src(fr)
		if err != nil {
			return nil, err
		}
		if fr.gen == nil {
			return nil, Errorf(SystemError, "yield outside generator")
		}
		it, err := Iterate(fr.th, v)
		if err != nil {
			return nil, err
		}
		// send() and throw() on the delegating generator go to the
		// generator delegated to
		inner, isGen := it.(*Generator)
		var sent Value
		var thrown *Exception
		for {
			var x Value
			var ok bool
			switch {
			case thrown != nil && isGen:
				x, ok, err = inner.resume(fr.th, nil, thrown)
			case thrown != nil:
				return nil, thrown
			case sent != nil && sent != None && isGen:
				x, ok, err = inner.resume(fr.th, sent, nil)
			case sent != nil && sent != None:
				return nil, Errorf(AttributeError, "'%s' object has no attribute 'send'", it.(Value).Type().Name)
			default:
				x, ok, err = it.Next(fr.th)
			}
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			sent, thrown = nil, nil
			s, err := fr.gen.yieldValue(x)
			if err != nil {
				e, isExc := err.(*Exception)
				if !isExc {
					if isGen {
						_ = inner.close(fr.th)
					}
					return nil, err
				}
				thrown = e
				continue
			}
			sent = s
		}
		if g, ok := v.(*Generator); ok && g.st.ret != nil {
			return g.st.ret, nil
		}
		return None, nil
	}
}
