package matplotlib

import (
	"image/color"
	"strconv"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

func (a *axesObj) wrap(art display.Artist) *artistObj { return &artistObj{ax: a, art: art} }

// axPlot implements Axes.plot's argument grammar: [x], y, [fmt], ...
// with 2-D y giving one line per column.
func axPlot(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	var out []interp.Value
	for len(args) > 0 {
		n := min(2, len(args))
		this := args[:n]
		args = args[n:]
		if len(args) > 0 && isStr(args[0]) {
			this = append(append([]interp.Value(nil), this...), args[0])
			args = args[1:]
		}
		format := ""
		if len(this) > 1 && isStr(this[len(this)-1]) {
			format = string(this[len(this)-1].(interp.Str))
			this = this[:len(this)-1]
		}
		lines, err := a.plotGroup(th, this, format, kw)
		if err != nil {
			return nil, err
		}
		out = append(out, lines...)
	}
	return interp.NewList(out), nil
}

// shapeStr formats a shape as numpy does: (3,) or (2, 3).
func shapeStr(shape []int) string {
	s := "("
	for i, d := range shape {
		if i > 0 {
			s += ", "
		}
		s += strconv.Itoa(d)
	}
	if len(shape) == 1 {
		s += ","
	}
	return s + ")"
}

func (a *axesObj) plotGroup(th *interp.Thread, xy []interp.Value, format string, kw kwargs) ([]interp.Value, error) {
	spec, err := display.ParseFmt(format)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	yd, ys, err := floats(th, xy[len(xy)-1])
	if err != nil {
		return nil, err
	}
	if len(ys) == 0 {
		ys = []int{1}
	}
	var xcols [][]float64
	var xs []int
	if len(xy) == 2 {
		xd, xsh, err := floats(th, xy[0])
		if err != nil {
			return nil, err
		}
		if len(xsh) == 0 {
			xsh = []int{1}
		}
		xs = xsh
		if xs[0] != ys[0] {
			return nil, interp.Errorf(interp.ValueError, "x and y must have same first dimension, but have shapes %s and %s", shapeStr(xs), shapeStr(ys))
		}
		if len(xs) > 2 || len(ys) > 2 {
			return nil, interp.Errorf(interp.ValueError, "x and y can be no greater than 2D, but have shapes %s and %s", shapeStr(xs), shapeStr(ys))
		}
		xcols = columns(xd, xs)
	} else {
		xcols = [][]float64{arange(ys[0])}
	}
	ycols := columns(yd, ys)
	if len(xcols) != 1 && len(ycols) != 1 && len(xcols) != len(ycols) {
		return nil, interp.Errorf(interp.ValueError, "x has %d columns but y has %d columns", len(xcols), len(ycols))
	}
	n := max(len(xcols), len(ycols))
	_, kwColor := kw.get("color", "c")
	var out []interp.Value
	for i := 0; i < n; i++ {
		x, y := xcols[min(i, len(xcols)-1)], ycols[min(i, len(ycols)-1)]
		var c color.NRGBA
		switch {
		case spec.Color != nil:
			c = *spec.Color
		case kwColor:
			c = display.CycleColor(0)
		default:
			c = a.ax.NextColor()
		}
		l := display.NewLine2D(x, y, c)
		l.Style, l.Marker = spec.Style, spec.Marker
		l.Width = a.st.rcFloat("lines.linewidth", 1.5)
		l.MarkerSize = a.st.rcFloat("lines.markersize", 6)
		if err := applyProps(th, l, kw); err != nil {
			return nil, err
		}
		if l.Label == "" {
			l.Label = "_child" + strconv.Itoa(len(a.ax.Artists))
		}
		a.ax.Add(l)
		out = append(out, a.wrap(l))
	}
	return out, nil
}

// floatsOpt converts an optional scalar-or-array argument (None: nil).
func floatsOpt(th *interp.Thread, v interp.Value) ([]float64, error) {
	if isNone(v) {
		return nil, nil
	}
	d, _, err := floats(th, v)
	return d, err
}

// axScatter is Axes.scatter with per-point sizes and colours.
func axScatter(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	get := func(i int, name string) interp.Value {
		if i < len(args) {
			return args[i]
		}
		if v, ok := kw.get(name); ok {
			return v
		}
		return interp.None
	}
	xv, yv := get(0, "x"), get(1, "y")
	if isNone(xv) || isNone(yv) {
		return nil, interp.Errorf(interp.TypeError, "scatter() missing 2 required positional arguments: 'x' and 'y'")
	}
	x, _, err := floats(th, xv)
	if err != nil {
		return nil, err
	}
	y, _, err := floats(th, yv)
	if err != nil {
		return nil, err
	}
	if len(x) != len(y) {
		return nil, interp.Errorf(interp.ValueError, "x and y must be the same size")
	}
	sizes, err := floatsOpt(th, get(2, "s"))
	if err != nil {
		return nil, err
	}
	if sizes == nil {
		ms := a.st.rcFloat("lines.markersize", 6)
		sizes = []float64{ms * ms}
	}
	coll := &display.Collection{X: x, Y: y, Sizes: sizes, Marker: "o", LineWidth: 1, Alpha: -1, Z: 1}
	cv := get(3, "c")
	if isNone(cv) {
		if v, ok := kw.get("color"); ok {
			cv = v
		}
	}
	switch {
	case isNone(cv):
		coll.Colors = []color.NRGBA{a.ax.NextPatchColor()}
	case isStr(cv):
		c, err := parseColor(th, cv)
		if err != nil {
			return nil, err
		}
		coll.Colors = []color.NRGBA{c}
	default:
		if c, err := parseColor(th, cv); err == nil && len(x) != 3 && len(x) != 4 {
			coll.Colors = []color.NRGBA{c}
			break
		}
		vals, _, err := floats(th, cv)
		if err != nil {
			// a list of colour names
			items, err2 := interp.ToSlice(th, cv)
			if err2 != nil {
				return nil, err
			}
			for _, it := range items {
				c, err := parseColor(th, it)
				if err != nil {
					return nil, err
				}
				coll.Colors = append(coll.Colors, c)
			}
			break
		}
		cmName := display.DefaultColormap
		if v, ok := kw.get("cmap"); ok {
			if cmName, err = cmapName(th, v); err != nil {
				return nil, err
			}
		}
		cm, err := display.LookupColormap(cmName)
		if err != nil {
			return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
		}
		coll.Values, coll.Cmap = vals, cm
		lo, hi := minMax(vals)
		coll.Vmin, _ = kw.float(lo, "vmin")
		coll.Vmax, _ = kw.float(hi, "vmax")
	}
	if m, err := kw.str("", "marker"); err == nil && m != "" {
		coll.Marker = m
	}
	if ec, ok := kw.get("edgecolors", "edgecolor", "ec"); ok {
		if s, isS := ec.(interp.Str); !isS || (s != "face" && s != "none") {
			c, err := parseColor(th, ec)
			if err != nil {
				return nil, err
			}
			coll.EdgeColors = []color.NRGBA{c}
		} else if s == "none" {
			coll.LineWidth = 0
		}
	}
	delete(kw, "color")
	delete(kw, "c")
	if err := applyProps(th, coll, kw); err != nil {
		return nil, err
	}
	a.ax.Add(coll)
	return a.wrap(coll), nil
}
