package interp

// Value is any Python object. Type returns the object's class, which gives
// type(x), isinstance and the name used in error messages.
type Value interface {
	Type() *Class
}

// Op names a Python operator. The same constants serve binary, in-place,
// unary and comparison protocols.
type Op int

// Binary operators.
const (
	Add Op = iota
	Sub
	Mul
	TrueDiv
	FloorDiv
	Mod
	Pow
	MatMul
	LShift
	RShift
	BitAnd
	BitOr
	BitXor
	// Comparisons.
	Lt
	Le
	Eq
	Ne
	Gt
	Ge
	// Unary operators.
	Neg
	Pos
	Invert
)

var opSymbols = [...]string{
	Add: "+", Sub: "-", Mul: "*", TrueDiv: "/", FloorDiv: "//", Mod: "%",
	Pow: "**", MatMul: "@", LShift: "<<", RShift: ">>", BitAnd: "&",
	BitOr: "|", BitXor: "^", Lt: "<", Le: "<=", Eq: "==", Ne: "!=",
	Gt: ">", Ge: ">=", Neg: "-", Pos: "+", Invert: "~",
}

// String returns the operator's Python spelling, e.g. "**".
func (op Op) String() string {
	if int(op) < len(opSymbols) {
		return opSymbols[op]
	}
	return "?"
}

// Swapped returns the comparison to ask of the right operand when the left
// one declines: x < y becomes y > x.
func (op Op) Swapped() Op {
	switch op {
	case Lt:
		return Gt
	case Le:
		return Ge
	case Gt:
		return Lt
	case Ge:
		return Le
	}
	return op
}

// The protocols below are optional; the evaluator type-asserts for them.
// A method returning (nil, nil) means NotImplemented: the evaluator then
// tries the other operand or raises the TypeError CPython would.

// HasAttrs is implemented by values with attributes (x.name).
// Attr returns (nil, nil) when the attribute does not exist; the evaluator
// raises AttributeError. AttrNames lists names for dir() and completion.
type HasAttrs interface {
	Value
	Attr(th *Thread, name string) (Value, error)
	AttrNames() []string
}

// HasSetAttr is implemented by values whose attributes can be assigned.
type HasSetAttr interface {
	HasAttrs
	SetAttr(th *Thread, name string, v Value) error
}

// HasBinary implements x op y. With reflected false the receiver is x;
// with reflected true the receiver is y (Python's __radd__ and friends).
type HasBinary interface {
	Value
	Binary(th *Thread, op Op, other Value, reflected bool) (Value, error)
}

// HasInplace implements x op= y in place (arrays); (nil, nil) falls back
// to Binary and rebinding.
type HasInplace interface {
	Value
	Inplace(th *Thread, op Op, other Value) (Value, error)
}

// HasUnary implements -x, +x and ~x.
type HasUnary interface {
	Value
	Unary(th *Thread, op Op) (Value, error)
}

// HasCompare implements "self op other". The result need not be a Bool:
// arrays return arrays. If x declines x < y the evaluator asks y > x.
type HasCompare interface {
	Value
	Compare(th *Thread, op Op, other Value) (Value, error)
}

// Indexable implements x[key]. The key is an Int, *Slice, Ellipsis, None,
// a Tuple of those, or any other value (arrays used as indices).
type Indexable interface {
	Value
	GetItem(th *Thread, key Value) (Value, error)
}

// HasSetItem implements x[key] = v.
type HasSetItem interface {
	Value
	SetItem(th *Thread, key, v Value) error
}

// HasDelItem implements del x[key].
type HasDelItem interface {
	Value
	DelItem(th *Thread, key Value) error
}

// Callable implements x(*args, **kwargs).
type Callable interface {
	Value
	Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
}

// Iterable implements iter(x).
type Iterable interface {
	Value
	Iterate(th *Thread) (Iterator, error)
}

// Iterator yields values until ok is false.
type Iterator interface {
	Next(th *Thread) (v Value, ok bool, err error)
}

// Sized implements len(x).
type Sized interface {
	Value
	Len(th *Thread) (int, error)
}

// HasTruth implements bool(x); arrays raise ValueError when ambiguous.
type HasTruth interface {
	Value
	Truth(th *Thread) (bool, error)
}

// HasContains implements "item in x".
type HasContains interface {
	Value
	Contains(th *Thread, item Value) (bool, error)
}

// HasRepr implements repr(x).
type HasRepr interface {
	Value
	Repr(th *Thread) (string, error)
}

// HasStr implements str(x) when it differs from repr(x).
type HasStr interface {
	Value
	Str(th *Thread) (string, error)
}

// HasFormat implements format(x, spec) and f"{x:spec}".
type HasFormat interface {
	Value
	Format(th *Thread, spec string) (string, error)
}

// HasFloat implements float(x) (0-d arrays, dimensionless quantities).
type HasFloat interface {
	Value
	Float(th *Thread) (float64, error)
}

// HasIndex implements operator.index(x): ints usable as indices, int(x).
type HasIndex interface {
	Value
	Index(th *Thread) (int64, error)
}

// HasHash implements hash(x); values without it are unhashable unless they
// are built-in immutables.
type HasHash interface {
	Value
	Hash(th *Thread) (uint64, error)
}

// HasMimeBundle offers rich display for a cell result or display(x), like
// IPython's _repr_mimebundle_: keys are MIME types ("text/latex",
// "image/png" as base64 text, ...). text/plain is added from repr when absent.
type HasMimeBundle interface {
	Value
	MimeBundle(th *Thread) (map[string]string, error)
}

// HasDoc supplies a docstring and signature for Inspect (shift-tab).
type HasDoc interface {
	Value
	Doc() string
}
