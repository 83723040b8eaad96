package matplotlib

import (
	"image/color"
	"math"
	"strconv"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

func (a *axesObj) wrap(art display.Artist) *artistObj { return &artistObj{ax: a, art: art} }

// plot implements Axes.plot's argument grammar: [x], y, [fmt], ... with
// 2-D y giving one line per column.
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

// floatArg converts an optional scalar-or-array argument.
func floatsOpt(th *interp.Thread, v interp.Value) ([]float64, error) {
	if isNone(v) {
		return nil, nil
	}
	d, _, err := floats(th, v)
	return d, err
}

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

func minMax(v []float64) (float64, float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range v {
		if !math.IsNaN(x) {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	if lo > hi {
		return 0, 1
	}
	return lo, hi
}

func axHist(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) < 1 {
		if v, ok := kw.get("x"); ok {
			args = []interp.Value{v}
		} else {
			return nil, interp.Errorf(interp.TypeError, "hist() missing 1 required positional argument: 'x'")
		}
	}
	data, _, err := floats(th, args[0])
	if err != nil {
		return nil, err
	}
	opt := display.HistOptions{Bins: 10, HistType: "bar", Alpha: -1}
	binsV, hasBins := kw.get("bins")
	if len(args) > 1 {
		binsV, hasBins = args[1], true
	}
	if hasBins {
		switch b := binsV.(type) {
		case interp.Int:
			if b < 1 {
				return nil, interp.Errorf(interp.ValueError, "`bins` must be positive, when an integer")
			}
			opt.Bins = int(b)
		case interp.Str:
			opt.Bins = int(math.Ceil(math.Log2(float64(max(1, len(data)))) + 1))
		default:
			edges, _, err := floats(th, binsV)
			if err != nil {
				return nil, err
			}
			if len(edges) == 1 {
				opt.Bins = int(edges[0])
			} else {
				opt.Edges = edges
			}
		}
	}
	if r, ok := kw.get("range"); ok {
		rr, _, err := floats(th, r)
		if err != nil || len(rr) != 2 {
			return nil, interp.Errorf(interp.ValueError, "range must be a pair (min, max)")
		}
		opt.Range = &[2]float64{rr[0], rr[1]}
	}
	if opt.Density, err = kw.boolean(th, false, "density", "normed"); err != nil {
		return nil, err
	}
	if opt.Cumul, err = kw.boolean(th, false, "cumulative"); err != nil {
		return nil, err
	}
	if w, ok := kw.get("weights"); ok {
		if opt.Weights, _, err = floats(th, w); err != nil {
			return nil, err
		}
	}
	if opt.HistType, err = kw.str("bar", "histtype"); err != nil {
		return nil, err
	}
	switch opt.HistType {
	case "bar", "barstacked", "step", "stepfilled":
	default:
		return nil, interp.Errorf(interp.ValueError, "'%s' is not a valid value for histtype; supported values are 'bar', 'barstacked', 'step', 'stepfilled'", opt.HistType)
	}
	for _, name := range []string{"color", "facecolor", "fc"} {
		if v, ok := kw.get(name); ok {
			c, err := parseColor(th, v)
			if err != nil {
				return nil, err
			}
			opt.Face = &c
			break
		}
	}
	if v, ok := kw.get("edgecolor", "ec"); ok {
		c, err := parseColor(th, v)
		if err != nil {
			return nil, err
		}
		opt.Edge = &c
	}
	if opt.Alpha, err = kw.float(-1, "alpha"); err != nil {
		return nil, err
	}
	if opt.LineWidth, err = kw.float(0, "linewidth", "lw"); err != nil {
		return nil, err
	}
	if opt.Label, err = kw.str("", "label"); err != nil {
		return nil, err
	}
	if opt.Bottom, err = kw.float(0, "bottom"); err != nil {
		return nil, err
	}
	counts, edges, p, err := a.ax.Hist(data, opt)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	if z, ok := kw.get("zorder"); ok {
		if p.Z, err = toFloat(z, "zorder"); err != nil {
			return nil, err
		}
	}
	return interp.Tuple{array(counts), array(edges), a.wrap(p)}, nil
}

// errLimits converts xerr/yerr: scalar, one per point, or shape (2, n).
func errLimits(th *interp.Thread, v interp.Value, n int) (lo, hi []float64, err error) {
	if isNone(v) {
		return nil, nil, nil
	}
	d, shape, err := floats(th, v)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range d {
		if e < 0 {
			return nil, nil, interp.Errorf(interp.ValueError, "'xerr' and 'yerr' must not contain negative values")
		}
	}
	if len(shape) == 2 && shape[0] == 2 {
		return d[:shape[1]], d[shape[1]:], nil
	}
	if len(d) != 1 && len(d) != n {
		return nil, nil, interp.Errorf(interp.ValueError, "'yerr' (shape: %s) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (%d,))", shapeStr(shape), n)
	}
	return d, d, nil
}

func axErrorbar(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	get := func(i int, name string) interp.Value {
		if i < len(args) {
			return args[i]
		}
		if v, ok := kw[name]; ok {
			return v
		}
		return interp.None
	}
	x, _, err := floats(th, get(0, "x"))
	if err != nil {
		return nil, err
	}
	y, _, err := floats(th, get(1, "y"))
	if err != nil {
		return nil, err
	}
	if len(x) != len(y) {
		return nil, interp.Errorf(interp.ValueError, "'x' and 'y' must have the same size")
	}
	ylo, yhi, err := errLimits(th, get(2, "yerr"), len(y))
	if err != nil {
		return nil, err
	}
	xlo, xhi, err := errLimits(th, get(3, "xerr"), len(x))
	if err != nil {
		return nil, err
	}
	format := ""
	if f, ok := get(4, "fmt").(interp.Str); ok {
		format = string(f)
	}
	capsize, err := kw.float(0, "capsize")
	if err != nil {
		return nil, err
	}
	data, bars, err := a.ax.ErrorBar(x, y, xlo, xhi, ylo, yhi, format, capsize)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	if v, ok := kw.get("ecolor"); ok {
		c, err := parseColor(th, v)
		if err != nil {
			return nil, err
		}
		bars.SetColor(c)
	}
	if lw, err := kw.float(0, "elinewidth"); err != nil {
		return nil, err
	} else if lw > 0 {
		bars.Width = lw
	}
	for _, k := range []string{"yerr", "xerr", "fmt", "capsize", "ecolor", "elinewidth", "x", "y"} {
		delete(kw, k)
	}
	if err := applyProps(th, data, kw); err != nil {
		return nil, err
	}
	if _, ok := kw.get("color", "c"); ok {
		if _, ok := kw.get("ecolor"); !ok {
			bars.SetColor(data.Color)
		}
	}
	return interp.Tuple{a.wrap(data), interp.Tuple{}, interp.Tuple{a.wrap(bars)}}, nil
}

func axBar(horiz bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		names := []string{"x", "height", "width", "bottom"}
		if horiz {
			names = []string{"y", "width", "height", "left"}
		}
		vals := make([]interp.Value, 4)
		for i, n := range names {
			if i < len(args) {
				vals[i] = args[i]
			} else if v, ok := kw.get(n); ok {
				vals[i] = v
			}
		}
		if vals[0] == nil || vals[1] == nil {
			return nil, interp.Errorf(interp.TypeError, "bar() missing required positional arguments")
		}
		var labels []string
		var err error
		pos, _, err := floats(th, vals[0])
		if err != nil {
			// categorical positions: strings become 0..n-1 with tick labels
			if labels, err = strList(th, vals[0]); err != nil {
				return nil, err
			}
			pos = arange(len(labels))
		}
		h, _, err := floats(th, vals[1])
		if err != nil {
			return nil, err
		}
		w := []float64{0.8}
		if vals[2] != nil {
			if w, _, err = floats(th, vals[2]); err != nil {
				return nil, err
			}
		}
		var b []float64
		if vals[3] != nil {
			if b, err = floatsOpt(th, vals[3]); err != nil {
				return nil, err
			}
		}
		if len(h) == 1 && len(pos) > 1 {
			h = repeat(h[0], len(pos))
		}
		if len(pos) == 1 && len(h) > 1 {
			pos = repeat(pos[0], len(h))
		}
		if align, _ := kw.str("center", "align"); align == "edge" {
			for i := range pos {
				pos[i] += w[i%len(w)] / 2
			}
		}
		p := a.ax.Bar(pos, h, w, b, horiz)
		for _, k := range names {
			delete(kw, k)
		}
		if err := applyProps(th, p, kw); err != nil {
			return nil, err
		}
		if tl, ok := kw.get("tick_label"); ok {
			if labels, err = strList(th, tl); err != nil {
				return nil, err
			}
		}
		if labels != nil {
			ax := &a.ax.X
			if horiz {
				ax = &a.ax.Y
			}
			ax.Ticks, ax.TickLabels = pos, labels
		}
		return a.wrap(p), nil
	}
}

func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func axFillBetween(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	vals := make([]interp.Value, 3)
	for i, n := range []string{"x", "y1", "y2"} {
		if i < len(args) {
			vals[i] = args[i]
		} else if v, ok := kw.get(n); ok {
			vals[i] = v
		}
		delete(kw, n)
	}
	if vals[0] == nil || vals[1] == nil {
		return nil, interp.Errorf(interp.TypeError, "fill_between() missing 2 required positional arguments: 'x' and 'y1'")
	}
	x, _, err := floats(th, vals[0])
	if err != nil {
		return nil, err
	}
	y1, _, err := floats(th, vals[1])
	if err != nil {
		return nil, err
	}
	y2 := []float64{0}
	if vals[2] != nil {
		if y2, _, err = floats(th, vals[2]); err != nil {
			return nil, err
		}
	}
	p := a.ax.FillBetween(x, y1, y2)
	if err := applyProps(th, p, kw); err != nil {
		return nil, err
	}
	if _, ok := kw.get("edgecolor", "ec"); !ok {
		p.Edge = color.NRGBA{}
	}
	return a.wrap(p), nil
}

func axLineRule(vertical bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		names := []string{"x", "ymin", "ymax"}
		if !vertical {
			names = []string{"y", "xmin", "xmax"}
		}
		v := []float64{0, 0, 1}
		for i, n := range names {
			var val interp.Value
			if i < len(args) {
				val = args[i]
			} else if kv, ok := kw.get(n); ok {
				val = kv
			}
			delete(kw, n)
			if val != nil {
				f, err := toFloatTh(th, val, n)
				if err != nil {
					return nil, err
				}
				v[i] = f
			}
		}
		var l *display.Line2D
		if vertical {
			l = a.ax.AxVLine(v[0], v[1], v[2])
		} else {
			l = a.ax.AxHLine(v[0], v[1], v[2])
		}
		l.Label = "_child" + strconv.Itoa(len(a.ax.Artists))
		if err := applyProps(th, l, kw); err != nil {
			return nil, err
		}
		return a.wrap(l), nil
	}
}

