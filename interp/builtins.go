package interp

import (
	"sort"
	"strings"
)

// superBuiltinMarker is the builtin super; zero-argument super() in a
// method is compiled specially when the name still refers to it.
var superBuiltinMarker = SuperType

type builtinFn = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)

// newBuiltins builds the builtins namespace of a session.

func newBuiltins(s *Session) map[string]Value {
	b := map[string]Value{}
	for _, c := range []*Class{IntType, BoolType, FloatType, StrType, ListType, TupleType, DictType, SetType,
		FrozenSetType, RangeType, SliceType, ObjectType, TypeType, PropertyType, StaticMethodType,
		ClassMethodType, SuperType} {
		b[c.Name] = c
	}
	for _, c := range exceptionClasses() {
		b[c.Name] = c
	}
	b["None"] = None
	b["True"] = True
	b["False"] = False
	b["NotImplemented"] = NotImplemented
	b["Ellipsis"] = Ellipsis
	b["__name__"] = Str("builtins")
	fns := map[string]builtinFn{
		"print":      builtinPrint,
		"len":        builtinLen,
		"repr":       builtinRepr,
		"ascii":      builtinASCII,
		"abs":        builtinAbs,
		"isinstance": builtinIsinstance,
		"issubclass": builtinIssubclass,
		"hasattr":    builtinHasattr,
		"getattr":    builtinGetattr,
		"setattr":    builtinSetattr,
		"delattr":    builtinDelattr,
		"callable":   builtinCallable,
		"iter":       builtinIter,
		"next":       builtinNext,
		"enumerate":  builtinEnumerate,
		"zip":        builtinZip,
		"map":        builtinMap,
		"filter":     builtinFilter,
		"sorted":     builtinSorted,
		"reversed":   builtinReversed,
		"sum":        builtinSum,
		"min":        func(th *Thread, a []Value, k []Kwarg) (Value, error) { return minMax(th, "min", Lt, a, k) },
		"max":        func(th *Thread, a []Value, k []Kwarg) (Value, error) { return minMax(th, "max", Gt, a, k) },
		"any":        builtinAny,
		"all":        builtinAll,
		"round":      builtinRound,
		"divmod":     builtinDivmod,
		"pow":        builtinPow,
		"chr":        builtinChr,
		"ord":        builtinOrd,
		"hex":        func(th *Thread, a []Value, k []Kwarg) (Value, error) { return intBase(th, "hex", a, 16, "0x") },
		"oct":        func(th *Thread, a []Value, k []Kwarg) (Value, error) { return intBase(th, "oct", a, 8, "0o") },
		"bin":        func(th *Thread, a []Value, k []Kwarg) (Value, error) { return intBase(th, "bin", a, 2, "0b") },
		"hash":       builtinHash,
		"id":         builtinID,
		"format":     builtinFormat,
		"dir":        builtinDir,
		"vars":       builtinVars,
		"globals":    builtinGlobals,
		"locals":     builtinLocals,
		"input":      builtinInput,
		"open":       builtinOpen,
		"exec":       builtinExec,
		"eval":       builtinEval,
		"display":    builtinDisplay,
		"__import__": builtinImport,
		"help":       builtinHelp,
	}
	for name, fn := range fns {
		b[name] = &Builtin{Name: name, Fn: fn}
	}
	return b
}

// builtinsModule exposes the builtins as a module (import builtins).

func (s *Session) builtinsModule() *Module {
	m := NewModule("builtins")
	names := make([]string, 0, len(s.builtins))
	for k := range s.builtins {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		m.Set(k, s.builtins[k])
	}
	return m
}

func exceptionClasses() []*Class {
	return []*Class{BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, ExceptionType,
		StopIteration, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
		AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
		LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
		FileNotFoundError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
		SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
		Warning, UserWarning, DeprecationWarning, RuntimeWarning, StopAsyncIteration, ConnectionError,
		PermissionError, FileExistsError, IsADirectoryError, TimeoutError, UnicodeDecodeError,
		UnicodeEncodeError, FutureWarning, SyntaxWarning, PendingDepWarning, ImportWarning,
		ResourceWarning, UnicodeWarning, BytesWarning}
}

