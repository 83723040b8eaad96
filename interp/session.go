package interp

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// Session is one interpreter namespace: one per kernel or `gobrian run`.
type Session struct {
	opts       Options
	hooks      []PostExecuteHook
	globals    *Dict
	builtins   map[string]Value
	modules    map[string]*Module
	stdModules map[string]ModuleLoader
	config     map[string]string
	loading    map[string]bool // modules whose loader is running
	cells      int             // executed cells, for default cell names
	// fileLines keeps the source of executed cells for tracebacks of
	// functions defined in earlier cells.
	lastValue Value
}

// NewSession makes a Session.
func NewSession(opts Options) *Session {
	s := &Session{
		opts:    opts,
		globals: NewDict(),
		modules: map[string]*Module{},
		config:  map[string]string{},
		loading: map[string]bool{},
	}
	s.builtins = newBuiltins(s)
	s.stdModules = stdModules(s)
	s.globals.SetStr("__name__", Str("__main__"))
	s.globals.SetStr("__builtins__", s.builtinsModule())
	return s
}

// Globals is the session's namespace (the notebook's user namespace).
func (s *Session) Globals() *Dict { return s.globals }

// AddPostExecuteHook registers a hook run after every cell.
func (s *Session) AddPostExecuteHook(h PostExecuteHook) { s.hooks = append(s.hooks, h) }

// SetConfig stores a session setting (e.g. "gobrian.figures_dir").
func (s *Session) SetConfig(key, value string) { s.config[key] = value }

// Config reads a session setting stored by SetConfig or %config.
func (s *Session) Config(key string) (string, bool) {
	v, ok := s.config[key]
	return v, ok
}

// NewThread makes a thread for calling into Python from Go (tests, hooks).
func (s *Session) NewThread(ctx context.Context, out Output) *Thread {
	return &Thread{ctx: ctx, out: out, session: s, poll: ctx != nil && ctx.Done() != nil}
}

// compileCell parses and compiles a cell. The last expression statement
// (without a trailing semicolon) is compiled separately so its value can
// be displayed.
func (s *Session) compileCell(name, src string, allowMagics bool) (body execFn, last evalFn, lastLine int, c *code, err error) {
	f, err := syntax.Parse(name, src, allowMagics)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileErr)
			if !ok {
				panic(r)
			}
			err = ce.err
		}
	}()
	stmts := f.Body
	var lastExpr *syntax.ExprStmt
	var lastMagic *syntax.Magic
	if n := len(stmts); n > 0 {
		if es, ok := stmts[n-1].(*syntax.ExprStmt); ok && !es.Semicolon {
			lastExpr = es
			stmts = stmts[:n-1]
		} else if m, ok := stmts[n-1].(*syntax.Magic); ok && m.Cell == nil && !m.Shell {
			lastMagic = m
			stmts = stmts[:n-1]
		}
	}
	scopes, root, err := resolveFile(name, f.Body)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Text == "" && se.Pos.Line >= 1 && se.Pos.Line <= len(f.Lines) {
			se.Text = f.Lines[se.Pos.Line-1]
		}
		return nil, nil, 0, nil, err
	}
	comp := &compiler{file: name, lines: f.Lines, scopes: scopes, sc: root}
	c = &code{name: "<module>", qualname: "<module>", file: name, lines: f.Lines}
	body = comp.block(stmts)
	if lastExpr != nil {
		last = comp.expr(lastExpr.Value)
		lastLine = lastExpr.Start().Line
	} else if lastMagic != nil {
		last = comp.magicExpr(lastMagic)
		lastLine = lastMagic.Start().Line
	}
	return body, last, lastLine, c, nil
}

// Execute runs one cell.
func (s *Session) Execute(ctx context.Context, src string, out Output, opts ExecOptions) ExecResult {
	s.cells++
	name := opts.CellName
	if name == "" {
		name = fmt.Sprintf("<cell %d>", s.cells)
	}
	th := s.NewThread(ctx, out)
	stop := th.watch(ctx)
	defer stop()
	var res ExecResult
	v, err := s.run(th, name, src)
	if err != nil {
		res.Error = s.errorInfo(th, err)
	} else if v != nil && v != None && !opts.Silent {
		bundle, berr := MimeBundle(th, v)
		if berr != nil {
			res.Error = s.errorInfo(th, berr)
		} else {
			s.globals.SetStr("_", v)
			if opts.OnResult != nil {
				opts.OnResult(bundle)
			} else {
				res.Result = bundle
			}
		}
	}
	s.runHooks(th)
	return res
}

