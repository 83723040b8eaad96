package matplotlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

var figureMethods map[string]method[*figureObj]

func init() {
	noop := func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		return interp.None, nil
	}
	figureMethods = map[string]method[*figureObj]{
		"add_subplot":  figAddSubplot,
		"add_gridspec": figAddGridspec,
		"subplots":     figSubplots,
		"add_axes":     figAddAxes,
		"gca": func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return f.gca()
		},
		"savefig":         figSavefig,
		"suptitle":        figSuptitle,
		"text":            figText,
		"colorbar":        figColorbar,
		"tight_layout":    figTightLayout,
		"subplots_adjust": figSubplotsAdjust,
		"set_size_inches": figSetSize,
		"get_size_inches": func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return array([]float64{f.fig.Width, f.fig.Height}), nil
		},
		"set_dpi": func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			v, err := arg0("set_dpi", args)
			if err != nil {
				return nil, err
			}
			d, err := toFloat(v, "dpi")
			if err == nil && d > 0 {
				f.fig.DPI = d
			}
			return interp.None, err
		},
		"clf": func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			f.fig.Clear()
			f.curAx = nil
			return interp.None, nil
		},
		"clear": func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			f.fig.Clear()
			f.curAx = nil
			return interp.None, nil
		},
		"show":             noop,
		"set_facecolor":    noop,
		"align_labels":     noop,
		"align_ylabels":    noop,
		"set_tight_layout": figTightLayout,
		"set_figwidth":     figSetDim("set_figwidth", "width", func(f *display.Figure, v float64) { f.Width = v }),
		"set_figheight":    figSetDim("set_figheight", "height", func(f *display.Figure, v float64) { f.Height = v }),
	}
}

// subplotArgs parses (nrows, ncols, index) or a three-digit 121; index
// may be a (first, last) tuple for spans.
func subplotArgs(th *interp.Thread, args []interp.Value) (rows, cols, first, last int, err error) {
	switch len(args) {
	case 0:
		return 1, 1, 1, 1, nil
	case 1:
		n, err := interp.AsInt(args[0])
		if err != nil || n < 111 || n > 999 {
			return 0, 0, 0, 0, interp.Errorf(interp.ValueError, "Single argument to subplot must be a three-digit integer, not %s", reprOf(th, args[0]))
		}
		return int(n / 100), int(n / 10 % 10), int(n % 10), int(n % 10), nil
	case 3:
		r, err1 := interp.AsInt(args[0])
		c, err2 := interp.AsInt(args[1])
		if err1 != nil || err2 != nil {
			return 0, 0, 0, 0, interp.Errorf(interp.ValueError, "Number of rows and columns must be integers")
		}
		if t, ok := args[2].(interp.Tuple); ok && len(t) == 2 {
			i, err1 := interp.AsInt(t[0])
			j, err2 := interp.AsInt(t[1])
			if err1 != nil || err2 != nil {
				return 0, 0, 0, 0, interp.Errorf(interp.ValueError, "Subplot index must be integers")
			}
			return int(r), int(c), int(i), int(j), nil
		}
		i, err := interp.AsInt(args[2])
		if err != nil {
			return 0, 0, 0, 0, interp.Errorf(interp.ValueError, "num must be an integer with 1 <= num <= %d, not %s", r*c, reprOf(th, args[2]))
		}
		return int(r), int(c), int(i), int(i), nil
	}
	return 0, 0, 0, 0, interp.Errorf(interp.TypeError, "subplot() takes 1 or 3 positional arguments but %d were given", len(args))
}

func (f *figureObj) addSubplot(th *interp.Thread, args []interp.Value, kw kwargs) (*axesObj, error) {
	if len(args) == 1 {
		if s, ok := args[0].(*subplotSpecObj); ok {
			return f.addSubplotSpec(th, s, kw)
		}
	}
	r, c, i, j, err := subplotArgs(th, args)
	if err != nil {
		return nil, err
	}
	return f.addAt(th, display.SubplotSpec{Rows: r, Cols: c, Index: i, LastIndex: j}, kw)
}

