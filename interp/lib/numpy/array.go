package numpy

import (
	"math"
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// DType is an array's element type.
type DType int

// The supported dtypes, in promotion order.
const (
	Bool DType = iota
	Int32
	Int64
	Float64
)

// String is numpy's dtype name.
func (d DType) String() string {
	switch d {
	case Bool:
		return "bool"
	case Int32:
		return "int32"
	case Int64:
		return "int64"
	}
	return "float64"
}

func (d DType) isInt() bool { return d == Int32 || d == Int64 }

// Python classes of arrays, quantities and units.
var (
	NDArrayType  = interp.NewClass("ndarray", "numpy")
	QuantityType = interp.NewClass("Quantity", "brian2.units.fundamentalunits", NDArrayType)
	UnitType     = interp.NewClass("Unit", "brian2.units.fundamentalunits", QuantityType)
)

// Array is a numpy ndarray, possibly with a physical dimension (then it is
// a Brian Quantity; a 0-d one is a Quantity scalar). Exactly one of f, i,
// b holds the storage, selected by dtype (Int32 uses i, wrapped to 32
// bits). Shape, strides (in elements) and offset describe the view.
type Array struct {
	dtype   DType
	f       []float64
	i       []int64
	b       []bool
	shape   []int
	strides []int
	offset  int
	dim     units.Dim
	// quantity marks a Brian Quantity even when dimensionless
	// (Quantity(3) prints as "Quantity(3.)").
	quantity bool
	// unit is set for Brian's named unit objects (ms, mvolt, ms*mV).
	unit *units.Unit
}

// Type is ndarray, Quantity or Unit.
func (a *Array) Type() *interp.Class {
	switch {
	case a.unit != nil:
		return UnitType
	case a.quantity || !a.dim.IsDimensionless():
		return QuantityType
	}
	return NDArrayType
}

func cStrides(shape []int) []int {
	st := make([]int, len(shape))
	n := 1
	for k := len(shape) - 1; k >= 0; k-- {
		st[k] = n
		n *= shape[k]
	}
	return st
}

func sizeOf(shape []int) int {
	n := 1
	for _, s := range shape {
		n *= s
	}
	return n
}

// NewFloatArray wraps data (not copied) as a C-ordered float64 array with
// the given shape (nil: 1-d) and dimension.
func NewFloatArray(data []float64, shape []int, dim units.Dim) *Array {
	if shape == nil {
		shape = []int{len(data)}
	}
	return &Array{dtype: Float64, f: data, shape: shape, strides: cStrides(shape), dim: dim}
}

// NewFloatView is NewFloatArray under the name the brian2 binding uses for
// views over simulator state: writes through the array reach data.
func NewFloatView(data []float64, shape []int, dim units.Dim) *Array {
	return NewFloatArray(data, shape, dim)
}

// NewIntArray wraps data (not copied) as an int64 array.
func NewIntArray(data []int64, shape []int) *Array {
	if shape == nil {
		shape = []int{len(data)}
	}
	return &Array{dtype: Int64, i: data, shape: shape, strides: cStrides(shape)}
}

// NewInt32Array wraps data as an int32 array (monitor indices).
func NewInt32Array(data []int64, shape []int) *Array {
	a := NewIntArray(data, shape)
	a.dtype = Int32
	return a
}

// NewBoolArray wraps data (not copied) as a bool array.
func NewBoolArray(data []bool, shape []int) *Array {
	if shape == nil {
		shape = []int{len(data)}
	}
	return &Array{dtype: Bool, b: data, shape: shape, strides: cStrides(shape)}
}

// NewQuantity is a Quantity scalar, or a Float when dim is dimensionless.
func NewQuantity(v float64, dim units.Dim) interp.Value {
	if dim.IsDimensionless() {
		return interp.Float(v)
	}
	return &Array{dtype: Float64, f: []float64{v}, shape: []int{}, strides: []int{}, dim: dim}
}

// newArray allocates a zeroed C-ordered array.
func newArray(dt DType, shape []int) *Array {
	n := sizeOf(shape)
	a := &Array{dtype: dt, shape: append([]int(nil), shape...), strides: cStrides(shape)}
	switch dt {
	case Float64:
		a.f = make([]float64, n)
	case Bool:
		a.b = make([]bool, n)
	default:
		a.i = make([]int64, n)
	}
	return a
}

// maxElements bounds allocations so that zeros(10**12) is a MemoryError.
const maxElements = 1 << 31

func checkAlloc(shape []int) error {
	n := 1
	for _, s := range shape {
		if s < 0 {
			return interp.Errorf(interp.ValueError, "negative dimensions are not allowed")
		}
		if s != 0 && n > maxElements/s {
			return memoryError(shape)
		}
		n *= s
	}
	if n > maxElements {
		return memoryError(shape)
	}
	return nil
}

func memoryError(shape []int) error {
	n := 8.0
	for _, s := range shape {
		n *= float64(s)
	}
	return interp.Errorf(interp.MemoryError, "Unable to allocate %s for an array with shape %s and data type float64", sizeText(n), shapeRepr(shape))
}

// sizeText is numpy's _size_to_string: bytes in binary units with three
// significant figures.
func sizeText(bytes float64) string {
	names := []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	bits := int(math.Floor(math.Log2(bytes))) + 1
	unit := max(bits-1, 1) / 10
	n := bytes / math.Pow(2, float64(10*unit))
	if math.Round(n) == 1024 {
		unit++
		n /= 1024
	}
	if unit >= len(names) {
		n *= math.Pow(2, float64(10*(unit-len(names)+1)))
		unit = len(names) - 1
	}
	switch {
	case unit == 0:
		return strconv.FormatFloat(n, 'f', 0, 64) + " bytes"
	case math.Round(n) < 1000:
		return pyGeneral3(n) + " " + names[unit]
	}
	return strconv.FormatFloat(n, 'f', 0, 64) + ". " + names[unit]
}

// pyGeneral3 is Python's '{:#.3g}': three significant digits, point kept.
func pyGeneral3(x float64) string {
	s := strconv.FormatFloat(x, 'g', 3, 64)
	if strings.ContainsAny(s, "e") {
		return s
	}
	digits := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if !strings.Contains(s, ".") {
		s += "."
	}
	if strings.HasPrefix(s, "0.") {
		digits--
	}
	for ; digits < 3; digits++ {
		s += "0"
	}
	return s
}

// Shape returns the array's shape (not copied).
func (a *Array) Shape() []int { return a.shape }

// Dim returns the array's physical dimension.
func (a *Array) Dim() units.Dim { return a.dim }

// DType returns the element type.
func (a *Array) DType() DType { return a.dtype }

// Size is the number of elements.
func (a *Array) Size() int { return sizeOf(a.shape) }

func (a *Array) ndim() int { return len(a.shape) }

// contiguous reports C-contiguity, so that storage[offset:offset+size]
// holds the elements in order.
func (a *Array) contiguous() bool {
	n := 1
	for k := len(a.shape) - 1; k >= 0; k-- {
		if a.shape[k] != 1 && a.strides[k] != n {
			return false
		}
		n *= a.shape[k]
	}
	return true
}

// offsets lists the storage index of every element in C order.
func (a *Array) offsets() []int {
	n := a.Size()
	out := make([]int, n)
	if a.contiguous() {
		for k := range out {
			out[k] = a.offset + k
		}
		return out
	}
	walk(a.shape, a.strides, a.offset, func(j, off int) { out[j] = off })
	return out
}

// walk calls fn(j, off) for the j-th element in C order at storage offset off.
func walk(shape, strides []int, offset int, fn func(j, off int)) {
	nd := len(shape)
	n := sizeOf(shape)
	if n == 0 {
		return
	}
	if nd == 0 {
		fn(0, offset)
		return
	}
	idx := make([]int, nd)
	off := offset
	last := nd - 1
	for j := 0; j < n; {
		// innermost axis as a tight loop
		s := strides[last]
		for c := 0; c < shape[last]; c++ {
			fn(j, off+c*s)
			j++
		}
		k := last - 1
		for ; k >= 0; k-- {
			idx[k]++
			off += strides[k]
			if idx[k] < shape[k] {
				break
			}
			off -= strides[k] * idx[k]
			idx[k] = 0
		}
		if k < 0 {
			break
		}
	}
}

// floatAt reads the element at storage offset k as float64.
func (a *Array) floatAt(k int) float64 {
	switch a.dtype {
	case Float64:
		return a.f[k]
	case Bool:
		if a.b[k] {
			return 1
		}
		return 0
	}
	return float64(a.i[k])
}

func (a *Array) intAt(k int) int64 {
	switch a.dtype {
	case Float64:
		return int64(a.f[k])
	case Bool:
		if a.b[k] {
			return 1
		}
		return 0
	}
	return a.i[k]
}

func (a *Array) boolAt(k int) bool {
	switch a.dtype {
	case Float64:
		return a.f[k] != 0
	case Bool:
		return a.b[k]
	}
	return a.i[k] != 0
}

// setFloatAt stores v converted to the array's dtype.
func (a *Array) setFloatAt(k int, v float64) {
	switch a.dtype {
	case Float64:
		a.f[k] = v
	case Bool:
		a.b[k] = v != 0
	case Int32:
		a.i[k] = int64(int32(int64(v)))
	default:
		a.i[k] = int64(v)
	}
}

func (a *Array) setIntAt(k int, v int64) {
	switch a.dtype {
	case Float64:
		a.f[k] = float64(v)
	case Bool:
		a.b[k] = v != 0
	case Int32:
		a.i[k] = int64(int32(v))
	default:
		a.i[k] = v
	}
}

// Float64s returns the elements as a new contiguous []float64 in C order.
func (a *Array) Float64s() []float64 {
	n := a.Size()
	out := make([]float64, n)
	if a.dtype == Float64 && a.contiguous() {
		copy(out, a.f[a.offset:a.offset+n])
		return out
	}
	walk(a.shape, a.strides, a.offset, func(j, off int) { out[j] = a.floatAt(off) })
	return out
}

// Int64s returns the elements as a new []int64 in C order.
func (a *Array) Int64s() []int64 {
	out := make([]int64, a.Size())
	walk(a.shape, a.strides, a.offset, func(j, off int) { out[j] = a.intAt(off) })
	return out
}

// Bools returns the elements as a new []bool in C order.
func (a *Array) Bools() []bool {
	out := make([]bool, a.Size())
	walk(a.shape, a.strides, a.offset, func(j, off int) { out[j] = a.boolAt(off) })
	return out
}

// copyArray makes a C-contiguous copy with the same dtype and dimension
// (a named unit becomes a plain quantity).
func (a *Array) copyArray() *Array {
	c := newArray(a.dtype, a.shape)
	switch a.dtype {
	case Float64:
		if a.contiguous() {
			copy(c.f, a.f[a.offset:a.offset+c.Size()])
		} else {
			walk(a.shape, a.strides, a.offset, func(j, off int) { c.f[j] = a.f[off] })
		}
	case Bool:
		walk(a.shape, a.strides, a.offset, func(j, off int) { c.b[j] = a.b[off] })
	default:
		walk(a.shape, a.strides, a.offset, func(j, off int) { c.i[j] = a.i[off] })
	}
	c.dim, c.quantity = a.dim, a.quantity
	return c
}

// astype converts to another dtype (always a copy).
func (a *Array) astype(dt DType) *Array {
	if dt == a.dtype {
		return a.copyArray()
	}
	c := newArray(dt, a.shape)
	switch dt {
	case Float64:
		walk(a.shape, a.strides, a.offset, func(j, off int) { c.f[j] = a.floatAt(off) })
	case Bool:
		walk(a.shape, a.strides, a.offset, func(j, off int) { c.b[j] = a.boolAt(off) })
	default:
		walk(a.shape, a.strides, a.offset, func(j, off int) { c.setIntAt(j, a.intAt(off)) })
	}
	c.dim, c.quantity = a.dim, a.quantity
	return c
}

// view shares storage with a but may change shape, strides and offset.
func (a *Array) view(shape, strides []int, offset int) *Array {
	return &Array{dtype: a.dtype, f: a.f, i: a.i, b: a.b, shape: shape, strides: strides,
		offset: offset, dim: a.dim, quantity: a.quantity}
}

// withDim returns a view of a carrying dimension d (no named unit).
func (a *Array) withDim(d units.Dim) *Array {
	v := a.view(a.shape, a.strides, a.offset)
	v.dim = d
	v.quantity = !d.IsDimensionless()
	return v
}

// scalarValue converts the element at storage offset k to a Python value
// (a Quantity scalar when the array has a dimension).
func (a *Array) scalarValue(k int) interp.Value {
	if !a.dim.IsDimensionless() || a.quantity {
		return &Array{dtype: Float64, f: []float64{a.floatAt(k)}, shape: []int{}, strides: []int{}, dim: a.dim, quantity: true}
	}
	switch a.dtype {
	case Float64:
		return interp.Float(a.f[k])
	case Bool:
		return interp.Bool(a.b[k])
	}
	return interp.Int(a.i[k])
}

// result finishes an arithmetic result: a 0-d dimensionless array becomes
// a Python scalar, a 0-d quantity stays a Quantity scalar.
func result(a *Array) interp.Value {
	if len(a.shape) == 0 && a.dim.IsDimensionless() && !a.quantity {
		return a.scalarValue(a.offset)
	}
	return a
}
