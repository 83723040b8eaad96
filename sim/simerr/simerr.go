// Package simerr holds the error values the simulator returns. Each error
// carries the name of the Brian2 exception class it corresponds to, so a
// Python binding can raise the same class with the same message.
package simerr

import (
	"errors"
	"fmt"

	"github.com/gobrian/gobrian/sim/units"
)

// Python exception class names used in Error.Type.
const (
	DimensionMismatch   = "DimensionMismatchError"
	BrianObject         = "BrianObjectException"
	EquationError       = "EquationError"
	SyntaxError         = "SyntaxError"
	KeyError            = "KeyError"
	ValueError          = "ValueError"
	TypeError           = "TypeError"
	IndexError          = "IndexError"
	NotImplementedError = "NotImplementedError"
	UnsupportedEqs      = "UnsupportedEquationsException"
	Interrupted         = "KeyboardInterrupt"
)

// Error is a simulator error with the Brian2 exception class name it maps to.
type Error struct {
	Type string // e.g. "DimensionMismatchError", "KeyError"
	Msg  string // str() of the Python exception
	Err  error  // optional underlying cause
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// New makes an Error of the given Python type with a formatted message.
func New(typ, format string, args ...any) *Error {
	if len(args) > 0 {
		format = fmt.Sprintf(format, args...)
	}
	return &Error{Type: typ, Msg: format}
}

// ObjectError is Brian's BrianObjectException: an error that occurred while
// preparing or running a named object. Err is the original error (the
// Python __cause__).
type ObjectError struct {
	Object string // object name, e.g. "neurongroup_1"
	Err    error
	// Preparing is set for errors raised while preparing the object at
	// the start of a run (Brian then adds "An error occurred when
	// preparing an object. (See above for original error message and
	// traceback.)" after its "Object was created here" lines).
	Preparing bool
}

func (e *ObjectError) Error() string {
	return fmt.Sprintf("Error encountered with object named '%s'.", e.Object)
}
func (e *ObjectError) Unwrap() error { return e.Err }

// TypeOf returns the Python exception class name for err: the Type of the
// outermost *Error or "BrianObjectException" for *ObjectError; "" if err is
// not a simulator error.
func TypeOf(err error) string {
	var oe *ObjectError
	var se *Error
	var de *DimensionMismatchError
	switch {
	case errors.As(err, &oe):
		return BrianObject
	case errors.As(err, &de):
		return DimensionMismatch
	case errors.As(err, &se):
		return se.Type
	}
	return ""
}

// DimensionMismatchError is Brian's DimensionMismatchError: a description
// and the dimensions involved (shown as "(unit is X)." or
// "(units are X and Y).").
type DimensionMismatchError struct {
	Desc string
	Dims []units.Dim
	Err  error // the error this one was chained from, if any
}

func (e *DimensionMismatchError) Error() string {
	return units.MismatchMessage(e.Desc, e.Dims...)
}

// UnitName is the repr of Brian's get_unit(d): "hertz", "volt", "Unit(1)".
func UnitName(d units.Dim) string {
	if d.IsDimensionless() {
		return "Unit(1)"
	}
	return units.UnscaledUnit(d).Name
}

func (e *DimensionMismatchError) Unwrap() error { return e.Err }
