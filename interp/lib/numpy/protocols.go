package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// Len implements len(a).
func (a *Array) Len(*interp.Thread) (int, error) {
	if len(a.shape) == 0 {
		return 0, interp.Errorf(interp.TypeError, "len() of unsized object")
	}
	return a.shape[0], nil
}

// arrayIter iterates over the first axis.
type arrayIter struct {
	a *Array
	k int
}

func (it *arrayIter) Next(th *interp.Thread) (interp.Value, bool, error) {
	if it.k >= it.a.shape[0] {
		return nil, false, nil
	}
	v, err := it.a.GetItem(th, interp.Int(it.k))
	it.k++
	return v, err == nil, err
}

// Iterate implements iter(a).
func (a *Array) Iterate(*interp.Thread) (interp.Iterator, error) {
	if len(a.shape) == 0 {
		return nil, interp.Errorf(interp.TypeError, "iteration over a 0-d array")
	}
	return &arrayIter{a: a}, nil
}

// Truth implements bool(a): only for single elements.
func (a *Array) Truth(*interp.Thread) (bool, error) {
	switch a.Size() {
	case 1:
		return a.boolAt(a.flatOffset(0)), nil
	case 0:
		return false, nil
	}
	return false, interp.Errorf(interp.ValueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
}

// flatOffset is the storage offset of the j-th element in C order.
func (a *Array) flatOffset(j int) int {
	off := a.offset
	for k := len(a.shape) - 1; k >= 0; k-- {
		off += (j % a.shape[k]) * a.strides[k]
		j /= a.shape[k]
	}
	return off
}

// Float implements float(a) for single elements (a quantity's value in
// SI units, as Brian does).
func (a *Array) Float(*interp.Thread) (float64, error) {
	if a.Size() != 1 {
		return 0, interp.Errorf(interp.TypeError, "only size-1 arrays can be converted to Python scalars")
	}
	return a.floatAt(a.flatOffset(0)), nil
}

// Index implements operator.index for integer scalars.
func (a *Array) Index(*interp.Thread) (int64, error) {
	if a.Size() != 1 {
		return 0, interp.Errorf(interp.TypeError, "only size-1 arrays can be converted to Python scalars")
	}
	if len(a.shape) != 0 || !(a.dtype.isInt() || a.dtype == Bool) || a.isQuantity() {
		return 0, interp.Errorf(interp.TypeError, "only integer scalar arrays can be converted to a scalar index")
	}
	return a.intAt(a.offset), nil
}

// Contains implements "x in a".
func (a *Array) Contains(th *interp.Thread, item interp.Value) (bool, error) {
	r, err := a.Compare(th, interp.Eq, item)
	if err != nil {
		return false, err
	}
	switch x := r.(type) {
	case interp.Bool:
		return bool(x), nil
	case *Array:
		return anyF(x.Float64s()), nil
	}
	return false, nil
}

// Hash implements hash(): units and quantity scalars hash by value (as
// Brian's Unit does); arrays are unhashable.
func (a *Array) Hash(*interp.Thread) (uint64, error) {
	if len(a.shape) == 0 && (a.unit != nil || a.isQuantity()) {
		h := math.Float64bits(a.floatAt(a.offset))
		for _, e := range a.dim {
			h = (h ^ math.Float64bits(e)) * 1099511628211
		}
		return h, nil
	}
	return 0, interp.Errorf(interp.TypeError, "unhashable type: 'numpy.ndarray'")
}
