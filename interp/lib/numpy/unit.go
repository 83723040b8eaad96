package numpy

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// NewUnit is the Python value of a named Brian unit (ms, mvolt): a 0-d
// quantity of value u.Scale that prints as its name.
func NewUnit(u units.Unit) *Array {
	return &Array{dtype: Float64, f: []float64{u.Scale}, shape: []int{}, strides: []int{}, dim: u.Dim, quantity: true, unit: &u}
}

// unitArith builds compound units the way Brian's Unit class does:
// unit*unit, unit/unit, 1/unit and unit**number stay named units.
func unitArith(op interp.Op, x, y *Array, other interp.Value, reflected bool) (interp.Value, bool) {
	switch op {
	case interp.Mul:
		if x.unit != nil && y.unit != nil {
			return NewUnit(x.unit.Times(*y.unit)), true
		}
	case interp.TrueDiv:
		if x.unit != nil && y.unit != nil {
			return NewUnit(x.unit.Over(*y.unit)), true
		}
		if reflected && y.unit != nil && isScalarValue(other) && x.floatAt(x.offset) == 1 {
			return NewUnit(y.unit.Power(-1, "-1")), true
		}
	case interp.Pow:
		if !reflected && x.unit != nil && isScalarValue(other) {
			var text string
			switch v := other.(type) {
			case interp.Int:
				text = units.FormatExponent(float64(v))
			case interp.Bool:
				if v {
					text = "True"
				} else {
					text = "False"
				}
			default:
				f, _ := interp.AsFloat(other)
				text = PyFloatRepr(f)
			}
			p, _ := interp.AsFloat(other)
			return NewUnit(x.unit.Power(p, text)), true
		}
	}
	return nil, false
}