func axSpan(vertical bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		names := []string{"xmin", "xmax", "ymin", "ymax"}
		if !vertical {
			names = []string{"ymin", "ymax", "xmin", "xmax"}
		}
		v := []float64{0, 0, 0, 1}
		for i, n := range names {
			var val interp.Value
			if i < len(args) {
				val = args[i]
			} else if kv, ok := kw.get(n); ok {
				val = kv
			} else if i < 2 {
				return nil, interp.Errorf(interp.TypeError, "missing required argument '%s'", n)
			}
			delete(kw, n)
			if val != nil {
				f, err := toFloatTh(th, val, n)
				if err != nil {
					return nil, err
				}
				v[i] = f
			}
		}
		var p *display.Patch
		if vertical {
			p = a.ax.AxVSpan(v[0], v[1], v[2], v[3])
		} else {
			p = a.ax.AxHSpan(v[0], v[1], v[2], v[3])
		}
		if err := applyProps(th, p, kw); err != nil {
			return nil, err
		}
		return a.wrap(p), nil
	}
}

func cmapName(th *interp.Thread, v interp.Value) (string, error) {
	if c, ok := v.(*cmapObj); ok {
		return c.cm.Name, nil
	}
	return toStr(th, v)
}

func axImshow(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	xv, err := arg0("imshow", args)
	if err != nil {
		if v, ok := kw.get("X"); ok {
			xv = v
		} else {
			return nil, err
		}
	}
	data, shape, err := floats(th, xv)
	if err != nil {
		return nil, err
	}
	im := &display.Image{Alpha: -1, Origin: "upper", Channels: 1}
	switch {
	case len(shape) == 2:
		im.Rows, im.Cols = shape[0], shape[1]
	case len(shape) == 3 && (shape[2] == 3 || shape[2] == 4):
		im.Rows, im.Cols, im.Channels = shape[0], shape[1], shape[2]
		_, hi := minMax(data)
		if hi > 1 {
			for i := range data {
				data[i] /= 255
			}
		}
	default:
		return nil, interp.Errorf(interp.TypeError, "Invalid shape %s for image data", shapeStr(shape))
	}
	im.Data = data
	cmName := display.DefaultColormap
	if v, ok := kw.get("cmap"); ok {
		if cmName, err = cmapName(th, v); err != nil {
			return nil, err
		}
	}
	if im.Cmap, err = display.LookupColormap(cmName); err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	lo, hi := minMax(data)
	if im.Vmin, err = kw.float(lo, "vmin"); err != nil {
		return nil, err
	}
	if im.Vmax, err = kw.float(hi, "vmax"); err != nil {
		return nil, err
	}
	if im.Origin, err = kw.str("upper", "origin"); err != nil {
		return nil, err
	}
	if e, ok := kw.get("extent"); ok {
		ext, _, err := floats(th, e)
		if err != nil || len(ext) != 4 {
			return nil, interp.Errorf(interp.ValueError, "extent must be a 4-tuple (left, right, bottom, top)")
		}
		im.Extent = [4]float64{ext[0], ext[1], ext[2], ext[3]}
	}
	aspect := true
	if asp, ok := kw.get("aspect"); ok {
		if s, isS := asp.(interp.Str); isS && s == "auto" {
			aspect = false
		}
	}
	if s, _ := kw.str("", "interpolation"); s != "" && s != "nearest" && s != "none" && s != "antialiased" {
		im.Smooth = true
	}
	if im.Alpha, err = kw.float(-1, "alpha"); err != nil {
		return nil, err
	}
	a.ax.ImShow(im, aspect)
	return a.wrap(im), nil
}

