package numpy

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// ArrayProvider is implemented by native values that stand for an array
// without being one, such as Brian's VariableView (G.v): every numpy
// function and array operator that converts its arguments accepts them
// through NumpyArray, as numpy does through __array__.
type ArrayProvider interface {
	interp.Value
	NumpyArray(th *interp.Thread) (*Array, error)
}

// provided unwraps an ArrayProvider; ok is false for any other value.
func provided(th *interp.Thread, v interp.Value) (a *Array, ok bool, err error) {
	p, ok := v.(ArrayProvider)
	if !ok {
		return nil, false, nil
	}
	a, err = p.NumpyArray(th)
	return a, true, err
}

// ResultWrapper is an ArrayProvider whose Python class also defines
// __array_wrap__ as Brian's VariableView does. numpy then passes the
// results of its method-based functions (np.mean, np.max, np.sum, ...)
// through it, which in Brian 2.5.1 loses the units: np.mean(G.v) is
// Quantity(0.002), a dimensionless Quantity of the SI values, and
// np.max(G.x) is the 0-d array array(3.). Emulating it keeps printed
// output identical to Brian's.
type ResultWrapper interface {
	ArrayProvider
	WrapsNumpyResults() bool
}

// wrappedResults are the functions whose results go through
// __array_wrap__; zeroDimResults are those that then stay 0-d arrays
// rather than becoming scalars.
var (
	wrappedResults = []string{"mean", "max", "amax", "min", "amin", "sum", "argmax", "argmin",
		"cumsum", "cumprod", "clip", "round", "around", "any", "all", "prod", "nonzero", "ptp"}
	zeroDimResults = map[string]bool{"max": true, "amax": true, "min": true, "amin": true, "sum": true,
		"argmax": true, "argmin": true, "any": true, "all": true, "prod": true}
	// siResults get the plain SI values (numpy calls __array__ only);
	// np.asanyarray keeps the Quantity that __array__ returns.
	siResults = []string{"copy", "histogram", "std", "var", "asanyarray"}
)

// wrapForResultWrappers gives the functions that Brian's VariableViews
// pass through numpy their Brian 2.5.1 behaviour; it runs once the
// function table is complete.
func wrapForResultWrappers() {
	for _, name := range wrappedResults {
		if f, ok := functions[name]; ok {
			functions[name] = wrapResults(name, f)
		}
	}
	for _, name := range []string{"hstack", "concatenate"} {
		if f, ok := functions[name]; ok {
			functions[name] = joinWrapped(f)
		}
	}
	for _, name := range siResults {
		if f, ok := functions[name]; ok {
			functions[name] = siValues(name, f)
		}
	}
}

// wrappedArg returns the values of a ResultWrapper first argument; ok is
// false when the call has no such argument.
func wrappedArg(th *interp.Thread, args []interp.Value) (a *Array, ok bool, err error) {
	if len(args) == 0 {
		return nil, false, nil
	}
	w, ok := args[0].(ResultWrapper)
	if !ok || !w.WrapsNumpyResults() {
		return nil, false, nil
	}
	a, err = w.NumpyArray(th)
	return a, true, err
}

// siValues gives f a ResultWrapper's values as numpy's __array__ path
// does in Brian: without units. np.std and np.var subtract a unitless
// mean from the values with units there, which fails.
func siValues(name string, f fnType) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, ok, err := wrappedArg(th, args)
		if !ok {
			return f(th, args, kw)
		}
		if err != nil || name == "asanyarray" {
			return a, err
		}
		if a.dim.IsDimensionless() {
			return f(th, append([]interp.Value{a}, args[1:]...), kw)
		}
		plain := a.withDim(units.Dim{})
		if name == "std" || name == "var" {
			m, err := functions["mean"](th, []interp.Value{plain}, nil)
			if err != nil {
				return nil, err
			}
			mean, err := toArray(th, m, false)
			if err != nil {
				return nil, err
			}
			text := "Cannot calculate " + shortStr(th, a) + " - " + shortStr(th, mean.view([]int{1}, []int{0}, mean.offset)) + ", units do not match"
			return nil, mismatch(text, a.dim, units.Dim{})
		}
		return f(th, append([]interp.Value{plain}, args[1:]...), kw)
	}
}

// wrapResults applies a ResultWrapper first argument's result wrapping
// to f; other calls pass through unchanged.
func wrapResults(name string, f fnType) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		a, ok, err := wrappedArg(th, args)
		if !ok {
			return f(th, args, kw)
		}
		if err != nil {
			return nil, err
		}
		withUnits := !a.dim.IsDimensionless()
		if withUnits {
			a = a.withDim(units.Dim{}) // the SI values, without units
		}
		r, err := f(th, append([]interp.Value{a}, args[1:]...), kw)
		if err != nil || r == nil {
			return r, err
		}
		switch {
		case withUnits:
			return dimensionlessQuantity(th, r)
		case zeroDimResults[name] && isScalarValue(r):
			return toArray(th, r, false)
		case name == "nonzero":
			return toArray(th, r, false) // the tuple stacked, as __array_wrap__ gets it
		}
		return r, nil
	}
}

// joinWrapped is np.hstack/np.concatenate of a sequence holding
// ResultWrappers: joined from their SI values, and a dimensionless
// Quantity when one of them had units (Brian 2.5.1's hstack([G.v, G.v])).
func joinWrapped(f fnType) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var items []interp.Value
		if len(args) > 0 {
			items, _ = seqItems(args[0])
		}
		plain := make([]interp.Value, len(items))
		wrapped, withUnits := false, false
		for k, it := range items {
			plain[k] = it
			w, ok := it.(ResultWrapper)
			if !ok || !w.WrapsNumpyResults() {
				continue
			}
			a, err := w.NumpyArray(th)
			if err != nil {
				return nil, err
			}
			wrapped = true
			if !a.dim.IsDimensionless() {
				withUnits = true
				a = a.withDim(units.Dim{})
			}
			plain[k] = a
		}
		if !wrapped {
			return f(th, args, kw)
		}
		r, err := f(th, append([]interp.Value{interp.NewList(plain)}, args[1:]...), kw)
		if err != nil || !withUnits {
			return r, err
		}
		return dimensionlessQuantity(th, r)
	}
}

// dimensionlessQuantity is r as Brian returns a numpy result computed
// from a wrapper's SI values: a float Quantity without dimensions.
func dimensionlessQuantity(th *interp.Thread, r interp.Value) (interp.Value, error) {
	out, err := toArray(th, r, false)
	if err != nil {
		return nil, err
	}
	out = out.astype(Float64)
	out.quantity = true
	return out, nil
}
