package numpy

import (
	"math"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// bestUnit is the unit Brian prints a quantity array in.
func (a *Array) bestUnit(opts printOptions) units.Unit {
	return units.BestUnit(a.shownValues(opts), a.dim)
}

// quantityText is Brian's in_best_unit: str (pyCode false, "20. V",
// "[16.  32.1 48.2] ms") or repr (pyCode true, "20. * volt",
// "array([16. , 32.1, 48.2]) * msecond").
func (a *Array) quantityText(opts printOptions, pyCode bool) string {
	u := a.bestUnit(opts)
	v := a.scaled(u.Scale)
	var s string
	switch {
	case len(v.shape) == 0:
		one := NewFloatArray([]float64{v.f[v.offset]}, []int{1}, units.Dim{})
		s = strings.TrimSpace(strings.NewReplacer("[", "", "]", "").Replace(one.arrayStr(opts)))
	case pyCode:
		s = v.arrayRepr(opts, "array")
	default:
		s = v.arrayStr(opts)
	}
	if !u.Dim.IsDimensionless() {
		if pyCode {
			return s + " * " + u.Name
		}
		return s + " " + u.Disp
	}
	if pyCode {
		return "Quantity(" + strings.TrimSpace(s) + ")"
	}
	return strings.TrimSpace(s)
}

// latex is Brian's Quantity._latex for 0-, 1- and 2-d quantities.
func (a *Array) latex(opts printOptions) string {
	u := a.bestUnit(opts)
	v := a.scaled(u.Scale)
	ul := u.Latex
	if u.Dim.IsDimensionless() {
		ul = ""
	}
	o := opts
	o.threshold = opts.threshold / 100
	o.linewidth = math.MaxInt32
	var q string
	switch len(v.shape) {
	case 0:
		q = PyFloatRepr(v.f[v.offset])
	case 1:
		s := v.array2string(o, " & ", "", "")
		q = `\left[\begin{matrix}` + strings.ReplaceAll(s[1:len(s)-1], "...", `\dots`) + `\end{matrix}\right]`
	default:
		s := v.array2string(o, " & ", "", "")
		s = strings.ReplaceAll(s[1:len(s)-1], "...", `\dots`)
		s = strings.ReplaceAll(s, "[", "")
		s = strings.ReplaceAll(s, "] &", `\\`)
		s = strings.ReplaceAll(s, "]", "\n")
		lines := strings.Split(s, "\n")
		cols := strings.Count(lines[0], "&") + 1
		for k, l := range lines {
			if strings.TrimSpace(l) == `\dots &` {
				lines[k] = strings.Repeat(`\vdots & `, cols-1) + `\vdots\\`
			}
		}
		q = `\left[\begin{matrix}` + "\n" + strings.Join(lines, "\n") + `\end{matrix}\right]`
	}
	return q + `\,` + ul
}

// Repr implements repr().
func (a *Array) Repr(th *interp.Thread) (string, error) {
	opts := sessionOptions(th)
	switch {
	case a.unit != nil:
		return a.unit.Name, nil
	case a.Type() == QuantityType:
		return a.quantityText(opts, true), nil
	}
	return a.arrayRepr(opts, "array"), nil
}

// Str implements str().
func (a *Array) Str(th *interp.Thread) (string, error) {
	opts := sessionOptions(th)
	switch {
	case a.unit != nil:
		return a.unit.Disp, nil
	case a.Type() == QuantityType:
		return a.quantityText(opts, false), nil
	}
	return a.arrayStr(opts), nil
}

// MimeBundle gives quantities their text/latex entry, as Brian's
// _repr_latex_ does in Jupyter.
func (a *Array) MimeBundle(th *interp.Thread) (map[string]string, error) {
	r, err := a.Repr(th)
	if err != nil {
		return nil, err
	}
	out := map[string]string{"text/plain": r}
	switch {
	case a.unit != nil:
		out["text/latex"] = "$" + a.unit.Latex + "$"
	case a.Type() == QuantityType && len(a.shape) <= 2:
		out["text/latex"] = "$" + a.latex(sessionOptions(th)) + "$"
	}
	return out, nil
}

// Format implements format(x, spec): Brian shows str() for an empty spec.
func (a *Array) Format(th *interp.Thread, spec string) (string, error) {
	if spec == "" {
		return a.Str(th)
	}
	if len(a.shape) == 0 {
		// numpy formats a 0-d array's value (a quantity's value in SI units)
		v := a.view(a.shape, a.strides, a.offset)
		v.dim, v.quantity, v.unit = units.Dim{}, false, nil
		return interp.FormatValue(th, v.scalarValue(v.offset), spec)
	}
	return "", interp.Errorf(interp.TypeError, "unsupported format string passed to numpy.ndarray.__format__")
}
