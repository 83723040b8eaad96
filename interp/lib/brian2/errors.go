package brian2

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/simerr"
)

// Brian's own exception classes. Classes are immutable after package
// initialisation, like the interpreter's built-in exceptions.
var (
	// BrianObjectException wraps an error raised while preparing or running
	// a named object; its __cause__ is the original error.
	BrianObjectException = interp.NewExceptionClass("BrianObjectException", "brian2.core.base", interp.ExceptionType)
	// EquationError reports a malformed model string.
	EquationError = interp.NewExceptionClass("EquationError", "brian2.equations.equations", interp.ExceptionType)
	// UnsupportedEquationsException: the chosen integrator cannot handle the equations.
	UnsupportedEquationsException = interp.NewExceptionClass("UnsupportedEquationsException", "brian2.stateupdaters.base", interp.ExceptionType)
	// MagicError: the magic network could not be built (e.g. objects from several scopes).
	MagicError = interp.NewExceptionClass("MagicError", "brian2.core.magic", interp.ExceptionType)
)

// pyClass maps a simerr type name onto the Python class Brian raises.
func pyClass(name string) *interp.Class {
	switch name {
	case simerr.DimensionMismatch:
		return numpy.DimensionMismatchError
	case simerr.BrianObject:
		return BrianObjectException
	case simerr.EquationError:
		return EquationError
	case simerr.UnsupportedEqs:
		return UnsupportedEquationsException
	case simerr.SyntaxError:
		return interp.SyntaxError
	case simerr.KeyError:
		return interp.KeyError
	case simerr.TypeError:
		return interp.TypeError
	case simerr.IndexError:
		return interp.IndexError
	case simerr.NotImplementedError:
		return interp.NotImplementedError
	case simerr.Interrupted:
		return interp.KeyboardInterrupt
	case "AttributeError":
		return interp.AttributeError
	case "RuntimeError":
		return interp.RuntimeError
	case "ZeroDivisionError":
		return interp.ZeroDivisionError
	}
	return interp.ValueError
}

// pyError converts a simulator error into a Python exception with
// Brian's class and message, chaining causes as Brian's "raise ... from".
// A Python exception inside (from a network_operation callback)
// propagates unchanged, as it does in Brian.
func (s *state) pyError(err error, phase string) error {
	if err == nil {
		return nil
	}
	var exc *interp.Exception
	if errors.As(err, &exc) {
		return exc
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return interp.Errorf(interp.KeyboardInterrupt, "")
	}
	// Brian wraps errors in BrianObjectException only while preparing a
	// run; elsewhere (creating objects, setting values) the original
	// error is raised.
	if oe, ok := err.(*simerr.ObjectError); ok && phase != "preparing" && oe.Err != nil {
		return s.convert(oe.Err, phase)
	}
	return s.convert(err, phase)
}

func (s *state) convert(err error, phase string) *interp.Exception {
	cause := func(inner error) *interp.Exception {
		if inner == nil {
			return nil
		}
		return s.convert(inner, phase)
	}
	switch e := err.(type) {
	case *simerr.ObjectError:
		msg := fmt.Sprintf("Error encountered with object named '%s'.\n", e.Object)
		if f, ok := s.creationFrame(e.Object); ok {
			msg += fmt.Sprintf("Object was created here (most recent call only, full details in debug log):\n  File '%s', line %d, in %s\n    %s\n\n",
				f.File, f.Line, f.Function, f.Source)
		}
		msg += fmt.Sprintf("An error occurred when %s an object. (See above for original error message and traceback.)", phase)
		return &interp.Exception{Class: BrianObjectException, Args: interp.Tuple{interp.Str(msg)}, Cause: cause(e.Err)}
	case *simerr.DimensionMismatchError:
		x := interp.Errorf(numpy.DimensionMismatchError, "%s", e.Error())
		x.Cause = cause(e.Err)
		return x
	case *simerr.Error:
		if e.Type == simerr.Interrupted {
			return interp.Errorf(interp.KeyboardInterrupt, "")
		}
		msg := e.Msg
		if e.Type == simerr.KeyError && len(msg) > 1 && msg[0] == '\'' && msg[len(msg)-1] == '\'' {
			// KeyError's str() adds the quotes itself.
			msg = msg[1 : len(msg)-1]
		}
		x := interp.Errorf(pyClass(e.Type), "%s", msg)
		x.Cause = cause(e.Err)
		return x
	}
	// A simulator error wrapped with context: convert the inner one.
	var oe *simerr.ObjectError
	var de *simerr.DimensionMismatchError
	var se *simerr.Error
	switch {
	case errors.As(err, &oe):
		return s.convert(oe, phase)
	case errors.As(err, &de):
		return s.convert(de, phase)
	case errors.As(err, &se):
		return s.convert(se, phase)
	}
	return interp.Errorf(interp.RuntimeError, "%v", err)
}

// creationFrame finds where the object with the given name was created;
// names of derived objects ("neurongroup_stateupdater",
// "neurongroup_spike_thresholder") point to their owner.
func (s *state) creationFrame(name string) (interp.Frame, bool) {
	var best *object
	for _, o := range s.objects {
		n := o.name()
		if n == name || strings.HasPrefix(name, n+"_") {
			if best == nil || len(n) > len(best.name()) {
				best = o
			}
		}
	}
	if best == nil || !best.hasFrame {
		return interp.Frame{}, false
	}
	return best.frame, true
}
