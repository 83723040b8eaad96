package numpy

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// reshaped returns a with a new shape: a view when a is contiguous, else
// a reshaped copy. The shape must have the same size.
func (a *Array) reshaped(shape []int) *Array {
	if !a.contiguous() {
		a = a.copyArray()
	}
	v := a.view(shape, cStrides(shape), a.offset)
	return v
}

// reshape resolves one -1 entry and checks the size.
func (a *Array) reshape(shape []int) (*Array, error) {
	shape = append([]int(nil), shape...)
	unknown := -1
	known := 1
	for k, s := range shape {
		if s == -1 {
			if unknown >= 0 {
				return nil, interp.Errorf(interp.ValueError, "can only specify one unknown dimension")
			}
			unknown = k
			continue
		}
		known *= s
	}
	if unknown >= 0 && known != 0 {
		shape[unknown] = a.Size() / known
	}
	if sizeOf(shape) != a.Size() || (unknown >= 0 && known == 0) {
		return nil, interp.Errorf(interp.ValueError, "cannot reshape array of size %d into shape %s", a.Size(), strings.ReplaceAll(shapeRepr(shape), " ", ""))
	}
	return a.reshaped(shape), nil
}

// transpose permutes the axes (reversed when perm is nil): a view.
func (a *Array) transpose(perm []int) (*Array, error) {
	nd := len(a.shape)
	if perm == nil {
		perm = make([]int, nd)
		for k := range perm {
			perm[k] = nd - 1 - k
		}
	}
	if len(perm) != nd {
		return nil, interp.Errorf(interp.ValueError, "axes don't match array")
	}
	shape, strides := make([]int, nd), make([]int, nd)
	for k, p := range perm {
		if p < 0 {
			p += nd
		}
		if p < 0 || p >= nd {
			return nil, interp.Errorf(AxisError, "axis %d is out of bounds for array of dimension %d", perm[k], nd)
		}
		shape[k], strides[k] = a.shape[p], a.strides[p]
	}
	v := a.view(shape, strides, a.offset)
	return v, nil
}

// squeeze drops axes of length 1.
func (a *Array) squeeze() *Array {
	var shape, strides []int
	for k, s := range a.shape {
		if s != 1 {
			shape = append(shape, s)
			strides = append(strides, a.strides[k])
		}
	}
	if shape == nil {
		shape, strides = []int{}, []int{}
	}
	return a.view(shape, strides, a.offset)
}

// expandDims inserts an axis of length 1 at axis.
func (a *Array) expandDims(axis int) (*Array, error) {
	nd := len(a.shape) + 1
	if axis < 0 {
		axis += nd
	}
	if axis < 0 || axis >= nd {
		return nil, interp.Errorf(AxisError, "axis %d is out of bounds for array of dimension %d", axis, nd)
	}
	shape := append(append(append([]int(nil), a.shape[:axis]...), 1), a.shape[axis:]...)
	strides := append(append(append([]int(nil), a.strides[:axis]...), 0), a.strides[axis:]...)
	return a.view(shape, strides, a.offset), nil
}

// flat is a 1-d copy in C order.
func (a *Array) flat() *Array {
	return a.copyArray().reshaped([]int{a.Size()})
}

// ravel is a 1-d view when possible, else a copy.
func (a *Array) ravel() *Array {
	if a.contiguous() {
		return a.view([]int{a.Size()}, []int{1}, a.offset)
	}
	return a.flat()
}