// addAt adds (or returns) the Axes at a grid position and applies the
// subplot keywords.
func (f *figureObj) addAt(th *interp.Thread, spec display.SubplotSpec, kw kwargs) (*axesObj, error) {
	ax, err := f.fig.AddSubplotSpec(spec)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	f.curAx = ax
	f.st.active = true
	o := f.st.axesObj(f, ax)
	if err := applyAxesKwargs(th, o, kw); err != nil {
		return nil, err
	}
	return o, nil
}

// applyAxesKwargs handles title=, xlabel=, xlim=, sharex=, ... of
// subplot/add_subplot.
func applyAxesKwargs(th *interp.Thread, o *axesObj, kw kwargs) error {
	for k, v := range kw {
		switch k {
		case "sharex", "sharey":
			if other, ok := v.(*axesObj); ok {
				if k == "sharex" {
					o.ax.ShareX(other.ax)
				} else {
					o.ax.ShareY(other.ax)
				}
			}
		case "projection", "polar", "label", "facecolor", "fc", "frameon":
		default:
			if _, err := axSet(o, th, nil, kwargs{k: v}); err != nil {
				return err
			}
		}
	}
	return nil
}

// figSetDim is Figure.set_figwidth/set_figheight (size in inches).
func figSetDim(name, param string, set func(f *display.Figure, v float64)) method[*figureObj] {
	return func(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		v, err := arg0(name, args)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(v, param)
		set(f.fig, x)
		return interp.None, err
	}
}

func figAddSubplot(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	return f.addSubplot(th, args, kw)
}

func figAddAxes(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	v, err := arg0("add_axes", args)
	if err != nil {
		return nil, err
	}
	r, _, err := floats(th, v)
	if err != nil || len(r) != 4 {
		return nil, interp.Errorf(interp.TypeError, "add_axes() rect must be [left, bottom, width, height]")
	}
	ax := f.fig.AddAxes([4]float64{r[0], r[1], r[2], r[3]})
	f.curAx = ax
	return f.st.axesObj(f, ax), nil
}

// subplots builds a grid of Axes; squeeze drops dimensions of size one.
func (f *figureObj) subplots(th *interp.Thread, rows, cols int, kw kwargs) (interp.Value, error) {
	return f.subplotsGrid(th, rows, cols, nil, kw)
}

// subplotsGrid is subplots on a grid with row and column ratios (nil:
// equal), as GridSpec.subplots.
func (f *figureObj) subplotsGrid(th *interp.Thread, rows, cols int, ratios *display.GridRatios, kw kwargs) (interp.Value, error) {
	if rows < 1 || cols < 1 {
		return nil, interp.Errorf(interp.ValueError, "Number of rows must be a positive integer, not %d", rows)
	}
	share := func(name string) (string, error) {
		v, ok := kw.get(name)
		if !ok {
			return "none", nil
		}
		if s, isS := v.(interp.Str); isS {
			return string(s), nil
		}
		b, err := interp.Truth(th, v)
		if b {
			return "all", err
		}
		return "none", err
	}
	sx, err := share("sharex")
	if err != nil {
		return nil, err
	}
	sy, err := share("sharey")
	if err != nil {
		return nil, err
	}
	squeeze, err := kw.boolean(th, true, "squeeze")
	if err != nil {
		return nil, err
	}
	items := make([]interp.Value, rows*cols)
	axs := make([]*display.Axes, rows*cols)
	// owner is the Axes whose axis Axes i shares under sharex/sharey mode:
	// the grid's first, its column's first or its row's first (nil: none).
	owner := func(mode string, i int) *display.Axes {
		switch mode {
		case "all":
			return axs[0]
		case "col":
			return axs[i%cols]
		case "row":
			return axs[i/cols*cols]
		}
		return nil
	}
	for i := range axs {
		ax, err := f.fig.AddSubplotSpec(display.SubplotSpec{Rows: rows, Cols: cols, Index: i + 1, LastIndex: i + 1, Ratios: ratios})
		if err != nil {
			return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
		}
		axs[i] = ax
		if o := owner(sx, i); o != nil {
			ax.ShareX(o)
		}
		if o := owner(sy, i); o != nil {
			ax.ShareY(o)
		}
		items[i] = f.st.axesObj(f, ax)
	}
	f.curAx = axs[len(axs)-1]
	f.st.active = true
	if squeeze {
		if len(items) == 1 {
			return items[0], nil
		}
		if rows == 1 || cols == 1 {
			return &axesGrid{rows: 1, cols: len(items), items: items, oneD: true}, nil
		}
	}
	return &axesGrid{rows: rows, cols: cols, items: items}, nil
}

