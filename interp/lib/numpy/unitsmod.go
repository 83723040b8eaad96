package numpy

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// dimsOf is Brian's get_dimensions: the dimension of quantities, units
// and Dimension objects; numbers and arrays are dimensionless.
func dimsOf(th *interp.Thread, v interp.Value) (units.Dim, error) {
	switch x := v.(type) {
	case *dimValue:
		return x.d, nil
	case *Array:
		return x.dim, nil
	case interp.Int, interp.Float, interp.Bool, *interp.BigInt:
		return units.Dim{}, nil
	case interp.Tuple, *interp.List:
		a, err := toArray(th, v, true)
		if err != nil {
			return units.Dim{}, err
		}
		return a.dim, nil
	}
	return units.Dim{}, interp.Errorf(interp.TypeError, "Object of type %s does not have dimensions", v.Type().Name)
}

// inUnit is Quantity.in_unit: the value as text in unit u.
func inUnit(th *interp.Thread, a *Array, uv interp.Value, prec interp.Value) (interp.Value, error) {
	u, ok := uv.(*Array)
	if !ok {
		ua, err := toArray(th, uv, true)
		if err != nil {
			return nil, err
		}
		u = ua
	}
	if u.dim != a.dim {
		return nil, mismatch(`Non-matching unit for method "in_unit"`, a.dim, u.dim)
	}
	opts, err := optionsWithPrecision(th, prec)
	if err != nil {
		return nil, err
	}
	v := a.scaled(u.floatAt(u.offset))
	var s string
	if len(v.shape) == 0 {
		one := NewFloatArray([]float64{v.f[v.offset]}, []int{1}, units.Dim{})
		s = strings.TrimSpace(strings.NewReplacer("[", "", "]", "").Replace(one.arrayStr(opts)))
	} else {
		s = v.arrayStr(opts)
	}
	if !u.dim.IsDimensionless() {
		if u.unit != nil {
			s += " " + u.unit.Disp
		} else {
			s += " " + u.dim.String()
		}
	}
	return interp.Str(strings.TrimSpace(s)), nil
}

// dimsArg unpacks function name's one argument argName and returns its
// dimensions.
func dimsArg(th *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg, argName string) (units.Dim, error) {
	var v interp.Value
	if err := interp.UnpackArgs(name, args, kw, argName, &v); err != nil {
		return units.Dim{}, err
	}
	return dimsOf(th, v)
}

// unitFunctions are the helpers of brian2.units.
func unitFunctions() map[string]fnType {
	return map[string]fnType{
		"get_dimensions": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			d, err := dimsArg(th, "get_dimensions", args, kw, "obj")
			if err != nil {
				return nil, err
			}
			return &dimValue{d}, nil
		},
		"have_same_dimensions": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x, y interp.Value
			if err := interp.UnpackArgs("have_same_dimensions", args, kw, "obj1", &x, "obj2", &y); err != nil {
				return nil, err
			}
			dx, err := dimsOf(th, x)
			if err != nil {
				return nil, err
			}
			dy, err := dimsOf(th, y)
			if err != nil {
				return nil, err
			}
			return interp.Bool(dx == dy), nil
		},
		"is_dimensionless": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			d, err := dimsArg(th, "is_dimensionless", args, kw, "obj")
			if err != nil {
				return nil, err
			}
			return interp.Bool(d.IsDimensionless()), nil
		},
		"get_unit": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x interp.Value
			if err := interp.UnpackArgs("get_unit", args, kw, "d", &x); err != nil {
				return nil, err
			}
			d, err := dimsOf(th, x)
			if err != nil {
				return nil, err
			}
			return NewUnit(units.UnscaledUnit(d)), nil
		},
		"in_unit": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x, u interp.Value
			var prec interp.Value = interp.None
			if err := interp.UnpackArgs("in_unit", args, kw, "x", &x, "u", &u, "precision?", &prec); err != nil {
				return nil, err
			}
			a, err := toArray(th, x, true)
			if err != nil {
				return nil, err
			}
			return inUnit(th, a, u, prec)
		},
		"in_best_unit": func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var x interp.Value
			var prec interp.Value = interp.None
			if err := interp.UnpackArgs("in_best_unit", args, kw, "x", &x, "precision?", &prec); err != nil {
				return nil, err
			}
			a, err := toArray(th, x, true)
			if err != nil {
				return nil, err
			}
			if a.dim.IsDimensionless() {
				s, err := interp.ToStr(th, x)
				return interp.Str(s), err
			}
			s, err := a.Str(th)
			return interp.Str(s), err
		},
		"check_units": checkUnits,
	}
}

