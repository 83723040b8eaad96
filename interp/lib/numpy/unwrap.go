package numpy

import "github.com/gobrian/gobrian/interp"

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
