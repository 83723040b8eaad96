package matplotlib

import (
	"math"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

var axesMethods map[string]method[*axesObj]

func init() {
	noop := func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		return interp.None, nil
	}
	axesMethods = map[string]method[*axesObj]{
		"plot":         axPlot,
		"scatter":      axScatter,
		"hist":         axHist,
		"errorbar":     axErrorbar,
		"bar":          axBar(false),
		"barh":         axBar(true),
		"fill_between": axFillBetween,
		"axvline":      axLineRule(true),
		"axhline":      axLineRule(false),
		"axvspan":      axSpan(true),
		"axhspan":      axSpan(false),
		"imshow":       axImshow,
		"text":         axText,
		"annotate":     axAnnotate,
		"legend":       axLegend,
		"step":         axStep,
		"set_title":    axSetTitle,
		"set_xlabel":   axSetLabel(true),
		"set_ylabel":   axSetLabel(false),
		"get_title": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.Str(a.ax.Title.S), nil
		},
		"get_xlabel": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.Str(a.ax.X.Label), nil
		},
		"get_ylabel": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.Str(a.ax.Y.Label), nil
		},
		"set_xlim":        axSetLim(true),
		"set_ylim":        axSetLim(false),
		"get_xlim":        axGetLim(true),
		"get_position":    axGetPosition,
		"get_ylim":        axGetLim(false),
		"set_xticks":      axSetTicks(true),
		"set_yticks":      axSetTicks(false),
		"get_xticks":      axGetTicks(true),
		"get_yticks":      axGetTicks(false),
		"set_xticklabels": axSetTickLabels(true),
		"set_yticklabels": axSetTickLabels(false),
		"set_xscale":      axSetScale(true),
		"set_yscale":      axSetScale(false),
		"semilogx":        axLogPlot(true, false),
		"semilogy":        axLogPlot(false, true),
		"loglog":          axLogPlot(true, true),
		"grid":            axGrid,
		"twinx":           axTwinx,
		"sharex":          axShare(true),
		"sharey":          axShare(false),
		"axis":            axAxis,
		"margins":         axMargins,
		"cla":             axClear,
		"clear":           axClear,
		"set_aspect":      axSetAspect,
		"set":             axSet,
		"set_axis_off": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			a.ax.X.Hidden, a.ax.Y.Hidden = true, true
			return interp.None, nil
		},
		"set_axis_on": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			a.ax.X.Hidden, a.ax.Y.Hidden = false, false
			return interp.None, nil
		},
		"invert_yaxis": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			lo, hi := a.ax.YLim()
			a.ax.SetYLim(hi, lo)
			return interp.None, nil
		},
		"invert_xaxis": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			lo, hi := a.ax.XLim()
			a.ax.SetXLim(hi, lo)
			return interp.None, nil
		},
		"get_figure": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return a.fo, nil
		},
		"get_legend_handles_labels": axHandlesLabels,
		"get_lines": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return a.artistList("lines"), nil
		},
		"get_images": func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return a.artistList("images"), nil
		},
		"tick_params":         noop,
		"set_facecolor":       noop,
		"locator_params":      noop,
		"label_outer":         noop,
		"autoscale":           noop,
		"set_frame_on":        noop,
		"minorticks_on":       noop,
		"minorticks_off":      noop,
		"set_major_locator":   noop,
		"set_major_formatter": noop,
		"set_ticks_position":  noop,
		"set_label_position":  noop,
	}
}

func axStep(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	where, err := kw.str("pre", "where")
	if err != nil {
		return nil, err
	}
	delete(kw, "where")
	kw["drawstyle"] = interp.Str("steps-" + where)
	return axPlot(a, th, args, kw)
}

func axSetTitle(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	s, err := strArgOrKw(th, "set_title", args, kw, "label")
	if err != nil {
		return nil, err
	}
	a.ax.Title.S = s
	loc, err := kw.str("center", "loc")
	if err != nil {
		return nil, err
	}
	a.ax.Title.HAlign = loc
	if fs, ok := kw.get("fontsize", "size"); ok {
		if f, ok := interp.AsFloat(fs); ok {
			a.ax.Title.Size = f
		} else if s, ok := fs.(interp.Str); ok {
			a.ax.Title.Size = namedFontSize(string(s))
		}
	}
	if fw, _ := kw.str("", "fontweight", "weight"); fw != "" {
		a.ax.Title.Weight = fw
	}
	return a.wrap(&a.ax.Title), nil
}

