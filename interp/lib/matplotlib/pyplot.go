package matplotlib

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// pyFunc is a pyplot function with access to the session's state.
type pyFunc func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error)

// onGca forwards a pyplot function to the current Axes' method.
func onGca(m method[*axesObj]) pyFunc {
	return func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		ax, err := st.gca()
		if err != nil {
			return nil, err
		}
		return m(ax, th, args, kw)
	}
}

// getOrSet is pyplot's xlim()/xlabel()-style dual: no arguments get.
func getOrSet(get, set method[*axesObj]) pyFunc {
	return func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		ax, err := st.gca()
		if err != nil {
			return nil, err
		}
		if len(args) == 0 && len(kw) == 0 {
			return get(ax, th, args, kw)
		}
		return set(ax, th, args, kw)
	}
}

func pyplotFuncs() map[string]pyFunc {
	fns := map[string]pyFunc{
		"figure": pltFigure,
		"gcf": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return st.gcf(), nil
		},
		"gca": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return st.gca()
		},
		"subplot":      pltSubplot,
		"subplot2grid": pltSubplot2grid,
		"subplots":     pltSubplots,
		"close":        pltClose,
		"clf": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			f := st.gcf()
			f.fig.Clear()
			f.curAx = nil
			return interp.None, nil
		},
		"cla": onGca(axClear),
		"suptitle": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figSuptitle(st.gcf(), th, args, kw)
		},
		"tight_layout": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figTightLayout(st.gcf(), th, args, kw)
		},
		"subplots_adjust": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figSubplotsAdjust(st.gcf(), th, args, kw)
		},
		"savefig": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figSavefig(st.gcf(), th, args, kw)
		},
		"show": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.None, st.show(th)
		},
		"colorbar": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figColorbar(st.gcf(), th, args, kw)
		},
		"figtext": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return figText(st.gcf(), th, args, kw)
		},
		"title":  getOrSet(axesMethods["get_title"], axSetTitle),
		"xlabel": getOrSet(axesMethods["get_xlabel"], axSetLabel(true)),
		"ylabel": getOrSet(axesMethods["get_ylabel"], axSetLabel(false)),
		"xlim":   getOrSet(axGetLim(true), axSetLim(true)),
		"ylim":   getOrSet(axGetLim(false), axSetLim(false)),
		"xticks": pltTicks(true),
		"yticks": pltTicks(false),
		"xscale": onGca(axSetScale(true)),
		"yscale": onGca(axSetScale(false)),
		"get_cmap": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return getCmap(th, args, nil)
		},
		"sci":   noopFn,
		"ion":   noopFn,
		"ioff":  noopFn,
		"draw":  noopFn,
		"pause": noopFn,
		"isinteractive": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.True, nil
		},
		"get_fignums": func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			out := make([]interp.Value, len(st.figs))
			for i, f := range st.figs {
				out[i] = interp.Int(f.fig.Number)
			}
			return interp.NewList(out), nil
		},
	}
	for _, name := range []string{"plot", "scatter", "hist", "errorbar", "bar", "barh", "fill_between",
		"axvline", "axhline", "axvspan", "axhspan", "imshow", "text", "annotate", "legend",
		"semilogx", "semilogy", "loglog", "grid", "twinx", "axis", "margins", "step"} {
		fns[name] = onGca(axesMethods[name])
	}
	return fns
}

func noopFn(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	return interp.None, nil
}

// LoadPyplot builds matplotlib.pyplot for one session and registers the
// inline backend's post-execute hook.
func LoadPyplot(th *interp.Thread) (*interp.Module, error) {
	rc, mpl := rcParams(th)
	st := newState(rc)
	m := interp.NewModule("matplotlib.pyplot")
	m.Doc = "Pyplot: matplotlib's state-machine interface, rendered by gobrian's display package."
	var public []string
	for name, fn := range pyplotFuncs() {
		fn := fn
		m.Set(name, interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return fn(st, th, args, newKwargs(kw))
		}))
		public = append(public, name)
	}
	m.Set("rcParams", rc)
	m.Set("rc", rcBuiltin(mpl))
	m.Set("cm", cmModule())
	m.Set("_inline", st)
	public = append(public, "rcParams", "rc", "cm")
	sortStrings(public)
	m.All = public
	if th != nil && th.Session() != nil {
		th.Session().AddPostExecuteHook(st.flush)
	}
	return m, nil
}

