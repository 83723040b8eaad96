package brian2

import (
	"fmt"
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/expr"
)

// timedArray is Brian's TimedArray: values over time (rows) and
// optionally neurons (columns), usable as a function f(t) or f(t, i) in
// equations, and callable from Python.
type timedArray struct {
	s    *state
	ta   *expr.TimedArray
	name string
}

func (t *timedArray) Type() *interp.Class { return t.s.cls.timedArray }

// newTimedArray implements TimedArray(values, dt, name=None).
func (s *state) newTimedArray(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var values, dt, name interp.Value = nil, nil, interp.None
	if err := interp.UnpackArgs("TimedArray", args, kwargs, "values", &values, "dt", &dt, "name?", &name); err != nil {
		return nil, err
	}
	data, shape, dim, err := numpy.AsFloats(th, values)
	if err != nil {
		return nil, err
	}
	step, err := timeArg(th, "dt", dt)
	if err != nil {
		return nil, err
	}
	ta := &expr.TimedArray{Values: data, DT: step, Dim: dim}
	switch len(shape) {
	case 1:
		ta.Rows, ta.Cols = shape[0], 1
	case 2:
		ta.Rows, ta.Cols = shape[0], shape[1]
	default:
		return nil, interp.Errorf(interp.NotImplementedError, "Only 1d and 2d arrays are supported for TimedArray")
	}
	n := ""
	if ns, ok := name.(interp.Str); ok {
		n = string(ns)
	} else {
		s.timedArrays++
		n = "timedarray"
		if s.timedArrays > 1 {
			n = fmt.Sprintf("timedarray_%d", s.timedArrays-1)
		}
	}
	return &timedArray{s: s, ta: ta, name: n}, nil
}

func (t *timedArray) Repr(th *interp.Thread) (string, error) {
	if t.ta.Cols == 1 {
		return fmt.Sprintf("<TimedArray(name='%s', shape=(%d,))>", t.name, t.ta.Rows), nil
	}
	return fmt.Sprintf("<TimedArray(name='%s', shape=(%d, %d))>", t.name, t.ta.Rows, t.ta.Cols), nil
}

func (t *timedArray) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "name":
		return interp.Str(t.name), nil
	case "dt":
		return numpy.NewQuantity(t.ta.DT, timeDim), nil
	case "values":
		shape := []int{t.ta.Rows}
		if t.ta.Cols > 1 {
			shape = append(shape, t.ta.Cols)
		}
		return numpy.NewFloatArray(append([]float64(nil), t.ta.Values...), shape, t.ta.Dim), nil
	}
	return nil, nil
}

func (t *timedArray) AttrNames() []string { return []string{"dt", "name", "values"} }

// Call evaluates ta(t) or ta(t, i) from Python, element-wise over t.
func (t *timedArray) Call(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var tv, iv interp.Value = nil, interp.None
	if err := interp.UnpackArgs(t.name, args, kwargs, "t", &tv, "i?", &iv); err != nil {
		return nil, err
	}
	ts, shape, dim, err := numpy.AsFloats(th, tv)
	if err != nil {
		return nil, err
	}
	if dim != timeDim {
		return nil, dimError("t", "a time", dim)
	}
	var is []float64
	if iv != interp.None {
		if is, _, _, err = numpy.AsFloats(th, iv); err != nil {
			return nil, err
		}
		if len(is) == 0 {
			return nil, interp.Errorf(interp.ValueError, "the neuron index array is empty")
		}
	} else if t.ta.Cols > 1 {
		return nil, interp.Errorf(interp.TypeError, "a 2d TimedArray needs the neuron index as its second argument")
	}
	out := make([]float64, len(ts))
	for k, x := range ts {
		row := int(math.Round(x / t.ta.DT))
		row = max(0, min(row, t.ta.Rows-1))
		col := 0
		if is != nil {
			col = int(is[min(k, len(is)-1)])
			if col < 0 || col >= t.ta.Cols {
				return nil, interp.Errorf(interp.IndexError, "index %d is out of bounds for a TimedArray with %d columns", col, t.ta.Cols)
			}
		}
		out[k] = t.ta.Values[row*t.ta.Cols+col]
	}
	if len(shape) == 0 {
		return numpy.NewQuantity(out[0], t.ta.Dim), nil
	}
	return numpy.NewFloatArray(out, shape, t.ta.Dim), nil
}
