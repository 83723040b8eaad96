package matplotlib

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// state is one session's pyplot state: open figures in creation order,
// the current figure, and the inline backend's settings.
type state struct {
	figs    []*figureObj
	cur     *figureObj
	axObjs  map[*display.Axes]*axesObj
	active  bool     // pyplot drew something during the running cell
	formats []string // set_matplotlib_formats; nil: use the session config
	saved   int      // files written to gobrian.figures_dir
	rc      *interp.Dict
}

func newState(rc *interp.Dict) *state {
	return &state{axObjs: map[*display.Axes]*axesObj{}, rc: rc}
}

// Type lets the state sit in the module as a hidden member (_inline), so
// SetFormats can find it through the session's module cache.
func (*state) Type() *interp.Class { return stateClass }

var stateClass = interp.NewClass("_InlineState", "matplotlib.pyplot")

// rcFloat reads a numeric rcParams entry.
func (st *state) rcFloat(key string, def float64) float64 {
	if st.rc == nil {
		return def
	}
	if v, ok := st.rc.GetStr(key); ok {
		if f, ok := interp.AsFloat(v); ok {
			return f
		}
	}
	return def
}

func (st *state) rcFigsize() (float64, float64) {
	if st.rc != nil {
		if v, ok := st.rc.GetStr("figure.figsize"); ok {
			if items, err := interp.ToSlice(nil, v); err == nil && len(items) == 2 {
				w, ok1 := interp.AsFloat(items[0])
				h, ok2 := interp.AsFloat(items[1])
				if ok1 && ok2 && w > 0 && h > 0 {
					return w, h
				}
			}
		}
	}
	return 6.4, 4.8
}

// newFigure creates and activates a figure with the given number (0: next).
func (st *state) newFigure(num int, w, h, dpi float64) *figureObj {
	if w <= 0 || h <= 0 {
		w, h = st.rcFigsize()
	}
	if dpi <= 0 {
		dpi = st.rcFloat("figure.dpi", 100)
	}
	if num <= 0 {
		num = 1
		for _, f := range st.figs {
			num = max(num, f.fig.Number+1)
		}
	}
	fig := display.NewFigure(w, h, dpi)
	fig.Number = num
	fo := &figureObj{st: st, fig: fig}
	st.figs = append(st.figs, fo)
	st.cur = fo
	st.active = true
	return fo
}

func (st *state) findFigure(num int) *figureObj {
	for _, f := range st.figs {
		if f.fig.Number == num {
			return f
		}
	}
	return nil
}

// gcf returns the current figure, creating one when there is none.
func (st *state) gcf() *figureObj {
	st.active = true
	if st.cur == nil {
		st.newFigure(0, 0, 0, 0)
	}
	return st.cur
}

// gca returns the current Axes, creating a subplot when there is none.
func (st *state) gca() (*axesObj, error) {
	fo := st.gcf()
	return fo.gca()
}

func (st *state) axesObj(fo *figureObj, a *display.Axes) *axesObj {
	if o, ok := st.axObjs[a]; ok {
		return o
	}
	o := &axesObj{st: st, fo: fo, ax: a}
	st.axObjs[a] = o
	return o
}

func (st *state) close(fo *figureObj) {
	out := st.figs[:0]
	for _, f := range st.figs {
		if f != fo {
			out = append(out, f)
		}
	}
	st.figs = out
	for a, o := range st.axObjs {
		if o.fo == fo {
			delete(st.axObjs, a)
		}
	}
	if st.cur == fo {
		st.cur = nil
		if n := len(st.figs); n > 0 {
			st.cur = st.figs[n-1]
		}
	}
}

func (st *state) closeAll() {
	st.figs = nil
	st.cur = nil
	st.axObjs = map[*display.Axes]*axesObj{}
}

// configValue reads a session configuration key when the Session
// supports it (set by %config and `gobrian run --figures`).
func configValue(th *interp.Thread, key string) (string, bool) {
	if th == nil || th.Session() == nil {
		return "", false
	}
	if c, ok := any(th.Session()).(interface {
		Config(string) (string, bool)
	}); ok {
		return c.Config(key)
	}
	return "", false
}

