package matplotlib

import (
	"sort"
	"strings"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// The Python classes of pyplot's objects. Classes are immutable after
// package initialisation, like the interpreter's built-in classes.
var (
	figureClass   = interp.NewClass("Figure", "matplotlib.figure")
	axesClass     = interp.NewClass("AxesSubplot", "matplotlib.axes._subplots")
	gridClass     = interp.NewClass("ndarray", "numpy")
	artistClass   = interp.NewClass("Line2D", "matplotlib.lines")
	patchClass    = interp.NewClass("Polygon", "matplotlib.patches")
	imageClass    = interp.NewClass("AxesImage", "matplotlib.image")
	textClass     = interp.NewClass("Text", "matplotlib.text")
	collClass     = interp.NewClass("PathCollection", "matplotlib.collections")
	legendClass   = interp.NewClass("Legend", "matplotlib.legend")
	spinesClass   = interp.NewClass("Spines", "matplotlib.spines")
	spineClass    = interp.NewClass("Spine", "matplotlib.spines")
	colorbarClass = interp.NewClass("Colorbar", "matplotlib.colorbar")
)

// method is a native method of a pyplot object.
type method[T any] func(o T, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error)

func bind[T any](o T, name string, m method[T]) *interp.Builtin {
	return interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return m(o, th, args, newKwargs(kw))
	})
}

func names[T any](m map[string]method[T], extra ...string) []string {
	out := append([]string(nil), extra...)
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// figureObj is a matplotlib Figure.
type figureObj struct {
	st    *state
	fig   *display.Figure
	curAx *display.Axes
}

func (*figureObj) Type() *interp.Class { return figureClass }

func (f *figureObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "number":
		return interp.Int(f.fig.Number), nil
	case "dpi":
		return interp.Float(f.fig.DPI), nil
	case "axes":
		out := make([]interp.Value, len(f.fig.Axes))
		for i, a := range f.fig.Axes {
			out[i] = f.st.axesObj(f, a)
		}
		return interp.NewList(out), nil
	}
	if m, ok := figureMethods[name]; ok {
		return bind(f, name, m), nil
	}
	return nil, nil
}

func (f *figureObj) AttrNames() []string { return names(figureMethods, "number", "dpi", "axes") }

func (f *figureObj) Repr(th *interp.Thread) (string, error) { return f.fig.String(), nil }

// MimeBundle shows the figure when it is a cell's result or display(fig).
func (f *figureObj) MimeBundle(th *interp.Thread) (map[string]string, error) {
	data, _, err := f.st.mimeBundle(th, f)
	return data, err
}

func (f *figureObj) gca() (*axesObj, error) {
	if f.curAx == nil {
		for _, a := range f.fig.Axes {
			f.curAx = a
		}
	}
	if f.curAx == nil {
		a, err := f.fig.AddSubplot(1, 1, 1)
		if err != nil {
			return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
		}
		f.curAx = a
	}
	f.st.active = true
	return f.st.axesObj(f, f.curAx), nil
}

// axesObj is a matplotlib Axes.
type axesObj struct {
	st *state
	fo *figureObj
	ax *display.Axes
}

func (*axesObj) Type() *interp.Class { return axesClass }

func (a *axesObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "figure":
		return a.fo, nil
	case "spines":
		return &spinesObj{ax: a.ax}, nil
	case "xaxis", "yaxis":
		return a, nil
	case "lines", "images", "collections", "patches", "texts":
		return a.artistList(name), nil
	case "transAxes":
		return &transformObj{coords: display.AxesCoords}, nil
	case "transData":
		return &transformObj{coords: display.DataCoords}, nil
	}
	if m, ok := axesMethods[name]; ok {
		return bind(a, name, m), nil
	}
	return nil, nil
}

func (a *axesObj) AttrNames() []string {
	return names(axesMethods, "figure", "spines", "lines", "images", "collections", "patches", "texts", "transAxes", "transData")
}

// artistList is ax.lines, ax.images, ... : the Axes' artists of one kind.
func (a *axesObj) artistList(kind string) *interp.List {
	var out []interp.Value
	for _, art := range a.ax.Artists {
		var ok bool
		switch art.(type) {
		case *display.Line2D:
			ok = kind == "lines"
		case *display.Image:
			ok = kind == "images"
		case *display.Collection:
			ok = kind == "collections"
		case *display.Patch:
			ok = kind == "patches"
		case *display.Text:
			ok = kind == "texts"
		}
		if ok {
			out = append(out, a.wrap(art))
		}
	}
	return interp.NewList(out)
}

