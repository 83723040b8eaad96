package matplotlib

import (
	"github.com/gobrian/gobrian/interp"
)

// Loaders returns the module loaders of this package by import name, for
// interp.Options.Modules.
func Loaders() map[string]interp.ModuleLoader {
	return map[string]interp.ModuleLoader{
		"matplotlib":          Load,
		"matplotlib.pyplot":   LoadPyplot,
		"matplotlib.image":    LoadImage,
		"matplotlib.cm":       LoadCM,
		"matplotlib.gridspec": LoadGridspec,
		"pylab":               loadPylab,
	}
}

// defaultRC are the rcParams entries the renderer reads, with
// matplotlib's defaults.
func defaultRC() *interp.Dict {
	d := interp.NewDict()
	d.SetStr("figure.figsize", interp.NewList([]interp.Value{interp.Float(6.4), interp.Float(4.8)}))
	d.SetStr("figure.dpi", interp.Float(100))
	d.SetStr("lines.linewidth", interp.Float(1.5))
	d.SetStr("lines.markersize", interp.Float(6))
	d.SetStr("font.size", interp.Float(10))
	d.SetStr("font.family", interp.NewList([]interp.Value{interp.Str("sans-serif")}))
	d.SetStr("axes.grid", interp.False)
	d.SetStr("image.cmap", interp.Str("viridis"))
	d.SetStr("savefig.dpi", interp.Str("figure"))
	d.SetStr("backend", interp.Str("module://matplotlib_inline.backend_inline"))
	return d
}

// Load builds the top-level matplotlib module (use, rcParams, __version__).
func Load(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("matplotlib")
	m.Doc = "gobrian's matplotlib: figures rendered by the display package."
	m.Set("__version__", interp.Str("3.6.3"))
	m.Set("rcParams", defaultRC())
	m.Set("use", interp.NewBuiltin("use", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return interp.None, nil
	}))
	m.Set("get_backend", interp.NewBuiltin("get_backend", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return interp.Str("module://matplotlib_inline.backend_inline"), nil
	}))
	m.Set("rc", rcBuiltin(m))
	return m, nil
}

// rcBuiltin implements rc('lines', linewidth=2): rcParams['lines.linewidth'] = 2.
func rcBuiltin(m *interp.Module) *interp.Builtin {
	return interp.NewBuiltin("rc", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		group, err := strArg0(th, "rc", args)
		if err != nil {
			return nil, err
		}
		rcv, _ := m.Members.GetStr("rcParams")
		rc, ok := rcv.(*interp.Dict)
		if !ok {
			return interp.None, nil
		}
		for _, k := range kw {
			rc.SetStr(group+"."+k.Name, k.Value)
		}
		return interp.None, nil
	})
}

// rcParams returns the session's rcParams through the matplotlib module
// (so both modules share one dict), or a fresh one.
func rcParams(th *interp.Thread) (*interp.Dict, *interp.Module) {
	if m, err := th.Import("matplotlib"); err == nil && m != nil {
		if v, ok := m.Members.GetStr("rcParams"); ok {
			if d, ok := v.(*interp.Dict); ok {
				return d, m
			}
		}
	}
	m, _ := Load(th)
	v, _ := m.Members.GetStr("rcParams")
	return v.(*interp.Dict), m
}

// LoadCM builds matplotlib.cm (colormaps by attribute, get_cmap).
func LoadCM(th *interp.Thread) (*interp.Module, error) {
	return cmModule(), nil
}

// SetFormats switches the inline backend's output formats ("png", "svg",
// "retina") for the session, as IPython's set_matplotlib_formats does.
func SetFormats(th *interp.Thread, formats ...string) error {
	m, err := th.Import("matplotlib.pyplot")
	if err != nil {
		return err
	}
	v, ok := m.Members.GetStr("_inline")
	st, isState := v.(*state)
	if !ok || !isState {
		return interp.Errorf(interp.RuntimeError, "matplotlib.pyplot has no inline backend state")
	}
	var out []string
	for _, f := range formats {
		out = append(out, parseFormats(f)...)
	}
	if len(out) == 0 {
		return interp.Errorf(interp.ValueError, "supported formats are: 'png', 'retina', 'svg'; got %v", formats)
	}
	st.formats = out
	return nil
}

// SetMatplotlibFormatsBuiltin is IPython.display.set_matplotlib_formats,
// for the module that provides IPython.display.
func SetMatplotlibFormatsBuiltin() *interp.Builtin {
	return interp.NewBuiltin("set_matplotlib_formats", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var fs []string
		for _, a := range args {
			s, err := toStr(th, a)
			if err != nil {
				return nil, err
			}
			fs = append(fs, s)
		}
		return interp.None, SetFormats(th, fs...)
	})
}

// loadPylab makes pylab share pyplot's state: it re-exports the session's
// matplotlib.pyplot members (a second LoadPyplot would create a second
// figure list and inline hook).
func loadPylab(th *interp.Thread) (*interp.Module, error) {
	plt, err := th.Import("matplotlib.pyplot")
	if err != nil {
		return nil, err
	}
	m := interp.NewModule("pylab")
	plt.Members.Items(func(k, v interp.Value) bool {
		if s, ok := k.(interp.Str); ok {
			m.Set(string(s), v)
		}
		return true
	})
	m.All = plt.All
	return m, nil
}
