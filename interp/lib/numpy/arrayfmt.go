package numpy

import (
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// printOptions are numpy's print options (np.set_printoptions).
type printOptions struct {
	precision, threshold, edgeitems, linewidth int
	suppress                                   bool
	floatmode                                  string
}

var defaultPrintOptions = printOptions{precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, floatmode: "maxprec"}

// optionsValue holds a session's print options inside the numpy module
// (member "_printoptions"), so that printing finds them through the thread.
type optionsValue struct{ opts printOptions }

var optionsType = interp.NewClass("_printoptions", "numpy")

func (*optionsValue) Type() *interp.Class { return optionsType }

// optionsWithPrecision is sessionOptions with the precision argument of
// in_unit/in_best_unit applied when it is not None.
func optionsWithPrecision(th *interp.Thread, prec interp.Value) (printOptions, error) {
	opts := sessionOptions(th)
	if !isNone(prec) {
		p, err := interp.AsInt(prec)
		if err != nil {
			return opts, err
		}
		opts.precision = int(p)
	}
	return opts, nil
}

// sessionOptions returns the print options of th's session, or numpy's
// defaults when numpy cannot be imported.
func sessionOptions(th *interp.Thread) printOptions {
	if th == nil {
		return defaultPrintOptions
	}
	m, err := th.Import("numpy")
	if err != nil || m == nil {
		return defaultPrintOptions
	}
	if v, ok := m.Members.GetStr("_printoptions"); ok {
		if o, ok := v.(*optionsValue); ok {
			return o.opts
		}
	}
	return defaultPrintOptions
}

// shownValues returns the elements printing will show (edge items of
// every axis when summarising), for choosing formats and best units.
func (a *Array) shownValues(opts printOptions) []float64 {
	if a.Size() <= opts.threshold {
		return a.Float64s()
	}
	var out []float64
	a.forShown(opts.edgeitems, func(off int) { out = append(out, a.floatAt(off)) })
	return out
}

// forShown visits the storage offsets of the leading and trailing edge
// items of every axis.
func (a *Array) forShown(edge int, fn func(off int)) {
	var rec func(axis, off int)
	rec = func(axis, off int) {
		if axis == len(a.shape) {
			fn(off)
			return
		}
		n := a.shape[axis]
		for k := 0; k < n; k++ {
			if n > 2*edge && k == edge {
				k = n - edge
			}
			rec(axis+1, off+k*a.strides[axis])
		}
	}
	rec(0, a.offset)
}

// formatter builds numpy's element format function for the shown values.
func (a *Array) formatter(opts printOptions) func(off int) string {
	switch a.dtype {
	case Bool:
		return func(off int) string {
			if a.b[off] {
				if len(a.shape) == 0 {
					return "True"
				}
				return " True"
			}
			return "False"
		}
	case Int32, Int64:
		w := 0
		if a.Size() > 0 {
			a.forShown(opts.edgeitems, func(off int) {
				w = max(w, len(strconv.FormatInt(a.i[off], 10)))
			})
		}
		return func(off int) string { return padLeft(strconv.FormatInt(a.i[off], 10), w) }
	}
	ff := newFloatFormat(a.shownValues(opts), opts)
	return func(off int) string { return ff.format(a.f[off]) }
}

// array2string is numpy's array2string for a non-empty array.
func (a *Array) array2string(opts printOptions, separator, prefix, suffix string) string {
	if a.Size() == 0 {
		return "[]"
	}
	lineWidth := opts.linewidth - len(suffix)
	summary := a.Size() > opts.threshold
	format := a.formatter(opts)
	nextLinePrefix := " " + strings.Repeat(" ", len(prefix))
	return a.formatArray(format, lineWidth, nextLinePrefix, separator, opts.edgeitems, summary)
}

// formatArray follows numpy's _formatArray (legacy=False).
func (a *Array) formatArray(format func(int) string, lineWidth int, nextLinePrefix, sep string, edge int, summary bool) string {
	if len(a.shape) == 0 {
		return format(a.offset)
	}
	var rec func(axis, off int, hanging string, width int) string
	rec = func(axis, off int, hanging string, width int) string {
		if axis == len(a.shape) {
			return format(off)
		}
		nextHanging := hanging + " "
		nextWidth := width - 1
		n := a.shape[axis]
		showSummary := summary && 2*edge < n
		leading, trailing := 0, n
		if showSummary {
			leading, trailing = edge, edge
		}
		st := a.strides[axis]
		var s string
		if axis == len(a.shape)-1 {
			elemWidth := width - max(len(strings.TrimRight(sep, " ")), 1)
			line := hanging
			for k := 0; k < leading; k++ {
				s, line = extendLine(s, line, rec(axis+1, off+k*st, nextHanging, nextWidth), elemWidth, hanging)
				line += sep
			}
			if showSummary {
				s, line = extendLine(s, line, "...", elemWidth, hanging)
				line += sep
			}
			for k := trailing; k > 1; k-- {
				s, line = extendLine(s, line, rec(axis+1, off+(n-k)*st, nextHanging, nextWidth), elemWidth, hanging)
				line += sep
			}
			s, line = extendLine(s, line, rec(axis+1, off+(n-1)*st, nextHanging, nextWidth), elemWidth, hanging)
			s += line
		} else {
			lineSep := strings.TrimRight(sep, " ") + strings.Repeat("\n", len(a.shape)-axis-1)
			for k := 0; k < leading; k++ {
				s += hanging + rec(axis+1, off+k*st, nextHanging, nextWidth) + lineSep
			}
			if showSummary {
				s += hanging + "..." + lineSep
			}
			for k := trailing; k > 1; k-- {
				s += hanging + rec(axis+1, off+(n-k)*st, nextHanging, nextWidth) + lineSep
			}
			s += hanging + rec(axis+1, off+(n-1)*st, nextHanging, nextWidth)
		}
		return "[" + s[len(hanging):] + "]"
	}
	return rec(0, a.offset, nextLinePrefix, lineWidth)
}

func extendLine(s, line, word string, width int, nextLinePrefix string) (string, string) {
	needsWrap := len(line)+len(word) > width
	if len(line) <= len(nextLinePrefix) {
		needsWrap = false
	}
	if needsWrap {
		s += strings.TrimRight(line, " ") + "\n"
		line = nextLinePrefix
	}
	return s, line + word
}

// arrayStr is numpy's str(ndarray) (array_str).
func (a *Array) arrayStr(opts printOptions) string {
	if len(a.shape) == 0 {
		return a.scalarText(a.offset)
	}
	return a.array2string(opts, " ", "", "")
}

// scalarText is str() of one element as numpy scalars print.
func (a *Array) scalarText(off int) string {
	switch a.dtype {
	case Float64:
		return PyFloatRepr(a.f[off])
	case Bool:
		if a.b[off] {
			return "True"
		}
		return "False"
	}
	return strconv.FormatInt(a.i[off], 10)
}

// arrayRepr is numpy's repr(ndarray) with the given class name.
func (a *Array) arrayRepr(opts printOptions, className string) string {
	prefix := className + "("
	if len(a.shape) == 0 {
		return prefix + a.scalarText(a.offset) + ")"
	}
	skipDtype := a.dtype != Int32 && a.Size() > 0
	suffix := ")"
	if !skipDtype {
		suffix = ","
	}
	var lst string
	if a.Size() > 0 || (len(a.shape) == 1 && a.shape[0] == 0) {
		lst = a.array2string(opts, ", ", prefix, suffix)
	} else {
		lst = "[], shape=" + shapeRepr(a.shape)
	}
	s := prefix + lst + suffix
	if skipDtype {
		return s
	}
	dt := "dtype=" + a.dtype.String() + ")"
	last := len(s) - (strings.LastIndexByte(s, '\n') + 1)
	spacer := " "
	if last+len(dt)+1 > opts.linewidth {
		spacer = "\n" + strings.Repeat(" ", len(prefix))
	}
	return s + spacer + dt
}

func shapeRepr(shape []int) string {
	parts := make([]string, len(shape))
	for k, s := range shape {
		parts[k] = strconv.Itoa(s)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// scaled returns a float copy of a divided by scale (for printing in a unit).
func (a *Array) scaled(scale float64) *Array {
	c := a.astype(Float64)
	if scale != 1 {
		for k := range c.f {
			c.f[k] /= scale
		}
	}
	c.dim, c.quantity, c.unit = a.dim, false, nil
	return c
}