// Repr is matplotlib 3.6's <AxesSubplot:title={...}, xlabel='...'>.
func (a *axesObj) Repr(th *interp.Thread) (string, error) {
	var parts []string
	if a.ax.Title.S != "" {
		parts = append(parts, "title={'center': "+pyQuote(a.ax.Title.S)+"}")
	}
	if a.ax.X.Label != "" {
		parts = append(parts, "xlabel="+pyQuote(a.ax.X.Label))
	}
	if a.ax.Y.Label != "" {
		parts = append(parts, "ylabel="+pyQuote(a.ax.Y.Label))
	}
	return "<AxesSubplot:" + strings.Join(parts, ", ") + ">", nil
}

func pyQuote(s string) string {
	r, err := interp.Repr(nil, interp.Str(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// axesGrid is the array of Axes that subplots() returns.
type axesGrid struct {
	rows, cols int
	items      []interp.Value
	oneD       bool
}

func (*axesGrid) Type() *interp.Class { return gridClass }

func (g *axesGrid) Len(th *interp.Thread) (int, error) {
	if g.oneD {
		return len(g.items), nil
	}
	return g.rows, nil
}

func (g *axesGrid) row(i int) interp.Value {
	return &axesGrid{rows: 1, cols: g.cols, items: g.items[i*g.cols : (i+1)*g.cols], oneD: true}
}

func normIndex(i int64, n int) (int, error) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, interp.Errorf(interp.IndexError, "index %d is out of bounds for axis 0 with size %d", i, n)
	}
	return int(i), nil
}

// GetItem supports numpy-style indexing: axs[i], axs[i, j], axs[:, j],
// axs[i, 1:], negative indices.
func (g *axesGrid) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	if g.oneD {
		idx, err := selectIndices(th, key, len(g.items))
		if err != nil {
			return nil, err
		}
		if idx == nil {
			return nil, interp.Errorf(interp.IndexError, "too many indices for array: array is 1-dimensional")
		}
		return g.pick(idx, key)
	}
	var rk, ck interp.Value = key, &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.None}
	if t, ok := key.(interp.Tuple); ok {
		if len(t) != 2 {
			return nil, interp.Errorf(interp.IndexError, "too many indices for array: array is 2-dimensional, but %d were indexed", len(t))
		}
		rk, ck = t[0], t[1]
	}
	rows, err := selectIndices(th, rk, g.rows)
	if err != nil {
		return nil, err
	}
	cols, err := selectIndices(th, ck, g.cols)
	if err != nil {
		return nil, err
	}
	if rows == nil || cols == nil {
		return nil, interp.Errorf(interp.IndexError, "only integers and slices are valid indices")
	}
	_, rowInt := rk.(interp.Int)
	_, colInt := ck.(interp.Int)
	var items []interp.Value
	for _, r := range rows {
		for _, c := range cols {
			items = append(items, g.items[r*g.cols+c])
		}
	}
	switch {
	case rowInt && colInt:
		return items[0], nil
	case rowInt || colInt:
		return &axesGrid{rows: 1, cols: len(items), items: items, oneD: true}, nil
	}
	return &axesGrid{rows: len(rows), cols: len(cols), items: items}, nil
}

func (g *axesGrid) pick(idx []int, key interp.Value) (interp.Value, error) {
	if _, isInt := key.(interp.Int); isInt {
		return g.items[idx[0]], nil
	}
	items := make([]interp.Value, len(idx))
	for i, k := range idx {
		items[i] = g.items[k]
	}
	return &axesGrid{rows: 1, cols: len(items), items: items, oneD: true}, nil
}