func axSetLabel(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		s, err := strArgOrKw(th, "set_label", args, kw, map[bool]string{true: "xlabel", false: "ylabel"}[x])
		if err != nil {
			return nil, err
		}
		ax := a.ax.Axis(x)
		ax.Label = s
		if fs, ok := kw.get("fontsize", "size"); ok {
			if f, ok := interp.AsFloat(fs); ok {
				ax.LabelSize = f
			} else if s, ok := fs.(interp.Str); ok {
				ax.LabelSize = namedFontSize(string(s))
			}
		}
		t := &display.Text{S: s}
		return a.wrap(t), nil
	}
}

// axSetLim accepts set_xlim(left, right), set_xlim((left, right)) and
// the left=/right= (bottom=/top=, xmin=/xmax=) keywords.
func axSetLim(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		var given [2]interp.Value
		if len(args) == 1 && !isNone(args[0]) && !isScalar(args[0]) {
			items, err := interp.ToSlice(th, args[0])
			if err != nil || len(items) != 2 {
				return nil, interp.Errorf(interp.TypeError, "Axes limits must be a pair of numbers")
			}
			given[0], given[1] = items[0], items[1]
		} else {
			for i := 0; i < len(args) && i < 2; i++ {
				given[i] = args[i]
			}
		}
		names := [2][]string{{"left", "xmin"}, {"right", "xmax"}}
		if !x {
			names = [2][]string{{"bottom", "ymin"}, {"top", "ymax"}}
		}
		lim := [2]float64{math.NaN(), math.NaN()}
		for i := range given {
			if v, ok := kw.get(names[i]...); ok {
				given[i] = v
			}
			if given[i] == nil || isNone(given[i]) {
				continue
			}
			f, err := toFloatTh(th, given[i], "limit")
			if err != nil {
				return nil, err
			}
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, interp.Errorf(interp.ValueError, "Axis limits cannot be NaN or Inf")
			}
			lim[i] = f
		}
		if x {
			a.ax.SetXLim(lim[0], lim[1])
		} else {
			a.ax.SetYLim(lim[0], lim[1])
		}
		return axGetLim(x)(a, th, nil, nil)
	}
}

func isScalar(v interp.Value) bool {
	_, ok := interp.AsFloat(v)
	return ok
}

func axGetLim(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		lo, hi := a.ax.YLim()
		if x {
			lo, hi = a.ax.XLim()
		}
		return interp.Tuple{interp.Float(lo), interp.Float(hi)}, nil
	}
}

func axSetTicks(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		v, err := argOrKw("set_ticks", args, kw, "ticks")
		if err != nil {
			return nil, err
		}
		ticks, _, err := floats(th, v)
		if err != nil {
			return nil, err
		}
		ax := a.ax.Axis(x)
		if ticks == nil {
			ticks = []float64{}
		}
		ax.Ticks, ax.TickLabels = ticks, nil
		lv, ok := kw.get("labels")
		if len(args) > 1 {
			lv, ok = args[1], true
		}
		if ok {
			labels, err := strList(th, lv)
			if err != nil {
				return nil, err
			}
			if len(labels) != len(ticks) {
				return nil, interp.Errorf(interp.ValueError, "The number of FixedLocator locations (%d), usually from a call to set_ticks, does not match the number of labels (%d).", len(ticks), len(labels))
			}
			ax.TickLabels = labels
		}
		return interp.NewList(nil), nil
	}
}

func axGetTicks(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		pos, _ := a.ax.MajorTicks(x)
		return array(pos), nil
	}
}

func axSetTickLabels(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		v, err := arg0("set_ticklabels", args)
		if err != nil {
			return nil, err
		}
		labels, err := strList(th, v)
		if err != nil {
			return nil, err
		}
		ax := a.ax.Axis(x)
		if ax.Ticks == nil {
			pos, _ := a.ax.MajorTicks(x)
			ax.Ticks = pos
		}
		ax.TickLabels = labels
		return interp.NewList(nil), nil
	}
}

