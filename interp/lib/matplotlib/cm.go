package matplotlib

import (
	"sort"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

var cmapClass = interp.NewClass("ListedColormap", "matplotlib.colors")

// cmapObj is a colormap: cmap(0.5) gives an RGBA tuple.
type cmapObj struct{ cm *display.Colormap }

func (*cmapObj) Type() *interp.Class { return cmapClass }

func (c *cmapObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	if name == "name" {
		return interp.Str(c.cm.Name), nil
	}
	return nil, nil
}

func (c *cmapObj) AttrNames() []string { return []string{"name"} }

func (c *cmapObj) Repr(th *interp.Thread) (string, error) {
	return "<matplotlib.colors.ListedColormap object>", nil
}

func (c *cmapObj) Call(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := arg0(c.cm.Name, args)
	if err != nil {
		return nil, err
	}
	rgba := func(x float64) interp.Value {
		col := c.cm.At(x)
		return interp.Tuple{interp.Float(float64(col.R) / 255), interp.Float(float64(col.G) / 255),
			interp.Float(float64(col.B) / 255), interp.Float(1)}
	}
	if i, ok := v.(interp.Int); ok {
		return rgba(float64(i) / 255), nil
	}
	if f, ok := interp.AsFloat(v); ok {
		return rgba(f), nil
	}
	d, _, err := floats(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]interp.Value, len(d))
	for i, x := range d {
		out[i] = rgba(x)
	}
	return interp.NewList(out), nil
}

func getCmap(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	name := display.DefaultColormap
	if len(args) > 0 && !isNone(args[0]) {
		if c, ok := args[0].(*cmapObj); ok {
			return c, nil
		}
		s, err := toStr(th, args[0])
		if err != nil {
			return nil, err
		}
		name = s
	}
	cm, err := display.LookupColormap(name)
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	return &cmapObj{cm: cm}, nil
}

// cmModule builds matplotlib.cm: every colormap (and its _r) by name.
func cmModule() *interp.Module {
	m := interp.NewModule("matplotlib.cm")
	for _, n := range display.ColormapNames() {
		for _, name := range []string{n, n + "_r"} {
			if cm, err := display.LookupColormap(name); err == nil {
				m.Set(name, &cmapObj{cm: cm})
			}
		}
	}
	m.Set("get_cmap", interp.NewBuiltin("get_cmap", getCmap))
	return m
}

func sortStrings(s []string) { sort.Strings(s) }

func textAt(pos float64, label string, x bool) *display.Text {
	t := &display.Text{S: label, Size: 10}
	if x {
		t.X = pos
	} else {
		t.Y = pos
	}
	return t
}