// run executes a cell and returns its last expression's value.
func (s *Session) run(th *Thread, name, src string) (v Value, err error) {
	var fr *frame
	defer func() {
		if r := recover(); r != nil {
			e := Errorf(SystemError, "internal error: %v", r)
			if s.config["gobrian.debug"] != "" {
				e.Notes = append(e.Notes, string(debug.Stack()))
			}
			if fr != nil {
				e.addFrame(fr)
			}
			v, err = nil, e
		}
	}()
	body, last, lastLine, c, err := s.compileCell(name, src, true)
	if err != nil {
		return nil, err
	}
	fr = &frame{th: th, code: c, globals: s.globals}
	th.frames = append(th.frames, fr)
	defer func() { th.frames = th.frames[:0] }()
	return runCompiledCell(fr, body, last, lastLine)
}

// runCompiledCell runs a compiled cell in fr: its value is that of the last
// expression statement, nil when the cell does not end in one.
func runCompiledCell(fr *frame, body execFn, last evalFn, lastLine int) (Value, error) {
	if _, err := body(fr); err != nil {
		return nil, fr.tb(err)
	}
	if last != nil {
		fr.line = lastLine
		v, err := last(fr)
		if err != nil {
			return nil, fr.tb(err)
		}
		return v, nil
	}
	return nil, nil
}

func (s *Session) runHooks(th *Thread) {
	for _, h := range s.hooks {
		if err := h(th); err != nil {
			info := s.errorInfo(th, err)
			th.Stderr(strings.Join(info.Traceback, "\n") + "\n")
		}
	}
}

// MimeBundle is the display data of a value: text/plain from repr plus
// whatever the value offers through HasMimeBundle or _repr_*_ methods.
func MimeBundle(th *Thread, v Value) (map[string]string, error) {
	bundle := map[string]string{}
	if mb, ok := v.(HasMimeBundle); ok {
		m, err := mb.MimeBundle(th)
		if err != nil {
			return nil, err
		}
		for k, x := range m {
			bundle[k] = x
		}
	}
	if inst, ok := v.(*Instance); ok {
		for mime, meth := range map[string]string{"text/html": "_repr_html_", "text/markdown": "_repr_markdown_", "text/latex": "_repr_latex_", "image/svg+xml": "_repr_svg_"} {
			if fn, ok := userMethod(inst.Class, meth); ok {
				r, err := th.callMethod(fn, inst, nil)
				if err != nil {
					return nil, err
				}
				if str, ok := r.(Str); ok {
					bundle[mime] = string(str)
				}
			}
		}
	}
	if _, ok := bundle["text/plain"]; !ok {
		r, err := Repr(th, v)
		if err != nil {
			return nil, err
		}
		bundle["text/plain"] = r
	}
	return bundle, nil
}

// EvalExpr evaluates expressions for user_expressions: name → repr bundle
// text. It returns the first error.
func (s *Session) EvalExpr(ctx context.Context, expr string, out Output) (map[string]string, *ErrorInfo) {
	th := s.NewThread(ctx, out)
	v, err := s.evalString(th, expr, s.globals)
	if err != nil {
		return nil, s.errorInfo(th, err)
	}
	b, err := MimeBundle(th, v)
	if err != nil {
		return nil, s.errorInfo(th, err)
	}
	return b, nil
}

// evalString evaluates one expression in a namespace.
func (s *Session) evalString(th *Thread, src string, globals *Dict) (v Value, err error) {
	e, err := syntax.ParseExpr("<string>", src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileErr); ok {
				v, err = nil, ce.err
				return
			}
			v, err = nil, Errorf(SystemError, "internal error: %v", r)
		}
	}()
	stmt := &syntax.ExprStmt{Value: e}
	scopes, root, err := resolveFile("<string>", []syntax.Stmt{stmt})
	if err != nil {
		return nil, err
	}
	comp := &compiler{file: "<string>", lines: strings.Split(src, "\n"), scopes: scopes, sc: root}
	f := comp.expr(e)
	c := &code{name: "<module>", qualname: "<module>", file: "<string>", lines: comp.lines}
	fr := &frame{th: th, code: c, globals: globals, line: 1}
	th.frames = append(th.frames, fr)
	defer func() { th.frames = th.frames[:len(th.frames)-1] }()
	v, err = f(fr)
	if err != nil {
		return nil, fr.tb(err)
	}
	return v, nil
}

