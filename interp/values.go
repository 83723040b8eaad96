package interp

import (
	"math/big"
)

// Class is a Python type object: a built-in type, an exception class, a
// native type's class or a user-defined class.
type Class struct {
	Name   string
	Module string // "builtins" for built-in types
	Bases  []*Class
	MRO    []*Class // the class itself first; set by NewClass
	Dict   *Dict    // class attributes and methods
	Doc    string
	// New, when set, is what calling the class does (built-in and native
	// types). User classes leave it nil and get object creation + __init__.
	New func(th *Thread, cls *Class, args []Value, kwargs []Kwarg) (Value, error)
}

// NewClass makes a class with the given bases (object when none) and
// computes its C3 method resolution order.
func NewClass(name, module string, bases ...*Class) *Class {
	if len(bases) == 0 && ObjectType != nil {
		bases = []*Class{ObjectType}
	}
	c := &Class{Name: name, Module: module, Bases: bases, Dict: NewDict()}
	mro, ok := c3(c)
	if !ok {
		// Inconsistent hierarchies only come from user code, which checks
		// with ComputeMRO to report the TypeError; natives are linear.
		mro = linearMRO(c)
	}
	c.MRO = mro
	return c
}

func linearMRO(c *Class) []*Class {
	out := []*Class{c}
	seen := map[*Class]bool{c: true}
	for _, b := range c.Bases {
		for _, m := range b.MRO {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// ComputeMRO sets c.MRO from c.Bases, failing as CPython does when no
// consistent order exists.
func ComputeMRO(c *Class) error {
	mro, ok := c3(c)
	if !ok {
		return Errorf(TypeError, "Cannot create a consistent method resolution order (MRO) for bases")
	}
	c.MRO = mro
	return nil
}

// c3 computes the C3 linearisation of c's bases.
func c3(c *Class) ([]*Class, bool) {
	var seqs [][]*Class
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out := []*Class{c}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, true
		}
		var head *Class
	candidates:
		for _, s := range seqs {
			cand := s[0]
			for _, t := range seqs {
				for _, x := range t[1:] {
					if x == cand {
						continue candidates
					}
				}
			}
			head = cand
			break
		}
		if head == nil {
			return nil, false
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// Type returns type, the class of every class.
func (c *Class) Type() *Class { return TypeType }

// IsSubclass reports whether c is other or derives from it.
func (c *Class) IsSubclass(other *Class) bool {
	for _, m := range c.MRO {
		if m == other {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO.
func (c *Class) Lookup(name string) (Value, bool) {
	return c.lookupHashed(name, strHash(name))
}

// lookupHashed is Lookup with the name's hash computed once.
func (c *Class) lookupHashed(name string, h uint64) (Value, bool) {
	for _, m := range c.MRO {
		if m.Dict == nil {
			continue
		}
		if v, ok := m.Dict.getStrHashed(name, h); ok {
			return v, true
		}
	}
	return nil, false
}

// QualName is the name CPython prints in reprs such as <class 'x.Y'>.
func (c *Class) QualName() string {
	if c.Module == "" || c.Module == "builtins" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None = NoneType{}

func (NoneType) Type() *Class { return NoneTypeType }

// Bool is True or False.
type Bool bool

const (
	True  = Bool(true)
	False = Bool(false)
)

func (Bool) Type() *Class { return BoolType }

// Int is a Python int that fits in 64 bits; larger ones are *BigInt.
// Arithmetic promotes on overflow and MakeBigInt demotes when it fits.
type Int int64

func (Int) Type() *Class { return IntType }

// BigInt is a Python int beyond 64 bits.
type BigInt struct{ V *big.Int }

func (*BigInt) Type() *Class { return IntType }

// MakeBigInt returns Int when x fits in int64, else *BigInt.
func MakeBigInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return &BigInt{V: x}
}

// Float is a Python float.
type Float float64

func (Float) Type() *Class { return FloatType }

// Str is a Python str (UTF-8; indexing counts code points).
type Str string

func (Str) Type() *Class { return StrType }

// Tuple is an immutable sequence.
type Tuple []Value

func (Tuple) Type() *Class { return TupleType }

// List is a mutable sequence.
type List struct{ Elems []Value }

// NewList wraps elems (not copied).
func NewList(elems []Value) *List { return &List{Elems: elems} }

func (*List) Type() *Class { return ListType }

// Slice is the value of a:b:c in a subscript; absent parts are None.
type Slice struct{ Start, Stop, Step Value }

func (*Slice) Type() *Class { return SliceType }

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// Ellipsis is the value of "..." in a subscript.
var Ellipsis = EllipsisType{}

func (EllipsisType) Type() *Class { return EllipsisTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by user dunder methods to decline an operation.
var NotImplemented = NotImplementedType{}

func (NotImplementedType) Type() *Class { return NotImplementedTypeType }

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// Builtin is a function implemented in Go (also used for bound native
// methods: capture the receiver in Fn).
type Builtin struct {
	Name string
	Doc  string
	Fn   func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
}

// NewBuiltin makes a native function.
func NewBuiltin(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: fn}
}

func (*Builtin) Type() *Class { return BuiltinFunctionType }

// Call runs the Go function.
func (b *Builtin) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return b.Fn(th, args, kwargs)
}

// Module is an imported module, native or not.
type Module struct {
	Name    string
	Doc     string
	Members *Dict // name -> value, in definition order
	// All, when set, is __all__: what "from m import *" binds.
	All []string
}

// NewModule makes an empty module.
func NewModule(name string) *Module {
	return &Module{Name: name, Members: NewDict()}
}

// Set binds a module member.
func (m *Module) Set(name string, v Value) { m.Members.SetStr(name, v) }

func (*Module) Type() *Class { return ModuleType }

// Attr returns a member of the module.
func (m *Module) Attr(th *Thread, name string) (Value, error) {
	if name == "__name__" {
		return Str(m.Name), nil
	}
	if name == "__doc__" {
		if m.Doc == "" {
			return None, nil
		}
		return Str(m.Doc), nil
	}
	if v, ok := m.Members.GetStr(name); ok {
		return v, nil
	}
	return nil, nil
}

// AttrNames lists the module's members.
func (m *Module) AttrNames() []string { return m.Members.StrKeys() }

// SetAttr rebinds a module member (module.x = v).
func (m *Module) SetAttr(th *Thread, name string, v Value) error {
	m.Members.SetStr(name, v)
	return nil
}

// PublicNames is what "from m import *" binds: __all__, else every name
// not starting with an underscore.
func (m *Module) PublicNames() []string {
	if m.All != nil {
		return m.All
	}
	var out []string
	for _, k := range m.Members.StrKeys() {
		if len(k) > 0 && k[0] != '_' {
			out = append(out, k)
		}
	}
	return out
}

// ModuleLoader builds a native module for one Session. It runs once per
// Session, on first import, so module state (random streams, figure lists,
// Brian's magic network) lives in the loader's closure, not in globals.
type ModuleLoader func(th *Thread) (*Module, error)
