package interp

import (
	"fmt"
	"math"
	"math/big"
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

func builtinAbs(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("abs", args, 1, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Int:
		if x < 0 {
			return intUnary(Neg, x), nil
		}
		return x, nil
	case Bool:
		return boolToInt(x), nil
	case *BigInt:
		return MakeBigInt(new(big.Int).Abs(x.V)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__abs__"); ok {
			return th.callMethod(fn, x, nil)
		}
	default:
		if f, err := GetAttr(th, x, "__abs__"); err == nil {
			return th.Call(f, nil, nil)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", args[0].Type().Name)
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

// iterValue wraps any iterable as a Python iterator object.
func iterValue(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *Generator, *genExpr, *iterObject:
		return x, nil
	case *Instance:
		if _, ok := userMethod(x.Class, "__next__"); ok {
			if _, ok := userMethod(x.Class, "__iter__"); ok {
				fn, _ := userMethod(x.Class, "__iter__")
				return th.callMethod(fn, x, nil)
			}
		}
		if fn, ok := userMethod(x.Class, "__iter__"); ok {
			r, err := th.callMethod(fn, x, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := r.(*Instance); ok {
				if _, ok := userMethod(inst.Class, "__next__"); !ok {
					return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", inst.Class.Name)
				}
				return inst, nil
			}
			return iterValue(th, r)
		}
	}
	it, err := Iterate(th, v)
	if err != nil {
		return nil, err
	}
	name := strings.ToLower(v.Type().Name) + "_iterator"
	if _, ok := v.(*dictView); ok || v.Type() == DictType {
		name = "dict_keyiterator"
	}
	return &iterObject{it: it, name: name}, nil
}

func builtinIter(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("iter", args, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		fn, sentinel := args[0], args[1]
		done := false
		return &iterObject{name: "callable_iterator", it: funcIter(func(th *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			v, err := th.Call(fn, nil, nil)
			if err != nil {
				return nil, false, err
			}
			if eq, _ := Equal(th, v, sentinel); eq {
				done = true
				return nil, false, nil
			}
			return v, true, nil
		})}, nil
	}
	return iterValue(th, args[0])
}

func builtinNext(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("next", args, 1, 2); err != nil {
		return nil, err
	}
	var def Value
	if len(args) == 2 {
		def = args[1]
	}
	switch x := args[0].(type) {
	case Iterator:
		return iterNext(th, x, def)
	case *iterObject:
		return iterNext(th, x.it, def)
	case *Instance:
		if fn, ok := userMethod(x.Class, "__next__"); ok {
			v, err := th.callMethod(fn, x, nil)
			if err != nil && def != nil {
				if e, ok := err.(*Exception); ok && e.IsInstance(StopIteration) {
					return def, nil
				}
			}
			return v, err
		}
	}
	return nil, Errorf(TypeError, "'%s' object is not an iterator", args[0].Type().Name)
}

func builtinEnumerate(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var it Value
	var start Value = Int(0)
	if err := UnpackArgs("enumerate", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	src, err := Iterate(th, it)
	if err != nil {
		return nil, err
	}
	i := start
	return &iterObject{name: "enumerate", it: funcIter(func(th *Thread) (Value, bool, error) {
		v, ok, err := src.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		cur := i
		i, err = Binary(th, Add, i, Int(1))
		return Tuple{cur, v}, true, err
	})}, nil
}

func builtinZip(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	strict := false
	for _, kw := range kwargs {
		if kw.Name != "strict" {
			return nil, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", kw.Name)
		}
		strict, _ = Truth(th, kw.Value)
	}
	its := make([]Iterator, len(args))
	for i, a := range args {
		it, err := Iterate(th, a)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object is not iterable", a.Type().Name)
		}
		its[i] = it
	}
	done := len(its) == 0
	return &iterObject{name: "zip", it: funcIter(func(th *Thread) (Value, bool, error) {
		if done {
			return nil, false, nil
		}
		out := make(Tuple, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done = true
				if strict && i > 0 {
					return nil, false, Errorf(ValueError, "zip() argument %d is shorter than argument 1", i+1)
				}
				return nil, false, nil
			}
			out[i] = v
		}
		return out, true, nil
	})}, nil
}

func builtinMap(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iterate(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return &iterObject{name: "map", it: funcIter(func(th *Thread) (Value, bool, error) {
		vals := make([]Value, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			vals[i] = v
		}
		r, err := th.Call(fn, vals, nil)
		return r, err == nil, err
	})}, nil
}

func builtinFilter(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := Iterate(th, args[1])
	if err != nil {
		return nil, err
	}
	return &iterObject{name: "filter", it: funcIter(func(th *Thread) (Value, bool, error) {
		for {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			keep := v
			if fn != None {
				keep, err = th.Call(fn, []Value{v}, nil)
				if err != nil {
					return nil, false, err
				}
			}
			t, err := Truth(th, keep)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	})}, nil
}

func builtinSorted(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	var key, reverse Value = None, False
	if err := UnpackArgs("sorted", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	elems, err := ToSlice(th, args[0])
	if err != nil {
		return nil, err
	}
	rev, err := Truth(th, reverse)
	if err != nil {
		return nil, err
	}
	out, err := sortValues(th, elems, key, rev)
	return NewList(out), err
}

func builtinReversed(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	var elems []Value
	switch x := args[0].(type) {
	case *List:
		elems = x.Elems
	case Tuple:
		elems = x
	case Str, *Range:
		var err error
		elems, err = ToSlice(th, x)
		if err != nil {
			return nil, err
		}
	case *Instance:
		if fn, ok := userMethod(x.Class, "__reversed__"); ok {
			return th.callMethod(fn, x, nil)
		}
		n, err := Len(th, x)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object is not reversible", x.Class.Name)
		}
		i := n - 1
		return &iterObject{name: "reversed", it: funcIter(func(th *Thread) (Value, bool, error) {
			if i < 0 {
				return nil, false, nil
			}
			v, err := GetItem(th, x, Int(i))
			i--
			return v, err == nil, err
		})}, nil
	case *Dict:
		elems = x.Keys()
	default:
		if _, ok := x.(Indexable); ok {
			var err error
			elems, err = ToSlice(th, x)
			if err != nil {
				return nil, err
			}
		} else {
			return nil, Errorf(TypeError, "'%s' object is not reversible", x.Type().Name)
		}
	}
	i := len(elems) - 1
	name := strings.ToLower(args[0].Type().Name) + "_reverseiterator"
	if _, ok := args[0].(*List); ok {
		name = "list_reverseiterator"
	} else {
		name = "reversed"
	}
	return &iterObject{name: name, it: funcIter(func(th *Thread) (Value, bool, error) {
		if i < 0 || i >= len(elems) {
			return nil, false, nil
		}
		v := elems[i]
		i--
		return v, true, nil
	})}, nil
}

func builtinSum(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var it Value
	var start Value = Int(0)
	if err := UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	if _, ok := start.(Str); ok {
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	src, err := Iterate(th, it)
	if err != nil {
		return nil, err
	}
	acc := start
	// Float sums use Neumaier compensation like CPython 3.12? No: 3.11
	// adds left to right, which is what we do.
	for {
		v, ok, err := src.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return acc, nil
		}
		if a, ok := acc.(Int); ok {
			if b, ok := v.(Int); ok {
				acc = addInt(a, b)
				continue
			}
		}
		if a, ok := acc.(Float); ok {
			if b, ok := v.(Float); ok {
				acc = a + b
				continue
			}
		}
		acc, err = Binary(th, Add, acc, v)
		if err != nil {
			return nil, err
		}
	}
}

func minMax(th *Thread, name string, op Op, args []Value, kwargs []Kwarg) (Value, error) {
	var key, def Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
	}
	if key == None {
		key = nil
	}
	var elems []Value
	if len(args) == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) == 1 {
		var err error
		elems, err = ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(elems) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		elems = args
	}
	best := elems[0]
	bestKey := best
	if key != nil {
		k, err := th.Call(key, []Value{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, e := range elems[1:] {
		k := e
		if key != nil {
			var err error
			k, err = th.Call(key, []Value{e}, nil)
			if err != nil {
				return nil, err
			}
		}
		better, err := CompareBool(th, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = e, k
		}
	}
	return best, nil
}

func builtinAny(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	return anyAll(th, "any", args, true)
}

func builtinAll(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	return anyAll(th, "all", args, false)
}

func anyAll(th *Thread, name string, args []Value, want bool) (Value, error) {
	if err := checkArgs(name, args, 1, 1); err != nil {
		return nil, err
	}
	it, err := Iterate(th, args[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return Bool(!want), nil
		}
		t, err := Truth(th, v)
		if err != nil {
			return nil, err
		}
		if t == want {
			return Bool(want), nil
		}
	}
}

func builtinRound(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var x, nd Value = nil, None
	if err := UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case Float:
		f := float64(v)
		if nd == None {
			r := math.RoundToEven(f)
			return floatToInt(r)
		}
		n, err := indexOf(th, nd)
		if err != nil {
			return nil, err
		}
		return Float(roundFloat(f, n)), nil
	case Int, Bool, *BigInt:
		if nd == None {
			return boolToInt(v), nil
		}
		n, err := indexOf(th, nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return boolToInt(v), nil
		}
		// Round to a multiple of 10**-n, half to even.
		b, _ := toBig(v)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeBigInt(q.Mul(q, p)), nil
	case *Instance:
		if fn, ok := userMethod(v.Class, "__round__"); ok {
			if nd == None {
				return th.callMethod(fn, v, nil)
			}
			return th.callMethod(fn, v, []Value{nd})
		}
	default:
		if fn, err := getAttrOpt(th, x, "__round__"); err == nil && fn != nil {
			if nd == None {
				return th.Call(fn, nil, nil)
			}
			return th.Call(fn, []Value{nd}, nil)
		}
		if f, ok := x.(HasFloat); ok {
			fv, err := f.Float(th)
			if err != nil {
				return nil, err
			}
			if nd == None {
				return floatToInt(math.RoundToEven(fv))
			}
			n, err := indexOf(th, nd)
			if err != nil {
				return nil, err
			}
			return Float(roundFloat(fv, n)), nil
		}
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", x.Type().Name)
}

func builtinDivmod(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if numberKind(a) == 2 || numberKind(b) == 2 {
		if numberKind(a) > 0 && numberKind(b) > 0 {
			x, err := numToFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := numToFloat(b)
			if err != nil {
				return nil, err
			}
			if y == 0 {
				return nil, Errorf(ZeroDivisionError, "float divmod()")
			}
			q, m := floatDivmod(x, y)
			return Tuple{Float(q), Float(m)}, nil
		}
	}
	q, err := Binary(th, FloorDiv, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		return nil, err
	}
	m, err := Binary(th, Mod, a, b)
	if err != nil {
		return nil, err
	}
	return Tuple{q, m}, nil
}

func builtinPow(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var base, exp, mod Value = nil, nil, None
	if err := UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == None {
		return Binary(th, Pow, base, exp)
	}
	if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	b, _ := toBig(base)
	e, _ := toBig(exp)
	m, _ := toBig(mod)
	if m.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return MakeBigInt(r), nil
}

func builtinChr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("chr", args, 1, 1); err != nil {
		return nil, err
	}
	i, err := indexOf(th, args[0])
	if err != nil {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if i < 0 || i > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return Str(string(rune(i))), nil
}

func builtinOrd(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("ord", args, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", args[0].Type().Name)
	}
	r := []rune(string(s))
	if len(r) != 1 {
		return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(r))
	}
	return Int(r[0]), nil
}

func intBase(th *Thread, name string, args []Value, base int, prefix string) (Value, error) {
	if err := checkArgs(name, args, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	if !isIntLike(v) {
		i, err := indexOf(th, v)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		v = Int(i)
	}
	b, _ := toBig(v)
	s := new(big.Int).Abs(b).Text(base)
	if b.Sign() < 0 {
		return Str("-" + prefix + s), nil
	}
	return Str(prefix + s), nil
}

func builtinHash(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("hash", args, 1, 1); err != nil {
		return nil, err
	}
	if h, ok := numericHash(args[0]); ok {
		return Int(h), nil
	}
	if nt, ok := args[0].(*namedTuple); ok {
		return builtinHash(th, []Value{nt.vals}, nil)
	}
	if t, ok := args[0].(Tuple); ok {
		// CPython's tuple hash (xxHash-based) over element hashes.
		const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
		acc := uint64(p5)
		for _, e := range t {
			eh, err := builtinHash(th, []Value{e}, nil)
			if err != nil {
				return nil, err
			}
			acc += uint64(int64(eh.(Int))) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(t)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return Int(1546275796), nil
		}
		return Int(int64(acc)), nil
	}
	h, err := Hash(th, args[0])
	return Int(int64(h >> 1)), err
}

func builtinID(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("id", args, 1, 1); err != nil {
		return nil, err
	}
	return Int(int64(identityHash(args[0]) >> 1)), nil
}

func builtinFormat(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("format", args, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", args[1].Type().Name)
		}
		spec = string(s)
	}
	s, err := formatValue(th, args[0], spec)
	return Str(s), err
}

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