func axText(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) < 3 {
		return nil, interp.Errorf(interp.TypeError, "text() missing required positional arguments: 'x', 'y' and 's'")
	}
	x, err := toFloatTh(th, args[0], "x")
	if err != nil {
		return nil, err
	}
	y, err := toFloatTh(th, args[1], "y")
	if err != nil {
		return nil, err
	}
	s, err := toStr(th, args[2])
	if err != nil {
		return nil, err
	}
	coords := display.DataCoords
	if tr, ok := kw.get("transform"); ok {
		if t, ok := tr.(*transformObj); ok {
			coords = t.coords
		}
	}
	t := a.ax.Text(x, y, s, coords)
	if err := applyProps(th, t, kw); err != nil {
		return nil, err
	}
	return a.wrap(t), nil
}

func axAnnotate(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	get := func(i int, name string) interp.Value {
		if i < len(args) {
			return args[i]
		}
		if v, ok := kw.get(name); ok {
			return v
		}
		return nil
	}
	sv, xyv := get(0, "text"), get(1, "xy")
	if sv == nil {
		sv = get(0, "s")
	}
	if sv == nil || xyv == nil {
		return nil, interp.Errorf(interp.TypeError, "annotate() missing required positional arguments: 'text' and 'xy'")
	}
	s, err := toStr(th, sv)
	if err != nil {
		return nil, err
	}
	xy, _, err := floats(th, xyv)
	if err != nil || len(xy) != 2 {
		return nil, interp.Errorf(interp.ValueError, "xy must be a pair of numbers")
	}
	pos := xy
	if v := get(2, "xytext"); v != nil {
		if pos, _, err = floats(th, v); err != nil || len(pos) != 2 {
			return nil, interp.Errorf(interp.ValueError, "xytext must be a pair of numbers")
		}
	}
	coords := display.DataCoords
	if c, _ := kw.str("", "textcoords"); c == "axes fraction" {
		coords = display.AxesCoords
	} else if c == "" {
		if c, _ := kw.str("", "xycoords"); c == "axes fraction" {
			coords = display.AxesCoords
		}
	}
	t := a.ax.Text(pos[0], pos[1], s, coords)
	if _, ok := kw.get("arrowprops"); ok {
		t.Arrow, t.ArrowXY = true, display.Pt{X: xy[0], Y: xy[1]}
	}
	for _, k := range []string{"text", "s", "xy", "xytext", "arrowprops", "textcoords", "xycoords"} {
		delete(kw, k)
	}
	if err := applyProps(th, t, kw); err != nil {
		return nil, err
	}
	return a.wrap(t), nil
}

