package interp

import (
	"math"
	"math/big"
)

// Dunder methods of built-in values (x.__getitem__, list.__len__, ...):
// bound Builtins that route through the generic operations.

var binaryByDunder = map[string]Op{}

func init() {
	for op, name := range binaryDunder {
		if name != "" {
			binaryByDunder["__"+name+"__"] = Op(op)
		}
	}
}

// builtinDunder returns v's dunder method name bound to v, or nil.
func builtinDunder(v Value, name string) Value {
	if len(name) < 5 || name[:2] != "__" {
		return nil
	}
	mk := func(min, max int, fn func(th *Thread, args []Value) (Value, error)) Value {
		return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, min, max); err != nil {
				return nil, err
			}
			return fn(th, args)
		})
	}
	switch name {
	case "__getitem__":
		return mk(1, 1, func(th *Thread, a []Value) (Value, error) { return GetItem(th, v, a[0]) })
	case "__setitem__":
		return mk(2, 2, func(th *Thread, a []Value) (Value, error) { return None, SetItem(th, v, a[0], a[1]) })
	case "__delitem__":
		return mk(1, 1, func(th *Thread, a []Value) (Value, error) { return None, DelItem(th, v, a[0]) })
	case "__len__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { n, err := Len(th, v); return Int(n), err })
	case "__contains__":
		return mk(1, 1, func(th *Thread, a []Value) (Value, error) { b, err := Contains(th, v, a[0]); return Bool(b), err })
	case "__iter__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { return iterValue(th, v) })
	case "__repr__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { s, err := Repr(th, v); return Str(s), err })
	case "__str__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { s, err := ToStr(th, v); return Str(s), err })
	case "__format__":
		return mk(1, 1, func(th *Thread, a []Value) (Value, error) {
			spec, _ := a[0].(Str)
			s, err := formatValue(th, v, string(spec))
			return Str(s), err
		})
	case "__bool__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { b, err := Truth(th, v); return Bool(b), err })
	case "__hash__":
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { return builtinHash(th, []Value{v}, nil) })
	case "__neg__", "__pos__", "__invert__":
		op := map[string]Op{"__neg__": Neg, "__pos__": Pos, "__invert__": Invert}[name]
		return mk(0, 0, func(th *Thread, a []Value) (Value, error) { return Unary(th, op, v) })
	}
	for op, n := range compareDunder {
		if n == name {
			cop := Op(op)
			return mk(1, 1, func(th *Thread, a []Value) (Value, error) { return Compare(th, cop, v, a[0]) })
		}
	}
	if op, ok := binaryByDunder[name]; ok {
		return mk(1, 1, func(th *Thread, a []Value) (Value, error) {
			r, err := builtinBinary(th, op, v, a[0])
			if r == nil && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	return nil
}

// unboundStrMethod makes str.upper and friends callable as str.upper(s).
func unboundStrMethod(name string) Value {
	if _, ok := StrMethod(nil, Str(""), name); !ok {
		return nil
	}
	return &methodDesc{name: name, owner: StrType, fn: func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
		m, _ := StrMethod(th, recv.(Str), name)
		return th.Call(m, args, kw)
	}}
}

// sliceAttr gives slice objects start, stop, step and indices().
func sliceAttr(s *Slice, name string) Value {
	switch name {
	case "start":
		return orNone(s.Start)
	case "stop":
		return orNone(s.Stop)
	case "step":
		return orNone(s.Step)
	case "indices":
		return NewBuiltin("indices", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("indices", args, 1, 1); err != nil {
				return nil, err
			}
			n, err := indexOf(th, args[0])
			if err != nil {
				return nil, err
			}
			a, b, c, err := SliceIndices(th, s, int(n))
			if err != nil {
				return nil, err
			}
			if c < 0 && b < -1 {
				b = -1
			}
			return Tuple{Int(a), Int(b), Int(c)}, nil
		})
	}
	return nil
}

// pyHashModulus is CPython's numeric hash modulus, 2**61 - 1.
const pyHashModulus = (1 << 61) - 1

// numericHash is CPython's hash() of an int or float, so that printed
// hashes of numbers match.
func numericHash(v Value) (int64, bool) {
	switch x := v.(type) {
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case Int:
		n := int64(x)
		neg := n < 0
		u := absU(n) % pyHashModulus
		h := int64(u)
		if neg {
			h = -h
		}
		if h == -1 {
			h = -2
		}
		return h, true
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(x.V), big.NewInt(pyHashModulus))
		h := m.Int64()
		if x.V.Sign() < 0 {
			h = -h
		}
		if h == -1 {
			h = -2
		}
		return h, true
	case Float:
		f := float64(x)
		switch {
		case math.IsInf(f, 1):
			return 314159, true
		case math.IsInf(f, -1):
			return -314159, true
		case math.IsNaN(f):
			return 0, true
		}
		if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
			return numericHash(Int(int64(f)))
		}
		// CPython's _Py_HashDouble.
		m, e := math.Frexp(math.Abs(f))
		var h uint64
		for m != 0 {
			h = ((h << 28) & pyHashModulus) | h>>(61-28)
			m *= 268435456.0
			e -= 28
			y := uint64(m)
			m -= float64(y)
			h += y
			if h >= pyHashModulus {
				h -= pyHashModulus
			}
		}
		if e >= 0 {
			e %= 61
		} else {
			e = 61 - 1 - ((-1 - e) % 61)
		}
		h = ((h << uint(e)) & pyHashModulus) | h>>(61-uint(e))
		r := int64(h)
		if f < 0 {
			r = -r
		}
		if r == -1 {
			r = -2
		}
		return r, true
	}
	return 0, false
}
