package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// floatOp returns the float64 kernel of a binary operator.
func floatOp(op interp.Op) func(x, y float64) float64 {
	switch op {
	case interp.Add:
		return func(x, y float64) float64 { return x + y }
	case interp.Sub:
		return func(x, y float64) float64 { return x - y }
	case interp.Mul:
		return func(x, y float64) float64 { return x * y }
	case interp.TrueDiv:
		return func(x, y float64) float64 { return x / y }
	case interp.FloorDiv:
		return func(x, y float64) float64 { return math.Floor(x / y) }
	case interp.Mod:
		return pyFmod
	case interp.Pow:
		return math.Pow
	}
	return nil
}

// pyFmod is numpy's float remainder: the sign follows the divisor.
func pyFmod(x, y float64) float64 {
	if y == 0 {
		return math.NaN()
	}
	m := math.Mod(x, y)
	if m == 0 {
		return math.Copysign(0, y)
	}
	if (m < 0) != (y < 0) {
		m += y
	}
	return m
}

// intOp returns the int64 kernel of a binary operator (nil: not integral).
func intOp(op interp.Op) func(x, y int64) int64 {
	switch op {
	case interp.Add:
		return func(x, y int64) int64 { return x + y }
	case interp.Sub:
		return func(x, y int64) int64 { return x - y }
	case interp.Mul:
		return func(x, y int64) int64 { return x * y }
	case interp.FloorDiv:
		return func(x, y int64) int64 {
			if y == 0 {
				return 0
			}
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return q
		}
	case interp.Mod:
		return func(x, y int64) int64 {
			if y == 0 {
				return 0
			}
			m := x % y
			if m != 0 && (m < 0) != (y < 0) {
				m += y
			}
			return m
		}
	case interp.Pow:
		return func(x, y int64) int64 {
			r := int64(1)
			for ; y > 0; y-- {
				r *= x
			}
			return r
		}
	case interp.BitAnd:
		return func(x, y int64) int64 { return x & y }
	case interp.BitOr:
		return func(x, y int64) int64 { return x | y }
	case interp.BitXor:
		return func(x, y int64) int64 { return x ^ y }
	case interp.LShift:
		return func(x, y int64) int64 { return x << uint(y) }
	case interp.RShift:
		return func(x, y int64) int64 { return x >> uint(y) }
	}
	return nil
}

func cmpFloat(op interp.Op) func(x, y float64) bool {
	switch op {
	case interp.Lt:
		return func(x, y float64) bool { return x < y }
	case interp.Le:
		return func(x, y float64) bool { return x <= y }
	case interp.Gt:
		return func(x, y float64) bool { return x > y }
	case interp.Ge:
		return func(x, y float64) bool { return x >= y }
	case interp.Eq:
		return func(x, y float64) bool { return x == y }
	case interp.Ne:
		return func(x, y float64) bool { return x != y }
	}
	return nil
}

// fastFloat runs the common float kernels over contiguous data without a
// call per element. y is either len(x) long or a single value (ys).
func fastFloat(op interp.Op, out, x, y []float64, ys float64, scalarY, scalarX bool, xs float64) bool {
	switch {
	case scalarY:
		switch op {
		case interp.Add:
			addScalar(out, x, ys)
		case interp.Sub:
			subScalar(out, x, ys)
		case interp.Mul:
			mulScalar(out, x, ys)
		case interp.TrueDiv:
			divScalar(out, x, ys)
		default:
			return false
		}
	case scalarX:
		switch op {
		case interp.Add:
			for k, v := range y {
				out[k] = xs + v
			}
		case interp.Sub:
			for k, v := range y {
				out[k] = xs - v
			}
		case interp.Mul:
			for k, v := range y {
				out[k] = xs * v
			}
		case interp.TrueDiv:
			for k, v := range y {
				out[k] = xs / v
			}
		default:
			return false
		}
	default:
		y = y[:len(x)]
		out = out[:len(x)]
		switch op {
		case interp.Add:
			addVec(out, x, y)
		case interp.Sub:
			subVec(out, x, y)
		case interp.Mul:
			mulVec(out, x, y)
		case interp.TrueDiv:
			divVec(out, x, y)
		default:
			return false
		}
	}
	return true
}

