package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The conversions of printf-style formatting: integers, floats and
// characters from any value implementing the number protocols, and the
// str/repr used by %s, %r and str.format's !s and !r.

// percentInt formats an integer conversion (d i u o x X), as
// _PyUnicode_FormatLong: sign, "0x"-style prefix with '#', digits
// zero-padded to the precision.
func percentInt(th *Thread, arg *percentArg, v Value) (string, error) {
	typ := arg.ch
	wrong := func() error {
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return Errorf(TypeError, "%%%c format: an integer is required, not %s", typ, v.Type().Name)
		}
		return Errorf(TypeError, "%%%c format: a real number is required, not %s", typ, v.Type().Name)
	}
	var n *big.Int
	switch x := v.(type) {
	case Int:
		// Machine ints format without math/big: the common '%d' case.
		base, prefix := percentIntBase(typ)
		u := uint64(x)
		if x < 0 {
			u = -u
		}
		return percentIntDigits(arg, x < 0, strconv.FormatUint(u, base), prefix), nil
	case Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	case *BigInt:
		n = x.V
	case Float:
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return "", wrong()
		}
		var err error
		if n, err = truncFloatToInt(float64(x)); err != nil {
			return "", err
		}
	case HasIndex:
		i, err := x.Index(th)
		if err != nil {
			return "", err
		}
		n = big.NewInt(i)
	case HasFloat:
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return "", wrong()
		}
		f, err := x.Float(th)
		if err != nil {
			return "", err
		}
		if n, err = truncFloatToInt(f); err != nil {
			return "", err
		}
	default:
		return "", wrong()
	}
	base, prefix := percentIntBase(typ)
	return percentIntDigits(arg, n.Sign() < 0, new(big.Int).Abs(n).Text(base), prefix), nil
}

// percentIntDigits lays out the sign, prefix, zero padding and digits.
func percentIntDigits(arg *percentArg, neg bool, digits, prefix string) string {
	if arg.ch == 'X' {
		digits = upperHexDigits(digits)
	}
	if !neg && arg.flags&pctAlt == 0 && arg.prec <= len(digits) {
		return digits
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if arg.flags&pctAlt != 0 {
		b.WriteString(prefix)
	}
	b.WriteString(strings.Repeat("0", max(0, arg.prec-len(digits))))
	b.WriteString(digits)
	return b.String()
}

// truncFloatToInt is int(f) for '%d'.
func truncFloatToInt(f float64) (*big.Int, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	n, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return n, nil
}

// percentFloatArg is PyFloat_AsDouble for the float conversions.
func percentFloatArg(th *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int, Bool, *BigInt:
		return intToFloat(x)
	case HasFloat:
		return x.Float(th)
	case HasIndex:
		i, err := x.Index(th)
		return float64(i), err
	}
	return 0, Errorf(TypeError, "must be real number, not %s", v.Type().Name)
}

// percentChar is '%c': a one-character str or a code point.
func percentChar(th *Thread, v Value) (string, error) {
	var cp int64
	switch x := v.(type) {
	case Str:
		if utf8.RuneCountInString(string(x)) == 1 {
			return string(x), nil
		}
		return "", strError(TypeError, "%c requires int or char")
	case Int:
		cp = int64(x)
	case Bool:
		if x {
			cp = 1
		}
	case *BigInt:
		cp = -1
	case HasIndex:
		i, err := x.Index(th)
		if err != nil {
			return "", err
		}
		cp = i
	default:
		return "", strError(TypeError, "%c requires int or char")
	}
	if cp < 0 || cp > 0x10ffff {
		return "", strError(OverflowError, "%c arg not in range(0x110000)")
	}
	return string(rune(cp)), nil
}

// formatArgStr is str(v) with fast paths for the built-in scalars.
func formatArgStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return FormatFloatRepr(float64(x)), nil
	case Bool, NoneType, *BigInt:
		return formatArgRepr(th, v)
	}
	return ToStr(th, v)
}

// formatArgRepr is repr(v) with fast paths for the built-in scalars.
func formatArgRepr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return ReprStr(string(x)), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return FormatFloatRepr(float64(x)), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case NoneType:
		return "None", nil
	case *BigInt:
		return x.V.String(), nil
	}
	return Repr(th, v)
}

// formatMappingGet is mapping[key] for '%(key)s' and str.format_map.
func formatMappingGet(th *Thread, m, key Value) (Value, error) {
	switch x := m.(type) {
	case *Dict:
		v, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: Tuple{key}}
		}
		return v, nil
	case Indexable:
		return x.GetItem(th, key)
	case *List:
		return nil, Errorf(TypeError, "list indices must be integers or slices, not %s", key.Type().Name)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", m.Type().Name)
}

// percentIntBase is the radix and '#' prefix of an integer conversion.
func percentIntBase(typ rune) (int, string) {
	switch typ {
	case 'o':
		return 8, "0o"
	case 'x':
		return 16, "0x"
	case 'X':
		return 16, "0X"
	}
	return 10, ""
}
