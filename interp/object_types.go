package interp

import (
	"fmt"
	"strings"
)

// Built-in classes added by the evaluator (the lead's classes.go holds the
// ones native modules code against).
var (
	SetType            = newBuiltinClass("set")
	FrozenSetType      = newBuiltinClass("frozenset")
	RangeType          = newBuiltinClass("range")
	FunctionType       = newBuiltinClass("function")
	MethodType         = newBuiltinClass("method")
	PropertyType       = newBuiltinClass("property")
	StaticMethodType   = newBuiltinClass("staticmethod")
	ClassMethodType    = newBuiltinClass("classmethod")
	SuperType          = newBuiltinClass("super")
	GeneratorType      = newBuiltinClass("generator")
	IteratorType       = newBuiltinClass("iterator")
	CellType           = newBuiltinClass("cell")
	MethodDescType     = newBuiltinClass("method_descriptor")
	FileType           = newBuiltinClass("TextIOWrapper")
	DictKeysType       = newBuiltinClass("dict_keys")
	DictValuesType     = newBuiltinClass("dict_values")
	DictItemsType      = newBuiltinClass("dict_items")
	BaseExceptionGroup = NewClass("BaseExceptionGroup", "builtins", BaseException)
)

// More standard exception classes, by name for builtins.
var (
	StopAsyncIteration = NewClass("StopAsyncIteration", "builtins", ExceptionType)
	ConnectionError    = NewClass("ConnectionError", "builtins", OSError)
	PermissionError    = NewClass("PermissionError", "builtins", OSError)
	FileExistsError    = NewClass("FileExistsError", "builtins", OSError)
	IsADirectoryError  = NewClass("IsADirectoryError", "builtins", OSError)
	TimeoutError       = NewClass("TimeoutError", "builtins", OSError)
	UnicodeDecodeError = NewClass("UnicodeDecodeError", "builtins", UnicodeError)
	UnicodeEncodeError = NewClass("UnicodeEncodeError", "builtins", UnicodeError)
	FutureWarning      = NewClass("FutureWarning", "builtins", Warning)
	SyntaxWarning      = NewClass("SyntaxWarning", "builtins", Warning)
	PendingDepWarning  = NewClass("PendingDeprecationWarning", "builtins", Warning)
	ImportWarning      = NewClass("ImportWarning", "builtins", Warning)
	ResourceWarning    = NewClass("ResourceWarning", "builtins", Warning)
	UnicodeWarning     = NewClass("UnicodeWarning", "builtins", Warning)
	BytesWarning       = NewClass("BytesWarning", "builtins", Warning)
	EnvironmentError   = OSError
	IOError            = OSError
)

// cell is a captured variable shared between a function and its closures.
type cell struct{ v Value }

func (*cell) Type() *Class { return CellType }

// Function is a function defined in Python (def or lambda).
type Function struct {
	code       *code
	Name       string
	QualName   string
	Module     string
	Defaults   []Value
	KwDefaults []Value // parallel to code.kwonly; nil entries have no default
	closure    []*cell
	globals    *Dict
	Attrs      *Dict // function attributes (f.x = 1), created lazily
	Doc        Value
	// defClass is the class whose body defined the function, for
	// zero-argument super().
	defClass *Class
}

func (*Function) Type() *Class { return FunctionType }

// BoundMethod is a function bound to an instance (or class, for classmethods).
type BoundMethod struct {
	Self Value
	Fn   Value
}

func (*BoundMethod) Type() *Class { return MethodType }

// Instance is an object of a user-defined class.
type Instance struct {
	Class *Class
	Dict  *Dict
}

func (i *Instance) Type() *Class { return i.Class }

// Property is the property descriptor.
type Property struct {
	Get, Set, Del Value
	Doc           Value
}

func (*Property) Type() *Class { return PropertyType }

// StaticMethod and ClassMethod wrap functions stored in classes.
type StaticMethod struct{ Fn Value }

func (*StaticMethod) Type() *Class { return StaticMethodType }

// ClassMethod binds the class as the first argument.
type ClassMethod struct{ Fn Value }

func (*ClassMethod) Type() *Class { return ClassMethodType }

