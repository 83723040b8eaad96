package interp

import (
	"math"
	"math/big"
	"strconv"
)

// userFormat lets the evaluator route format() of user-class instances
// through their __format__ (ok false: the value has none). Like userHash
// in dict.go it is set once at package initialisation, never afterwards,
// so that str.format reaches user __format__ methods too.
var userFormat func(th *Thread, v Value, spec string) (s string, ok bool, err error)

// FormatValue is format(v, spec): the built-in __format__ of int, bool,
// float, str and None; other values format through userFormat, HasFormat,
// or as str(v) when spec is empty.
func FormatValue(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		return formatStrSpec(string(x), spec)
	case Bool:
		if spec == "" {
			if x {
				return "True", nil
			}
			return "False", nil
		}
		n := int64(0)
		if x {
			n = 1
		}
		return formatIntSpec(n, nil, spec, "bool")
	case Int:
		if spec == "" {
			return strconv.FormatInt(int64(x), 10), nil
		}
		return formatIntSpec(int64(x), nil, spec, "int")
	case *BigInt:
		if spec == "" {
			return x.V.String(), nil
		}
		return formatIntSpec(0, x.V, spec, "int")
	case Float:
		if spec == "" {
			return FormatFloatRepr(float64(x)), nil
		}
		return formatFloatSpec(float64(x), spec, "float")
	case NoneType:
		if spec == "" {
			return "None", nil
		}
	}
	if f, ok := v.(HasFormat); ok {
		return f.Format(th, spec)
	}
	hook := userFormat
	if hook == nil {
		hook = classFormat
	}
	if s, ok, err := hook(th, v, spec); ok || err != nil {
		return s, err
	}
	if spec == "" {
		return ToStr(th, v)
	}
	return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", v.Type().Name)
}

// classFormat calls a __format__ defined by a non-built-in class of v, as
// cls.__format__(v, spec); it is the fallback when the evaluator installs
// no userFormat hook.
func classFormat(th *Thread, v Value, spec string) (string, bool, error) {
	cls := v.Type()
	if cls == nil {
		return "", false, nil
	}
	for _, c := range cls.MRO {
		if c.Module == "builtins" || c.Dict == nil {
			continue
		}
		fn, ok := c.Dict.GetStr("__format__")
		if !ok {
			continue
		}
		r, err := th.Call(fn, []Value{v, Str(spec)}, nil)
		if err != nil {
			return "", true, err
		}
		s, ok := r.(Str)
		if !ok {
			return "", true, Errorf(TypeError, "__format__ must return a str, not %s", r.Type().Name)
		}
		return string(s), true, nil
	}
	return "", false, nil
}

// formatStrSpec is str.__format__.
func formatStrSpec(s, spec string) (string, error) {
	fs, err := parseFormatSpec(spec, '<', 's', "str")
	if err != nil {
		return "", err
	}
	if fs.typ != 0 && fs.typ != 's' {
		return "", unknownFormatCode(fs.typ, "str")
	}
	switch {
	case fs.sign == ' ':
		return "", Errorf(ValueError, "Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	case fs.noNeg0:
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case fs.alt:
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if fs.prec >= 0 {
		s = truncateCodePoints(s, fs.prec)
	}
	return formatPadText(s, &fs), nil
}

// truncateCodePoints keeps the first n code points of s.
func truncateCodePoints(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// formatIntSpec is int.__format__ with a non-empty spec; the value is
// small, or big when big is non-nil.
func formatIntSpec(small int64, bigv *big.Int, spec, typeName string) (string, error) {
	fs, err := parseFormatSpec(spec, '>', 'd', typeName)
	if err != nil {
		return "", err
	}
	return formatIntParsed(small, bigv, fs, typeName)
}

// formatIntParsed is formatIntSpec with the spec already parsed.
func formatIntParsed(small int64, bigv *big.Int, fs formatSpec, typeName string) (string, error) {
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(small)
		if bigv != nil {
			f, _ = new(big.Float).SetInt(bigv).Float64()
			if math.IsInf(f, 0) {
				return "", Errorf(OverflowError, "int too large to convert to float")
			}
		}
		return formatFloatParsed(f, fs)
	case 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.prec >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if fs.noNeg0 {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	var p formattedNumber
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if bigv != nil {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if small < 0 || small > 0x10ffff {
			return "", strError(OverflowError, "%c arg not in range(0x110000)")
		}
		p.remainder = string(rune(small))
		if small >= 0xd800 && small < 0xe000 {
			p.remainder = "\ufffd" // Go strings cannot hold lone surrogates
		}
		return layoutFormattedNumber(p, &fs), nil
	}
	base := 10
	switch fs.typ {
	case 'b':
		base, p.prefix = 2, "0b"
	case 'o':
		base, p.prefix = 8, "0o"
	case 'x':
		base, p.prefix = 16, "0x"
	case 'X':
		base, p.prefix = 16, "0X"
	}
	if !fs.alt {
		p.prefix = ""
	}
	if bigv != nil {
		p.neg = bigv.Sign() < 0
		p.digits = new(big.Int).Abs(bigv).Text(base)
	} else {
		p.neg = small < 0
		u := uint64(small)
		if p.neg {
			u = -u
		}
		p.digits = strconv.FormatUint(u, base)
	}
	if fs.typ == 'X' {
		p.digits = upperHexDigits(p.digits)
	}
	return layoutFormattedNumber(p, &fs), nil
}

func upperHexDigits(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// formatFloatSpec is float.__format__ with a non-empty spec.
func formatFloatSpec(f float64, spec, typeName string) (string, error) {
	fs, err := parseFormatSpec(spec, '>', 0, typeName)
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	return formatFloatParsed(f, fs)
}

// formatFloatParsed follows CPython's format_float_internal.
func formatFloatParsed(f float64, fs formatSpec) (string, error) {
	var flags dtoaFlags
	if fs.alt {
		flags |= dtoaAlt
	}
	if fs.noNeg0 {
		flags |= dtoaNoNeg0
	}
	typ := fs.typ
	prec := fs.prec
	defaultPrec := 6
	if typ == 0 {
		// No type: repr, or 'g' keeping at least one fractional digit.
		flags |= dtoaAddDot0
		typ = 'r'
		defaultPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		f *= 100
		pct = true
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	upper := false
	switch typ {
	case 'E', 'F', 'G':
		upper = true
		typ += 'a' - 'A'
	}
	buf := appendPyFloat(make([]byte, 0, 32), f, byte(typ), prec, flags, upper)
	if pct {
		buf = append(buf, '%')
	}
	return layoutFormattedNumber(splitFormattedNumber(string(buf)), &fs), nil
}
