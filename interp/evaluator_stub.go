package interp

// This file holds the evaluator-side API that native modules call. The
// evaluator's author replaces these bodies (keeping the signatures) with the
// real implementations; they exist so that native modules compile first.

import (
	"context"
	"fmt"
)

// frame is one Python call frame (function or module body).
type frame struct{}

// Session is one interpreter namespace: one per kernel or `gobrian run`.
type Session struct {
	opts  Options
	hooks []PostExecuteHook
}

// NewSession makes a Session.
func NewSession(opts Options) *Session { return &Session{opts: opts} }

// AddPostExecuteHook registers a hook run after every cell.
func (s *Session) AddPostExecuteHook(h PostExecuteHook) { s.hooks = append(s.hooks, h) }

// Execute runs one cell.
func (s *Session) Execute(ctx context.Context, code string, out Output, opts ExecOptions) ExecResult {
	return ExecResult{Error: &ErrorInfo{Ename: "NotImplementedError", Evalue: "evaluator not built yet"}}
}

// NewThread makes a thread for calling into Python from Go (tests, hooks).
func (s *Session) NewThread(ctx context.Context, out Output) *Thread {
	return &Thread{ctx: ctx, out: out, session: s}
}

// Call calls a Python callable with positional and keyword arguments.
func (th *Thread) Call(fn Value, args []Value, kwargs []Kwarg) (Value, error) {
	c, ok := fn.(Callable)
	if !ok {
		return nil, Errorf(TypeError, "'%s' object is not callable", fn.Type().Name)
	}
	return c.Call(th, args, kwargs)
}

// Import imports a module by dotted name, loading native modules once per session.
func (th *Thread) Import(name string) (*Module, error) {
	return nil, Errorf(ModuleNotFoundError, "No module named '%s'", name)
}

// CallerNamespace returns a lookup over the innermost running Python
// frame's locals, then its globals, then builtins: what Brian uses to
// resolve the external names of equations at run() time.
func (th *Thread) CallerNamespace() func(name string) (Value, bool) {
	return func(string) (Value, bool) { return nil, false }
}

// Repr is repr(v).
func Repr(th *Thread, v Value) (string, error) {
	if r, ok := v.(HasRepr); ok {
		return r.Repr(th)
	}
	return fmt.Sprint(v), nil
}

// ToStr is str(v).
func ToStr(th *Thread, v Value) (string, error) {
	if s, ok := v.(Str); ok {
		return string(s), nil
	}
	if s, ok := v.(HasStr); ok {
		return s.Str(th)
	}
	return Repr(th, v)
}

// Truth is bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	if t, ok := v.(HasTruth); ok {
		return t.Truth(th)
	}
	return true, nil
}

// GetAttr is getattr(v, name), raising AttributeError when absent.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	if a, ok := v.(HasAttrs); ok {
		r, err := a.Attr(th, name)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name)
}

// Iterate returns an iterator over any iterable value.
func Iterate(th *Thread, v Value) (Iterator, error) {
	if it, ok := v.(Iterable); ok {
		return it.Iterate(th)
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", v.Type().Name)
}

// ToSlice collects an iterable's items (a list or tuple is not copied).
func ToSlice(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case Tuple:
		return x, nil
	case *List:
		return x.Elems, nil
	}
	it, err := Iterate(th, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		e, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, e)
	}
}

// Binary evaluates x op y with Python's dispatch (including reflected operands).
func Binary(th *Thread, op Op, x, y Value) (Value, error) {
	if b, ok := x.(HasBinary); ok {
		if r, err := b.Binary(th, op, y, false); err != nil || r != nil {
			return r, err
		}
	}
	if b, ok := y.(HasBinary); ok {
		if r, err := b.Binary(th, op, x, true); err != nil || r != nil {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, x.Type().Name, y.Type().Name)
}