// execString runs statements in a namespace (exec()).
func (s *Session) execString(th *Thread, src string, globals *Dict) (err error) {
	f, err := syntax.Parse("<string>", src, false)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileErr); ok {
				err = ce.err
				return
			}
			err = Errorf(SystemError, "internal error: %v", r)
		}
	}()
	scopes, root, err := resolveFile("<string>", f.Body)
	if err != nil {
		return err
	}
	comp := &compiler{file: "<string>", lines: f.Lines, scopes: scopes, sc: root}
	body := comp.block(f.Body)
	c := &code{name: "<module>", qualname: "<module>", file: "<string>", lines: f.Lines}
	fr := &frame{th: th, code: c, globals: globals}
	th.frames = append(th.frames, fr)
	defer func() { th.frames = th.frames[:len(th.frames)-1] }()
	if _, err := body(fr); err != nil {
		return fr.tb(err)
	}
	return nil
}

// CallerNamespace returns a lookup over the innermost running Python
// frame's locals, then its globals, then builtins: what Brian uses to
// resolve the external names of equations at run() time.
func (th *Thread) CallerNamespace() func(name string) (Value, bool) {
	var fr *frame
	if n := len(th.frames); n > 0 {
		fr = th.frames[n-1]
		fr.escaped = true
	}
	s := th.session
	return func(name string) (Value, bool) {
		if fr != nil {
			if v, ok := frameLocal(fr, name); ok {
				return v, true
			}
			if v, ok := fr.globals.GetStr(name); ok {
				return v, true
			}
		} else if s != nil {
			if v, ok := s.globals.GetStr(name); ok {
				return v, true
			}
		}
		if s != nil {
			v, ok := s.builtins[name]
			return v, ok
		}
		return nil, false
	}
}

// CallerNamespaceValues lists the values bound in the innermost running
// Python frame's locals and globals: the objects Brian's collect() finds.
func (th *Thread) CallerNamespaceValues() []Value {
	var fr *frame
	if n := len(th.frames); n > 0 {
		fr = th.frames[n-1]
	}
	var out []Value
	add := func(d *Dict) {
		d.Items(func(_, v Value) bool {
			out = append(out, v)
			return true
		})
	}
	if fr == nil {
		if th.session != nil {
			add(th.session.globals)
		}
		return out
	}
	locals := frameLocals(fr)
	add(locals)
	if locals != fr.globals {
		add(fr.globals)
	}
	return out
}

// frameLocal finds a local (or cell, or class-body) variable of a frame.
func frameLocal(fr *frame, name string) (Value, bool) {
	if fr.ns != nil {
		if v, ok := fr.ns.GetStr(name); ok {
			return v, true
		}
	}
	for i, n := range fr.code.cellNames {
		if n == name && fr.cells[i] != nil && fr.cells[i].v != nil {
			return fr.cells[i].v, true
		}
	}
	for i, n := range fr.code.localNames {
		if n == name && i < len(fr.locals) && fr.locals[i] != nil {
			return fr.locals[i], true
		}
	}
	return nil, false
}

// frameLocals is locals() of a frame.
func frameLocals(fr *frame) *Dict {
	if fr.code.name == "<module>" && fr.ns == nil {
		return fr.globals
	}
	if fr.ns != nil {
		return fr.ns
	}
	d := NewDict()
	for i, n := range fr.code.localNames {
		if i < len(fr.locals) && fr.locals[i] != nil {
			d.SetStr(n, fr.locals[i])
		}
	}
	for i, n := range fr.code.cellNames {
		if fr.cells[i] != nil && fr.cells[i].v != nil {
			d.SetStr(n, fr.cells[i].v)
		}
	}
	return d
}

// Stack returns the running Python frames, outermost first, with their
// current lines: what Brian shows as "Object was created here".
func (th *Thread) Stack() []Frame {
	out := make([]Frame, 0, len(th.frames))
	for _, fr := range th.frames {
		if fr == nil {
			continue
		}
		out = append(out, Frame{File: fr.code.file, Line: fr.line, Function: fr.code.name, Source: fr.code.sourceLine(fr.line)})
	}
	return out
}

// CallerFrame is the innermost running Python frame with its current line.
func (th *Thread) CallerFrame() (Frame, bool) {
	for i := len(th.frames) - 1; i >= 0; i-- {
		if fr := th.frames[i]; fr != nil {
			return Frame{File: fr.code.file, Line: fr.line, Function: fr.code.name, Source: fr.code.sourceLine(fr.line)}, true
		}
	}
	return Frame{}, false
}
