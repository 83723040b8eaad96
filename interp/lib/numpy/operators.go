package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// operand converts the other side of an operator; nil means the operator
// does not apply (NotImplemented). weak reports a Python scalar.
func operand(th *interp.Thread, v interp.Value) (a *Array, weak bool, err error) {
	switch v.(type) {
	case *Array:
		return v.(*Array), false, nil
	case interp.Int, interp.Float, interp.Bool, *interp.BigInt:
		a, err := toArray(th, v, true)
		return a, true, err
	case interp.Tuple, *interp.List:
		a, err := toArray(th, v, true)
		return a, false, err
	}
	if v.Type().Name == "range" {
		a, err := toArray(th, v, true)
		return a, false, err
	}
	return nil, false, nil
}

// isQuantity reports a value Brian treats as a Quantity (has units).
func (a *Array) isQuantity() bool { return a.unit != nil || a.quantity || !a.dim.IsDimensionless() }

// allZero reports whether every element is 0 (Brian lets a plain 0 have
// any dimension).
func (a *Array) allZero() bool {
	z := true
	walk(a.shape, a.strides, a.offset, func(_, off int) {
		if a.floatAt(off) != 0 {
			z = false
		}
	})
	return z
}

// shortStr is Brian's _short_str: str() with threshold 5, edgeitems 2.
func shortStr(th *interp.Thread, a *Array) string {
	opts := sessionOptions(th)
	opts.threshold, opts.edgeitems = 5, 2
	switch {
	case a.unit != nil:
		return a.unit.Disp
	case a.isQuantity():
		return a.quantityText(opts, false)
	}
	return a.arrayStr(opts)
}

// checkSameDims implements Brian's fail_for_dimension_mismatch for two
// operands: a dimensionless all-zero operand matches anything.
func checkSameDims(th *interp.Thread, self, other *Array, format func(s, o string) string) error {
	if self.dim == other.dim {
		return nil
	}
	if (self.dim.IsDimensionless() && self.allZero()) || (other.dim.IsDimensionless() && other.allZero()) {
		return nil
	}
	msg := format(shortStr(th, self), shortStr(th, other))
	if other.unit != nil {
		return mismatch(msg, self.dim)
	}
	return mismatch(msg, self.dim, other.dim)
}

// Binary implements the arithmetic operators with units and broadcasting.
func (a *Array) Binary(th *interp.Thread, op interp.Op, other interp.Value, reflected bool) (interp.Value, error) {
	o, weak, err := operand(th, other)
	if err != nil || o == nil {
		return nil, err
	}
	x, y, weakX, weakY := a, o, false, weak
	if reflected {
		x, y, weakX, weakY = o, a, weak, false
	}
	if r, ok := unitArith(op, x, y, other, reflected); ok {
		return r, nil
	}
	return arith(th, op, x, y, weakX, weakY)
}

// arith is x op y for arrays and quantities.
func arith(th *interp.Thread, op interp.Op, x, y *Array, weakX, weakY bool) (interp.Value, error) {
	return arithInto(th, op, x, y, weakX, weakY, nil)
}

// arithInto is arith writing the result into dst's storage when it fits
// (see elementwiseInto); dst may be nil.
func arithInto(th *interp.Thread, op interp.Op, x, y *Array, weakX, weakY bool, dst *Array) (interp.Value, error) {
	// self is the operand whose Quantity method Brian runs.
	selfIsX := x.isQuantity() || !y.isQuantity()
	var dim units.Dim
	switch op {
	case interp.Add, interp.Sub, interp.Mod:
		sym := op.String()
		if selfIsX {
			err := checkSameDims(th, x, y, func(s, o string) string {
				return "Cannot calculate " + s + " " + sym + " " + o + ", units do not match"
			})
			if err != nil {
				return nil, err
			}
		} else if op == interp.Sub {
			if !(x.dim.IsDimensionless() && x.allZero()) {
				xq := x.astype(Float64)
				xq.quantity = true
				err := checkSameDims(th, xq, y, func(s, o string) string {
					return "Cannot calculate " + s + " - " + o + ", units do not match"
				})
				if err != nil {
					return nil, err
				}
			}
		} else {
			err := checkSameDims(th, y, x, func(s, o string) string {
				return "Cannot calculate " + s + " " + sym + " " + o + ", units do not match"
			})
			if err != nil {
				return nil, err
			}
		}
		dim = x.dim
		if dim.IsDimensionless() {
			dim = y.dim
		}
	case interp.Mul:
		dim = x.dim.Mul(y.dim)
	case interp.TrueDiv, interp.FloorDiv:
		dim = x.dim.Div(y.dim)
	case interp.Pow:
		if !y.dim.IsDimensionless() {
			base, exp := shortStr(th, x), shortStr(th, y)
			return nil, mismatch("Cannot calculate "+base+" ** "+exp+", the exponent has to be dimensionless", y.dim)
		}
		if !x.dim.IsDimensionless() {
			if y.Size() != 1 {
				return nil, interp.Errorf(interp.TypeError, "Too many exponents")
			}
			dim = x.dim.Pow(y.floatAt(y.offset))
		}
	case interp.MatMul:
		return matmul(x, y)
	default:
		if x.isQuantity() || y.isQuantity() {
			if !x.dim.IsDimensionless() || !y.dim.IsDimensionless() {
				return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, x.Type().Name, y.Type().Name)
			}
		}
	}
	dt := resultDType(op, x, y, weakX, weakY)
	if op == interp.Pow && dt.isInt() && !weakY && y.dtype == Float64 {
		dt = Float64
	}
	out, err := elementwiseInto(op, x, y, dt, dst)
	if err != nil {
		return nil, err
	}
	out.dim = dim
	return result(out), nil
}

