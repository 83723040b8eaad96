package numpy

import (
	"math"
	"strconv"
	"strings"
)

// PyFloatRepr is Python's repr of a float: shortest round-trip digits,
// positional for exponents in [-4, 16), else "1e-05" / "1.5e+16".
func PyFloatRepr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(x, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	if exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.ContainsAny(s, ".") {
			s += ".0"
		}
		return s
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	es := strconv.Itoa(exp)
	if len(es) < 2 {
		es = "0" + es
	}
	return mant + "e" + sign + es
}

// positional formats x like numpy's dragon4_positional in unique mode:
// shortest digits, at most prec fractional digits, trailing zeros
// trimmed, and the decimal point kept ("16.").
func positional(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if dot := strings.IndexByte(s, '.'); dot >= 0 && prec >= 0 && len(s)-dot-1 > prec {
		s = strings.TrimRight(strconv.FormatFloat(x, 'f', prec, 64), "0")
	}
	if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// scientific formats x like dragon4_scientific in unique mode: mantissa
// with at most prec fractional digits (trimmed, point kept) and exponent.
func scientific(x float64, prec int) (mant, exp string) {
	s := strconv.FormatFloat(x, 'e', -1, 64)
	m, e, _ := strings.Cut(s, "e")
	if dot := strings.IndexByte(m, '.'); dot >= 0 && prec >= 0 && len(m)-dot-1 > prec {
		s = strconv.FormatFloat(x, 'e', prec, 64)
		m, e, _ = strings.Cut(s, "e")
		if strings.Contains(m, ".") {
			m = strings.TrimRight(m, "0")
		}
	}
	if !strings.Contains(m, ".") {
		m += "."
	}
	// e is like "+06" or "-10": drop leading zeros beyond two digits
	sign, digits := e[:1], strings.TrimLeft(e[1:], "0")
	for len(digits) < 2 {
		digits = "0" + digits
	}
	return m, sign + digits
}

// floatFormat is numpy's FloatingFormat for one array's shown values.
type floatFormat struct {
	exp               bool
	precision         int
	minDigits         int
	padLeft, padRight int
	expSize           int
	opts              printOptions
}

func newFloatFormat(data []float64, opts printOptions) *floatFormat {
	ff := &floatFormat{precision: opts.precision, opts: opts, expSize: -1}
	var finite []float64
	maxV, minV := 0.0, math.Inf(1)
	nonZero := false
	for _, v := range data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		finite = append(finite, v)
		if av := math.Abs(v); av != 0 {
			nonZero = true
			maxV = math.Max(maxV, av)
			minV = math.Min(minV, av)
		}
	}
	if nonZero && (maxV >= 1e8 || (!opts.suppress && (minV < 0.0001 || maxV/minV > 1000))) {
		ff.exp = true
	}
	switch {
	case len(finite) == 0:
		ff.padLeft, ff.padRight = 0, 0
	case ff.exp:
		maxFrac, maxInt, maxExp := 0, 0, 0
		for _, v := range finite {
			m, e := scientific(v, opts.precision)
			ip, fp, _ := strings.Cut(m, ".")
			maxInt = max(maxInt, len(ip))
			maxFrac = max(maxFrac, len(fp))
			maxExp = max(maxExp, len(e))
		}
		ff.expSize = maxExp - 1
		ff.precision, ff.minDigits = maxFrac, maxFrac
		ff.padLeft = maxInt
		ff.padRight = ff.expSize + 2 + ff.precision
	default:
		maxFrac, maxInt := 0, 0
		for _, v := range finite {
			s := positional(v, opts.precision)
			ip, fp, _ := strings.Cut(s, ".")
			maxInt = max(maxInt, len(ip))
			maxFrac = max(maxFrac, len(fp))
		}
		ff.padLeft, ff.padRight = maxInt, maxFrac
		if opts.floatmode == "fixed" || opts.floatmode == "maxprec_equal" {
			ff.precision, ff.minDigits = maxFrac, maxFrac
		}
	}
	if len(finite) != len(data) {
		neginf := 0
		for _, v := range data {
			if math.IsInf(v, -1) {
				neginf = 1
			}
		}
		offset := ff.padRight + 1
		ff.padLeft = max(ff.padLeft, 3-offset, 3+neginf-offset)
	}
	return ff
}

func (ff *floatFormat) format(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "nan"
		if math.IsInf(x, 1) {
			s = "inf"
		} else if math.IsInf(x, -1) {
			s = "-inf"
		}
		return padLeft(s, ff.padLeft+ff.padRight+1)
	}
	if ff.exp {
		m, e := scientific(x, ff.precision)
		ip, fp, _ := strings.Cut(m, ".")
		for len(fp) < ff.minDigits {
			fp += "0"
		}
		sign, digits := e[:1], e[1:]
		for len(digits) < ff.expSize {
			digits = "0" + digits
		}
		return padLeft(ip, ff.padLeft) + "." + fp + "e" + sign + digits
	}
	s := positional(x, ff.precision)
	ip, fp, _ := strings.Cut(s, ".")
	for len(fp) < ff.minDigits {
		fp += "0"
	}
	out := padLeft(ip, ff.padLeft) + "." + fp
	for len(out) < ff.padLeft+1+ff.padRight {
		out += " "
	}
	return out
}

func padLeft(s string, w int) string {
	if len(s) >= w {
		return s
	}
	return strings.Repeat(" ", w-len(s)) + s
}