func axLegend(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	lg := &display.Legend{Frame: true, NCol: 1, FontSize: 10}
	var err error
	switch len(args) {
	case 1: // labels for the artists in order
		labels, err := strList(th, args[0])
		if err != nil {
			return nil, err
		}
		lg.Entries = []display.LegendEntry{}
		i := 0
		for _, art := range a.ax.Artists {
			if i >= len(labels) {
				break
			}
			switch art.(type) {
			case *display.Line2D, *display.Patch, *display.Collection:
				lg.Entries = append(lg.Entries, display.LegendEntry{Label: labels[i], Handle: art})
				i++
			}
		}
	case 2:
		handles, err := interp.ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		labels, err := strList(th, args[1])
		if err != nil {
			return nil, err
		}
		lg.Entries = []display.LegendEntry{}
		for i := 0; i < len(handles) && i < len(labels); i++ {
			h := handles[i]
			if l, ok := h.(*interp.List); ok && len(l.Elems) > 0 {
				h = l.Elems[0]
			}
			if ao, ok := h.(*artistObj); ok {
				lg.Entries = append(lg.Entries, display.LegendEntry{Label: labels[i], Handle: ao.art})
			}
		}
	}
	if h, ok := kw.get("handles"); ok && len(args) == 0 {
		items, err := interp.ToSlice(th, h)
		if err != nil {
			return nil, err
		}
		var labels []string
		if lv, ok := kw.get("labels"); ok {
			if labels, err = strList(th, lv); err != nil {
				return nil, err
			}
		}
		lg.Entries = []display.LegendEntry{}
		for i, it := range items {
			if ao, ok := it.(*artistObj); ok {
				label := artistLabel(ao.art)
				if i < len(labels) {
					label = labels[i]
				}
				lg.Entries = append(lg.Entries, display.LegendEntry{Label: label, Handle: ao.art})
			}
		}
	}
	if v, ok := kw.get("loc"); ok {
		if lg.Loc, err = normLoc(th, v); err != nil {
			return nil, err
		}
	}
	if lg.Frame, err = kw.boolean(th, true, "frameon"); err != nil {
		return nil, err
	}
	if nc, ok := kw.get("ncol", "ncols"); ok {
		n, err := interp.AsInt(nc)
		if err != nil {
			return nil, err
		}
		lg.NCol = int(max(1, n))
	}
	if fs, ok := kw.get("fontsize"); ok {
		if f, ok := interp.AsFloat(fs); ok {
			lg.FontSize = f
		} else if s, ok := fs.(interp.Str); ok {
			lg.FontSize = namedFontSize(string(s))
		}
	}
	if lg.Title, err = kw.str("", "title"); err != nil {
		return nil, err
	}
	if b, ok := kw.get("bbox_to_anchor"); ok {
		d, _, err := floats(th, b)
		if err == nil && len(d) >= 2 {
			lg.Anchor = &display.Pt{X: d[0], Y: d[1]}
		}
	}
	a.ax.SetLegend(lg)
	if len(lg.Entries) == 0 && th != nil {
		th.Stderr("No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.\n")
	}
	return &legendObj{lg: lg}, nil
}

// legendObj is the Legend that legend() returns.
type legendObj struct{ lg *display.Legend }

func (*legendObj) Type() *interp.Class { return legendClass }

func (l *legendObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "set_visible", "set_title", "set_frame_on", "set_draggable", "remove":
		return interp.NewBuiltin(name, func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return interp.None, nil
		}), nil
	}
	return nil, nil
}

func (l *legendObj) AttrNames() []string { return []string{"set_visible", "set_title"} }

// transformObj stands for ax.transAxes / ax.transData / fig.transFigure.
type transformObj struct{ coords display.Coords }

var transformClass = interp.NewClass("Transform", "matplotlib.transforms")

func (*transformObj) Type() *interp.Class { return transformClass }
