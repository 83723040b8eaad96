package interp

import (
	"hash/maphash"
	"sort"

	"github.com/gobrian/gobrian/interp/syntax"
)

// evalFn evaluates an expression; execFn runs a statement. The compiler
// turns the AST into a tree of these closures once per cell or function.
type (
	evalFn   func(fr *frame) (Value, error)
	execFn   func(fr *frame) (ctl, error)
	assignFn func(fr *frame, v Value) error
)

// ctl is how a statement finished.
type ctl uint8

const (
	ctlNext ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

// code is a compiled function body (or module, class body, comprehension).
type code struct {
	name, qualname string
	file           string
	lines          []string
	firstLine      int
	nlocals        int
	localNames     []string
	cellNames      []string
	nOwned         int
	freeNames      []string
	// Parameters.
	nPosOnly   int
	nArgs      int // positional parameters, including positional-only
	kwonly     []string
	hasVarargs bool
	hasKwargs  bool
	// paramCells maps parameter slots that closures capture to cells.
	paramCells [][2]int
	body       execFn
	isGen      bool
	doc        string
	isLambda   bool
	// superSlot is the slot (or -1-cell index) holding the first argument,
	// for zero-argument super().
	selfSlot int
	// fastArity is 1 + the number of positional arguments a call can bind
	// straight into locals (no defaults needed, no *args, **kw, kw-only,
	// not a generator); 0 when calls always need full binding.
	fastArity int
}

// frame is one activation: a function call, a cell body or a class body.
type frame struct {
	th      *Thread
	code    *code
	fn      *Function
	locals  []Value
	cells   []*cell
	globals *Dict
	ns      *Dict // class body namespace
	line    int
	ret     Value
	gen     *genState
	// escaped frames are referenced from outside the call (a native kept
	// CallerNamespace) and must not be recycled.
	escaped bool
	small   [6]Value
}

func newFrame(th *Thread, c *code, fn *Function, globals *Dict) *frame {
	fr := &frame{th: th, code: c, fn: fn, globals: globals}
	fr.init(c, fn)
	return fr
}

// init lays out locals and cells for a (new or recycled) frame.
func (fr *frame) init(c *code, fn *Function) {
	if c.nlocals <= len(fr.small) {
		fr.locals = fr.small[:c.nlocals]
	} else {
		fr.locals = make([]Value, c.nlocals)
	}
	if n := len(c.cellNames); n > 0 {
		fr.cells = make([]*cell, n)
		for i := 0; i < c.nOwned; i++ {
			fr.cells[i] = &cell{}
		}
		if fn != nil {
			copy(fr.cells[c.nOwned:], fn.closure)
		}
	}
}

// getFrame takes a frame from the thread's pool: function calls are the
// hottest allocation, and a frame is dead once its call returns normally.
func (th *Thread) getFrame(c *code, fn *Function, globals *Dict) *frame {
	n := len(th.framePool)
	if n == 0 {
		return newFrame(th, c, fn, globals)
	}
	fr := th.framePool[n-1]
	th.framePool = th.framePool[:n-1]
	fr.th, fr.code, fr.fn, fr.globals = th, c, fn, globals
	fr.init(c, fn)
	return fr
}

// putFrame recycles a frame that nothing references any more.
func (th *Thread) putFrame(fr *frame) {
	if len(th.framePool) >= 128 || fr.escaped {
		return
	}
	// Clear only what may retain garbage; the rest is overwritten on reuse.
	// A plain loop: clear() on a few slots costs a runtime call.
	l := fr.locals
	for i := 0; i < len(l); i++ {
		l[i] = nil
	}
	fr.fn, fr.globals, fr.ns, fr.ret, fr.gen, fr.cells = nil, nil, nil, nil, nil, nil
	th.framePool = append(th.framePool, fr)
}

// sourceLine returns the stripped text of a line of the frame's file.
func (c *code) sourceLine(line int) string {
	if line >= 1 && line <= len(c.lines) {
		return trimSpace(c.lines[line-1])
	}
	return ""
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r' || s[j-1] == '\n') {
		j--
	}
	return s[i:j]
}

// strHash precomputes a namespace key's hash at compile time.
func strHash(name string) uint64 { return maphash.String(hashSeed, name) }

// getStrHashed looks up a str key whose hash is known.
func (d *Dict) getStrHashed(name string, h uint64) (Value, bool) {
	if i := d.findStr(name, h); i >= 0 {
		return d.entries[i].value, true
	}
	return nil, false
}

// setStrHashed binds a str key whose hash is known.
func (d *Dict) setStrHashed(name string, h uint64, v Value) {
	if i := d.findStr(name, h); i >= 0 {
		d.entries[i].value = v
		return
	}
	k := Str(name)
	_, _, free, _ := d.slot(nil, k, h)
	d.insert(k, v, h, free)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// compiler turns a resolved AST into closures.
type compiler struct {
	file   string
	lines  []string
	scopes map[syntax.Node]*scope
	sc     *scope
	qual   string // qualified-name prefix of the current scope
	loops  int
	// inFinally etc. are not tracked; the parser rejects misplaced break.
}

func (c *compiler) errAt(n syntax.Node, msg string) error {
	p := n.Start()
	text := ""
	if p.Line >= 1 && p.Line <= len(c.lines) {
		text = c.lines[p.Line-1]
	}
	return &syntax.Error{Kind: "SyntaxError", Msg: msg, File: c.file, Pos: p, Text: text}
}