func pltFigure(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	num := 0
	numV, ok := kw.get("num")
	if len(args) > 0 {
		numV, ok = args[0], true
	}
	if ok && !isNone(numV) {
		if f, isF := numV.(*figureObj); isF {
			st.cur = f
			return f, nil
		}
		n, err := interp.AsInt(numV)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "figure num must be an int or a Figure")
		}
		if f := st.findFigure(int(n)); f != nil {
			st.cur = f
			st.active = true
			return f, nil
		}
		num = int(n)
	}
	w, h := 0.0, 0.0
	if fs, ok := kw.get("figsize"); ok {
		d, _, err := floats(th, fs)
		if err != nil || len(d) != 2 {
			return nil, interp.Errorf(interp.ValueError, "figsize must be a (width, height) pair")
		}
		if !(d[0] > 0 && d[1] > 0) || math.IsInf(d[0], 0) || math.IsInf(d[1], 0) {
			return nil, interp.Errorf(interp.ValueError, "figure size must be positive finite not (%g, %g)", d[0], d[1])
		}
		w, h = d[0], d[1]
	}
	dpi, err := kw.float(0, "dpi")
	if err != nil {
		return nil, err
	}
	return st.newFigure(num, w, h, dpi), nil
}

func pltSubplot(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	return st.gcf().addSubplot(th, args, kw)
}

func pltSubplots(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	rows, cols, err := gridShape(args, kw)
	if err != nil {
		return nil, err
	}
	figKw := kwargs{}
	for _, k := range []string{"figsize", "dpi", "num"} {
		if v, ok := kw[k]; ok {
			figKw[k] = v
		}
	}
	fv, err := pltFigure(st, th, nil, figKw)
	if err != nil {
		return nil, err
	}
	fo := fv.(*figureObj)
	axs, err := fo.subplots(th, rows, cols, kw)
	if err != nil {
		return nil, err
	}
	return interp.Tuple{fo, axs}, nil
}

func pltClose(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) == 0 || isNone(args[0]) {
		if st.cur != nil {
			st.close(st.cur)
		}
		return interp.None, nil
	}
	switch v := args[0].(type) {
	case interp.Str:
		if v == "all" {
			st.closeAll()
			return interp.None, nil
		}
		return nil, interp.Errorf(interp.TypeError, "close() argument must be a Figure, an int, a string, or None, not %s", reprOf(th, v))
	case *figureObj:
		st.close(v)
	default:
		n, err := interp.AsInt(v)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "close() argument must be a Figure, an int, a string, or None, not %s", v.Type().Name)
		}
		if f := st.findFigure(int(n)); f != nil {
			st.close(f)
		}
	}
	return interp.None, nil
}

// pltTicks is xticks()/yticks(): get (locs, labels) or set positions,
// labels and label keywords.
func pltTicks(x bool) pyFunc {
	return func(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
		ax, err := st.gca()
		if err != nil {
			return nil, err
		}
		ticksV, hasTicks := kw.get("ticks")
		if len(args) > 0 {
			ticksV, hasTicks = args[0], true
		}
		if hasTicks {
			setArgs := []interp.Value{ticksV}
			if len(args) > 1 {
				setArgs = append(setArgs, args[1])
			}
			setKw := kwargs{}
			if l, ok := kw.get("labels"); ok {
				setKw["labels"] = l
			}
			if _, err := axSetTicks(x)(ax, th, setArgs, setKw); err != nil {
				return nil, err
			}
		}
		if rot, ok := kw.get("rotation"); ok {
			deg, err := rotationDegrees(th, rot)
			if err != nil {
				return nil, err
			}
			if x {
				ax.ax.X.TickRotation = deg
			} else {
				ax.ax.Y.TickRotation = deg
			}
		}
		pos, labels := ax.ax.MajorTicks(x)
		texts := make([]interp.Value, len(labels))
		for i, l := range labels {
			texts[i] = &artistObj{ax: ax, art: textAt(pos[i], l, x)}
		}
		return interp.Tuple{array(pos), interp.NewList(texts)}, nil
	}
}

// pltAxes is pyplot.axes(): the current Axes (creating one), or a new
// Axes at [left, bottom, width, height].
func pltAxes(st *state, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	if len(args) == 0 || isNone(args[0]) {
		return st.gcf().addSubplot(th, nil, kw)
	}
	return figAddAxes(st.gcf(), th, args, kw)
}

// rotationDegrees reads matplotlib's rotation: degrees, 'vertical' or 'horizontal'.
func rotationDegrees(th *interp.Thread, v interp.Value) (float64, error) {
	if f, ok := interp.AsFloat(v); ok {
		return f, nil
	}
	s, err := toStr(th, v)
	if err != nil {
		return 0, err
	}
	switch s {
	case "vertical":
		return 90, nil
	case "horizontal":
		return 0, nil
	}
	return 0, interp.Errorf(interp.ValueError, "rotation must be 'vertical', 'horizontal' or a number, not %s", s)
}