func axSetScale(x bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		s, err := strArg0(th, "set_scale", args)
		if err != nil {
			return nil, err
		}
		switch s {
		case "linear", "log":
		case "symlog", "logit", "function":
			s = "linear"
		default:
			return nil, interp.Errorf(interp.ValueError, "%q is not a valid value for scale; supported values are 'function', 'functionlog', 'linear', 'log', 'logit', 'symlog'", s)
		}
		if x {
			a.ax.X.Scale = s
		} else {
			a.ax.Y.Scale = s
		}
		return interp.None, nil
	}
}

func axLogPlot(logx, logy bool) method[*axesObj] {
	return func(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		if logx {
			a.ax.X.Scale = "log"
		}
		if logy {
			a.ax.Y.Scale = "log"
		}
		for _, k := range []string{"base", "basex", "basey", "nonpositive", "subs"} {
			delete(kw, k)
		}
		return axPlot(a, th, args, kw)
	}
}

func axGrid(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	on := !(a.ax.X.Grid || a.ax.Y.Grid)
	if len(kw) > 0 {
		on = true
	}
	v, ok := kw.get("visible", "b")
	if len(args) > 0 {
		v, ok = args[0], true
	}
	if ok && !isNone(v) {
		b, err := interp.Truth(th, v)
		if err != nil {
			return nil, err
		}
		on = b
	}
	which, err := kw.str("both", "axis")
	if err != nil {
		return nil, err
	}
	if which == "both" || which == "x" {
		a.ax.X.Grid = on
	}
	if which == "both" || which == "y" {
		a.ax.Y.Grid = on
	}
	return interp.None, nil
}

func axTwinx(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	t := a.ax.TwinX()
	a.fo.curAx = t
	return a.st.axesObj(a.fo, t), nil
}

func axAxis(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) > 0 {
		switch v := args[0].(type) {
		case interp.Str:
			switch string(v) {
			case "off":
				a.ax.X.Hidden, a.ax.Y.Hidden = true, true
			case "on":
				a.ax.X.Hidden, a.ax.Y.Hidden = false, false
			case "equal", "scaled", "square", "image":
				a.ax.AspectEqual = true
			case "tight":
				a.ax.X.Tight, a.ax.Y.Tight = true, true
			case "auto", "normal":
				a.ax.AspectEqual = false
			default:
				return nil, interp.Errorf(interp.ValueError, "Unrecognized string '%s' to axis; try 'on' or 'off'", string(v))
			}
		case interp.NoneType:
		default:
			d, _, err := floats(th, v)
			if err != nil || len(d) != 4 {
				return nil, interp.Errorf(interp.TypeError, "the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
			}
			a.ax.SetXLim(d[0], d[1])
			a.ax.SetYLim(d[2], d[3])
		}
	}
	x0, x1 := a.ax.XLim()
	y0, y1 := a.ax.YLim()
	return interp.Tuple{interp.Float(x0), interp.Float(x1), interp.Float(y0), interp.Float(y1)}, nil
}

func axMargins(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	mx, my := a.ax.X.Margin, a.ax.Y.Margin
	if len(args) == 0 && len(kw) == 0 {
		return interp.Tuple{interp.Float(mx), interp.Float(my)}, nil
	}
	if len(args) >= 1 {
		f, err := toFloat(args[0], "margin")
		if err != nil {
			return nil, err
		}
		mx, my = f, f
	}
	if len(args) >= 2 {
		f, err := toFloat(args[1], "margin")
		if err != nil {
			return nil, err
		}
		my = f
	}
	var err error
	if mx, err = kw.float(mx, "x"); err != nil {
		return nil, err
	}
	if my, err = kw.float(my, "y"); err != nil {
		return nil, err
	}
	if mx <= -0.5 || my <= -0.5 {
		return nil, interp.Errorf(interp.ValueError, "margin must be greater than -0.5")
	}
	a.ax.X.Margin, a.ax.Y.Margin = mx, my
	return interp.None, nil
}

func axClear(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	a.ax.Clear()
	return interp.None, nil
}

func axSetAspect(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	v, err := arg0("set_aspect", args)
	if err != nil {
		return nil, err
	}
	s, _ := v.(interp.Str)
	a.ax.AspectEqual = s == "equal"
	return interp.None, nil
}

