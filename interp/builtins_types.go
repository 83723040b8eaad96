package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Constructors of the built-in types: calling int, float, str, ... .
func init() {
	IntType.New = intNew
	BoolType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("bool", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		t, err := Truth(th, args[0])
		return Bool(t), err
	}
	FloatType.New = floatNew
	StrType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return Str(""), nil
		}
		if len(args) > 1 {
			if _, ok := args[1].(Str); !ok {
				return nil, Errorf(TypeError, "str() argument 'encoding' must be str, not %s", args[1].Type().Name)
			}
		}
		s, err := ToStr(th, args[0])
		return Str(s), err
	}
	ListType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("list", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		e, err := ToSlice(th, args[0])
		return NewList(append([]Value(nil), e...)), err
	}
	TupleType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("tuple", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if t, ok := args[0].(Tuple); ok {
			return t, nil
		}
		e, err := ToSlice(th, args[0])
		return Tuple(append([]Value{}, e...)), err
	}
	DictType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		d := NewDict()
		return d, dictUpdate(th, d, args, kw)
	}
	SetType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewSet(), nil
		}
		return newSetFrom(th, args[0], false)
	}
	FrozenSetType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("frozenset", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return newSetFrom(th, nil, true)
		}
		return newSetFrom(th, args[0], true)
	}
	RangeType.New = rangeNew
	SliceType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("slice", args, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		}
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	}
	ObjectType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeError, "object() takes no arguments")
		}
		return &Instance{Class: cls, Dict: NewDict()}, nil
	}
	TypeType.New = typeNew
	PropertyType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		var fget, fset, fdel, doc Value = None, None, None, None
		if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p := &Property{Doc: doc}
		if fget != None {
			p.Get = fget
			if doc == None {
				if f, ok := fget.(*Function); ok {
					p.Doc = f.Doc
				}
			}
		}
		if fset != None {
			p.Set = fset
		}
		if fdel != None {
			p.Del = fdel
		}
		return p, nil
	}
	StaticMethodType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("staticmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Fn: args[0]}, nil
	}
	ClassMethodType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("classmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Fn: args[0]}, nil
	}
	SuperType.New = func(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		return &Super{Class: c, Self: args[1]}, nil
	}
	BaseException.Dict.SetStr("__init__", &methodDesc{name: "__init__", owner: BaseException,
		fn: func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if e, ok := recv.(*Exception); ok {
				e.Args = Tuple(append([]Value(nil), args...))
			}
			return None, nil
		}})
	BaseException.Dict.SetStr("__str__", &methodDesc{name: "__str__", owner: BaseException,
		fn: func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return Str(excMessage(th, recv.(*Exception))), nil
		}})
	BaseException.Dict.SetStr("with_traceback", &methodDesc{name: "with_traceback", owner: BaseException,
		fn: func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) { return recv, nil }})
	BaseException.Dict.SetStr("add_note", &methodDesc{name: "add_note", owner: BaseException,
		fn: func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "add_note() takes exactly one argument")
			}
			s, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "note must be a str, not '%s'", args[0].Type().Name)
			}
			e := recv.(*Exception)
			e.Notes = append(e.Notes, string(s))
			return None, nil
		}})
	addMethods(IntType, map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error){
		"bit_length": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			b, _ := toBig(recv)
			return Int(new(big.Int).Abs(b).BitLen()), nil
		},
		"conjugate": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) { return boolToInt(recv), nil },
		"__index__": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) { return boolToInt(recv), nil },
	})
	addMethods(FloatType, map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error){
		"is_integer": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			f := float64(recv.(Float))
			return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
		},
		"as_integer_ratio": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			f := float64(recv.(Float))
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat).SetFloat64(f)
			return Tuple{MakeBigInt(r.Num()), MakeBigInt(r.Denom())}, nil
		},
		"conjugate": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) { return recv, nil },
		"hex": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return Str(strconv.FormatFloat(float64(recv.(Float)), 'x', -1, 64)), nil
		},
	})
}

// Attr gives ints real, imag, numerator and denominator.
func numberAttr(v Value, name string) Value {
	switch name {
	case "real", "numerator":
		if f, ok := v.(Float); ok {
			if name == "real" {
				return f
			}
			return nil
		}
		return boolToInt(v)
	case "imag":
		if _, ok := v.(Float); ok {
			return Float(0)
		}
		return Int(0)
	case "denominator":
		if _, ok := v.(Float); ok {
			return nil
		}
		return Int(1)
	}
	return nil
}

