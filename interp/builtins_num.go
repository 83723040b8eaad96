package interp

import (
	"math"
	"math/big"
)

// Numeric and conversion builtins: abs, round, divmod, pow, chr, ord, hex/oct/bin, hash, id, format.

func builtinAbs(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("abs", args, 1, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Int:
		if x < 0 {
			return intUnary(Neg, x), nil
		}
		return x, nil
	case Bool:
		return boolToInt(x), nil
	case *BigInt:
		return MakeBigInt(new(big.Int).Abs(x.V)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__abs__"); ok {
			return th.callMethod(fn, x, nil)
		}
	default:
		if f, err := GetAttr(th, x, "__abs__"); err == nil {
			return th.Call(f, nil, nil)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", args[0].Type().Name)
}

func builtinRound(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var x, nd Value = nil, None
	if err := UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case Float:
		f := float64(v)
		if nd == None {
			r := math.RoundToEven(f)
			return floatToInt(r)
		}
		n, err := indexOf(th, nd)
		if err != nil {
			return nil, err
		}
		return Float(roundFloat(f, n)), nil
	case Int, Bool, *BigInt:
		if nd == None {
			return boolToInt(v), nil
		}
		n, err := indexOf(th, nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return boolToInt(v), nil
		}
		// Round to a multiple of 10**-n, half to even.
		b, _ := toBig(v)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeBigInt(q.Mul(q, p)), nil
	case *Instance:
		if fn, ok := userMethod(v.Class, "__round__"); ok {
			if nd == None {
				return th.callMethod(fn, v, nil)
			}
			return th.callMethod(fn, v, []Value{nd})
		}
	default:
		if fn, err := getAttrOpt(th, x, "__round__"); err == nil && fn != nil {
			if nd == None {
				return th.Call(fn, nil, nil)
			}
			return th.Call(fn, []Value{nd}, nil)
		}
		if f, ok := x.(HasFloat); ok {
			fv, err := f.Float(th)
			if err != nil {
				return nil, err
			}
			if nd == None {
				return floatToInt(math.RoundToEven(fv))
			}
			n, err := indexOf(th, nd)
			if err != nil {
				return nil, err
			}
			return Float(roundFloat(fv, n)), nil
		}
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", x.Type().Name)
}

func builtinDivmod(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if numberKind(a) == 2 || numberKind(b) == 2 {
		if numberKind(a) > 0 && numberKind(b) > 0 {
			x, err := numToFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := numToFloat(b)
			if err != nil {
				return nil, err
			}
			if y == 0 {
				return nil, Errorf(ZeroDivisionError, "float divmod()")
			}
			q, m := floatDivmod(x, y)
			return Tuple{Float(q), Float(m)}, nil
		}
	}
	q, err := Binary(th, FloorDiv, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		return nil, err
	}
	m, err := Binary(th, Mod, a, b)
	if err != nil {
		return nil, err
	}
	return Tuple{q, m}, nil
}

func builtinPow(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var base, exp, mod Value = nil, nil, None
	if err := UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == None {
		return Binary(th, Pow, base, exp)
	}
	if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	b, _ := toBig(base)
	e, _ := toBig(exp)
	m, _ := toBig(mod)
	if m.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return MakeBigInt(r), nil
}

func builtinChr(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("chr", args, 1, 1); err != nil {
		return nil, err
	}
	i, err := indexOf(th, args[0])
	if err != nil {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if i < 0 || i > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return Str(string(rune(i))), nil
}

func builtinOrd(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("ord", args, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", args[0].Type().Name)
	}
	r := []rune(string(s))
	if len(r) != 1 {
		return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(r))
	}
	return Int(r[0]), nil
}

func intBase(th *Thread, name string, args []Value, base int, prefix string) (Value, error) {
	if err := checkArgs(name, args, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	if !isIntLike(v) {
		i, err := indexOf(th, v)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		v = Int(i)
	}
	b, _ := toBig(v)
	s := new(big.Int).Abs(b).Text(base)
	if b.Sign() < 0 {
		return Str("-" + prefix + s), nil
	}
	return Str(prefix + s), nil
}

func builtinHash(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("hash", args, 1, 1); err != nil {
		return nil, err
	}
	if h, ok := numericHash(args[0]); ok {
		return Int(h), nil
	}
	if t, ok := args[0].(Tuple); ok {
		// CPython's tuple hash (xxHash-based) over element hashes.
		const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
		acc := uint64(p5)
		for _, e := range t {
			eh, err := builtinHash(th, []Value{e}, nil)
			if err != nil {
				return nil, err
			}
			acc += uint64(int64(eh.(Int))) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(t)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return Int(1546275796), nil
		}
		return Int(int64(acc)), nil
	}
	h, err := Hash(th, args[0])
	return Int(int64(h >> 1)), err
}

func builtinID(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("id", args, 1, 1); err != nil {
		return nil, err
	}
	return Int(int64(identityHash(args[0]) >> 1)), nil
}

func builtinFormat(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("format", args, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", args[1].Type().Name)
		}
		spec = string(s)
	}
	s, err := formatValue(th, args[0], spec)
	return Str(s), err
}