// selectIndices resolves an int or slice over n elements; nil for other keys.
func selectIndices(th *interp.Thread, key interp.Value, n int) ([]int, error) {
	switch k := key.(type) {
	case interp.Int:
		i, err := normIndex(int64(k), n)
		if err != nil {
			return nil, err
		}
		return []int{i}, nil
	case *interp.Slice:
		get := func(v interp.Value, def int) (int, error) {
			if isNone(v) {
				return def, nil
			}
			i, err := interp.AsInt(v)
			return int(i), err
		}
		step, err := get(k.Step, 1)
		if err != nil || step == 0 {
			return nil, interp.Errorf(interp.ValueError, "slice step cannot be zero")
		}
		startDef, stopDef := 0, n
		if step < 0 {
			startDef, stopDef = n-1, -n-1
		}
		start, err := get(k.Start, startDef)
		if err != nil {
			return nil, err
		}
		stop, err := get(k.Stop, stopDef)
		if err != nil {
			return nil, err
		}
		clamp := func(i int) int {
			if i < 0 {
				i += n
			}
			if step > 0 {
				return max(0, min(i, n))
			}
			return max(-1, min(i, n-1))
		}
		start, stop = clamp(start), clamp(stop)
		var out []int
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out = append(out, i)
		}
		if out == nil {
			out = []int{}
		}
		return out, nil
	}
	if i, err := interp.AsInt(key); err == nil {
		return selectIndices(th, interp.Int(i), n)
	}
	return nil, nil
}

type sliceIter struct {
	items []interp.Value
	i     int
}

func (it *sliceIter) Next(th *interp.Thread) (interp.Value, bool, error) {
	if it.i >= len(it.items) {
		return nil, false, nil
	}
	it.i++
	return it.items[it.i-1], true, nil
}

func (g *axesGrid) Iterate(th *interp.Thread) (interp.Iterator, error) {
	if g.oneD {
		return &sliceIter{items: g.items}, nil
	}
	rows := make([]interp.Value, g.rows)
	for i := range rows {
		rows[i] = g.row(i)
	}
	return &sliceIter{items: rows}, nil
}

func (g *axesGrid) Attr(th *interp.Thread, name string) (interp.Value, error) {
	flat := &axesGrid{rows: 1, cols: len(g.items), items: g.items, oneD: true}
	switch name {
	case "flat":
		return flat, nil
	case "flatten", "ravel":
		return interp.NewBuiltin(name, func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return flat, nil
		}), nil
	case "shape":
		if g.oneD {
			return interp.Tuple{interp.Int(len(g.items))}, nil
		}
		return interp.Tuple{interp.Int(g.rows), interp.Int(g.cols)}, nil
	case "size":
		return interp.Int(len(g.items)), nil
	case "ndim":
		if g.oneD {
			return interp.Int(1), nil
		}
		return interp.Int(2), nil
	}
	return nil, nil
}

func (g *axesGrid) AttrNames() []string {
	return []string{"flat", "flatten", "ravel", "shape", "size", "ndim"}
}

func (g *axesGrid) Repr(th *interp.Thread) (string, error) {
	s := "array(["
	for i, it := range g.items {
		if i > 0 {
			s += ", "
		}
		r, err := interp.Repr(th, it)
		if err != nil {
			return "", err
		}
		s += r
	}
	return s + "], dtype=object)", nil
}

// spinesObj is ax.spines: spines['top'].set_visible(False).
type spinesObj struct{ ax *display.Axes }

func (*spinesObj) Type() *interp.Class { return spinesClass }

func (s *spinesObj) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	k, ok := key.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.KeyError, "%s", reprOf(th, key))
	}
	if _, ok := s.ax.Spines[string(k)]; !ok {
		return nil, interp.Errorf(interp.KeyError, "'%s'", string(k))
	}
	return &spineObj{ax: s.ax, name: string(k)}, nil
}

func (s *spinesObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	if _, ok := s.ax.Spines[name]; ok {
		return &spineObj{ax: s.ax, name: name}, nil
	}
	return nil, nil
}

func (s *spinesObj) AttrNames() []string { return []string{"left", "right", "bottom", "top"} }

type spineObj struct {
	ax   *display.Axes
	name string
}

func (*spineObj) Type() *interp.Class { return spineClass }

func (s *spineObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "set_visible":
		return interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 1 {
				return nil, interp.Errorf(interp.TypeError, "set_visible() takes 1 positional argument")
			}
			b, err := interp.Truth(th, args[0])
			if err != nil {
				return nil, err
			}
			s.ax.Spines[s.name] = b
			return interp.None, nil
		}), nil
	case "set_color", "set_linewidth", "set_position", "set_bounds", "set_linestyle", "set_alpha":
		return interp.NewBuiltin(name, func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return interp.None, nil
		}), nil
	}
	return nil, nil
}

func (s *spineObj) AttrNames() []string { return []string{"set_visible", "set_color", "set_linewidth"} }
