package matplotlib

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// minMax returns the range of v ignoring NaNs ((0, 1) when empty).
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

// axHist is Axes.hist: numpy.histogram binning drawn as bars or steps.
func axHist(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) < 1 {
		if v, ok := kw.get("x"); ok {
			args = []interp.Value{v}
		} else {
			return nil, interp.Errorf(interp.TypeError, "hist() missing 1 required positional argument: 'x'")
		}
	}
	datasets, err := histDatasets(th, args[0])
	if err != nil {
		return nil, err
	}
	var data []float64
	for _, d := range datasets {
		data = append(data, d...)
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
	var colors []color.NRGBA
	for _, name := range []string{"color", "facecolor", "fc"} {
		if v, ok := kw.get(name); ok {
			c, err := parseColor(th, v)
			if err == nil {
				opt.Face = &c
				colors = []color.NRGBA{c}
				break
			}
			items, err2 := interp.ToSlice(th, v)
			if err2 != nil || len(datasets) < 2 {
				return nil, err
			}
			for _, it := range items {
				c, err := parseColor(th, it)
				if err != nil {
					return nil, err
				}
				colors = append(colors, c)
			}
			break
		}
	}
	if c, ok, err := kw.color(th, "edgecolor", "ec"); err != nil {
		return nil, err
	} else if ok {
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
	if len(datasets) > 1 {
		return a.histMany(th, datasets, opt, colors, kw)
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
	patches := a.wrap(p)
	patches.repr = fmt.Sprintf("<BarContainer object of %d artists>", len(p.Polys))
	if opt.HistType != "bar" && opt.HistType != "barstacked" {
		patches.repr = fmt.Sprintf("[<matplotlib.patches.Polygon object at %p>]", p)
	}
	return interp.Tuple{array(counts), array(edges), patches}, nil
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

// axErrorbar is Axes.errorbar: data line plus error bars (and caps).
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
	if c, ok, err := kw.color(th, "ecolor"); err != nil {
		return nil, err
	} else if ok {
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

// axBar is Axes.bar (horiz false) or Axes.barh.
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
		o := a.wrap(p)
		o.repr = fmt.Sprintf("<BarContainer object of %d artists>", len(p.Polys))
		return o, nil
	}
}

// repeat returns n copies of v.
func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// axFillBetween is Axes.fill_between(x, y1, y2=0).
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
	o := a.wrap(p)
	o.repr = fmt.Sprintf("<matplotlib.collections.PolyCollection at %p>", p)
	return o, nil
}

// axLineRule is Axes.axvline (vertical) or Axes.axhline.
func axLineRule(vertical bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		names := []string{"x", "ymin", "ymax"}
		if !vertical {
			names = []string{"y", "xmin", "xmax"}
		}
		v := []float64{0, 0, 1}
		if err := floatParams(th, args, kw, names, v, 0); err != nil {
			return nil, err
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

// floatParams reads the float parameters names, given by position or
// keyword, into v (which holds their defaults); the first required ones
// must be given. It removes them from kw, leaving the artist properties.
func floatParams(th *interp.Thread, args []interp.Value, kw kwargs, names []string, v []float64, required int) error {
	for i, n := range names {
		var val interp.Value
		if i < len(args) {
			val = args[i]
		} else if kv, ok := kw.get(n); ok {
			val = kv
		} else if i < required {
			return interp.Errorf(interp.TypeError, "missing required argument '%s'", n)
		}
		delete(kw, n)
		if val != nil {
			f, err := toFloatTh(th, val, n)
			if err != nil {
				return err
			}
			v[i] = f
		}
	}
	return nil
}

// axSpan is Axes.axvspan (vertical) or Axes.axhspan.
func axSpan(vertical bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		names := []string{"xmin", "xmax", "ymin", "ymax"}
		if !vertical {
			names = []string{"ymin", "ymax", "xmin", "xmax"}
		}
		v := []float64{0, 0, 0, 1}
		if err := floatParams(th, args, kw, names, v, 2); err != nil {
			return nil, err
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
		o := a.wrap(p)
		o.repr = fmt.Sprintf("<matplotlib.patches.Polygon at %p>", p)
		return o, nil
	}
}

// histDatasets splits hist's x into datasets: a list of sequences or the
// columns of a 2-D array give several; anything else is one.
func histDatasets(th *interp.Thread, v interp.Value) ([][]float64, error) {
	switch v.(type) {
	case interp.Tuple, *interp.List:
		items, err := interp.ToSlice(th, v)
		if err != nil {
			return nil, err
		}
		if len(items) > 0 && !isScalar(items[0]) && !isStr(items[0]) {
			if _, err := interp.Iterate(th, items[0]); err == nil {
				out := make([][]float64, len(items))
				for i, it := range items {
					if out[i], _, err = floats(th, it); err != nil {
						return nil, err
					}
				}
				return out, nil
			}
		}
	}
	data, shape, err := floats(th, v)
	if err != nil {
		return nil, err
	}
	if len(shape) == 2 {
		return columns(data, shape), nil
	}
	return [][]float64{data}, nil
}

// histMany draws several datasets and returns (list of counts, edges,
// list of patches) as matplotlib does.
func (a *axesObj) histMany(th *interp.Thread, datasets [][]float64, opt display.HistOptions, colors []color.NRGBA, kw kwargs) (interp.Value, error) {
	if len(colors) == 1 {
		colors = nil // a single colour for several datasets: use the cycle, as matplotlib rejects it
	}
	counts, edges, patches, err := a.ax.HistDatasets(datasets, opt, colors)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	cs := make([]interp.Value, len(counts))
	ps := make([]interp.Value, len(patches))
	for i := range counts {
		cs[i] = array(counts[i])
		ps[i] = a.wrap(patches[i])
	}
	return interp.Tuple{interp.NewList(cs), array(edges), interp.NewList(ps)}, nil
}