// newQuantity is Quantity(arr, dim=None): values kept, marked a quantity.
func newQuantity(th *interp.Thread, _ *interp.Class, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	var dimV, dtype, copyV, force interp.Value = interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("Quantity", args, kw, "arr", &v, "dim?", &dimV, "dtype?", &dtype, "copy?", &copyV, "force_quantity?", &force); err != nil {
		return nil, err
	}
	a, err := toArray(th, v, true)
	if err != nil {
		return nil, err
	}
	c := a.astype(Float64)
	if !isNone(dimV) {
		d, err := dimsOf(th, dimV)
		if err != nil {
			return nil, err
		}
		c.dim = d
	}
	c.quantity = true
	return c, nil
}

// checkUnits is Brian's check_units decorator.
func checkUnits(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) > 0 {
		return nil, interp.Errorf(interp.TypeError, "check_units() takes 0 positional arguments but %d were given", len(args))
	}
	spec := kwargsMap(kw)
	return interp.NewBuiltin("check_units_decorator", func(th *interp.Thread, fargs []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
		if len(fargs) != 1 {
			return nil, interp.Errorf(interp.TypeError, "decorator expects one function")
		}
		f := fargs[0]
		fname := "function"
		if n, err := interp.GetAttr(th, f, "__name__"); err == nil {
			if s, ok := n.(interp.Str); ok {
				fname = string(s)
			}
		}
		names := argNames(th, f)
		wrapped := interp.NewBuiltin(fname, func(th *interp.Thread, cargs []interp.Value, ckw []interp.Kwarg) (interp.Value, error) {
			given := map[string]interp.Value{}
			for k, v := range cargs {
				if k < len(names) {
					given[names[k]] = v
				}
			}
			for _, k := range ckw {
				given[k.Name] = k.Value
			}
			for name, v := range given {
				want, ok := spec[name]
				if !ok || isNone(want) || isNone(v) {
					continue
				}
				if _, isStr := v.(interp.Str); isStr {
					continue
				}
				if want == interp.Value(interp.BoolType) {
					if _, ok := v.(interp.Bool); !ok {
						s, _ := interp.ToStr(th, v)
						return nil, interp.Errorf(interp.TypeError, "Function '%s' expected a boolean value for argument '%s' but got '%s'", fname, name, s)
					}
					continue
				}
				dv, err := dimsOf(th, v)
				if err != nil {
					return nil, interp.Errorf(interp.TypeError, "Argument '%s' is not a quantity, expected a quantity with dimensions %s", name, reprOf(want))
				}
				dw, err := dimsOf(th, want)
				if err != nil {
					continue
				}
				if dv != dw {
					s, _ := interp.ToStr(th, v)
					wr, _ := interp.Repr(th, want)
					return nil, mismatch("Function '"+fname+"' expected a quantitity with unit "+wr+" for argument '"+name+"' but got '"+s+"'", dv)
				}
			}
			r, err := th.Call(f, cargs, ckw)
			if err != nil {
				return nil, err
			}
			if want, ok := spec["result"]; ok && !isNone(want) {
				if dw, err := dimsOf(th, want); err == nil {
					if dr, err := dimsOf(th, r); err == nil && dr != dw {
						s, _ := interp.ToStr(th, r)
						return nil, mismatch("The return value of function '"+fname+"' was expected to have unit "+units.DisplayUnit(dw)+" but was '"+s+"'", dr)
					}
				}
			}
			return r, nil
		})
		return wrapped, nil
	}), nil
}

// argNames reads a Python function's positional parameter names from
// __code__ when the evaluator provides it.
func argNames(th *interp.Thread, f interp.Value) []string {
	code, err := interp.GetAttr(th, f, "__code__")
	if err != nil {
		return nil
	}
	vn, err := interp.GetAttr(th, code, "co_varnames")
	if err != nil {
		return nil
	}
	n := -1
	if c, err := interp.GetAttr(th, code, "co_argcount"); err == nil {
		if i, err := interp.AsInt(c); err == nil {
			n = int(i)
		}
	}
	items, err := interp.ToSlice(th, vn)
	if err != nil {
		return nil
	}
	var out []string
	for k, it := range items {
		if n >= 0 && k >= n {
			break
		}
		if s, ok := it.(interp.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}
