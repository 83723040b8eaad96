package numpy

import (
	"sort"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

var arrayAttrNames = []string{
	"T", "all", "any", "argmax", "argmin", "argsort", "astype", "clip", "copy", "cumprod",
	"cumsum", "dim", "dimensions", "dot", "dtype", "fill", "flatten", "get_best_unit",
	"in_best_unit", "in_unit", "is_dimensionless", "item", "max", "mean", "min", "ndim",
	"nonzero", "prod", "ptp", "ravel", "repeat", "reshape", "round", "shape", "size",
	"sort", "squeeze", "std", "sum", "tolist", "transpose", "var", "nbytes", "itemsize",
	"real", "imag", "strides", "flat", "swapaxes", "take", "diagonal", "trace", "searchsorted",
	"has_same_dimensions",
}

// AttrNames lists the array's attributes and methods.
func (a *Array) AttrNames() []string { return arrayAttrNames }

// Attr implements attribute access (properties and bound methods).
func (a *Array) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "shape":
		t := make(interp.Tuple, len(a.shape))
		for k, s := range a.shape {
			t[k] = interp.Int(s)
		}
		return t, nil
	case "ndim":
		return interp.Int(len(a.shape)), nil
	case "size":
		return interp.Int(a.Size()), nil
	case "dtype":
		return &dtypeValue{a.dtype}, nil
	case "itemsize":
		return interp.Int(map[DType]int{Bool: 1, Int32: 4, Int64: 8, Float64: 8}[a.dtype]), nil
	case "nbytes":
		return interp.Int(a.Size() * map[DType]int{Bool: 1, Int32: 4, Int64: 8, Float64: 8}[a.dtype]), nil
	case "T":
		return a.transpose(nil)
	case "real":
		return a, nil
	case "imag":
		z := newArray(a.dtype, a.shape)
		z.dim, z.quantity = a.dim, a.quantity
		return result(z), nil
	case "strides":
		size := map[DType]int{Bool: 1, Int32: 4, Int64: 8, Float64: 8}[a.dtype]
		t := make(interp.Tuple, len(a.strides))
		for k, st := range a.strides {
			t[k] = interp.Int(st * size)
		}
		return t, nil
	case "flat":
		return a.flat(), nil
	case "dim", "dimensions":
		return &dimValue{a.dim}, nil
	case "is_dimensionless":
		return interp.Bool(a.dim.IsDimensionless()), nil
	case "_repr_latex_":
		if !a.isQuantity() {
			return nil, nil
		}
		return a.method(name, func(th *interp.Thread, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			b, err := a.MimeBundle(th)
			if err != nil {
				return nil, err
			}
			return interp.Str(b["text/latex"]), nil
		}), nil
	case "__abs__":
		return a.method(name, func(th *interp.Thread, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return applyUnary(th, "absolute", unaryUfuncs["absolute"], a)
		}), nil
	case "__round__":
		return a.method(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return npRound(th, append([]interp.Value{a}, args...), kw)
		}), nil
	}
	if _, ok := reductions[name]; ok {
		r := reductions[name]
		return a.method(name, func(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
			axis, keep, ddof, err := reductionArgs(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			return a.reduce(r, axis, keep, ddof)
		}), nil
	}
	fn := arrayMethods[name]
	if fn == nil {
		return nil, nil
	}
	return a.method(name, func(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
		return fn(th, a, args, kwargs)
	}), nil
}

func (a *Array) method(name string, fn func(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error)) *interp.Builtin {
	return interp.NewBuiltin(name, fn)
}

// reductionArgs reads (axis=None, dtype=None, out=None, keepdims=False, ddof=0).
func reductionArgs(name string, args []interp.Value, kwargs []interp.Kwarg) (axis interp.Value, keep bool, ddof int, err error) {
	axis = interp.None
	var dtype, out interp.Value = interp.None, interp.None
	if name == "std" || name == "var" || name == "nanstd" {
		err = interp.UnpackArgs(name, args, kwargs, "axis?", &axis, "dtype?", &dtype, "out?", &out, "ddof?", &ddof, "keepdims?", &keep)
	} else if name == "argmin" || name == "argmax" || name == "median" {
		err = interp.UnpackArgs(name, args, kwargs, "axis?", &axis, "out?", &out, "keepdims?", &keep)
	} else {
		err = interp.UnpackArgs(name, args, kwargs, "axis?", &axis, "dtype?", &dtype, "out?", &out, "keepdims?", &keep)
	}
	return
}

type methodFn func(th *interp.Thread, a *Array, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error)

var arrayMethods map[string]methodFn

