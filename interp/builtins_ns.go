package interp

import (
	"fmt"
	"sort"
	"strings"
)

// Namespace and introspection builtins: dir, vars, globals, locals, input, exec, eval, __import__, help.

// Dir lists the attribute names of v, sorted (dir(v)).
func Dir(th *Thread, v Value) []string {
	seen := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			seen[n] = true
		}
	}
	switch x := v.(type) {
	case *Instance:
		add(x.Dict.StrKeys()...)
		for _, c := range x.Class.MRO {
			add(c.Dict.StrKeys()...)
		}
	case *Class:
		for _, c := range x.MRO {
			add(c.Dict.StrKeys()...)
		}
	case *Module:
		add(x.Members.StrKeys()...)
	case *Exception:
		add("args", "with_traceback", "add_note")
		if x.Attrs != nil {
			add(x.Attrs.StrKeys()...)
		}
		for _, c := range x.Class.MRO {
			add(c.Dict.StrKeys()...)
		}
	case Str:
		add(StrMethodNames()...)
	default:
		if a, ok := v.(HasAttrs); ok {
			add(a.AttrNames()...)
		}
		for _, c := range v.Type().MRO {
			add(c.Dict.StrKeys()...)
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func builtinDir(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("dir", args, 0, 1); err != nil {
		return nil, err
	}
	var names []string
	if len(args) == 0 {
		if n := len(th.frames); n > 0 {
			names = frameLocals(th.frames[n-1]).StrKeys()
			sort.Strings(names)
		}
	} else {
		names = Dir(th, args[0])
	}
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return NewList(out), nil
}

func builtinVars(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("vars", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtinLocals(th, nil, nil)
	}
	switch x := args[0].(type) {
	case *Instance:
		return x.Dict, nil
	case *Class:
		return x.Dict, nil
	case *Module:
		return x.Members, nil
	}
	return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
}

func builtinGlobals(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if n := len(th.frames); n > 0 {
		return th.frames[n-1].globals, nil
	}
	return th.session.globals, nil
}

func builtinLocals(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if n := len(th.frames); n > 0 {
		return frameLocals(th.frames[n-1]), nil
	}
	return th.session.globals, nil
}

func builtinInput(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("input", args, 0, 1); err != nil {
		return nil, err
	}
	prompt := ""
	if len(args) == 1 {
		s, err := ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		prompt = s
	}
	if th.out == nil {
		return nil, Errorf(EOFError, "EOF when reading a line")
	}
	line, err := th.out.Input(th.Context(), prompt, false)
	if err != nil {
		if th.Context().Err() != nil {
			return nil, Errorf(KeyboardInterrupt, "")
		}
		// An Output that refuses stdin says why in Python's terms
		// (StdinNotImplementedError); anything else is end of input.
		if exc, ok := err.(*Exception); ok {
			return nil, exc
		}
		return nil, Errorf(EOFError, "EOF when reading a line")
	}
	return Str(strings.TrimSuffix(line, "\n")), nil
}

func builtinExec(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	src, globals, err := codeArgs(th, "exec", args)
	if err != nil {
		return nil, err
	}
	return None, th.session.execString(th, src, globals)
}

func builtinEval(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	src, globals, err := codeArgs(th, "eval", args)
	if err != nil {
		return nil, err
	}
	return th.session.evalString(th, strings.TrimSpace(src), globals)
}

func codeArgs(th *Thread, name string, args []Value) (string, *Dict, error) {
	if len(args) < 1 || len(args) > 3 {
		return "", nil, Errorf(TypeError, "%s expected at least 1 argument, got %d", name, len(args))
	}
	s, ok := args[0].(Str)
	if !ok {
		return "", nil, Errorf(TypeError, "%s() arg 1 must be a string, bytes or code object", name)
	}
	globals := th.session.globals
	if n := len(th.frames); n > 0 {
		globals = th.frames[n-1].globals
	}
	if len(args) > 1 && args[1] != None {
		d, ok := args[1].(*Dict)
		if !ok {
			return "", nil, Errorf(TypeError, "%s() globals must be a dict, not %s", name, args[1].Type().Name)
		}
		globals = d
	}
	return string(s), globals, nil
}

func builtinImport(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeError, "__import__() missing required argument 'name' (pos 1)")
	}
	s, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "__import__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	m, err := th.Import(string(s))
	if err != nil {
		return nil, err
	}
	if i := strings.IndexByte(string(s), '.'); i >= 0 {
		return th.session.modules[string(s)[:i]], nil
	}
	return m, nil
}

func builtinHelp(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 0 {
		th.Stdout("Type help(object) for help about object.\n")
		return None, nil
	}
	text := docText(th, args[0])
	th.Stdout(text + "\n")
	return None, nil
}

// docText is the help text of a value: signature and docstring.
func docText(th *Thread, v Value) string {
	switch x := v.(type) {
	case *Function:
		sig := x.Name + signature(x)
		if d, ok := x.Doc.(Str); ok {
			return sig + "\n    " + string(d)
		}
		return sig
	case *Class:
		if x.Doc != "" {
			return "class " + x.Name + "\n    " + x.Doc
		}
		return "class " + x.Name
	case *Builtin:
		if x.Doc != "" {
			return x.Doc
		}
		return fmt.Sprintf("%s(...)", x.Name)
	case HasDoc:
		return x.Doc()
	}
	return v.Type().Name
}

// signature renders a function's parameter list, e.g. "(a, b=2, *args)".
func signature(f *Function) string {
	c := f.code
	var parts []string
	firstDefault := c.nArgs - len(f.Defaults)
	for i := 0; i < c.nArgs; i++ {
		p := c.localNames[i]
		if i >= firstDefault {
			d, _ := Repr(nil, f.Defaults[i-firstDefault])
			p += "=" + d
		}
		parts = append(parts, p)
		if c.nPosOnly > 0 && i == c.nPosOnly-1 {
			parts = append(parts, "/")
		}
	}
	slot := c.nArgs
	if c.hasVarargs {
		parts = append(parts, "*"+c.localNames[slot])
		slot++
	} else if len(c.kwonly) > 0 {
		parts = append(parts, "*")
	}
	for j, k := range c.kwonly {
		if j < len(f.KwDefaults) && f.KwDefaults[j] != nil {
			d, _ := Repr(nil, f.KwDefaults[j])
			k += "=" + d
		}
		parts = append(parts, k)
	}
	slot += len(c.kwonly)
	if c.hasKwargs {
		parts = append(parts, "**"+c.localNames[slot])
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
