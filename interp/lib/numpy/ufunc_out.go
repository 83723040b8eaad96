package numpy

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// outArg reads a ufunc's out= argument: None, an array, or a 1-tuple
// holding one.
func outArg(v interp.Value) (*Array, error) {
	if t, ok := v.(interp.Tuple); ok && len(t) == 1 {
		v = t[0]
	}
	switch o := v.(type) {
	case interp.NoneType:
		return nil, nil
	case *Array:
		if o.unit != nil {
			return nil, interp.Errorf(interp.TypeError, "Units cannot be modified in-place")
		}
		return o, nil
	}
	return nil, interp.Errorf(interp.TypeError, "return arrays must be of ArrayType")
}

// storeOut finishes a ufunc call with out=dst: the result r is already in
// dst when the kernel could write there; otherwise it is cast and copied
// in, as numpy does. dst is the return value.
func storeOut(th *interp.Thread, name string, r interp.Value, err error, dst *Array, inputs ...interp.Value) (interp.Value, error) {
	if err != nil || dst == nil {
		return r, err
	}
	ra, err := toArray(th, r, true)
	if err != nil {
		return nil, err
	}
	inPlace := ra.dtype == Float64 && dst.dtype == Float64 && len(ra.f) > 0 &&
		&ra.f[ra.offset] == &dst.f[dst.offset] && sameShape(ra.shape, dst.shape)
	if !inPlace {
		if !sameShapeBroadcastable(ra.shape, dst.shape) {
			var shapes strings.Builder
			for _, v := range append(inputs, dst) {
				if a, err := toArray(th, v, true); err == nil {
					shapes.WriteString(shapeRepr(a.shape) + " ")
				}
			}
			return nil, interp.Errorf(interp.ValueError, "operands could not be broadcast together with shapes %s", shapes.String())
		}
		if (dst.dtype.isInt() && ra.dtype == Float64) || (dst.dtype == Bool && ra.dtype != Bool) {
			return nil, interp.Errorf(UFuncTypeError, "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule 'same_kind'", name, ra.dtype, dst.dtype)
		}
		dst.assign(ra)
	}
	dst.dim = ra.dim
	dst.quantity = dst.quantity || !dst.dim.IsDimensionless()
	return dst, nil
}