func builtinPrint(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	stream := "stdout"
	var file Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "sep", "end":
			var s string
			switch v := kw.Value.(type) {
			case NoneType:
				if kw.Name == "sep" {
					s = " "
				} else {
					s = "\n"
				}
			case Str:
				s = string(v)
			default:
				return nil, Errorf(TypeError, "%s must be None or a string, not %s", kw.Name, v.Type().Name)
			}
			if kw.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			file = kw.Value
		case "flush":
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", kw.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(th, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file != nil && file != None {
		if sw, ok := file.(*streamWriter); ok {
			stream = sw.name
		} else {
			w, err := GetAttr(th, file, "write")
			if err != nil {
				return nil, err
			}
			_, err = th.Call(w, []Value{Str(b.String())}, nil)
			return None, err
		}
	}
	if th != nil && th.out != nil {
		th.out.Stream(stream, b.String())
	}
	return None, nil
}

func builtinLen(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("len", args, 1, 1); err != nil {
		return nil, err
	}
	n, err := Len(th, args[0])
	return Int(n), err
}

func builtinRepr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("repr", args, 1, 1); err != nil {
		return nil, err
	}
	s, err := Repr(th, args[0])
	return Str(s), err
}

func builtinASCII(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("ascii", args, 1, 1); err != nil {
		return nil, err
	}
	s, err := Repr(th, args[0])
	return Str(ASCIIEscape(s)), err
}

func classInfo(v Value, fn string) ([]*Class, error) {
	switch c := v.(type) {
	case *Class:
		return []*Class{c}, nil
	case Tuple:
		var out []*Class
		for _, x := range c {
			cs, err := classInfo(x, fn)
			if err != nil {
				return nil, err
			}
			out = append(out, cs...)
		}
		return out, nil
	}
	if fn == "isinstance" {
		return nil, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return nil, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinIsinstance(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "isinstance expected 2 arguments, got %d", len(args))
	}
	cs, err := classInfo(args[1], "isinstance")
	if err != nil {
		return nil, err
	}
	t := args[0].Type()
	for _, c := range cs {
		if t.IsSubclass(c) {
			return True, nil
		}
	}
	return False, nil
}

func builtinIssubclass(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "issubclass expected 2 arguments, got %d", len(args))
	}
	sub, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	cs, err := classInfo(args[1], "issubclass")
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if sub.IsSubclass(c) {
			return True, nil
		}
	}
	return False, nil
}

func attrName(fn string, v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "attribute name must be string, not '%s'", v.Type().Name)
	}
	return string(s), nil
}

func builtinHasattr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("hasattr", args[1])
	if err != nil {
		return nil, err
	}
	ok, err := HasAttr(th, args[0], name)
	return Bool(ok), err
}

func builtinGetattr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, Errorf(TypeError, "getattr expected at least 2 arguments, got %d", len(args))
	}
	name, err := attrName("getattr", args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttr(th, args[0], name)
	if err != nil && len(args) == 3 {
		if e, ok := err.(*Exception); ok && e.IsInstance(AttributeError) {
			return args[2], nil
		}
	}
	return v, err
}

func builtinSetattr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 3 {
		return nil, Errorf(TypeError, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName("setattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(th, args[0], name, args[2])
}

func builtinDelattr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "delattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("delattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, DelAttr(th, args[0], name)
}

// IsCallable reports whether v can be called.

func IsCallable(v Value) bool {
	switch x := v.(type) {
	case *Function, *BoundMethod, *Class, *Builtin, *methodDesc:
		return true
	case *Instance:
		_, ok := userMethod(x.Class, "__call__")
		return ok
	case Callable:
		return true
	}
	return false
}

func builtinCallable(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("callable", args, 1, 1); err != nil {
		return nil, err
	}
	return Bool(IsCallable(args[0])), nil
}
