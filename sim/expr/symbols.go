package expr

import "github.com/gobrian/gobrian/sim/units"

// Kind is the value type of an expression or variable.
type Kind int

const (
	Float Kind = iota
	Int
	Bool
)

// Class says where a symbol's value comes from when code runs.
type Class int

const (
	// Const is a constant known at compile time (folded into the code).
	Const Class = iota
	// Scalar is one value read through Ref each time the program runs
	// (t, shared variables).
	Scalar
	// Vector is one value per element, Data[element].
	Vector
	// Index is the element index minus Offset (Brian's i).
	Index
	// Indirect is Data[Map[element]]: another group's variable seen
	// through an index array (a synapse's v_post).
	Indirect
)

// Symbol describes a name the code may use.
type Symbol struct {
	Dim   units.Dim
	Kind  Kind
	Class Class
	Value float64   // Const
	Ref   *float64  // Scalar
	Data  []float64 // Vector, Indirect
	Map   []int32   // Indirect
	// Offset is subtracted from the element index for Index symbols.
	Offset int
	// ReadOnly symbols cannot be assigned to.
	ReadOnly bool
}

// Scope resolves a name to a symbol.
type Scope func(name string) (*Symbol, bool)

// builtinConst are the constants every scope knows.
func builtinConst(name string) (*Symbol, bool) {
	switch name {
	case "pi":
		return &Symbol{Class: Const, Value: 3.141592653589793}, true
	case "e":
		return &Symbol{Class: Const, Value: 2.718281828459045}, true
	case "inf":
		return &Symbol{Class: Const, Value: inf}, true
	case "True":
		return &Symbol{Class: Const, Value: 1, Kind: Bool}, true
	case "False":
		return &Symbol{Class: Const, Value: 0, Kind: Bool}, true
	}
	return nil, false
}

// lookup resolves through the scope, then the built-in constants (the
// scope wins, as a user's pi would in Brian).
func lookup(s Scope, name string) (*Symbol, bool) {
	if s != nil {
		if sym, ok := s(name); ok {
			return sym, true
		}
	}
	return builtinConst(name)
}
