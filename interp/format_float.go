package interp

import (
	"math"
	"strconv"
)

// Float to text, as CPython's PyOS_double_to_string does it. Go's strconv
// rounds correctly (like David Gay's dtoa that CPython uses), so we take
// its digits and only redo the layout: where the decimal point goes, when
// to switch to an exponent, padding zeros and the exponent's two digits.

// dtoaFlags are the Py_DTSF_* options of PyOS_double_to_string.
type dtoaFlags uint8

const (
	dtoaAddSign dtoaFlags = 1 << iota // always write '+' or '-'
	dtoaAddDot0                       // "1.0" rather than "1" for integral values
	dtoaAlt                           // '#': keep trailing zeros and the point
	dtoaNoNeg0                        // 'z': "-0.0" after rounding becomes "0.0"
)

// FormatFloatRepr is CPython's repr(float) (and str(float)): the shortest
// digits that round-trip, with an exponent when the decimal exponent is
// below -4 or at least 16.
func FormatFloatRepr(f float64) string {
	var buf [32]byte
	return string(appendPyFloat(buf[:0], f, 'r', 0, dtoaAddDot0, false))
}

// FormatFloatStr is str(float), the same as repr in Python 3.
func FormatFloatStr(f float64) string { return FormatFloatRepr(f) }

// pyFloatDigits returns the significant decimal digits of |f| (no trailing
// zeros; "0" for zero) and decpt, the position of the decimal point
// relative to the first digit: f = 0.DIGITS × 10^decpt. mode is 'r'
// (shortest), 'e' (prec significant digits) or 'f' (prec digits after the
// point).
func pyFloatDigits(buf []byte, f float64, mode byte, prec int) (digits []byte, decpt int) {
	f = math.Abs(f)
	if f == 0 {
		return append(buf, '0'), 1
	}
	switch mode {
	case 'f':
		s := strconv.AppendFloat(buf, f, 'f', prec, 64)
		// s is "INT.FRAC" or "INT"; drop the point, then leading zeros.
		point := len(s)
		for i, c := range s {
			if c == '.' {
				point = i
				break
			}
		}
		if point < len(s) {
			copy(s[point:], s[point+1:])
			s = s[:len(s)-1]
		}
		decpt = point
		lead := 0
		for lead < len(s) && s[lead] == '0' {
			lead++
		}
		s = s[lead:]
		decpt -= lead
		s = floatTrimZeros(s)
		if len(s) == 0 {
			// Rounded to zero: dtoa's "no digits" case.
			return append(buf[:0], '0'), 1
		}
		return s, decpt
	default:
		p := -1
		if mode == 'e' {
			p = prec - 1
		}
		s := strconv.AppendFloat(buf, f, 'e', p, 64)
		// s is "D[.DDD]e±XX".
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp, _ := strconv.Atoi(string(s[e+1:]))
		mant := s[:e]
		if len(mant) > 1 {
			copy(mant[1:], mant[2:])
			mant = mant[:len(mant)-1]
		}
		return floatTrimZeros(mant), exp + 1
	}
}

func floatTrimZeros(s []byte) []byte {
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}

// appendPyFloat appends f formatted like PyOS_double_to_string(f, code,
// prec, flags): code is 'e', 'f', 'g' or 'r' (repr); upper selects
// "E"/"INF"/"NAN".
func appendPyFloat(dst []byte, f float64, code byte, prec int, flags dtoaFlags, upper bool) []byte {
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if math.IsNaN(f) {
			neg = false
		}
		switch {
		case neg:
			dst = append(dst, '-')
		case flags&dtoaAddSign != 0:
			dst = append(dst, '+')
		}
		word := "inf"
		switch {
		case math.IsNaN(f) && upper:
			word = "NAN"
		case math.IsNaN(f):
			word = "nan"
		case upper:
			word = "INF"
		}
		return append(dst, word...)
	}
	mode := code
	switch code {
	case 'e':
		prec++
	case 'g':
		if prec == 0 {
			prec = 1
		}
		mode = 'e'
	}
	var dbuf [32]byte
	digits, decpt := pyFloatDigits(dbuf[:0], f, mode, prec)
	if flags&dtoaNoNeg0 != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	addDot0 := flags&dtoaAddDot0 != 0
	alt := flags&dtoaAlt != 0

	// Output the slice [vstart, vend) of the digits padded with zeros on
	// both sides, with the point after position decpt.
	vend := len(digits)
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}

	switch {
	case neg:
		dst = append(dst, '-')
	case flags&dtoaAddSign != 0:
		dst = append(dst, '+')
	}
	if decpt <= 0 {
		dst = appendZeroDigits(dst, decpt-vstart)
		dst = append(dst, '.')
		dst = appendZeroDigits(dst, -decpt)
	} else {
		dst = appendZeroDigits(dst, -vstart)
	}
	if 0 < decpt && decpt <= len(digits) {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if len(digits) < decpt {
		dst = appendZeroDigits(dst, decpt-len(digits))
		dst = append(dst, '.')
		dst = appendZeroDigits(dst, vend-decpt)
	} else {
		dst = appendZeroDigits(dst, vend-len(digits))
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeroDigits(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}
