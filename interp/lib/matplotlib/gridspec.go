package matplotlib

import (
	"fmt"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

var (
	gridSpecClass    = interp.NewClass("GridSpec", "matplotlib.gridspec")
	subplotSpecClass = interp.NewClass("SubplotSpec", "matplotlib.gridspec")
)

// gridSpecObj is a matplotlib GridSpec: a grid of rows and columns with
// relative heights and widths, indexed into SubplotSpecs.
type gridSpecObj struct {
	rows, cols int
	ratios     *display.GridRatios
	fig        *figureObj // the figure it was made for, or nil
}

func (*gridSpecObj) Type() *interp.Class { return gridSpecClass }

func (g *gridSpecObj) Repr(th *interp.Thread) (string, error) {
	s := fmt.Sprintf("GridSpec(%d, %d", g.rows, g.cols)
	if r := g.ratios; r != nil {
		list := func(xs []float64) string {
			v := make([]interp.Value, len(xs))
			for k, x := range xs {
				v[k] = interp.Float(x)
				if x == float64(int(x)) {
					v[k] = interp.Int(int(x))
				}
			}
			out, _ := interp.Repr(th, interp.NewList(v))
			return out
		}
		if r.Height != nil {
			s += ", height_ratios=" + list(r.Height)
		}
		if r.Width != nil {
			s += ", width_ratios=" + list(r.Width)
		}
	}
	return s + ")", nil
}

func (g *gridSpecObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "nrows":
		return interp.Int(g.rows), nil
	case "ncols":
		return interp.Int(g.cols), nil
	case "subplots":
		return interp.NewBuiltin("subplots", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 0 {
				return nil, interp.Errorf(interp.TypeError, "subplots() takes keyword arguments only")
			}
			f := g.fig
			if f == nil {
				return nil, interp.Errorf(interp.ValueError, "GridSpec.subplots() only works for GridSpecs created with a parent figure")
			}
			return f.subplotsGrid(th, g.rows, g.cols, g.ratios, newKwargs(kw))
		}), nil
	case "get_geometry":
		return interp.NewBuiltin("get_geometry", func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return interp.Tuple{interp.Int(g.rows), interp.Int(g.cols)}, nil
		}), nil
	}
	return nil, nil
}

func (g *gridSpecObj) AttrNames() []string {
	return []string{"get_geometry", "ncols", "nrows", "subplots"}
}

// GetItem is gs[k] (row-major cell), gs[r, c] with ints or slices.
func (g *gridSpecObj) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	if t, ok := key.(interp.Tuple); ok {
		if len(t) != 2 {
			return nil, interp.Errorf(interp.IndexError, "GridSpec takes one or two indices")
		}
		r0, r1, err := gridRange(t[0], g.rows)
		if err != nil {
			return nil, err
		}
		c0, c1, err := gridRange(t[1], g.cols)
		if err != nil {
			return nil, err
		}
		return &subplotSpecObj{gs: g, r0: r0, r1: r1, c0: c0, c1: c1}, nil
	}
	n := g.rows * g.cols
	if _, isSlice := key.(*interp.Slice); isSlice {
		k0, k1, err := gridRange(key, n)
		if err != nil {
			return nil, err
		}
		if (k0/g.cols != (k1-1)/g.cols) && (k0%g.cols != 0 || k1%g.cols != 0) {
			return nil, interp.Errorf(interp.IndexError, "a flat slice of a GridSpec has to cover whole rows or lie in one row")
		}
		r0, r1 := k0/g.cols, (k1-1)/g.cols+1
		c0, c1 := k0%g.cols, (k1-1)%g.cols+1
		if r1-r0 > 1 {
			c0, c1 = 0, g.cols
		}
		return &subplotSpecObj{gs: g, r0: r0, r1: r1, c0: c0, c1: c1}, nil
	}
	k0, _, err := gridRange(key, n)
	if err != nil {
		return nil, err
	}
	return &subplotSpecObj{gs: g, r0: k0 / g.cols, r1: k0/g.cols + 1, c0: k0 % g.cols, c1: k0%g.cols + 1}, nil
}

