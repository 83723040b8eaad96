package matplotlib

import (
	"fmt"
	"image/color"
	"math"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// artistObj wraps a drawn artist (Line2D, patches, image, text,
// collection) with matplotlib's common setters and getters.
type artistObj struct {
	ax  *axesObj
	art display.Artist
	// repr overrides the default repr (containers such as BarContainer).
	repr string
}

func (o *artistObj) Type() *interp.Class {
	switch o.art.(type) {
	case *display.Patch:
		return patchClass
	case *display.Image:
		return imageClass
	case *display.Text:
		return textClass
	case *display.Collection:
		return collClass
	}
	return artistClass
}

func (o *artistObj) Repr(th *interp.Thread) (string, error) {
	if o.repr != "" {
		return o.repr, nil
	}
	cls := o.Type()
	if t, ok := o.art.(*display.Text); ok {
		return fmt.Sprintf("Text(%s, %s, %s)", fmtNum(t.X), fmtNum(t.Y), pyQuote(t.S)), nil
	}
	return fmt.Sprintf("<%s at %p>", cls.QualName(), o.art), nil
}

func fmtNum(v float64) string {
	r, err := interp.Repr(nil, interp.Float(v))
	if err != nil {
		return fmt.Sprint(v)
	}
	return r
}

func (o *artistObj) AttrNames() []string { return names(artistMethods) }

func (o *artistObj) Attr(th *interp.Thread, name string) (interp.Value, error) {
	if m, ok := artistMethods[name]; ok {
		return bind(o, name, m), nil
	}
	return nil, nil
}

func arg0(name string, args []interp.Value) (interp.Value, error) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "%s() missing 1 required positional argument", name)
	}
	return args[0], nil
}

// argOrKw is the first positional argument, or else keyword key (a
// parameter that may be given either way).
func argOrKw(name string, args []interp.Value, kw kwargs, key string) (interp.Value, error) {
	v, err := arg0(name, args)
	if err != nil {
		if kv, ok := kw.get(key); ok {
			return kv, nil
		}
		return nil, err
	}
	return v, nil
}

// strArgOrKw is argOrKw converted to a string.
func strArgOrKw(th *interp.Thread, name string, args []interp.Value, kw kwargs, key string) (string, error) {
	v, err := argOrKw(name, args, kw, key)
	if err != nil {
		return "", err
	}
	return toStr(th, v)
}

// strArg0 is arg0 converted to a string.
func strArg0(th *interp.Thread, name string, args []interp.Value) (string, error) {
	v, err := arg0(name, args)
	if err != nil {
		return "", err
	}
	return toStr(th, v)
}

var artistMethods map[string]method[*artistObj]

