package matplotlib

import (
	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// axText is Axes.text(x, y, s) in data (or transform=) coordinates.
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

// axAnnotate is Axes.annotate: text at xytext with an optional arrow to xy.
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

// axLegend is Axes.legend() with labels, (handles, labels) or handles=.
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
		if d, _, ferr := floats(th, v); ferr == nil && len(d) == 2 && !isStr(v) {
			// loc=(x, y): the legend's lower-left corner in axes fractions.
			lg.Loc, lg.Anchor = "lower left", &display.Pt{X: d[0], Y: d[1]}
		} else if lg.Loc, err = normLoc(th, v); err != nil {
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

// transformObj stands for ax.transAxes / ax.transData / fig.transFigure.
type transformObj struct{ coords display.Coords }

var transformClass = interp.NewClass("Transform", "matplotlib.transforms")

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

func (*transformObj) Type() *interp.Class { return transformClass }
