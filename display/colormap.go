package display

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"
)

// Colormap maps [0, 1] to colours (matplotlib's named colormaps).
type Colormap struct {
	Name    string
	table   []uint32
	reverse bool
}

// DefaultColormap is matplotlib's image.cmap default.
const DefaultColormap = "viridis"

// LookupColormap finds a colormap by name; a "_r" suffix reverses it.
func LookupColormap(name string) (*Colormap, error) {
	base, rev := name, false
	if strings.HasSuffix(name, "_r") {
		base, rev = strings.TrimSuffix(name, "_r"), true
	}
	if t, ok := colormapTables[base]; ok {
		return &Colormap{Name: name, table: t, reverse: rev}, nil
	}
	if t, ok := colormapTables[strings.ToLower(base)]; ok {
		return &Colormap{Name: name, table: t, reverse: rev}, nil
	}
	if base == "grey" {
		return &Colormap{Name: name, table: colormapTables["gray"], reverse: rev}, nil
	}
	return nil, fmt.Errorf("%q is not a valid value for cmap; supported values are %s", name, strings.Join(ColormapNames(), ", "))
}

// ColormapNames lists the known colormaps.
func ColormapNames() []string {
	var out []string
	for k := range colormapTables {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// At returns the colour for v in [0, 1]; NaN is transparent.
func (c *Colormap) At(v float64) color.NRGBA {
	if math.IsNaN(v) {
		return color.NRGBA{}
	}
	v = math.Max(0, math.Min(1, v))
	if c.reverse {
		v = 1 - v
	}
	n := len(c.table) - 1
	f := v * float64(n)
	i := int(f)
	if i >= n {
		return rgb(c.table[n])
	}
	t := f - float64(i)
	a, b := rgb(c.table[i]), rgb(c.table[i+1])
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.NRGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 255}
}