func init() {
	arrayMethods = map[string]methodFn{
		"cumsum": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var axis interp.Value = interp.None
			if err := interp.UnpackArgs("cumsum", args, kw, "axis?", &axis); err != nil {
				return nil, err
			}
			return a.cumulative(false, axis)
		},
		"cumprod": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var axis interp.Value = interp.None
			if err := interp.UnpackArgs("cumprod", args, kw, "axis?", &axis); err != nil {
				return nil, err
			}
			return a.cumulative(true, axis)
		},
		"reshape": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			shape, err := shapeArgs(th, args)
			if err != nil {
				return nil, err
			}
			return a.reshape(shape)
		},
		"ravel": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return a.ravel(), nil
		},
		"flatten": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return a.flat(), nil
		},
		"squeeze": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return result(a.squeeze()), nil
		},
		"copy": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return result(a.copyArray()), nil
		},
		"transpose": func(th *interp.Thread, a *Array, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			if len(args) == 0 || (len(args) == 1 && isNone(args[0])) {
				return a.transpose(nil)
			}
			perm, err := shapeArgs(th, args)
			if err != nil {
				return nil, err
			}
			return a.transpose(perm)
		},
		"astype": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var dtV interp.Value
			if err := interp.UnpackArgs("astype", args, kw, "dtype", &dtV); err != nil {
				return nil, err
			}
			dt, err := parseDType(dtV)
			if err != nil {
				return nil, err
			}
			return a.astype(dt), nil
		},
		"tolist": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			return a.tolist(), nil
		},
		"item": func(th *interp.Thread, a *Array, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			if len(args) == 0 {
				if a.Size() != 1 {
					return nil, interp.Errorf(interp.ValueError, "can only convert an array of size 1 to a Python scalar")
				}
				return a.flat().scalarValue(0), nil
			}
			i, err := interp.AsInt(args[0])
			if err != nil {
				return nil, err
			}
			f := a.flat()
			if i < 0 {
				i += int64(f.Size())
			}
			if i < 0 || int(i) >= f.Size() {
				return nil, interp.Errorf(interp.IndexError, "index %d is out of bounds for size %d", i, f.Size())
			}
			return f.scalarValue(int(i)), nil
		},
		"fill": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var v interp.Value
			if err := interp.UnpackArgs("fill", args, kw, "value", &v); err != nil {
				return nil, err
			}
			return interp.None, a.SetItem(th, interp.Ellipsis, v)
		},
		"sort": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			s, err := sortArray(a, -1, false)
			if err != nil {
				return nil, err
			}
			a.assign(s)
			return interp.None, nil
		},
		"argsort": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return sortArray(a, -1, true)
		},
		"repeat": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return callFunc(th, "repeat", append([]interp.Value{a}, args...), kw)
		},
		"clip": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return callFunc(th, "clip", append([]interp.Value{a}, args...), kw)
		},
		"round": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return callFunc(th, "round", append([]interp.Value{a}, args...), kw)
		},
		"nonzero": func(th *interp.Thread, a *Array, _ []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			cols := nonzero(a)
			t := make(interp.Tuple, len(cols))
			for k, c := range cols {
				t[k] = c
			}
			return t, nil
		},
		"dot": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return callFunc(th, "dot", append([]interp.Value{a}, args...), kw)
		},
		"swapaxes":     delegate("swapaxes"),
		"take":         delegate("take"),
		"diagonal":     delegate("diagonal"),
		"trace":        delegate("trace"),
		"searchsorted": delegate("searchsorted"),
		"has_same_dimensions": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			d, err := dimsArg(th, "has_same_dimensions", args, kw, "other")
			if err != nil {
				return nil, err
			}
			return interp.Bool(d == a.dim), nil
		},
		"in_unit": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var u interp.Value
			var prec interp.Value = interp.None
			if err := interp.UnpackArgs("in_unit", args, kw, "u", &u, "precision?", &prec); err != nil {
				return nil, err
			}
			return inUnit(th, a, u, prec)
		},
		"in_best_unit": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var prec, pyCode interp.Value = interp.None, interp.False
			if err := interp.UnpackArgs("in_best_unit", args, kw, "precision?", &prec, "python_code?", &pyCode); err != nil {
				return nil, err
			}
			opts, err := optionsWithPrecision(th, prec)
			if err != nil {
				return nil, err
			}
			code, _ := pyCode.(interp.Bool)
			return interp.Str(a.quantityText(opts, bool(code))), nil
		},
		"get_best_unit": func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return NewUnit(a.bestUnit(sessionOptions(th))), nil
		},
	}
}

// delegate makes a method that calls the numpy function of the same
// name with the array as first argument.
func delegate(name string) methodFn {
	return func(th *interp.Thread, a *Array, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return callFunc(th, name, append([]interp.Value{a}, args...), kw)
	}
}

