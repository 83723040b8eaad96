package units

import (
	"math"
	"strconv"
	"strings"
)

// FormatQuantity writes a scalar quantity as Brian prints it with numpy's
// default print options: str ("10. ms", pyCode false) or repr
// ("10. * msecond", pyCode true). Dimensionless values print as numbers.
func FormatQuantity(v float64, d Dim, pyCode bool) string {
	u := BestUnit([]float64{v}, d)
	s := FormatScalar(v / u.Scale)
	switch {
	case d.IsDimensionless():
		return s
	case pyCode:
		return s + " * " + u.Name
	}
	return s + " " + u.Disp
}

// FormatScalar is numpy's text for a one-element float array without the
// brackets ("20.", "1.5", "1.e-05", "nan"): at most 8 fractional digits,
// scientific below 1e-4 or from 1e8.
func FormatScalar(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	ax := math.Abs(x)
	if ax != 0 && (ax >= 1e8 || ax < 1e-4) {
		s := strconv.FormatFloat(x, 'e', -1, 64)
		m, e, _ := strings.Cut(s, "e")
		if dot := strings.IndexByte(m, '.'); dot >= 0 && len(m)-dot-1 > 8 {
			m, e, _ = strings.Cut(strconv.FormatFloat(x, 'e', 8, 64), "e")
			m = strings.TrimRight(m, "0")
		}
		if !strings.Contains(m, ".") {
			m += "."
		}
		sign, digits := e[:1], strings.TrimLeft(e[1:], "0")
		for len(digits) < 2 {
			digits = "0" + digits
		}
		return m + "e" + sign + digits
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if dot := strings.IndexByte(s, '.'); dot >= 0 && len(s)-dot-1 > 8 {
		s = strings.TrimRight(strconv.FormatFloat(x, 'f', 8, 64), "0")
	}
	if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}