func init() {
	setter := func(name string, f func(o *artistObj, th *interp.Thread, v interp.Value) error) method[*artistObj] {
		return func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			v, err := arg0(name, args)
			if err != nil {
				return nil, err
			}
			return interp.None, f(o, th, v)
		}
	}
	// lineData sets one coordinate array of a Line2D; other artists ignore it.
	lineData := func(name string, set func(l *display.Line2D, d []float64)) method[*artistObj] {
		return setter(name, func(o *artistObj, th *interp.Thread, v interp.Value) error {
			l, ok := o.art.(*display.Line2D)
			if !ok {
				return nil
			}
			d, _, err := floats(th, v)
			if err != nil {
				return err
			}
			set(l, d)
			return nil
		})
	}
	artistMethods = map[string]method[*artistObj]{
		"set_visible": setter("set_visible", func(o *artistObj, th *interp.Thread, v interp.Value) error {
			if l, ok := o.art.(*display.Line2D); ok {
				b, err := interp.Truth(th, v)
				l.Visible = b
				return err
			}
			return nil
		}),
		"set_text": setter("set_text", func(o *artistObj, th *interp.Thread, v interp.Value) error {
			if t, ok := o.art.(*display.Text); ok {
				s, err := toStr(th, v)
				t.S = s
				return err
			}
			return nil
		}),
		"set_xdata": lineData("set_xdata", func(l *display.Line2D, d []float64) { l.X = d }),
		"set_ydata": lineData("set_ydata", func(l *display.Line2D, d []float64) { l.Y = d }),
		"set_data": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "set_data() takes 2 positional arguments")
			}
			l, ok := o.art.(*display.Line2D)
			if !ok {
				return interp.None, nil
			}
			x, _, err := floats(th, args[0])
			if err != nil {
				return nil, err
			}
			y, _, err := floats(th, args[1])
			if err != nil {
				return nil, err
			}
			l.X, l.Y = x, y
			return interp.None, nil
		},
		"set": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.None, applyProps(th, o.art, kw)
		},
		"get_text": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if t, ok := o.art.(*display.Text); ok {
				return interp.Str(t.S), nil
			}
			return interp.Str(""), nil
		},
		"get_position": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if t, ok := o.art.(*display.Text); ok {
				return interp.Tuple{interp.Float(t.X), interp.Float(t.Y)}, nil
			}
			return interp.None, nil
		},
		"get_label": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			return interp.Str(artistLabel(o.art)), nil
		},
		"get_color": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if l, ok := o.art.(*display.Line2D); ok {
				return interp.Str(fmt.Sprintf("#%02x%02x%02x", l.Color.R, l.Color.G, l.Color.B)), nil
			}
			return interp.None, nil
		},
		"get_xdata": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if l, ok := o.art.(*display.Line2D); ok {
				return array(l.X), nil
			}
			return interp.None, nil
		},
		"get_ydata": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			if l, ok := o.art.(*display.Line2D); ok {
				return array(l.Y), nil
			}
			return interp.None, nil
		},
		"remove": func(o *artistObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
			arts := o.ax.ax.Artists[:0]
			for _, a := range o.ax.ax.Artists {
				if a != o.art {
					arts = append(arts, a)
				}
			}
			o.ax.ax.Artists = arts
			return interp.None, nil
		},
	}
	// Setters that only forward one property to applyProps, as Artist.set(prop=v) would.
	for _, prop := range []string{"color", "label", "linewidth", "linestyle", "alpha", "marker", "markersize", "zorder"} {
		artistMethods["set_"+prop] = setter("set_"+prop, func(o *artistObj, th *interp.Thread, v interp.Value) error {
			return applyProps(th, o.art, kwargs{prop: v})
		})
	}
}

func artistLabel(a display.Artist) string {
	switch v := a.(type) {
	case *display.Line2D:
		return v.Label
	case *display.Patch:
		return v.Label
	case *display.Collection:
		return v.Label
	}
	return ""
}

// commonProps are the properties most artists share; nil (NaN, "")
// where not given.
type commonProps struct {
	label *string
	z     *float64
	lw    float64
	ls    string
}

// apply sets the given properties on an artist's fields (nil: it has none).
func (p commonProps) apply(label *string, z, lw *float64, ls *string) {
	if p.label != nil && label != nil {
		*label = *p.label
	}
	if p.z != nil && z != nil {
		*z = *p.z
	}
	if !math.IsNaN(p.lw) && lw != nil {
		*lw = p.lw
	}
	if p.ls != "" && ls != nil {
		*ls = p.ls
	}
}