// Super is the object returned by super().
type Super struct {
	Class *Class // the class whose MRO successor is searched
	Self  Value  // instance or class
}

func (*Super) Type() *Class { return SuperType }

// methodDesc is a built-in type's method stored in the class dict, e.g.
// list.append. Called unbound, its first argument is the receiver.
type methodDesc struct {
	name  string
	owner *Class
	fn    func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error)
}

func (*methodDesc) Type() *Class { return MethodDescType }

// Call calls the method unbound: list.append(l, x).
func (m *methodDesc) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", m.owner.Name, m.name)
	}
	if !args[0].Type().IsSubclass(m.owner) {
		return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.name, m.owner.Name, args[0].Type().Name)
	}
	return m.fn(th, args[0], args[1:], kwargs)
}

func (m *methodDesc) bind(recv Value) *Builtin {
	return &Builtin{Name: m.name, Fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return m.fn(th, recv, args, kwargs)
	}}
}

// addMethods installs Go methods into a built-in class dict.
func addMethods(c *Class, methods map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error)) {
	for name, fn := range methods {
		c.Dict.SetStr(name, &methodDesc{name: name, owner: c, fn: fn})
	}
}

// noKwargs rejects keyword arguments for built-in methods that take none.
func noKwargs(name string, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// checkArgs validates a positional argument count with CPython's wording.
func checkArgs(name string, args []Value, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, n)
	case min == max:
		return Errorf(TypeError, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

// Set is set or frozenset, stored as a dict with None values.
type Set struct {
	d      *Dict
	frozen bool
}

// NewSet makes an empty set.
func NewSet() *Set { return &Set{d: NewDict()} }

func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Len is the number of elements.
func (s *Set) Len() int { return s.d.Len() }

// Add inserts v.
func (s *Set) Add(th *Thread, v Value) error { return s.d.Set(th, v, None) }

// Has reports membership.
func (s *Set) Has(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Get(th, v)
	return ok, err
}

// Elems returns the elements in insertion order.
func (s *Set) Elems() []Value { return s.d.Keys() }

// Range is range(start, stop, step).
type Range struct{ Start, Stop, Step int64 }

func (*Range) Type() *Class { return RangeType }

// Len is the number of elements.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
	}
	return 0
}

// iterObject is a Python iterator wrapping a Go Iterator (iter(list), map(), ...).
type iterObject struct {
	it   Iterator
	name string
}

func (o *iterObject) Type() *Class { return IteratorType }

// Iterate returns the iterator itself.
func (o *iterObject) Iterate(th *Thread) (Iterator, error) { return o.it, nil }

// Repr is <list_iterator object at 0x...>.
func (o *iterObject) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<%s object at %#x>", o.name, identityHash(o)), nil
}

// sliceIter iterates over a Go slice snapshot (tuples) or a live list.
type sliceIter struct {
	list  *List
	elems []Value
	i     int
}

func (it *sliceIter) Next(th *Thread) (Value, bool, error) {
	if it.list != nil {
		if it.i < len(it.list.Elems) {
			v := it.list.Elems[it.i]
			it.i++
			return v, true, nil
		}
		return nil, false, nil
	}
	if it.i < len(it.elems) {
		v := it.elems[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

type rangeIter struct {
	cur, step int64
	n         int64
}

func (it *rangeIter) Next(th *Thread) (Value, bool, error) {
	if it.n <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.cur += it.step
	it.n--
	return mkInt(v), true, nil
}

// funcIter adapts a Go closure to Iterator.
type funcIter func(th *Thread) (Value, bool, error)

func (f funcIter) Next(th *Thread) (Value, bool, error) { return f(th) }

// typeName is the name CPython uses in messages about v's type.
func typeName(v Value) string { return v.Type().Name }

func joinStrs(parts []string, sep string) string { return strings.Join(parts, sep) }

// Call lets natives that hold a Python function call it like any Callable.
func (f *Function) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return th.callFunction(f, args, kwargs)
}

// Call calls the bound function with the receiver first.
func (m *BoundMethod) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return th.Call(m, args, kwargs)
}

// Call instantiates the class.
func (c *Class) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return th.instantiate(c, args, kwargs)
}
