package interp

import (
	"strings"
)

var binaryDunder = [...]string{
	Add: "add", Sub: "sub", Mul: "mul", TrueDiv: "truediv", FloorDiv: "floordiv",
	Mod: "mod", Pow: "pow", MatMul: "matmul", LShift: "lshift", RShift: "rshift",
	BitAnd: "and", BitOr: "or", BitXor: "xor",
}

var compareDunder = [...]string{Lt: "__lt__", Le: "__le__", Eq: "__eq__", Ne: "__ne__", Gt: "__gt__", Ge: "__ge__"}

// Binary evaluates x op y with Python's dispatch (including reflected operands).
func Binary(th *Thread, op Op, x, y Value) (Value, error) {
	// Fast numeric paths.
	switch a := x.(type) {
	case Int:
		switch b := y.(type) {
		case Int:
			if op == Pow {
				return intBinary(op, a, b)
			}
			if r, err := intBinary(op, a, b); r != nil || err != nil {
				return r, err
			}
		case Float:
			if op <= Pow {
				return floatBinary(op, float64(a), float64(b))
			}
		}
	case Float:
		switch b := y.(type) {
		case Float:
			if op <= Pow {
				return floatBinary(op, float64(a), float64(b))
			}
		case Int:
			if op <= Pow {
				return floatBinary(op, float64(a), float64(b))
			}
		}
	}
	r, err := builtinBinary(th, op, x, y)
	if r != nil || err != nil {
		return r, err
	}
	// User classes and natives: x.__op__(y), then y.__rop__(x).
	if r, err := userBinary(th, op, x, y, false); r != nil || err != nil {
		return r, err
	}
	if r, err := userBinary(th, op, y, x, true); r != nil || err != nil {
		return r, err
	}
	if op == Add {
		if _, ok := x.(Str); ok {
			return nil, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", y.Type().Name)
		}
		if _, ok := x.(*List); ok {
			return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", y.Type().Name)
		}
		if _, ok := x.(Tuple); ok {
			return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", y.Type().Name)
		}
	}
	if op == Mul {
		seq, other := x, y
		if _, ok := repeatCount(x); ok {
			seq, other = y, x
		}
		switch seq.(type) {
		case Str, *List, Tuple:
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", other.Type().Name)
		}
	}
	if op == Pow {
		return nil, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", x.Type().Name, y.Type().Name)
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, x.Type().Name, y.Type().Name)
}

// userBinary asks recv for "recv op other" (or its reflection).
func userBinary(th *Thread, op Op, recv, other Value, reflected bool) (Value, error) {
	switch o := recv.(type) {
	case *Instance:
		name := "__" + binaryDunder[op] + "__"
		if reflected {
			name = "__r" + binaryDunder[op] + "__"
		}
		fn, ok := userMethod(o.Class, name)
		if !ok {
			return nil, nil
		}
		r, err := th.callMethod(fn, o, []Value{other})
		if err != nil {
			return nil, err
		}
		if r == NotImplemented {
			return nil, nil
		}
		return r, nil
	case HasBinary:
		return guard(func() (Value, error) { return o.Binary(th, op, other, reflected) })
	}
	return nil, nil
}

func numberKind(v Value) int {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return 1
	case Float:
		return 2
	}
	return 0
}

