package interp

import (
	"fmt"
	"strings"
)

// Exception is a raised Python exception. It is the error type the
// evaluator, builtins and native modules return.
type Exception struct {
	Class *Class
	Args  Tuple
	// Cause is set by "raise ... from ..."; Context is the exception being
	// handled when this one was raised.
	Cause, Context  *Exception
	SuppressContext bool
	Traceback       []Frame // outermost call first, as printed
	Attrs           *Dict   // instance attributes of user exception subclasses
	Value           Value   // the instance for user exception classes, else nil
	// Notes shown under the message (Brian appends its "Object was created
	// here" text in the message itself; this is for PEP 678-style notes).
	Notes []string

	// tbFrame is the frame whose line was last added to Traceback, so that
	// an exception caught and re-raised in one frame is listed once.
	tbFrame *frame
	// tbPending collects frames innermost first while the exception
	// unwinds (appending is O(1)); flushTraceback moves them to Traceback.
	tbPending []Frame
}

// addFrame records the frame's current line as the next-outer traceback
// entry.
func (e *Exception) addFrame(fr *frame) {
	if e.tbFrame == fr {
		return
	}
	e.tbFrame = fr
	e.tbPending = append(e.tbPending, Frame{File: fr.code.file, Line: fr.line, Function: fr.code.name, Source: fr.code.sourceLine(fr.line)})
}

// flushTraceback prepends the pending frames, outermost first.
func (e *Exception) flushTraceback() {
	if len(e.tbPending) == 0 {
		return
	}
	out := make([]Frame, 0, len(e.tbPending)+len(e.Traceback))
	for i := len(e.tbPending) - 1; i >= 0; i-- {
		out = append(out, e.tbPending[i])
	}
	e.Traceback = append(out, e.Traceback...)
	e.tbPending = nil
}

// Frame is one line of a traceback.
type Frame struct {
	File     string // "<cell 3>", "script.py"
	Line     int
	Function string // "<module>" at top level
	Source   string // the source line, stripped; empty when unknown
}

func (e *Exception) Type() *Class { return e.Class }

// Message is str(exception): the args as CPython shows them.
func (e *Exception) Message() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if s, ok := e.Args[0].(Str); ok {
			return string(s)
		}
		return fmt.Sprint(e.Args[0])
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		if s, ok := a.(Str); ok {
			parts[i] = "'" + string(s) + "'"
		} else {
			parts[i] = fmt.Sprint(a)
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// Error is the last line of a traceback: "ValueError: message".
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// IsInstance reports whether the exception is an instance of cls.
func (e *Exception) IsInstance(cls *Class) bool { return e.Class.IsSubclass(cls) }

// Errorf makes an exception of class cls with a formatted message.
func Errorf(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{Class: cls, Args: Tuple{Str(msg)}}
}

// NewExceptionClass defines an exception class, e.g. Brian's
// DimensionMismatchError deriving from ValueError.
func NewExceptionClass(name, module string, base *Class) *Class {
	return NewClass(name, module, base)
}

// The standard exception hierarchy (the part gobrian needs).
var (
	BaseException       = NewClass("BaseException", "builtins")
	SystemExit          = NewClass("SystemExit", "builtins", BaseException)
	KeyboardInterrupt   = NewClass("KeyboardInterrupt", "builtins", BaseException)
	GeneratorExit       = NewClass("GeneratorExit", "builtins", BaseException)
	ExceptionType       = NewClass("Exception", "builtins", BaseException)
	StopIteration       = NewClass("StopIteration", "builtins", ExceptionType)
	ArithmeticError     = NewClass("ArithmeticError", "builtins", ExceptionType)
	ZeroDivisionError   = NewClass("ZeroDivisionError", "builtins", ArithmeticError)
	OverflowError       = NewClass("OverflowError", "builtins", ArithmeticError)
	FloatingPointError  = NewClass("FloatingPointError", "builtins", ArithmeticError)
	AssertionError      = NewClass("AssertionError", "builtins", ExceptionType)
	AttributeError      = NewClass("AttributeError", "builtins", ExceptionType)
	BufferError         = NewClass("BufferError", "builtins", ExceptionType)
	EOFError            = NewClass("EOFError", "builtins", ExceptionType)
	ImportError         = NewClass("ImportError", "builtins", ExceptionType)
	ModuleNotFoundError = NewClass("ModuleNotFoundError", "builtins", ImportError)
	LookupError         = NewClass("LookupError", "builtins", ExceptionType)
	IndexError          = NewClass("IndexError", "builtins", LookupError)
	KeyError            = NewClass("KeyError", "builtins", LookupError)
	MemoryError         = NewClass("MemoryError", "builtins", ExceptionType)
	NameError           = NewClass("NameError", "builtins", ExceptionType)
	UnboundLocalError   = NewClass("UnboundLocalError", "builtins", NameError)
	OSError             = NewClass("OSError", "builtins", ExceptionType)
	FileNotFoundError   = NewClass("FileNotFoundError", "builtins", OSError)
	ReferenceError      = NewClass("ReferenceError", "builtins", ExceptionType)
	RuntimeError        = NewClass("RuntimeError", "builtins", ExceptionType)
	NotImplementedError = NewClass("NotImplementedError", "builtins", RuntimeError)
	RecursionError      = NewClass("RecursionError", "builtins", RuntimeError)
	SyntaxError         = NewClass("SyntaxError", "builtins", ExceptionType)
	IndentationError    = NewClass("IndentationError", "builtins", SyntaxError)
	TabError            = NewClass("TabError", "builtins", IndentationError)
	SystemError         = NewClass("SystemError", "builtins", ExceptionType)
	TypeError           = NewClass("TypeError", "builtins", ExceptionType)
	ValueError          = NewClass("ValueError", "builtins", ExceptionType)
	UnicodeError        = NewClass("UnicodeError", "builtins", ValueError)
	Warning             = NewClass("Warning", "builtins", ExceptionType)
	UserWarning         = NewClass("UserWarning", "builtins", Warning)
	DeprecationWarning  = NewClass("DeprecationWarning", "builtins", Warning)
	RuntimeWarning      = NewClass("RuntimeWarning", "builtins", Warning)
)