// gridRange is an index (one cell) or a slice (step 1) of n as [lo, hi).
func gridRange(v interp.Value, n int) (lo, hi int, err error) {
	if s, ok := v.(*interp.Slice); ok {
		get := func(x interp.Value, def int) (int, error) {
			if x == nil || x == interp.Value(interp.None) {
				return def, nil
			}
			k, err := interp.AsInt(x)
			if err != nil {
				return 0, interp.Errorf(interp.TypeError, "slice indices must be integers or None")
			}
			if k < 0 {
				k += int64(n)
			}
			return int(min(max(k, 0), int64(n))), nil
		}
		if s.Step != nil && s.Step != interp.Value(interp.None) {
			if st, err := interp.AsInt(s.Step); err != nil || st != 1 {
				return 0, 0, interp.Errorf(interp.IndexError, "GridSpec slices cannot have a step")
			}
		}
		if lo, err = get(s.Start, 0); err != nil {
			return 0, 0, err
		}
		if hi, err = get(s.Stop, n); err != nil {
			return 0, 0, err
		}
		if hi <= lo {
			return 0, 0, interp.Errorf(interp.IndexError, "GridSpec slice would result in no space allocated for subplot")
		}
		return lo, hi, nil
	}
	k, err := interp.AsInt(v)
	if err != nil {
		return 0, 0, interp.Errorf(interp.TypeError, "GridSpec indices must be integers or slices")
	}
	if k < -int64(n) || k >= int64(n) {
		return 0, 0, interp.Errorf(interp.IndexError, "index %d is out of range", k)
	}
	if k < 0 {
		k += int64(n)
	}
	return int(k), int(k) + 1, nil
}

// subplotSpecObj is a block of cells [r0, r1) × [c0, c1) of a GridSpec.
type subplotSpecObj struct {
	gs             *gridSpecObj
	r0, r1, c0, c1 int
}

func (*subplotSpecObj) Type() *interp.Class { return subplotSpecClass }

func (s *subplotSpecObj) Repr(th *interp.Thread) (string, error) {
	g, err := s.gs.Repr(th)
	return fmt.Sprintf("%s[%d:%d, %d:%d]", g, s.r0, s.r1, s.c0, s.c1), err
}

// spec is the block as the figure model places it.
func (s *subplotSpecObj) spec() display.SubplotSpec {
	g := s.gs
	return display.SubplotSpec{Rows: g.rows, Cols: g.cols, Index: s.r0*g.cols + s.c0 + 1,
		LastIndex: (s.r1-1)*g.cols + s.c1, Ratios: g.ratios}
}

// newGridSpec reads GridSpec(nrows, ncols, figure=, height_ratios=,
// width_ratios=, left=, right=, bottom=, top=, wspace=, hspace=); the
// spacing keywords set the figure's subplot parameters.
func newGridSpec(th *interp.Thread, fig *figureObj, args []interp.Value, kw kwargs) (*gridSpecObj, error) {
	g := &gridSpecObj{rows: 1, cols: 1, fig: fig}
	dims := []*int{&g.rows, &g.cols}
	for k, name := range []string{"nrows", "ncols"} {
		var v interp.Value
		if k < len(args) {
			v = args[k]
		} else if x, ok := kw.get(name); ok {
			v = x
		} else if fig == nil {
			return nil, interp.Errorf(interp.TypeError, "GridSpec.__init__() missing required argument: '%s'", name)
		} else {
			continue
		}
		n, err := interp.AsInt(v)
		if err != nil || n < 1 {
			return nil, interp.Errorf(interp.ValueError, "Number of rows and columns must be positive integers, not %s", reprOf(th, v))
		}
		*dims[k] = int(n)
	}
	if f, ok := kw.get("figure"); ok {
		if fo, isFig := f.(*figureObj); isFig {
			g.fig = fo
		}
	}
	ratios := &display.GridRatios{}
	for _, r := range []struct {
		name string
		n    int
		dst  *[]float64
	}{{"height_ratios", g.rows, &ratios.Height}, {"width_ratios", g.cols, &ratios.Width}} {
		v, ok := kw.get(r.name)
		if !ok || isNone(v) {
			continue
		}
		xs, _, err := floats(th, v)
		if err != nil {
			return nil, err
		}
		if len(xs) != r.n {
			what := map[string]string{"height_ratios": "height ratios to match the number of rows", "width_ratios": "width ratios to match the number of columns"}[r.name]
			return nil, interp.Errorf(interp.ValueError, "Expected the given number of %s of the grid", what)
		}
		*r.dst = xs
	}
	if ratios.Height != nil || ratios.Width != nil {
		g.ratios = ratios
	}
	if g.fig != nil {
		f := g.fig.fig
		for name, dst := range map[string]*float64{"left": &f.Left, "right": &f.Right, "bottom": &f.Bottom,
			"top": &f.Top, "wspace": &f.WSpace, "hspace": &f.HSpace} {
			if v, ok := kw.get(name); ok && !isNone(v) {
				x, ok := interp.AsFloat(v)
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "%s has to be a number", name)
				}
				*dst = x
			}
		}
	}
	return g, nil
}

