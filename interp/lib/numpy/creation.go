package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

type fnType = func(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error)

// dtypeOr reads an optional dtype argument.
func dtypeOr(v interp.Value, def DType) (DType, error) {
	if isNone(v) {
		return def, nil
	}
	return parseDType(v)
}

func npArray(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var obj interp.Value
	var dtV, copyV, ndmin interp.Value = interp.None, interp.True, interp.None
	if err := interp.UnpackArgs("array", args, kw, "object", &obj, "dtype?", &dtV, "copy?", &copyV, "order?", &ndmin, "subok?", &ndmin, "ndmin?", &ndmin); err != nil {
		return nil, err
	}
	a, err := toArray(th, obj, false)
	if err != nil {
		return nil, err
	}
	dt, err := dtypeOr(dtV, a.dtype)
	if err != nil {
		return nil, err
	}
	c := a.astype(dt)
	// numpy.array strips Brian's units (values in SI)
	c.dim, c.quantity = units.Dim{}, false
	return c, nil
}

func npAsarray(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var obj interp.Value
	var dtV interp.Value = interp.None
	if err := interp.UnpackArgs("asarray", args, kw, "a", &obj, "dtype?", &dtV); err != nil {
		return nil, err
	}
	a, err := toArray(th, obj, false)
	if err != nil {
		return nil, err
	}
	if !isNone(dtV) {
		dt, err := parseDType(dtV)
		if err != nil {
			return nil, err
		}
		if dt != a.dtype {
			a = a.astype(dt)
		}
	}
	if a.isQuantity() {
		v := a.view(a.shape, a.strides, a.offset)
		v.dim, v.quantity = units.Dim{}, false
		return v, nil
	}
	return a, nil
}

// filled makes a new array of the given shape filled with v.
func filled(th *interp.Thread, shapeV interp.Value, v interp.Value, dtV interp.Value, def DType) (interp.Value, error) {
	shape, err := shapeArg(th, shapeV)
	if err != nil {
		return nil, err
	}
	if err := checkAlloc(shape); err != nil {
		return nil, err
	}
	fill, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	if def < 0 {
		def = fill.dtype
	}
	dt, err := dtypeOr(dtV, def)
	if err != nil {
		return nil, err
	}
	out := newArray(dt, shape)
	out.assign(fill)
	out.dim = fill.dim
	out.quantity = !fill.dim.IsDimensionless()
	return out, nil
}

func npZeros(name string, val interp.Value) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var shape interp.Value
		var dtV, order interp.Value = interp.None, interp.None
		if err := interp.UnpackArgs(name, args, kw, "shape", &shape, "dtype?", &dtV, "order?", &order); err != nil {
			return nil, err
		}
		return filled(th, shape, val, dtV, Float64)
	}
}

func npFull(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var shape, v interp.Value
	var dtV interp.Value = interp.None
	if err := interp.UnpackArgs("full", args, kw, "shape", &shape, "fill_value", &v, "dtype?", &dtV); err != nil {
		return nil, err
	}
	return filled(th, shape, v, dtV, -1)
}

func npLike(name string, val interp.Value) fnType {
	return func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var proto interp.Value
		var dtV, fill interp.Value = interp.None, val
		var err error
		if val == nil {
			err = interp.UnpackArgs(name, args, kw, "a", &proto, "fill_value", &fill, "dtype?", &dtV)
		} else {
			err = interp.UnpackArgs(name, args, kw, "a", &proto, "dtype?", &dtV)
		}
		if err != nil {
			return nil, err
		}
		a, err := toArray(th, proto, true)
		if err != nil {
			return nil, err
		}
		shape := make(interp.Tuple, len(a.shape))
		for k, s := range a.shape {
			shape[k] = interp.Int(s)
		}
		if isNone(dtV) {
			dtV = &dtypeValue{a.dtype}
		}
		r, err := filled(th, shape, fill, dtV, a.dtype)
		if err != nil {
			return nil, err
		}
		// Brian's zeros_like/ones_like return plain arrays
		return result(r.(*Array)), nil
	}
}

