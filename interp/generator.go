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
func (g *Generator) Next(th *Thread) (Value, bool, error) {
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
	return None, nil
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

// Attr provides __next__, close and send(None).
func (g *Generator) Attr(th *Thread, name string) (Value, error) {
	if m := iteratorMethod(g, name); m != nil {
		return m, nil
	}
	switch name {
	case "send":
		return NewBuiltin("send", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return iterNext(th, g, nil)
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
		for {
			x, ok, err := it.Next(fr.th)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if _, err := fr.gen.yieldValue(x); err != nil {
				return nil, err
			}
		}
		if g, ok := v.(*Generator); ok && g.st.ret != nil {
			return g.st.ret, nil
		}
		return None, nil
	}
}