// Compare implements <, <=, ==, !=, >, >= elementwise.
func (a *Array) Compare(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	o, _, err := operand(th, other)
	if err != nil {
		return nil, err
	}
	if o == nil {
		switch op {
		case interp.Eq:
			return interp.False, nil
		case interp.Ne:
			return interp.True, nil
		}
		return nil, nil
	}
	if a.isQuantity() || o.isQuantity() {
		skip := o.Size() == 1 && math.IsInf(o.floatAt(o.offset), 0) && !o.isQuantity()
		if !skip {
			sym := op.String()
			err := checkSameDims(th, a, o, func(s, t string) string {
				return "Cannot perform comparison " + s + " " + sym + " " + t + ", units do not match"
			})
			if err != nil {
				return nil, err
			}
		}
	}
	out, err := compareArrays(op, a, o)
	if err != nil {
		return nil, err
	}
	return result(out), nil
}

// Unary implements -x, +x, ~x.
func (a *Array) Unary(th *interp.Thread, op interp.Op) (interp.Value, error) {
	out := a.copyArray()
	switch op {
	case interp.Neg:
		switch out.dtype {
		case Float64:
			for k := range out.f {
				out.f[k] = -out.f[k]
			}
		case Bool:
			return nil, interp.Errorf(interp.TypeError, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
		default:
			for k := range out.i {
				out.setIntAt(k, -out.i[k])
			}
		}
	case interp.Pos:
	case interp.Invert:
		switch out.dtype {
		case Bool:
			for k := range out.b {
				out.b[k] = !out.b[k]
			}
		case Float64:
			return nil, interp.Errorf(interp.TypeError, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
		default:
			for k := range out.i {
				out.setIntAt(k, ^out.i[k])
			}
		}
	default:
		return nil, nil
	}
	return result(out), nil
}

// Inplace implements x op= y writing into x (numpy semantics: the result
// is cast to x's dtype; Brian checks units).
func (a *Array) Inplace(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	if a.unit != nil {
		return nil, interp.Errorf(interp.TypeError, "Units cannot be modified in-place")
	}
	if len(a.shape) == 0 {
		return nil, nil // scalars rebind, as Brian does
	}
	o, weak, err := operand(th, other)
	if err != nil || o == nil {
		return nil, err
	}
	switch op {
	case interp.Add, interp.Sub, interp.Mod:
		if a.isQuantity() || o.isQuantity() {
			sym := op.String() + "="
			err := checkSameDims(th, a, o, func(_, t string) string {
				return "Cannot calculate ... " + sym + " " + t + ", units do not match"
			})
			if err != nil {
				return nil, err
			}
		}
	case interp.Mul, interp.TrueDiv, interp.FloorDiv, interp.Pow:
	default:
		if a.isQuantity() || o.isQuantity() {
			return nil, nil
		}
	}
	r, err := arithInto(th, op, a, o, false, weak, a)
	if err != nil {
		return nil, err
	}
	ra, err := toArray(th, r, true)
	if err != nil {
		return nil, err
	}
	if ra.f != nil && a.dtype == Float64 && &ra.f[0] == &a.f[a.offset] && sameShape(ra.shape, a.shape) {
		// computed in place
		a.dim = ra.dim
		if !a.dim.IsDimensionless() {
			a.quantity = true
		}
		return a, nil
	}
	if !sameShapeBroadcastable(ra.shape, a.shape) {
		return nil, interp.Errorf(interp.ValueError, "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s", shapeRepr(a.shape), shapeRepr(ra.shape))
	}
	if a.dtype.isInt() && ra.dtype == Float64 {
		return nil, interp.Errorf(UFuncTypeError, "Cannot cast ufunc '%s' output from dtype('float64') to dtype('%s') with casting rule 'same_kind'", ufuncNames[op], a.dtype)
	}
	a.assign(ra)
	a.dim = ra.dim
	if !a.dim.IsDimensionless() {
		a.quantity = true
	}
	return a, nil
}

// UFuncTypeError is numpy's casting error (a TypeError).
var UFuncTypeError = interp.NewExceptionClass("UFuncTypeError", "numpy.core._exceptions", interp.TypeError)

func sameShapeBroadcastable(src, dst []int) bool {
	s, err := broadcastShapes(src, dst)
	return err == nil && sameShape(s, dst)
}

// assign copies src (broadcast) into the elements of a.
func (a *Array) assign(src *Array) {
	b := src.broadcastTo(a.shape)
	if src.dtype == a.dtype && a.dtype == Float64 && a.contiguous() && b.contiguous() && sameShape(src.shape, a.shape) {
		n := a.Size()
		copy(a.f[a.offset:a.offset+n], src.f[src.offset:src.offset+n])
		return
	}
	if a.shares(src) {
		b = src.copyArray().broadcastTo(a.shape)
	}
	walk2(a.shape, a, b, func(_, ka, kb int) {
		switch a.dtype {
		case Float64:
			a.f[ka] = b.floatAt(kb)
		case Bool:
			a.b[ka] = b.boolAt(kb)
		default:
			if b.dtype == Float64 {
				a.setFloatAt(ka, b.f[kb])
			} else {
				a.setIntAt(ka, b.intAt(kb))
			}
		}
	})
}

// shares reports whether two arrays use the same storage.
func (a *Array) shares(b *Array) bool {
	switch {
	case len(a.f) > 0 && len(b.f) > 0:
		return &a.f[0] == &b.f[0]
	case len(a.i) > 0 && len(b.i) > 0:
		return &a.i[0] == &b.i[0]
	case len(a.b) > 0 && len(b.b) > 0:
		return &a.b[0] == &b.b[0]
	}
	return false
}
