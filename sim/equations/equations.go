package equations

import (
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/units"
)

// Type of a single equation.
type Type int

const (
	Differential  Type = iota // dx/dt = expr : unit
	Subexpression             // x = expr : unit
	Parameter                 // x : unit
)

// VarType is the value type declared by the unit part.
type VarType int

const (
	Float VarType = iota
	Integer
	Boolean
)

// Equation is one line of a model.
type Equation struct {
	Type    Type
	Name    string
	Expr    string    // right-hand side source, stripped ("" for parameters)
	Node    expr.Node // parsed right-hand side (nil for parameters)
	Dim     units.Dim
	Unit    string // the unit text as written ("volt", "1", "boolean")
	VarType VarType
	Flags   []string // e.g. "unless refractory", "constant", "shared"
}

// HasFlag reports whether the equation has a flag.
func (e *Equation) HasFlag(f string) bool {
	for _, x := range e.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// Equations is a parsed model: equations in definition order.
type Equations struct {
	List []*Equation
}

// Get returns the equation defining name.
func (e *Equations) Get(name string) (*Equation, bool) {
	for _, q := range e.List {
		if q.Name == name {
			return q, true
		}
	}
	return nil, false
}