// applyProps sets matplotlib properties from keyword arguments.
func applyProps(th *interp.Thread, a display.Artist, kw kwargs) error {
	var col *colorValue
	if c, ok, err := kw.color(th, "color", "c"); err != nil {
		return err
	} else if ok {
		col = &colorValue{c}
	}
	alpha, err := kw.float(-1, "alpha")
	if err != nil {
		return err
	}
	var p commonProps
	if label, ok := kw.get("label"); ok {
		p.label = new(string)
		if *p.label, err = toStr(th, label); err != nil {
			return err
		}
	}
	if z, ok := kw.get("zorder"); ok {
		p.z = new(float64)
		if *p.z, err = toFloat(z, "zorder"); err != nil {
			return err
		}
	}
	if p.lw, err = kw.float(math.NaN(), "linewidth", "lw", "linewidths"); err != nil {
		return err
	}
	ls, err := kw.str("", "linestyle", "ls")
	if err != nil {
		return err
	}
	p.ls = normStyle(ls)
	switch v := a.(type) {
	case *display.Line2D:
		if col != nil {
			v.SetColor(col.c)
		}
		p.apply(&v.Label, &v.Z, &v.Width, &v.Style)
		if m, ok := kw.get("marker"); ok {
			s, err := toStr(th, m)
			if err != nil {
				return err
			}
			if s == "None" || s == "none" || s == " " {
				s = ""
			}
			v.Marker = s
		}
		if ms, err := kw.float(math.NaN(), "markersize", "ms"); err != nil {
			return err
		} else if !math.IsNaN(ms) {
			v.MarkerSize = ms
		}
		if mew, err := kw.float(math.NaN(), "markeredgewidth", "mew"); err != nil {
			return err
		} else if !math.IsNaN(mew) {
			v.MarkerEdgeWidth = mew
		}
		if c, ok, err := kw.color(th, "markerfacecolor", "mfc"); err != nil {
			return err
		} else if ok {
			v.MarkerFace = c
		}
		if c, ok, err := kw.color(th, "markeredgecolor", "mec"); err != nil {
			return err
		} else if ok {
			v.MarkerEdge = c
		}
		if ds, err := kw.str("", "drawstyle", "ds"); err != nil {
			return err
		} else if ds != "" {
			v.DrawStyle = ds
		}
		if alpha >= 0 {
			v.Color = display.WithAlpha(v.Color, alpha)
			v.MarkerFace = display.WithAlpha(v.MarkerFace, alpha)
			v.MarkerEdge = display.WithAlpha(v.MarkerEdge, alpha)
		}
	case *display.Patch:
		if col != nil {
			v.Face, v.Edge = col.c, col.c
		}
		if c, ok, err := kw.color(th, "facecolor", "fc"); err != nil {
			return err
		} else if ok {
			v.Face = c
		}
		if c, ok, err := kw.color(th, "edgecolor", "ec"); err != nil {
			return err
		} else if ok {
			v.Edge = c
			if v.LineWidth == 0 {
				v.LineWidth = 1
			}
		}
		p.apply(&v.Label, &v.Z, &v.LineWidth, &v.Style)
		if alpha >= 0 {
			v.Face = display.WithAlpha(v.Face, alpha)
			v.Edge = display.WithAlpha(v.Edge, alpha)
		}
	case *display.Collection:
		p.apply(&v.Label, &v.Z, &v.LineWidth, nil)
		if alpha >= 0 {
			v.Alpha = alpha
		}
	case *display.Text:
		if col != nil {
			v.Color = col.c
		}
		p.apply(nil, &v.Z, nil, nil)
		if fs, err := kw.float(math.NaN(), "fontsize", "size"); err != nil {
			if s, err2 := kw.str("", "fontsize", "size"); err2 == nil {
				v.Size = namedFontSize(s)
			}
		} else if !math.IsNaN(fs) {
			v.Size = fs
		}
		if ha, err := kw.str("", "ha", "horizontalalignment"); err == nil && ha != "" {
			v.HAlign = ha
		}
		if va, err := kw.str("", "va", "verticalalignment"); err == nil && va != "" {
			v.VAlign = va
		}
		if rot, ok := kw.get("rotation"); ok {
			if f, ok := interp.AsFloat(rot); ok {
				v.Rotation = f
			} else if s, _ := toStr(th, rot); s == "vertical" {
				v.Rotation = 90
			}
		}
		if fw, err := kw.str("", "fontweight", "weight"); err == nil && fw != "" {
			v.Weight = fw
		}
	case *display.Image:
		if alpha >= 0 {
			v.Alpha = alpha
		}
		p.apply(nil, &v.Z, nil, nil)
	}
	return nil
}

type colorValue struct{ c color.NRGBA }

func normStyle(s string) string {
	switch s {
	case "solid":
		return "-"
	case "dashed":
		return "--"
	case "dotted":
		return ":"
	case "dashdot":
		return "-."
	case "none", "None", " ", "":
		if s == "" {
			return ""
		}
		return "None"
	}
	return s
}

// namedFontSize maps matplotlib's relative sizes to points (base 10pt).
func namedFontSize(s string) float64 {
	scale := map[string]float64{"xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1,
		"large": 1.2, "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833}
	if f, ok := scale[s]; ok {
		return 10 * f
	}
	return 10
}