func intNew(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	var x, base Value
	if err := UnpackArgs("int", args, kw, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		return Int(0), nil
	}
	if base != nil {
		s, ok := x.(Str)
		if !ok {
			return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		b, err := AsInt(base)
		if err != nil {
			return nil, err
		}
		return parseInt(string(s), int(b))
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return boolToInt(v), nil
	case Float:
		return floatToInt(float64(v))
	case Str:
		return parseInt(string(v), 10)
	case *Instance:
		for _, m := range []string{"__int__", "__index__", "__trunc__"} {
			if fn, ok := userMethod(v.Class, m); ok {
				return th.callMethod(fn, v, nil)
			}
		}
	case HasIndex:
		i, err := v.Index(th)
		return Int(i), err
	case HasFloat:
		f, err := v.Float(th)
		if err != nil {
			return nil, err
		}
		return floatToInt(f)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

// parseInt is int(s, base) with Python's literal rules (underscores,
// prefixes for base 0 and matching bases, surrounding whitespace).
func parseInt(s string, base int) (Value, error) {
	orig := s
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	bad := func() error {
		return Errorf(ValueError, "invalid literal for int() with base %d: %s", base, reprStr(orig))
	}
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		neg = s[0] == '-'
		s = s[1:]
	}
	lower := strings.ToLower(s)
	prefixBase := 0
	switch {
	case strings.HasPrefix(lower, "0x"):
		prefixBase = 16
	case strings.HasPrefix(lower, "0o"):
		prefixBase = 8
	case strings.HasPrefix(lower, "0b"):
		prefixBase = 2
	}
	if prefixBase != 0 && (base == 0 || base == prefixBase) {
		s = s[2:]
		base = prefixBase
		if strings.HasPrefix(s, "_") {
			s = s[1:]
		}
	} else if base == 0 {
		base = 10
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, Errorf(ValueError, "invalid literal for int() with base 0: %s", reprStr(orig))
		}
	}
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return nil, bad()
	}
	s = strings.ReplaceAll(s, "_", "")
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, bad()
	}
	if neg {
		b.Neg(b)
	}
	return MakeBigInt(b), nil
}

func floatNew(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("float", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case Int, Bool, *BigInt:
		f, err := intToFloat(v)
		return Float(f), err
	case Str:
		return parseFloat(string(v))
	case *Instance:
		if fn, ok := userMethod(v.Class, "__float__"); ok {
			return th.callMethod(fn, v, nil)
		}
		if fn, ok := userMethod(v.Class, "__index__"); ok {
			r, err := th.callMethod(fn, v, nil)
			if err != nil {
				return nil, err
			}
			f, err := intToFloat(r)
			return Float(f), err
		}
	case HasFloat:
		f, err := v.Float(th)
		return Float(f), err
	case HasIndex:
		i, err := v.Index(th)
		return Float(i), err
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", args[0].Type().Name)
}

func parseFloat(s string) (Value, error) {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	switch strings.TrimLeft(low, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(low, "-") {
			return Float(math.Inf(-1)), nil
		}
		return Float(math.Inf(1)), nil
	case "nan":
		return Float(math.NaN()), nil
	}
	bad := Errorf(ValueError, "could not convert string to float: %s", reprStr(s))
	if t == "" || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") || strings.Contains(t, "__") ||
		strings.ContainsAny(low, "xp") {
		return nil, bad
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return Float(f), nil
		}
		return nil, bad
	}
	return Float(f), nil
}

func rangeNew(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
	}
	vals := make([]int64, len(args))
	for i, a := range args {
		v, err := indexOf(th, a)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", a.Type().Name)
		}
		vals[i] = v
	}
	r := &Range{Step: 1}
	switch len(vals) {
	case 1:
		r.Stop = vals[0]
	case 2:
		r.Start, r.Stop = vals[0], vals[1]
	case 3:
		r.Start, r.Stop, r.Step = vals[0], vals[1], vals[2]
		if r.Step == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	return r, nil
}

// typeNew is type(x) and type(name, bases, dict).
func typeNew(th *Thread, cls *Class, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 1 {
		return args[0].Type(), nil
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bt, ok := args[1].(Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	d, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	var bases []*Class
	for _, b := range bt {
		c, ok := b.(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		bases = append(bases, c)
	}
	ns := dictCopy(d)
	if _, ok := ns.GetStr("__module__"); !ok {
		ns.SetStr("__module__", Str("__main__"))
	}
	return newUserClass(string(name), bases, ns)
}