// LoadGridspec builds matplotlib.gridspec (GridSpec).
func LoadGridspec(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("matplotlib.gridspec")
	m.Set("GridSpec", interp.NewBuiltin("GridSpec", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return newGridSpec(th, nil, args, newKwargs(kw))
	}))
	return m, nil
}

func figAddGridspec(f *figureObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	return newGridSpec(th, f, args, kw)
}

// pltSubplot2grid is subplot2grid(shape, loc, rowspan=1, colspan=1, fig=None).
func pltSubplot2grid(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	get := func(k int, name string) (interp.Value, bool) {
		if k < len(args) {
			return args[k], true
		}
		return kw.get(name)
	}
	pair := func(name string, v interp.Value) (int, int, error) {
		t, ok := v.(interp.Tuple)
		if !ok || len(t) != 2 {
			return 0, 0, interp.Errorf(interp.TypeError, "%s has to be a pair of integers", name)
		}
		a, err1 := interp.AsInt(t[0])
		b, err2 := interp.AsInt(t[1])
		if err1 != nil || err2 != nil {
			return 0, 0, interp.Errorf(interp.TypeError, "%s has to be a pair of integers", name)
		}
		return int(a), int(b), nil
	}
	shape, ok1 := get(0, "shape")
	loc, ok2 := get(1, "loc")
	if !ok1 || !ok2 {
		return nil, interp.Errorf(interp.TypeError, "subplot2grid() missing required arguments: 'shape' and 'loc'")
	}
	rows, cols, err := pair("shape", shape)
	if err != nil {
		return nil, err
	}
	r, c, err := pair("loc", loc)
	if err != nil {
		return nil, err
	}
	span := func(k int, name string) (int, error) {
		v, ok := get(k, name)
		if !ok {
			return 1, nil
		}
		n, err := interp.AsInt(v)
		if err != nil || n < 1 {
			return 0, interp.Errorf(interp.ValueError, "%s has to be a positive integer", name)
		}
		return int(n), nil
	}
	rs, err := span(2, "rowspan")
	if err != nil {
		return nil, err
	}
	cs, err := span(3, "colspan")
	if err != nil {
		return nil, err
	}
	if rows < 1 || cols < 1 || r < 0 || c < 0 || r+rs > rows || c+cs > cols {
		return nil, interp.Errorf(interp.IndexError, "The subplot (%d, %d) spanning %d×%d does not fit a %d×%d grid", r, c, rs, cs, rows, cols)
	}
	f := st.gcf()
	if v, ok := kw.get("fig"); ok {
		if fo, isFig := v.(*figureObj); isFig {
			f = fo
		}
	}
	for _, k := range []string{"shape", "loc", "rowspan", "colspan", "fig"} {
		delete(kw, k)
	}
	s := &subplotSpecObj{gs: &gridSpecObj{rows: rows, cols: cols}, r0: r, r1: r + rs, c0: c, c1: c + cs}
	return f.addSubplotSpec(th, s, kw)
}

// addSubplotSpec adds (or returns) the Axes at a SubplotSpec.
func (f *figureObj) addSubplotSpec(th *interp.Thread, s *subplotSpecObj, kw kwargs) (*axesObj, error) {
	return f.addAt(th, s.spec(), kw)
}
