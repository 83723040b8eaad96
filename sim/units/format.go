package units

import (
	"math"
	"strconv"
	"strings"
)

// Labels of the base units: the symbols Brian displays and the names it
// uses in Python code (repr), in Dim index order.
var (
	baseSymbols = [7]string{"m", "kg", "s", "A", "K", "mol", "cd"}
	baseNames   = [7]string{"metre", "kilogram", "second", "amp", "kelvin", "mole", "candle"}
)

// FormatExponent writes a dimension exponent as Brian does: integers
// without a decimal point, fractions with Python's shortest float text.
func FormatExponent(e float64) string {
	if e == math.Trunc(e) && math.Abs(e) < 1e15 {
		return strconv.FormatInt(int64(e), 10)
	}
	return strconv.FormatFloat(e, 'g', -1, 64)
}

// String is Brian's display text of a dimension in base units:
// "m^2 kg s^-3 A^-1", or "1" when dimensionless.
func (d Dim) String() string {
	return d.join(&baseSymbols, "^", "", " ", "1")
}

// PyRepr is the dimension as Python code in base units, e.g.
// "metre ** 2 * kilogram * second ** -3 * amp ** -1"; "Dimension()" when
// dimensionless, as Brian's repr of DIMENSIONLESS.
func (d Dim) PyRepr() string {
	return d.join(&baseNames, " ** ", "", " * ", "Dimension()")
}

// Latex is the dimension in LaTeX as Brian writes it for a unit that has
// no registered name: "s\,K", "m^{2}", or "1".
func (d Dim) Latex() string {
	return d.join(&baseSymbols, "^{", "}", `\,`, "1")
}

// join writes the non-zero exponents of d as label, then open+exponent+end
// unless the exponent is 1, separated by sep; none when dimensionless.
func (d Dim) join(labels *[7]string, open, end, sep, none string) string {
	var parts []string
	for i, e := range d {
		if e == 0 {
			continue
		}
		s := labels[i]
		if e != 1 {
			s += open + FormatExponent(e) + end
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return none
	}
	return strings.Join(parts, sep)
}

// DisplayUnit is the text Brian's error messages use for a dimension
// (get_unit_for_display): "1" when dimensionless, else the display name of
// the registered unscaled unit ("V", "kg", "mM"), else the base-unit text.
func DisplayUnit(d Dim) string {
	if d.IsDimensionless() {
		return "1"
	}
	return UnscaledUnit(d).Disp
}

// MismatchMessage formats a DimensionMismatchError text as Brian does:
// the description, then "(unit is X)." for one dimension or
// "(units are X and Y)." for two.
func MismatchMessage(desc string, dims ...Dim) string {
	switch len(dims) {
	case 0:
		return desc
	case 1:
		return desc + " (unit is " + DisplayUnit(dims[0]) + ")."
	case 2:
		return desc + " (units are " + DisplayUnit(dims[0]) + " and " + DisplayUnit(dims[1]) + ")."
	}
	parts := make([]string, len(dims))
	for i, d := range dims {
		parts[i] = "(" + DisplayUnit(d) + ")"
	}
	return desc + " (units are " + strings.Join(parts, " ") + ")."
}