func gridShape(args []interp.Value, kw kwargs) (int, int, error) {
	dims := [2]int64{1, 1}
	for i, name := range []string{"nrows", "ncols"} {
		v, ok := kw.get(name)
		if i < len(args) {
			v, ok = args[i], true
		}
		if !ok {
			continue
		}
		n, err := interp.AsInt(v)
		if err != nil {
			return 0, 0, err
		}
		dims[i] = n
	}
	return int(dims[0]), int(dims[1]), nil
}

func figSubplots(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	r, c, err := gridShape(args, kw)
	if err != nil {
		return nil, err
	}
	return f.subplots(th, r, c, kw)
}

func figSavefig(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	path, err := strArgOrKw(th, "savefig", args, kw, "fname")
	if err != nil {
		return nil, err
	}
	format, err := kw.str("", "format")
	if err != nil {
		return nil, err
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if format == "" {
		format = ext
	}
	if format == "" {
		format = "png"
		path += ".png"
	}
	dpi := f.fig.DPI
	if dv, ok := kw.get("dpi"); ok {
		if d, ok := interp.AsFloat(dv); ok && d > 0 {
			dpi = d
		}
	}
	tight := false
	if b, _ := kw.str("", "bbox_inches"); b == "tight" {
		tight = true
	}
	var data []byte
	switch format {
	case "png":
		data, err = f.fig.RenderPNG(dpi, tight)
	case "svg":
		data, err = f.fig.RenderSVG(tight)
	default:
		return nil, interp.Errorf(interp.ValueError, "Format '%s' is not supported (supported formats: png, svg)", format)
	}
	if err != nil {
		return nil, interp.Errorf(interp.RuntimeError, "%s", err.Error())
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		if os.IsNotExist(err) {
			return nil, interp.Errorf(interp.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		}
		return nil, interp.Errorf(interp.OSError, "%s", err.Error())
	}
	return interp.None, nil
}

func figSuptitle(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	s, err := strArgOrKw(th, "suptitle", args, kw, "t")
	if err != nil {
		return nil, err
	}
	t := f.fig.SetSuptitle(s)
	delete(kw, "t")
	if err := applyProps(th, t, kw); err != nil {
		return nil, err
	}
	if y, ok := kw.get("y"); ok {
		if t.Y, err = toFloat(y, "y"); err != nil {
			return nil, err
		}
	}
	f.st.active = true
	return &artistObj{art: t}, nil
}

func figText(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) < 3 {
		return nil, interp.Errorf(interp.TypeError, "text() missing required positional arguments: 'x', 'y' and 's'")
	}
	x, err := toFloat(args[0], "x")
	if err != nil {
		return nil, err
	}
	y, err := toFloat(args[1], "y")
	if err != nil {
		return nil, err
	}
	s, err := toStr(th, args[2])
	if err != nil {
		return nil, err
	}
	t := &display.Text{S: s, X: x, Y: y, Coords: display.FigureCoords, Size: 10, HAlign: "left", VAlign: "baseline"}
	if err := applyProps(th, t, kw); err != nil {
		return nil, err
	}
	f.fig.Texts = append(f.fig.Texts, t)
	return &artistObj{art: t}, nil
}

func figSubplotsAdjust(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	var err error
	set := func(p *float64, name string) {
		if err == nil {
			*p, err = kw.float(*p, name)
		}
	}
	set(&f.fig.Left, "left")
	set(&f.fig.Right, "right")
	set(&f.fig.Bottom, "bottom")
	set(&f.fig.Top, "top")
	set(&f.fig.WSpace, "wspace")
	set(&f.fig.HSpace, "hspace")
	return interp.None, err
}

func figSetSize(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	var d []float64
	switch len(args) {
	case 1:
		var err error
		if d, _, err = floats(th, args[0]); err != nil {
			return nil, err
		}
	case 2:
		w, err1 := toFloat(args[0], "w")
		h, err2 := toFloat(args[1], "h")
		if err1 != nil || err2 != nil {
			return nil, interp.Errorf(interp.TypeError, "set_size_inches() expects numbers")
		}
		d = []float64{w, h}
	}
	if len(d) != 2 || d[0] <= 0 || d[1] <= 0 {
		return nil, interp.Errorf(interp.ValueError, "figure size must be positive finite not %v", d)
	}
	f.fig.Width, f.fig.Height = d[0], d[1]
	return interp.None, nil
}

// figColorbar adds a colorbar for a mappable (image or colour-mapped
// scatter), by default the last one drawn on the current Axes.
func figColorbar(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	var target *axesObj
	if av, ok := kw.get("ax"); ok {
		if ao, ok := av.(*axesObj); ok {
			target = ao
		}
	}
	var mappable display.Artist
	if len(args) > 0 {
		if ao, ok := args[0].(*artistObj); ok {
			mappable = ao.art
			if target == nil {
				target = ao.ax
			}
		}
	}
	if target == nil {
		var err error
		if target, err = f.gca(); err != nil {
			return nil, err
		}
	}
	if mappable == nil {
		for _, art := range target.ax.Artists {
			switch v := art.(type) {
			case *display.Image:
				mappable = v
			case *display.Collection:
				if v.Cmap != nil {
					mappable = v
				}
			}
		}
	}
	var cm *display.Colormap
	var lo, hi float64
	switch v := mappable.(type) {
	case *display.Image:
		cm, lo, hi = v.Cmap, v.Vmin, v.Vmax
	case *display.Collection:
		cm, lo, hi = v.Cmap, v.Vmin, v.Vmax
	}
	if cm == nil {
		return nil, interp.Errorf(interp.RuntimeError, "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
	}
	cb := f.fig.Colorbar(target.ax, cm, lo, hi)
	cbo := &colorbarObj{ax: f.st.axesObj(f, cb)}
	if l, ok := kw.get("label"); ok {
		s, err := toStr(th, l)
		if err != nil {
			return nil, err
		}
		cb.Y.Label = s
	}
	f.st.active = true
	return cbo, nil
}

// colorbarObj is the Colorbar returned by colorbar().
type colorbarObj struct{ ax *axesObj }

func (*colorbarObj) Type() *interp.Class { return colorbarClass }

func (c *colorbarObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "ax":
		return c.ax, nil
	case "set_label":
		return interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			s, err := strArg0(th, name, args)
			c.ax.ax.Y.Label = s
			return interp.None, err
		}), nil
	case "set_ticks":
		return bind(c.ax, name, axSetTicks(false)), nil
	}
	return nil, nil
}

func (c *colorbarObj) AttrNames() []string { return []string{"ax", "set_label", "set_ticks"} }

func (c *colorbarObj) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("<matplotlib.colorbar.Colorbar object at %p>", c), nil
}

// figTightLayout applies tight_layout now; like matplotlib it only warns
// when the labels cannot fit.
func figTightLayout(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if err := f.fig.ApplyTightLayout(); err != nil && th != nil {
		th.Stderr("UserWarning: " + err.Error() + "\n")
	}
	return interp.None, nil
}
