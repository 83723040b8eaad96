package numpy

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// AsFloats converts arrays, quantities, Python numbers and nested
// lists/tuples of them to a C-ordered []float64 (a new slice), its shape
// and its dimension (all elements of a list must share it).
func AsFloats(th *interp.Thread, v interp.Value) (data []float64, shape []int, dim units.Dim, err error) {
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, nil, units.Dim{}, err
	}
	return a.Float64s(), append([]int(nil), a.shape...), a.dim, nil
}

// toArray converts v to an Array without copying arrays. keepDims keeps
// the dimension of quantities inside lists (Brian's Quantity(list));
// numpy's array() drops it.
func toArray(th *interp.Thread, v interp.Value, keepDims bool) (*Array, error) {
	if a, ok, err := provided(th, v); ok {
		return a, err
	}
	switch x := v.(type) {
	case *Array:
		return x, nil
	case interp.Bool:
		return &Array{dtype: Bool, b: []bool{bool(x)}, shape: []int{}, strides: []int{}}, nil
	case interp.Int:
		return &Array{dtype: Int64, i: []int64{int64(x)}, shape: []int{}, strides: []int{}}, nil
	case interp.Float:
		return &Array{dtype: Float64, f: []float64{float64(x)}, shape: []int{}, strides: []int{}}, nil
	case *interp.BigInt:
		f, _ := x.V.Float64()
		return &Array{dtype: Float64, f: []float64{f}, shape: []int{}, strides: []int{}}, nil
	case interp.Tuple, *interp.List:
		return fromSequence(th, v, keepDims)
	}
	if f, ok := v.(interp.HasFloat); ok {
		x, err := f.Float(th)
		if err != nil {
			return nil, err
		}
		return &Array{dtype: Float64, f: []float64{x}, shape: []int{}, strides: []int{}}, nil
	}
	if _, isStr := v.(interp.Str); !isStr {
		// any other iterable (range, generators, dict views)
		if items, err := interp.ToSlice(th, v); err == nil {
			return fromSequence(th, interp.NewList(items), keepDims)
		}
	}
	return nil, interp.Errorf(interp.TypeError, "could not convert '%s' object to an array", v.Type().Name)
}

// fromSequence builds an array from nested sequences.
func fromSequence(th *interp.Thread, v interp.Value, keepDims bool) (*Array, error) {
	var leaves []*Array
	shape, err := nestedShape(th, v, &leaves, keepDims)
	if err != nil {
		return nil, err
	}
	dt := Bool
	var dim units.Dim
	for k, l := range leaves {
		if l.dtype > dt {
			dt = l.dtype
		}
		if k == 0 {
			dim = l.dim
		} else if l.dim != dim && keepDims {
			return nil, DimensionError(units.MismatchMessage("All elements of a list need to have the same units", dim, l.dim))
		}
	}
	if len(leaves) == 0 {
		dt = Float64
	}
	out := newArray(dt, shape)
	j := 0
	for _, l := range leaves {
		walk(l.shape, l.strides, l.offset, func(_, off int) {
			switch dt {
			case Float64:
				out.f[j] = l.floatAt(off)
			case Bool:
				out.b[j] = l.boolAt(off)
			default:
				out.i[j] = l.intAt(off)
			}
			j++
		})
	}
	if keepDims {
		out.dim = dim
	}
	return out, nil
}

// nestedShape walks nested sequences, collecting leaf arrays in order
// and checking that the nesting is rectangular.
func nestedShape(th *interp.Thread, v interp.Value, leaves *[]*Array, keepDims bool) ([]int, error) {
	var items []interp.Value
	switch x := v.(type) {
	case interp.Tuple:
		items = x
	case *interp.List:
		items = x.Elems
	case *Array:
		*leaves = append(*leaves, x)
		return x.shape, nil
	case interp.Str:
		return nil, interp.Errorf(interp.ValueError, "could not convert string to float: '%s'", string(x))
	default:
		a, err := toArray(th, v, keepDims)
		if err != nil {
			return nil, err
		}
		if len(a.shape) > 0 {
			return nestedShape(th, a, leaves, keepDims)
		}
		*leaves = append(*leaves, a)
		return nil, nil
	}
	var inner []int
	for k, it := range items {
		s, err := nestedShape(th, it, leaves, keepDims)
		if err != nil {
			return nil, err
		}
		if k == 0 {
			inner = s
		} else if !sameShape(s, inner) {
			return nil, interp.Errorf(interp.ValueError, "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (%d,) + inhomogeneous part.", len(items))
		}
	}
	return append([]int{len(items)}, inner...), nil
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// isScalarValue reports Python numbers (not arrays or sequences).
func isScalarValue(v interp.Value) bool {
	switch v.(type) {
	case interp.Int, interp.Float, interp.Bool, *interp.BigInt:
		return true
	}
	return false
}
