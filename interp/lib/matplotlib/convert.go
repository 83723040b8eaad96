package matplotlib

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/units"
)

// kwargs gives keyword arguments by name, with matplotlib's aliases.
type kwargs map[string]interp.Value

func newKwargs(kw []interp.Kwarg) kwargs {
	m := kwargs{}
	for _, k := range kw {
		m[k.Name] = k.Value
	}
	return m
}

// get returns the first present, non-None keyword among names.
func (k kwargs) get(names ...string) (interp.Value, bool) {
	for _, n := range names {
		if v, ok := k[n]; ok {
			if _, isNone := v.(interp.NoneType); !isNone {
				return v, true
			}
		}
	}
	return nil, false
}

func (k kwargs) float(def float64, names ...string) (float64, error) {
	v, ok := k.get(names...)
	if !ok {
		return def, nil
	}
	return toFloat(v, names[0])
}

func (k kwargs) str(def string, names ...string) (string, error) {
	v, ok := k.get(names...)
	if !ok {
		return def, nil
	}
	return toStr(nil, v)
}

// color parses the first present keyword among names as a colour.
func (k kwargs) color(th *interp.Thread, names ...string) (color.NRGBA, bool, error) {
	v, ok := k.get(names...)
	if !ok {
		return color.NRGBA{}, false, nil
	}
	c, err := parseColor(th, v)
	return c, err == nil, err
}

func (k kwargs) boolean(th *interp.Thread, def bool, names ...string) (bool, error) {
	v, ok := k.get(names...)
	if !ok {
		return def, nil
	}
	return interp.Truth(th, v)
}

func toFloat(v interp.Value, what string) (float64, error) {
	if f, ok := interp.AsFloat(v); ok {
		return f, nil
	}
	if f, ok := v.(interp.HasFloat); ok {
		return f.Float(nil)
	}
	return 0, interp.Errorf(interp.TypeError, "%s must be a real number, not %s", what, v.Type().Name)
}

// toFloatTh converts numbers and 0-d arrays/quantities.
func toFloatTh(th *interp.Thread, v interp.Value, what string) (float64, error) {
	if f, ok := interp.AsFloat(v); ok {
		return f, nil
	}
	data, _, _, err := numpy.AsFloats(th, v)
	if err != nil || len(data) != 1 {
		return 0, interp.Errorf(interp.TypeError, "%s must be a real number, not %s", what, v.Type().Name)
	}
	return data[0], nil
}

func toStr(th *interp.Thread, v interp.Value) (string, error) {
	if s, ok := v.(interp.Str); ok {
		return string(s), nil
	}
	return interp.ToStr(th, v)
}

// floats converts array-likes (arrays, quantities, lists, numbers) to
// float64 data and shape.
func floats(th *interp.Thread, v interp.Value) ([]float64, []int, error) {
	data, shape, _, err := numpy.AsFloats(th, v)
	if err != nil {
		return nil, nil, err
	}
	return data, shape, nil
}

// columns splits data of shape (n,) or (n, k) into k series.
func columns(data []float64, shape []int) [][]float64 {
	switch len(shape) {
	case 0:
		return [][]float64{data}
	case 1:
		return [][]float64{data}
	}
	n, k := shape[0], 1
	for _, s := range shape[1:] {
		k *= s
	}
	out := make([][]float64, k)
	for j := 0; j < k; j++ {
		col := make([]float64, n)
		for i := 0; i < n; i++ {
			col[i] = data[i*k+j]
		}
		out[j] = col
	}
	return out
}

func arange(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = float64(i)
	}
	return out
}

// parseColor accepts matplotlib colour specs: strings, RGB(A) tuples in
// [0, 1], and grey-level strings.
func parseColor(th *interp.Thread, v interp.Value) (color.NRGBA, error) {
	switch x := v.(type) {
	case interp.Str:
		c, err := display.ParseColor(string(x))
		if err != nil {
			return c, interp.Errorf(interp.ValueError, "%s", err.Error())
		}
		return c, nil
	case interp.Tuple, *interp.List:
		data, _, err := floats(th, v)
		if err != nil || (len(data) != 3 && len(data) != 4) {
			return color.NRGBA{}, interp.Errorf(interp.ValueError, "Invalid RGBA argument: %s", reprOf(th, v))
		}
		a := 1.0
		if len(data) == 4 {
			a = data[3]
		}
		for _, d := range data {
			if d < 0 || d > 1 || math.IsNaN(d) {
				return color.NRGBA{}, interp.Errorf(interp.ValueError, "RGBA values should be within 0-1 range")
			}
		}
		return display.RGBA(data[0], data[1], data[2], a), nil
	}
	return color.NRGBA{}, interp.Errorf(interp.ValueError, "Invalid RGBA argument: %s", reprOf(th, v))
}

func reprOf(th *interp.Thread, v interp.Value) string {
	s, err := interp.Repr(th, v)
	if err != nil {
		return fmt.Sprintf("<%s>", v.Type().Name)
	}
	return s
}

func isStr(v interp.Value) bool {
	_, ok := v.(interp.Str)
	return ok
}

func isNone(v interp.Value) bool {
	_, ok := v.(interp.NoneType)
	return v == nil || ok
}

// floatList makes a Python list of floats.
func floatList(xs []float64) *interp.List {
	out := make([]interp.Value, len(xs))
	for i, x := range xs {
		out[i] = interp.Float(x)
	}
	return interp.NewList(out)
}

func array(xs []float64) interp.Value {
	return numpy.NewFloatArray(xs, []int{len(xs)}, units.Dim{})
}

// strList converts a sequence of labels to strings.
func strList(th *interp.Thread, v interp.Value) ([]string, error) {
	items, err := interp.ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, err := toStr(th, it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func normLoc(th *interp.Thread, v interp.Value) (string, error) {
	if i, err := interp.AsInt(v); err == nil {
		codes := []string{"best", "upper right", "upper left", "lower left", "lower right", "right",
			"center left", "center right", "lower center", "upper center", "center"}
		if i < 0 || int(i) >= len(codes) {
			return "", interp.Errorf(interp.ValueError, "%d is not a valid value for loc", i)
		}
		return codes[i], nil
	}
	s, err := toStr(th, v)
	if err != nil {
		return "", err
	}
	valid := map[string]bool{"best": true, "upper right": true, "upper left": true, "lower left": true,
		"lower right": true, "right": true, "center left": true, "center right": true,
		"lower center": true, "upper center": true, "center": true}
	if !valid[strings.ToLower(s)] {
		return "", interp.Errorf(interp.ValueError, "'%s' is not a valid value for loc; supported values are 'best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'", s)
	}
	return strings.ToLower(s), nil
}
