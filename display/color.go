package display

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
)

// Tab10 is matplotlib's default property cycle (C0..C9).
var tab10 = [10]uint32{
	0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
	0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
}

// CycleColor returns the i-th colour of the default cycle.
func CycleColor(i int) color.NRGBA {
	return rgb(tab10[((i%10)+10)%10])
}

var letterColors = map[byte]uint32{
	'b': 0x0000ff, 'g': 0x008000, 'r': 0xff0000, 'c': 0x00bfbf,
	'm': 0xbf00bf, 'y': 0xbfbf00, 'k': 0x000000, 'w': 0xffffff,
}

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
}

// ParseColor understands matplotlib's colour strings: single letters
// ("k"), cycle references ("C1"), CSS names ("lightgray"), "tab:blue",
// hex ("#1f77b4", "#1f77b480", "#abc") and grey levels ("0.8").
func ParseColor(s string) (color.NRGBA, error) {
	orig := s
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) == 1 {
		if v, ok := letterColors[s[0]]; ok {
			return rgb(v), nil
		}
	}
	if len(s) == 2 && s[0] == 'c' && s[1] >= '0' && s[1] <= '9' {
		return CycleColor(int(s[1] - '0')), nil
	}
	if strings.HasPrefix(s, "tab:") {
		names := []string{"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"}
		for i, n := range names {
			if s[4:] == n || (n == "gray" && s[4:] == "grey") {
				return CycleColor(i), nil
			}
		}
	}
	if v, ok := cssColors[s]; ok {
		return rgb(v), nil
	}
	if s == "none" || s == "transparent" {
		return color.NRGBA{}, nil
	}
	if strings.HasPrefix(s, "#") {
		h := s[1:]
		if len(h) == 3 || len(h) == 4 {
			var b strings.Builder
			for _, c := range h {
				b.WriteRune(c)
				b.WriteRune(c)
			}
			h = b.String()
		}
		if len(h) == 6 || len(h) == 8 {
			v, err := strconv.ParseUint(h, 16, 32)
			if err == nil {
				if len(h) == 6 {
					return rgb(uint32(v)), nil
				}
				c := rgb(uint32(v >> 8))
				c.A = uint8(v)
				return c, nil
			}
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f <= 1 {
		g := uint8(math.Round(f * 255))
		return color.NRGBA{R: g, G: g, B: g, A: 255}, nil
	}
	return color.NRGBA{}, fmt.Errorf("%q is not a valid color value", orig)
}

// RGBA makes a colour from components in [0, 1].
func RGBA(r, g, b, a float64) color.NRGBA {
	cl := func(x float64) uint8 {
		if math.IsNaN(x) {
			return 0
		}
		return uint8(math.Round(math.Max(0, math.Min(1, x)) * 255))
	}
	return color.NRGBA{R: cl(r), G: cl(g), B: cl(b), A: cl(a)}
}

// WithAlpha replaces a colour's alpha (alpha < 0 keeps it).
func WithAlpha(c color.NRGBA, alpha float64) color.NRGBA {
	if alpha >= 0 && alpha <= 1 {
		c.A = uint8(math.Round(alpha * 255))
	}
	return c
}

// IsColorString reports whether s parses as a colour.
func IsColorString(s string) bool {
	_, err := ParseColor(s)
	return err == nil
}