// axSet implements ax.set(xlabel=..., ylim=..., title=...).
func axSet(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	for k, v := range kw {
		name := "set_" + k
		m, ok := axesMethods[name]
		if !ok {
			return nil, interp.Errorf(interp.AttributeError, "AxesSubplot.set() got an unexpected keyword argument '%s'", k)
		}
		callArgs := []interp.Value{v}
		if k == "xlim" || k == "ylim" {
			if items, err := interp.ToSlice(th, v); err == nil {
				callArgs = items
			}
		}
		if _, err := m(a, th, callArgs, kwargs{}); err != nil {
			return nil, err
		}
	}
	return interp.None, nil
}

func axHandlesLabels(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	var hs, ls []interp.Value
	for _, e := range a.ax.LegendEntries() {
		hs = append(hs, a.wrap(e.Handle))
		ls = append(ls, interp.Str(e.Label))
	}
	return interp.Tuple{interp.NewList(hs), interp.NewList(ls)}, nil
}

// axTickParams supports labelrotation and labelsize; other options are
// accepted and ignored.
func axTickParams(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	which, err := kw.str("both", "axis")
	if err != nil {
		return nil, err
	}
	axes := []*display.Axis{&a.ax.X, &a.ax.Y}
	switch which {
	case "x":
		axes = axes[:1]
	case "y":
		axes = axes[1:]
	}
	if v, ok := kw.get("labelrotation"); ok {
		deg, err := rotationDegrees(th, v)
		if err != nil {
			return nil, err
		}
		for _, ax := range axes {
			ax.TickRotation = deg
		}
	}
	if v, ok := kw.get("labelsize"); ok {
		size := 10.0
		if f, ok := interp.AsFloat(v); ok {
			size = f
		} else if s, ok := v.(interp.Str); ok {
			size = namedFontSize(string(s))
		}
		for _, ax := range axes {
			ax.TickSize = size
		}
	}
	return interp.None, nil
}

// axGetPosition is Axes.get_position(): a Bbox in figure fractions.
func axGetPosition(o *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	r := o.ax.Position()
	return &bboxObj{x0: r[0], y0: r[1], w: r[2], h: r[3]}, nil
}

var bboxClass = interp.NewClass("Bbox", "matplotlib.transforms")

// bboxObj is a matplotlib Bbox (read-only).
type bboxObj struct{ x0, y0, w, h float64 }

func (*bboxObj) Type() *interp.Class { return bboxClass }

func (b *bboxObj) Repr(th *interp.Thread) (string, error) {
	f := func(x float64) string { s, _ := interp.Repr(th, interp.Float(x)); return s }
	return "Bbox([[" + f(b.x0) + ", " + f(b.y0) + "], [" + f(b.x0+b.w) + ", " + f(b.y0+b.h) + "]])", nil
}

func (b *bboxObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "x0", "xmin":
		return interp.Float(b.x0), nil
	case "y0", "ymin":
		return interp.Float(b.y0), nil
	case "x1", "xmax":
		return interp.Float(b.x0 + b.w), nil
	case "y1", "ymax":
		return interp.Float(b.y0 + b.h), nil
	case "width":
		return interp.Float(b.w), nil
	case "height":
		return interp.Float(b.h), nil
	case "bounds":
		return interp.Tuple{interp.Float(b.x0), interp.Float(b.y0), interp.Float(b.w), interp.Float(b.h)}, nil
	}
	return nil, nil
}

func (b *bboxObj) AttrNames() []string {
	return []string{"bounds", "height", "width", "x0", "x1", "xmax", "xmin", "y0", "y1", "ymax", "ymin"}
}

// axShare is Axes.sharex(other) / sharey(other): share the x (y) limits
// and ticks with another Axes.
func axShare(x bool) method[*axesObj] {
	return func(o *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		if len(args) != 1 {
			return nil, interp.Errorf(interp.TypeError, "sharex() takes exactly one argument")
		}
		other, ok := args[0].(*axesObj)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "the axes to share with has to be an Axes, not '%s'", args[0].Type().Name)
		}
		if x {
			o.ax.ShareX(other.ax)
		} else {
			o.ax.ShareY(other.ax)
		}
		return interp.None, nil
	}
}