// resultDType is numpy's result type for a binary operator; weak marks
// operands that were Python scalars (they do not widen integer arrays).
func resultDType(op interp.Op, x, y *Array, weakX, weakY bool) DType {
	dx, dy := x.dtype, y.dtype
	if weakX && dx != Float64 && dy != Bool {
		dx = dy
	}
	if weakY && dy != Float64 && dx != Bool {
		dy = dx
	}
	dt := max(dx, dy)
	if op == interp.Sub && dx == Bool && dy == Bool {
		return Bool // numpy refuses boolean subtraction
	}
	switch op {
	case interp.TrueDiv:
		return Float64
	case interp.Add, interp.Mul, interp.BitAnd, interp.BitOr, interp.BitXor:
		return dt
	}
	if dt == Bool {
		return Int64
	}
	return dt
}

// elementwise computes x op y with broadcasting into a new array of dtype dt.
func elementwise(op interp.Op, x, y *Array, dt DType) (*Array, error) {
	return elementwiseInto(op, x, y, dt, nil)
}

// elementwiseInto is elementwise writing into dst's storage (the result
// is then a view of it) when dst is a contiguous float array of the
// result's shape and no operand overlaps it other than as the very same
// view: that is x op= y without a temporary.
func elementwiseInto(op interp.Op, x, y *Array, dt DType, dst *Array) (*Array, error) {
	shape, err := broadcastShapes(x.shape, y.shape)
	if err != nil {
		return nil, err
	}
	if err := checkAlloc(shape); err != nil {
		return nil, err
	}
	var out *Array
	switch {
	case dst.writableAs(dt, shape, x, y):
		out = NewFloatArray(dst.f[dst.offset:dst.offset+dst.Size()], shape, units.Dim{})
	case dt == Float64: // every path below writes every element
		out = newFloatArrayUninit(shape)
	default:
		out = newArray(dt, shape)
	}
	switch dt {
	case Float64:
		if x.dtype == Float64 && y.dtype == Float64 && x.contiguous() && y.contiguous() {
			n := len(out.f)
			xs, ys := x.Size() == 1 && n != 1, y.Size() == 1 && n != 1
			if (xs || sameShape(x.shape, shape)) && (ys || sameShape(y.shape, shape)) {
				var xd, yd []float64
				var xv, yv float64
				if xs {
					xv = x.f[x.offset]
				} else {
					xd = x.f[x.offset : x.offset+n]
				}
				if ys {
					yv = y.f[y.offset]
				} else {
					yd = y.f[y.offset : y.offset+n]
				}
				switch op {
				case interp.Add, interp.Sub, interp.Mul, interp.TrueDiv:
					parallelFor(n, func(lo, hi int) {
						var xpart, ypart []float64
						if !xs {
							xpart = xd[lo:hi]
						}
						if !ys {
							ypart = yd[lo:hi]
						}
						if xs {
							fastFloat(op, out.f[lo:hi], nil, ypart, 0, false, true, xv)
						} else {
							fastFloat(op, out.f[lo:hi], xpart, ypart, yv, ys, false, 0)
						}
					})
					return out, nil
				}
			}
		}
		f := floatOp(op)
		if f == nil {
			return nil, unsupportedTypes(op, x, y)
		}
		walk2(shape, x, y, func(j, ka, kb int) { out.f[j] = f(x.floatAt(ka), y.floatAt(kb)) })
	case Bool:
		var f func(a, b bool) bool
		switch op {
		case interp.Add, interp.BitOr:
			f = func(a, b bool) bool { return a || b }
		case interp.Mul, interp.BitAnd:
			f = func(a, b bool) bool { return a && b }
		case interp.BitXor:
			f = func(a, b bool) bool { return a != b }
		default:
			return nil, unsupportedTypes(op, x, y)
		}
		walk2(shape, x, y, func(j, ka, kb int) { out.b[j] = f(x.boolAt(ka), y.boolAt(kb)) })
	default:
		f := intOp(op)
		if f == nil {
			return nil, unsupportedTypes(op, x, y)
		}
		var ferr error
		walk2(shape, x, y, func(j, ka, kb int) {
			b := y.intAt(kb)
			if op == interp.Pow && b < 0 {
				ferr = interp.Errorf(interp.ValueError, "Integers to negative integer powers are not allowed.")
			}
			out.setIntAt(j, f(x.intAt(ka), b))
		})
		if ferr != nil {
			return nil, ferr
		}
	}
	return out, nil
}