// builtinBinary handles built-in types; (nil, nil) when not applicable.
func builtinBinary(th *Thread, op Op, x, y Value) (Value, error) {
	kx, ky := numberKind(x), numberKind(y)
	if kx > 0 && ky > 0 {
		if kx == 1 && ky == 1 {
			return intBinary(op, boolToInt(x), boolToInt(y))
		}
		if op > Pow {
			return nil, nil
		}
		a, err := numToFloat(x)
		if err != nil {
			return nil, err
		}
		b, err := numToFloat(y)
		if err != nil {
			return nil, err
		}
		return floatBinary(op, a, b)
	}
	switch a := x.(type) {
	case Str:
		switch op {
		case Add:
			if b, ok := y.(Str); ok {
				return a + b, nil
			}
		case Mul:
			if n, ok := repeatCount(y); ok {
				if n <= 0 {
					return Str(""), nil
				}
				return Str(strings.Repeat(string(a), n)), nil
			}
		case Mod:
			return percentFormat(th, string(a), y)
		}
	case *List:
		switch op {
		case Add:
			if b, ok := y.(*List); ok {
				out := make([]Value, 0, len(a.Elems)+len(b.Elems))
				return NewList(append(append(out, a.Elems...), b.Elems...)), nil
			}
		case Mul:
			if n, ok := repeatCount(y); ok {
				return NewList(repeatElems(a.Elems, n)), nil
			}
		}
	case Tuple:
		switch op {
		case Add:
			if b, ok := y.(Tuple); ok {
				out := make(Tuple, 0, len(a)+len(b))
				return append(append(out, a...), b...), nil
			}
		case Mul:
			if n, ok := repeatCount(y); ok {
				return Tuple(repeatElems(a, n)), nil
			}
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && op == BitOr {
			out := dictCopy(a)
			var err error
			b.Items(func(k, v Value) bool { err = out.Set(th, k, v); return err == nil })
			return out, err
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			return setBinary(th, op, a, b)
		}
	}
	if op == Mul {
		// int * sequence
		if n, ok := repeatCount(x); ok {
			switch b := y.(type) {
			case Str:
				if n <= 0 {
					return Str(""), nil
				}
				return Str(strings.Repeat(string(b), n)), nil
			case *List:
				return NewList(repeatElems(b.Elems, n)), nil
			case Tuple:
				return Tuple(repeatElems(b, n)), nil
			}
		}
	}
	return nil, nil
}

func numToFloat(v Value) (float64, error) {
	if f, ok := v.(Float); ok {
		return float64(f), nil
	}
	return intToFloat(v)
}

func repeatCount(v Value) (int, bool) {
	switch n := v.(type) {
	case Int:
		return int(n), true
	case Bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func repeatElems(elems []Value, n int) []Value {
	if n <= 0 {
		return []Value{}
	}
	out := make([]Value, 0, len(elems)*n)
	for i := 0; i < n; i++ {
		out = append(out, elems...)
	}
	return out
}

// Inplace evaluates x op= y: in place for lists, sets, dicts and natives
// that support it, else as Binary.
func Inplace(th *Thread, op Op, x, y Value) (Value, error) {
	switch a := x.(type) {
	case Int, Float, Str:
		return Binary(th, op, x, y)
	case *List:
		if op == Add {
			elems, err := ToSlice(th, y)
			if err != nil {
				return nil, err
			}
			a.Elems = append(a.Elems, elems...)
			return a, nil
		}
		if op == Mul {
			if n, ok := repeatCount(y); ok {
				a.Elems = repeatElems(a.Elems, n)
				return a, nil
			}
		}
	case *Dict:
		if op == BitOr {
			if err := dictUpdate(th, a, []Value{y}, nil); err != nil {
				return nil, err
			}
			return a, nil
		}
	case *Set:
		if b, ok := y.(*Set); ok && !a.frozen {
			r, err := setBinary(th, op, a, b)
			if err != nil || r == nil {
				return r, err
			}
			a.d = r.(*Set).d
			return a, nil
		}
	case *Instance:
		if fn, ok := userMethod(a.Class, "__i"+binaryDunder[op]+"__"); ok {
			r, err := th.callMethod(fn, a, []Value{y})
			if err != nil {
				return nil, err
			}
			if r != NotImplemented {
				return r, nil
			}
		}
	case HasInplace:
		r, err := a.Inplace(th, op, y)
		if err != nil || r != nil {
			return r, err
		}
	}
	return Binary(th, op, x, y)
}

// Unary evaluates -x, +x, ~x.
func Unary(th *Thread, op Op, x Value) (Value, error) {
	switch a := x.(type) {
	case Int, *BigInt:
		return intUnary(op, a), nil
	case Bool:
		return intUnary(op, boolToInt(a)), nil
	case Float:
		switch op {
		case Neg:
			return -a, nil
		case Pos:
			return a, nil
		}
	case *Instance:
		name := map[Op]string{Neg: "__neg__", Pos: "__pos__", Invert: "__invert__"}[op]
		if fn, ok := userMethod(a.Class, name); ok {
			return th.callMethod(fn, a, nil)
		}
	case HasUnary:
		r, err := a.Unary(th, op)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", op, x.Type().Name)
}

// Compare evaluates x op y for the six comparisons; the result may be a
// non-bool (arrays).
func Compare(th *Thread, op Op, x, y Value) (Value, error) {
	switch a := x.(type) {
	case Int:
		switch b := y.(type) {
		case Int:
			return Bool(cmpResult(op, intCmp(a, b))), nil
		case Float:
			if c, ok := numCompare(a, b); ok {
				return Bool(cmpResult(op, c)), nil
			}
			return Bool(op == Ne), nil
		}
	case Float:
		switch b := y.(type) {
		case Float:
			return Bool(floatOp(op, float64(a), float64(b))), nil
		case Int:
			if c, ok := numCompare(a, b); ok {
				return Bool(cmpResult(op, c)), nil
			}
			return Bool(op == Ne), nil
		}
	case Str:
		if b, ok := y.(Str); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
	}
	if r, ok, err := builtinCompare(th, op, x, y); ok || err != nil {
		return r, err
	}
	if r, err := userCompare(th, op, x, y); r != nil || err != nil {
		return r, err
	}
	if r, err := userCompare(th, op.Swapped(), y, x); r != nil || err != nil {
		return r, err
	}
	switch op {
	case Eq:
		return Bool(identical(x, y)), nil
	case Ne:
		return Bool(!identical(x, y)), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, x.Type().Name, y.Type().Name)
}

func userCompare(th *Thread, op Op, recv, other Value) (Value, error) {
	switch o := recv.(type) {
	case *Instance:
		fn, ok := userMethod(o.Class, compareDunder[op])
		if !ok {
			if op == Ne {
				if eq, ok := userMethod(o.Class, "__eq__"); ok {
					r, err := th.callMethod(eq, o, []Value{other})
					if err != nil || r == NotImplemented {
						return nil, err
					}
					t, err := Truth(th, r)
					return Bool(!t), err
				}
			}
			return nil, nil
		}
		r, err := th.callMethod(fn, o, []Value{other})
		if err != nil || r == NotImplemented {
			return nil, err
		}
		return r, nil
	case *Exception:
		if fn, ok := userMethod(o.Class, compareDunder[op]); ok {
			r, err := th.callMethod(fn, o, []Value{other})
			if err != nil || r == NotImplemented {
				return nil, err
			}
			return r, nil
		}
	case HasCompare:
		return guard(func() (Value, error) { return o.Compare(th, op, other) })
	}
	return nil, nil
}

func floatOp(op Op, a, b float64) bool {
	switch op {
	case Lt:
		return a < b
	case Le:
		return a <= b
	case Eq:
		return a == b
	case Ne:
		return a != b
	case Gt:
		return a > b
	}
	return a >= b
}

func cmpResult(op Op, c int) bool {
	switch op {
	case Lt:
		return c < 0
	case Le:
		return c <= 0
	case Eq:
		return c == 0
	case Ne:
		return c != 0
	case Gt:
		return c > 0
	}
	return c >= 0
}

// numCompare compares two numbers exactly; ok is false with a NaN.
func numCompare(x, y Value) (int, bool) {
	kx, ky := numberKind(x), numberKind(y)
	if kx == 1 && ky == 1 {
		return intCmp(boolToInt(x), boolToInt(y)), true
	}
	a, _ := AsFloat(x)
	b, _ := AsFloat(y)
	if a != a || b != b {
		return 0, false
	}
	if kx == 2 && ky == 2 {
		return floatCmp(a, b), true
	}
	if a != b {
		return floatCmp(a, b), true
	}
	// Equal as floats: decide exactly (large ints lose precision).
	if ratEqual(x, y) {
		return 0, true
	}
	ra, rb := toRatOf(x), toRatOf(y)
	if ra == nil || rb == nil {
		return floatCmp(a, b), true
	}
	return ra.Cmp(rb), true
}

// builtinCompare handles numbers and containers; ok is false when the types
// are not built-in comparables.
func builtinCompare(th *Thread, op Op, x, y Value) (Value, bool, error) {
	if numberKind(x) > 0 && numberKind(y) > 0 {
		c, ok := numCompare(x, y)
		if !ok {
			return Bool(op == Ne), true, nil
		}
		return Bool(cmpResult(op, c)), true, nil
	}
	switch a := x.(type) {
	case *List:
		if b, ok := y.(*List); ok {
			r, err := seqCompare(th, op, a.Elems, b.Elems)
			return r, true, err
		}
	case Tuple:
		if b, ok := y.(Tuple); ok {
			r, err := seqCompare(th, op, a, b)
			return r, true, err
		}
	case NoneType:
		if op == Eq || op == Ne {
			_, isNone := y.(NoneType)
			return Bool(isNone == (op == Eq)), true, nil
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && (op == Eq || op == Ne) {
			eq, err := dictEqual(th, a, b)
			return Bool(eq == (op == Eq)), true, err
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			r, err := setCompare(th, op, a, b)
			return r, true, err
		}
	case *Range:
		if b, ok := y.(*Range); ok && (op == Eq || op == Ne) {
			eq := a.Len() == b.Len() && (a.Len() == 0 || (a.Start == b.Start && (a.Len() == 1 || a.Step == b.Step)))
			return Bool(eq == (op == Eq)), true, nil
		}
	case *Class, *Function, *Builtin, *Module:
		if op == Eq || op == Ne {
			return Bool(identical(x, y) == (op == Eq)), true, nil
		}
	case *BoundMethod:
		if b, ok := y.(*BoundMethod); ok && (op == Eq || op == Ne) {
			eq := identical(a.Self, b.Self) && identical(a.Fn, b.Fn)
			return Bool(eq == (op == Eq)), true, nil
		}
	}
	return nil, false, nil
}

func seqCompare(th *Thread, op Op, a, b []Value) (Value, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		if isSame(a[i], b[i]) {
			continue
		}
		eq, err := Equal(th, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			if op == Eq {
				return False, nil
			}
			if op == Ne {
				return True, nil
			}
			return Compare(th, op, a[i], b[i])
		}
	}
	return Bool(cmpResult(op, len(a)-len(b))), nil
}

// CompareBool is a comparison whose result is converted with Truth.
func CompareBool(th *Thread, op Op, x, y Value) (bool, error) {
	r, err := Compare(th, op, x, y)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	return Truth(th, r)
}
