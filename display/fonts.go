package display

import (
	"fmt"
	"sync"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	"codeberg.org/go-fonts/dejavu/dejavusansoblique"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// fontStyle selects a DejaVu Sans face.
type fontStyle int

const (
	styleRegular fontStyle = iota
	styleOblique
	styleBold
)

// fontSet holds the parsed DejaVu Sans faces. They are parsed once per
// process (read-only after parsing, so sharing them is safe).
type fontSet struct {
	faces [3]*opentype.Font
}

var loadFonts = sync.OnceValues(func() (*fontSet, error) {
	var fs fontSet
	for i, ttf := range [][]byte{dejavusans.TTF, dejavusansoblique.TTF, dejavusansbold.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("display: parsing DejaVu Sans: %w", err)
		}
		fs.faces[i] = f
	}
	return &fs, nil
})

// face returns a gonum font face of the given style and size in points.
func (fs *fontSet) face(st fontStyle, size float64) font.Face {
	fnt := font.Font{Typeface: "DejaVu Sans", Size: vg.Length(size)}
	switch st {
	case styleOblique:
		fnt.Style = xfont.StyleOblique
	case styleBold:
		fnt.Weight = xfont.WeightBold
	}
	return font.Face{Font: fnt, Face: fs.faces[st]}
}

// DejaVu Sans' ascent and descent as fractions of the font size.
const (
	fontAscent  = 0.76
	fontDescent = 0.24
	// capHeight approximates the height of digits, used for centring
	// labels vertically like matplotlib's center_baseline.
	capHeight = 0.729
)
