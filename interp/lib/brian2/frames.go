package brian2

import (
	"github.com/gobrian/gobrian/interp"
)

// The evaluator may offer richer introspection than the documented
// contract; these optional interfaces are probed at run time so that this
// package compiles against either.
type (
	// stackLister returns the Python call stack, outermost frame first.
	stackLister interface{ Stack() []interp.Frame }
	// callerFramer returns the innermost running Python frame.
	callerFramer interface {
		CallerFrame() (interp.Frame, bool)
	}
	// namespaceLister lists the values bound in the caller's frame
	// (locals, then globals): what Brian's collect() scans.
	namespaceLister interface {
		CallerNamespaceValues() []interp.Value
	}
)

// callerFrame is where the running native call was made from, for Brian's
// "Object was created here" text.
func callerFrame(th *interp.Thread) (interp.Frame, bool) {
	var x any = th
	if cf, ok := x.(callerFramer); ok {
		return cf.CallerFrame()
	}
	if sl, ok := x.(stackLister); ok {
		if st := sl.Stack(); len(st) > 0 {
			return st[len(st)-1], true
		}
	}
	return interp.Frame{}, false
}

// callerValues lists the caller's namespace values when the evaluator can.
func callerValues(th *interp.Thread) ([]interp.Value, bool) {
	var x any = th
	if nl, ok := x.(namespaceLister); ok {
		return nl.CallerNamespaceValues(), true
	}
	return nil, false
}
