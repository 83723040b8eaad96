package expr

import (
	"math"

	"github.com/gobrian/gobrian/sim/units"
)

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
	// Function is a user function called in code: a TimedArray.
	Function
)

// TimedArray is Brian's TimedArray: values sampled every DT, called as
// f(t) (one column) or f(t, i) (Cols columns, row-major Values).
type TimedArray struct {
	Values     []float64
	Rows, Cols int
	DT         float64
	Dim        units.Dim
}

// LocallyConstant reports whether the array is constant over a step of
// dt (Brian: its dt is at least the group's).
func (ta *TimedArray) LocallyConstant(dt float64) bool { return ta.DT >= dt*(1-1e-9) }

// index is Brian's lookup: K = max(2**ceil(log2(8*dt_ta/dt)), 1),
// eps = dt_ta/K, step = clip(int(round(t/eps)/K), 0, rows-1).
func (ta *TimedArray) index(t, k float64) int {
	eps := ta.DT / k
	step := int(math.RoundToEven(t/eps) / k)
	return max(0, min(step, ta.Rows-1))
}

func timedArrayK(groupDT, dt float64) float64 {
	return math.Max(math.Pow(2, math.Ceil(math.Log2(8/groupDT*dt))), 1)
}

// Symbol describes a name the code may use.
type Symbol struct {
	Dim   units.Dim
	Kind  Kind
	Class Class
	Value float64     // Const
	Ref   *float64    // Scalar
	Data  []float64   // Vector, Indirect
	Map   []int32     // Indirect
	Table *TimedArray // Function
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