// writableAs reports whether a (nil: no) can receive the float result of
// shape shape computed elementwise from the operands.
func (a *Array) writableAs(dt DType, shape []int, operands ...*Array) bool {
	if a == nil || dt != Float64 || a.dtype != Float64 || len(shape) == 0 || !a.contiguous() || !sameShape(a.shape, shape) || a.Size() == 0 {
		return false
	}
	for _, o := range operands {
		if a.shares(o) && !(o.offset == a.offset && o.contiguous() && sameShape(o.shape, a.shape)) {
			return false
		}
	}
	return true
}

// compareArrays computes x op y elementwise into a bool array.
func compareArrays(op interp.Op, x, y *Array) (*Array, error) {
	shape, err := broadcastShapes(x.shape, y.shape)
	if err != nil {
		return nil, err
	}
	out := newArray(Bool, shape)
	if x.dtype.isInt() && y.dtype.isInt() {
		walk2(shape, x, y, func(j, ka, kb int) {
			a, b := x.i[ka], y.i[kb]
			var r bool
			switch op {
			case interp.Lt:
				r = a < b
			case interp.Le:
				r = a <= b
			case interp.Gt:
				r = a > b
			case interp.Ge:
				r = a >= b
			case interp.Eq:
				r = a == b
			case interp.Ne:
				r = a != b
			}
			out.b[j] = r
		})
		return out, nil
	}
	f := cmpFloat(op)
	if x.dtype == Float64 && x.contiguous() && sameShape(x.shape, shape) {
		xd := x.f[x.offset : x.offset+len(out.b)]
		switch {
		case y.Size() == 1 && len(xd) != 1:
			if compareFloatFast(op, out.b, xd, nil, y.floatAt(y.offset)) {
				return out, nil
			}
		case y.dtype == Float64 && y.contiguous() && sameShape(y.shape, shape):
			if compareFloatFast(op, out.b, xd, y.f[y.offset:y.offset+len(xd)], 0) {
				return out, nil
			}
		}
	}
	walk2(shape, x, y, func(j, ka, kb int) { out.b[j] = f(x.floatAt(ka), y.floatAt(kb)) })
	return out, nil
}

var ufuncNames = map[interp.Op]string{
	interp.Add: "add", interp.Sub: "subtract", interp.Mul: "multiply", interp.TrueDiv: "divide",
	interp.FloorDiv: "floor_divide", interp.Mod: "remainder", interp.Pow: "power",
	interp.BitAnd: "bitwise_and", interp.BitOr: "bitwise_or", interp.BitXor: "bitwise_xor",
	interp.LShift: "left_shift", interp.RShift: "right_shift", interp.MatMul: "matmul",
}

func unsupportedTypes(op interp.Op, x, y *Array) error {
	if op == interp.Sub && x.dtype == Bool && y.dtype == Bool {
		return interp.Errorf(interp.TypeError, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
	}
	return interp.Errorf(interp.TypeError, "ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''", ufuncNames[op])
}
