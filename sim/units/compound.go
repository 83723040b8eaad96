package units

import "math"

// Brian builds new named units when units are combined: ms*mV is the
// unit "msecond * mvolt", mV**-1 is "mvolt ** -1". The methods below
// follow its naming and parenthesisation rules.

// Times is the unit u*o ("msecond * mvolt", "ms mV").
func (u Unit) Times(o Unit) Unit {
	return Unit{
		Name:     u.Name + " * " + o.Name,
		Disp:     u.Disp + " " + o.Disp,
		Latex:    u.Latex + `\,` + o.Latex,
		Scale:    combineScale(u.Scale, o.Scale, 1),
		Dim:      u.Dim.Mul(o.Dim),
		Compound: true,
	}
}

// Over is the unit u/o ("(volt * amp) / metre", "(V A)/m").
func (u Unit) Over(o Unit) Unit {
	name, disp := u.Name, u.Disp
	if u.Compound {
		name, disp = "("+name+")", "("+disp+")"
	}
	oname, odisp := o.Name, o.Disp
	if o.Compound {
		oname, odisp = "("+oname+")", "("+odisp+")"
	}
	return Unit{
		Name:     name + " / " + oname,
		Disp:     disp + "/" + odisp,
		Latex:    `\frac{` + u.Latex + `}{` + o.Latex + `}`,
		Scale:    combineScale(u.Scale, o.Scale, -1),
		Dim:      u.Dim.Div(o.Dim),
		Compound: true,
	}
}

// Power is the unit u**p; text is the exponent as Python prints it
// (repr and str agree for ints and floats).
func (u Unit) Power(p float64, text string) Unit {
	name, disp, latex := u.Name, u.Disp, u.Latex
	if u.Compound {
		name, disp, latex = "("+name+")", "("+disp+")", `\left(`+latex+`\right)`
	}
	return Unit{
		Name:     name + " ** " + text,
		Disp:     disp + "^" + text,
		Latex:    latex + "^{" + text + "}",
		Scale:    powScale(u.Scale, p),
		Dim:      u.Dim.Pow(p),
		Compound: true,
	}
}

// decimalExp returns e when s is exactly 10**e.
func decimalExp(s float64) (float64, bool) {
	e := math.Round(math.Log10(s))
	return e, math.Pow10(int(e)) == s
}

// combineScale multiplies (sign 1) or divides (sign -1) scales the way
// Brian does, adding powers of ten so that ms*mV is exactly 1e-6.
func combineScale(a, b float64, sign float64) float64 {
	ea, okA := decimalExp(a)
	eb, okB := decimalExp(b)
	if okA && okB {
		return math.Pow(10, ea+sign*eb)
	}
	if sign > 0 {
		return a * b
	}
	return a / b
}

func powScale(s, p float64) float64 {
	if e, ok := decimalExp(s); ok {
		return math.Pow(10, e*p)
	}
	return math.Pow(s, p)
}