// npArange follows numpy's arange: length ceil((stop-start)/step), values
// start + i*delta where delta = (start+step) - start.
func npArange(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var startV, stopV, stepV, dtV interp.Value = nil, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("arange", args, kw, "start", &startV, "stop?", &stopV, "step?", &stepV, "dtype?", &dtV); err != nil {
		return nil, err
	}
	if isNone(stopV) {
		startV, stopV = interp.Int(0), startV
	}
	if isNone(stepV) {
		stepV = interp.Int(1)
	}
	vals := []interp.Value{startV, stopV, stepV}
	arrs := make([]*Array, 3)
	allInt := true
	for k, v := range vals {
		a, err := toArray(th, v, true)
		if err != nil {
			return nil, err
		}
		if a.Size() != 1 {
			return nil, interp.Errorf(interp.TypeError, "only length-1 arrays can be converted to Python scalars")
		}
		arrs[k] = a
		if !a.dtype.isInt() {
			allInt = false
		}
	}
	dim := arrs[0].dim
	for _, a := range arrs[1:] {
		if a.dim != dim && !(a.dim.IsDimensionless() && a.allZero()) && !(dim.IsDimensionless() && arrs[0].allZero()) {
			return nil, mismatch("arange arguments need to have the same units", dim, a.dim)
		}
		if dim.IsDimensionless() {
			dim = a.dim
		}
	}
	start, stop, step := arrs[0].floatAt(arrs[0].offset), arrs[1].floatAt(arrs[1].offset), arrs[2].floatAt(arrs[2].offset)
	if step == 0 {
		return nil, interp.Errorf(interp.ZeroDivisionError, "division by zero")
	}
	n := int(math.Ceil((stop - start) / step))
	if n < 0 {
		n = 0
	}
	if err := checkAlloc([]int{n}); err != nil {
		return nil, err
	}
	def := Float64
	if allInt {
		def = Int64
	}
	dt, err := dtypeOr(dtV, def)
	if err != nil {
		return nil, err
	}
	out := newArray(dt, []int{n})
	if dt.isInt() && allInt {
		s, st := int64(start), int64(step)
		for k := range out.i {
			out.setIntAt(k, s+int64(k)*st)
		}
	} else {
		delta := (start + step) - start
		for k := 0; k < n; k++ {
			v := start + float64(k)*delta
			if k == 0 {
				v = start
			}
			out.setFloatAt(k, v)
		}
	}
	out.dim = dim
	out.quantity = !dim.IsDimensionless()
	return out, nil
}

// linspaceValues is numpy's linspace arithmetic.
func linspaceValues(start, stop float64, num int, endpoint bool) []float64 {
	div := num
	if endpoint {
		div = num - 1
	}
	out := make([]float64, num)
	delta := stop - start
	step := delta / float64(div)
	for k := range out {
		if div > 0 && step == 0 {
			out[k] = float64(k)/float64(div)*delta + start
		} else if div > 0 {
			out[k] = float64(k)*step + start
		} else {
			out[k] = float64(k)*delta + start
		}
	}
	if endpoint && num > 1 {
		out[num-1] = stop
	}
	return out
}

func npLinspace(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var startV, stopV interp.Value
	num, endpoint := 50, true
	var retstep, dtV, axis interp.Value = interp.False, interp.None, interp.None
	if err := interp.UnpackArgs("linspace", args, kw, "start", &startV, "stop", &stopV, "num?", &num, "endpoint?", &endpoint, "retstep?", &retstep, "dtype?", &dtV, "axis?", &axis); err != nil {
		return nil, err
	}
	if num < 0 {
		return nil, interp.Errorf(interp.ValueError, "Number of samples, %d, must be non-negative.", num)
	}
	s, e, err := arrays2(th, startV, stopV)
	if err != nil {
		return nil, err
	}
	if s.dim != e.dim {
		return nil, mismatch("Start value and stop value need to have the same units", s.dim, e.dim)
	}
	out := NewFloatArray(linspaceValues(s.floatAt(s.offset), e.floatAt(e.offset), num, endpoint), nil, s.dim)
	out.quantity = !s.dim.IsDimensionless()
	return out, nil
}