// outputFormats returns the inline formats: set_matplotlib_formats, else
// %config InlineBackend.figure_formats, else png.
func (st *state) outputFormats(th *interp.Thread) []string {
	if len(st.formats) > 0 {
		return st.formats
	}
	if raw, ok := configValue(th, "InlineBackend.figure_formats"); ok {
		if f := parseFormats(raw); len(f) > 0 {
			return f
		}
	}
	if raw, ok := configValue(th, "InlineBackend.figure_format"); ok {
		if f := parseFormats(raw); len(f) > 0 {
			return f
		}
	}
	return []string{"png"}
}

// parseFormats reads a Python literal such as "['svg']" or "{'png', 'retina'}".
func parseFormats(raw string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(raw, func(r rune) bool {
		return strings.ContainsRune("[]{}(),'\" \t", r)
	}) {
		switch f = strings.ToLower(f); f {
		case "png", "svg", "retina", "png2x", "jpg", "jpeg", "pdf":
			out = append(out, f)
		}
	}
	return out
}

// mimeBundle renders a figure in the inline formats.
func (st *state) mimeBundle(th *interp.Thread, fo *figureObj) (map[string]string, map[string]any, error) {
	fig := fo.fig
	data := map[string]string{"text/plain": fig.String()}
	meta := map[string]any{}
	if len(fig.Axes) == 0 && fig.Suptitle == nil && len(fig.Texts) == 0 {
		return data, meta, nil
	}
	for _, f := range st.outputFormats(th) {
		switch f {
		case "png", "jpg", "jpeg", "pdf":
			if _, done := data["image/png"]; done {
				continue
			}
			b, err := fig.PNG(0)
			if err != nil {
				return nil, nil, interp.Errorf(interp.ValueError, "%s", err.Error())
			}
			data["image/png"] = base64.StdEncoding.EncodeToString(b)
		case "retina", "png2x":
			img, err := fig.RenderImage(2*fig.DPI, true)
			if err != nil {
				return nil, nil, interp.Errorf(interp.ValueError, "%s", err.Error())
			}
			b, err := fig.PNG(2 * fig.DPI)
			if err != nil {
				return nil, nil, interp.Errorf(interp.ValueError, "%s", err.Error())
			}
			data["image/png"] = base64.StdEncoding.EncodeToString(b)
			meta["image/png"] = map[string]any{"width": img.Bounds().Dx() / 2, "height": img.Bounds().Dy() / 2}
		case "svg":
			b, err := fig.SVG()
			if err != nil {
				return nil, nil, interp.Errorf(interp.ValueError, "%s", err.Error())
			}
			data["image/svg+xml"] = string(b)
		}
	}
	return data, meta, nil
}

// show sends every open figure to the output (and the figures
// directory), then closes them all, as the inline backend does.
func (st *state) show(th *interp.Thread) error {
	figs := st.figs
	st.closeAll()
	st.active = false
	for _, fo := range figs {
		data, meta, err := st.mimeBundle(th, fo)
		if err != nil {
			return err
		}
		if th != nil && th.Output() != nil {
			th.Output().Display(data, meta, "", false)
		}
		if err := st.saveToDir(th, fo); err != nil {
			return err
		}
	}
	return nil
}

// saveToDir writes fig-001.png, ... under `gobrian run --figures DIR`.
func (st *state) saveToDir(th *interp.Thread, fo *figureObj) error {
	dir, ok := configValue(th, "gobrian.figures_dir")
	if !ok || dir == "" || len(fo.fig.Axes) == 0 {
		return nil
	}
	st.saved++
	b, err := fo.fig.PNG(0)
	if err != nil {
		return interp.Errorf(interp.RuntimeError, "%s", err.Error())
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return interp.Errorf(interp.OSError, "%s", err.Error())
	}
	path := filepath.Join(dir, fmt.Sprintf("fig-%03d.png", st.saved))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return interp.Errorf(interp.OSError, "%s", err.Error())
	}
	return nil
}

// flush is the post-execute hook: figures of a cell that drew are shown.
func (st *state) flush(th *interp.Thread) error {
	if !st.active {
		return nil
	}
	return st.show(th)
}