// SetAttr allows a.shape = ... (a reshape of a contiguous array in place).
func (a *Array) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	if name != "shape" || a.unit != nil {
		if a.unit == nil {
			if r, _ := a.Attr(th, name); r != nil {
				return interp.Errorf(interp.AttributeError, "attribute '%s' of 'numpy.ndarray' objects is not writable", name)
			}
		}
		return interp.Errorf(interp.AttributeError, "'%s' object has no attribute '%s'", a.Type().Name, name)
	}
	shape, err := shapeArg(th, v)
	if err != nil {
		return err
	}
	if !a.contiguous() {
		return interp.Errorf(interp.AttributeError, "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
	}
	r, err := a.reshape(shape)
	if err != nil {
		return err
	}
	a.shape, a.strides = r.shape, r.strides
	return nil
}

// tolist converts to nested Python lists (quantities stay quantities).
func (a *Array) tolist() interp.Value {
	if len(a.shape) == 0 {
		return a.scalarValue(a.offset)
	}
	var rec func(axis, off int) interp.Value
	rec = func(axis, off int) interp.Value {
		if axis == len(a.shape) {
			return a.scalarValue(off)
		}
		items := make([]interp.Value, a.shape[axis])
		for k := range items {
			items[k] = rec(axis+1, off+k*a.strides[axis])
		}
		return interp.NewList(items)
	}
	return rec(0, a.offset)
}

// sortArray sorts along the last axis (or returns the argsort).
func sortArray(a *Array, axis int, arg bool) (*Array, error) {
	if len(a.shape) == 0 {
		return nil, interp.Errorf(AxisError, "axis -1 is out of bounds for array of dimension 0")
	}
	src := a.copyArray()
	if axis < 0 {
		axis += len(a.shape)
	}
	var out *Array
	if arg {
		out = newArray(Int64, src.shape)
	} else {
		out = src.copyArray()
	}
	n := src.shape[axis]
	st := src.strides[axis]
	rest := append(append([]int(nil), src.shape[:axis]...), src.shape[axis+1:]...)
	rstr := append(append([]int(nil), src.strides[:axis]...), src.strides[axis+1:]...)
	idx := make([]int, n)
	vals := make([]float64, n)
	walk(rest, rstr, 0, func(_, off int) {
		for c := range idx {
			idx[c] = c
			vals[c] = src.floatAt(off + c*st)
		}
		sort.SliceStable(idx, func(i, j int) bool {
			x, y := vals[idx[i]], vals[idx[j]]
			return x < y || (y != y && x == x)
		})
		for c, k := range idx {
			if arg {
				out.i[off+c*st] = int64(k)
			} else {
				switch out.dtype {
				case Float64:
					out.f[off+c*st] = src.f[off+k*st]
				case Bool:
					out.b[off+c*st] = src.b[off+k*st]
				default:
					out.i[off+c*st] = src.i[off+k*st]
				}
			}
		}
	})
	if arg {
		out.dim, out.quantity = units.Dim{}, false
	}
	return out, nil
}

// dimValue is a Brian Dimension object (q.dim).
type dimValue struct{ d units.Dim }

var dimensionClass = interp.NewClass("Dimension", "brian2.units.fundamentalunits")

func (*dimValue) Type() *interp.Class { return dimensionClass }

func (d *dimValue) Repr(*interp.Thread) (string, error) { return d.d.PyRepr(), nil }
func (d *dimValue) Str(*interp.Thread) (string, error)  { return d.d.String(), nil }
func (d *dimValue) Hash(*interp.Thread) (uint64, error) {
	var h uint64 = 1469598103934665603
	for _, e := range d.d {
		h = (h ^ uint64(int64(e*1000))) * 1099511628211
	}
	return h, nil
}

func (d *dimValue) Compare(th *interp.Thread, op interp.Op, other interp.Value) (interp.Value, error) {
	o, ok := other.(*dimValue)
	if !ok || (op != interp.Eq && op != interp.Ne) {
		if op == interp.Eq {
			return interp.False, nil
		}
		if op == interp.Ne {
			return interp.True, nil
		}
		return nil, nil
	}
	return interp.Bool((d.d == o.d) == (op == interp.Eq)), nil
}

func (d *dimValue) Attr(_ *interp.Thread, name string) (interp.Value, error) {
	if name == "is_dimensionless" {
		return interp.Bool(d.d.IsDimensionless()), nil
	}
	return nil, nil
}

func (d *dimValue) AttrNames() []string { return []string{"is_dimensionless"} }

// Binary lets dimensions multiply, divide and take powers.
func (d *dimValue) Binary(th *interp.Thread, op interp.Op, other interp.Value, reflected bool) (interp.Value, error) {
	switch o := other.(type) {
	case *dimValue:
		x, y := d.d, o.d
		if reflected {
			x, y = y, x
		}
		switch op {
		case interp.Mul:
			return &dimValue{x.Mul(y)}, nil
		case interp.TrueDiv:
			return &dimValue{x.Div(y)}, nil
		}
	default:
		if op == interp.Pow && !reflected {
			if p, ok := interp.AsFloat(other); ok {
				return &dimValue{d.d.Pow(p)}, nil
			}
		}
	}
	return nil, nil
}