func npLogspace(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var start, stop float64
	num, endpoint, base := 50, true, 10.0
	if err := interp.UnpackArgs("logspace", args, kw, "start", &start, "stop", &stop, "num?", &num, "endpoint?", &endpoint, "base?", &base); err != nil {
		return nil, err
	}
	v := linspaceValues(start, stop, num, endpoint)
	for k := range v {
		v[k] = math.Pow(base, v[k])
	}
	return NewFloatArray(v, nil, units.Dim{}), nil
}

func npEye(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var n int
	var mV, dtV interp.Value = interp.None, interp.None
	k := 0
	if err := interp.UnpackArgs("eye", args, kw, "N", &n, "M?", &mV, "k?", &k, "dtype?", &dtV); err != nil {
		return nil, err
	}
	m := n
	if !isNone(mV) {
		mi, err := interp.AsInt(mV)
		if err != nil {
			return nil, err
		}
		m = int(mi)
	}
	dt, err := dtypeOr(dtV, Float64)
	if err != nil {
		return nil, err
	}
	if err := checkAlloc([]int{n, m}); err != nil {
		return nil, err
	}
	out := newArray(dt, []int{n, m})
	for i := 0; i < n; i++ {
		if j := i + k; j >= 0 && j < m {
			out.setFloatAt(i*m+j, 1)
		}
	}
	return out, nil
}

// arraysOf converts a sequence argument to arrays with a common dimension.
func arraysOf(th *interp.Thread, seq interp.Value, what string) ([]*Array, error) {
	items, err := interp.ToSlice(th, seq)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, interp.Errorf(interp.ValueError, "need at least one array to %s", what)
	}
	out := make([]*Array, len(items))
	for k, it := range items {
		if out[k], err = toArray(th, it, true); err != nil {
			return nil, err
		}
		if k > 0 && out[k].dim != out[0].dim {
			return nil, mismatch("All arguments need to have the same units", out[0].dim, out[k].dim)
		}
	}
	return out, nil
}

// concat joins arrays along an existing axis.
func concat(arrs []*Array, axis int) (*Array, error) {
	nd := len(arrs[0].shape)
	if nd == 0 {
		return nil, interp.Errorf(interp.ValueError, "zero-dimensional arrays cannot be concatenated")
	}
	if axis < 0 {
		axis += nd
	}
	if axis < 0 || axis >= nd {
		return nil, interp.Errorf(AxisError, "axis %d is out of bounds for array of dimension %d", axis, nd)
	}
	shape := append([]int(nil), arrs[0].shape...)
	dt := arrs[0].dtype
	for k, a := range arrs[1:] {
		if len(a.shape) != nd {
			return nil, interp.Errorf(interp.ValueError, "all the input arrays must have same number of dimensions, but the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, k+1, len(a.shape))
		}
		for d := range shape {
			if d != axis && a.shape[d] != shape[d] {
				return nil, interp.Errorf(interp.ValueError, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", d, shape[d], k+1, a.shape[d])
			}
		}
		shape[axis] += a.shape[axis]
		dt = max(dt, a.dtype)
	}
	out := newArray(dt, shape)
	pos := 0
	for _, a := range arrs {
		// view of out covering this piece
		st := out.strides
		v := out.view(a.shape, st, pos*st[axis])
		v.assign(a)
		pos += a.shape[axis]
	}
	out.dim = arrs[0].dim
	out.quantity = !out.dim.IsDimensionless()
	return out, nil
}

func atLeast(a *Array, nd int) *Array {
	for len(a.shape) < nd {
		if nd == 2 && len(a.shape) == 1 {
			a, _ = a.expandDims(0)
		} else {
			a, _ = a.expandDims(len(a.shape))
		}
	}
	return a
}
