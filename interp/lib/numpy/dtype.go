package numpy

import (
	"github.com/gobrian/gobrian/interp"
)

// dtypeValue is a numpy dtype object (a.dtype).
type dtypeValue struct{ dt DType }

var dtypeClass = interp.NewClass("dtype", "numpy")

func (*dtypeValue) Type() *interp.Class { return dtypeClass }

func (d *dtypeValue) Repr(*interp.Thread) (string, error) {
	return "dtype('" + d.dt.String() + "')", nil
}

func (d *dtypeValue) Str(*interp.Thread) (string, error) { return d.dt.String(), nil }

func (d *dtypeValue) Attr(_ *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "name":
		return interp.Str(d.dt.String()), nil
	case "kind":
		return interp.Str(map[DType]string{Bool: "b", Int32: "i", Int64: "i", Float64: "f"}[d.dt]), nil
	case "type":
		return scalarClasses[d.dt], nil
	case "itemsize":
		return interp.Int(map[DType]int{Bool: 1, Int32: 4, Int64: 8, Float64: 8}[d.dt]), nil
	}
	return nil, nil
}

func (d *dtypeValue) AttrNames() []string { return []string{"name", "kind", "type", "itemsize"} }

func (d *dtypeValue) Compare(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	if op != interp.Eq && op != interp.Ne {
		return nil, nil
	}
	o, err := parseDType(other)
	eq := err == nil && o == d.dt
	return interp.Bool(eq == (op == interp.Eq)), nil
}

func (d *dtypeValue) Hash(*interp.Thread) (uint64, error) { return uint64(d.dt) + 7919, nil }

// Scalar type classes usable as dtype= and as converters (np.float64(x)).
var (
	Float64Class  = scalarClass("float64", Float64)
	Int64Class    = scalarClass("int64", Int64)
	Int32Class    = scalarClass("int32", Int32)
	BoolClass     = scalarClass("bool_", Bool)
	scalarClasses = map[DType]*interp.Class{Float64: Float64Class, Int64: Int64Class, Int32: Int32Class, Bool: BoolClass}
)

func scalarClass(name string, dt DType) *interp.Class {
	c := interp.NewClass(name, "numpy")
	c.New = func(th *interp.Thread, _ *interp.Class, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
		if len(args) == 0 {
			return newArray(dt, []int{}).scalarValue(0), nil
		}
		a, err := toArray(th, args[0], false)
		if err != nil {
			return nil, err
		}
		c := a.astype(dt)
		c.dim, c.quantity = a.dim, a.quantity
		return result(c), nil
	}
	return c
}

// parseDType reads a dtype argument: numpy scalar classes, Python's
// float/int/bool, dtype objects and names.
func parseDType(v interp.Value) (DType, error) {
	switch x := v.(type) {
	case *dtypeValue:
		return x.dt, nil
	case *interp.Class:
		switch x {
		case Float64Class, interp.FloatType:
			return Float64, nil
		case Int64Class, interp.IntType:
			return Int64, nil
		case Int32Class:
			return Int32, nil
		case BoolClass, interp.BoolType:
			return Bool, nil
		}
	case interp.Str:
		switch string(x) {
		case "float64", "float", "f8", "d", "double":
			return Float64, nil
		case "int64", "int", "i8", "l":
			return Int64, nil
		case "int32", "i4", "i":
			return Int32, nil
		case "bool", "?", "bool_", "b1":
			return Bool, nil
		}
		return 0, interp.Errorf(interp.TypeError, "data type '%s' not understood", string(x))
	}
	return 0, interp.Errorf(interp.TypeError, "Cannot interpret '%s' as a data type", reprOf(v))
}

func reprOf(v interp.Value) string {
	s, err := interp.Repr(nil, v)
	if err != nil {
		return v.Type().Name
	}
	return s
}
