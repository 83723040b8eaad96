package display

import (
	"fmt"
	"image/color"
)

// Figure is a matplotlib figure: a page of Axes with an optional
// suptitle. Sizes are in inches; DPI converts them to pixels.
type Figure struct {
	Width, Height float64 // inches
	DPI           float64
	FaceColor     color.NRGBA
	Axes          []*Axes
	Suptitle      *Text   // figure-level title, nil when absent
	Texts         []*Text // fig.text(), positions in figure fractions
	// Number is pyplot's figure number (bookkeeping for the binding).
	Number int
	// SubplotParams are matplotlib's figure.subplot.* fractions.
	Left, Right, Bottom, Top, WSpace, HSpace float64
	// TightLayout asks for tight_layout() spacing.
	TightLayout bool
}

// NewFigure makes a figure; zero sizes take matplotlib's 6.4×4.8 in at 100 dpi.
func NewFigure(width, height, dpi float64) *Figure {
	if width <= 0 || height <= 0 {
		width, height = 6.4, 4.8
	}
	if dpi <= 0 {
		dpi = 100
	}
	return &Figure{
		Width: width, Height: height, DPI: dpi,
		FaceColor: color.NRGBA{R: 255, G: 255, B: 255, A: 255},
		Left:      0.125, Right: 0.9, Bottom: 0.11, Top: 0.88, WSpace: 0.2, HSpace: 0.2,
	}
}

// String is the inline backend's text/plain: <Figure size 640x480 with 1 Axes>.
func (f *Figure) String() string {
	return fmt.Sprintf("<Figure size %gx%g with %d Axes>", f.Width*f.DPI, f.Height*f.DPI, len(f.Axes))
}

// SubplotSpec places an Axes in a grid (1-based index, row-major, may
// span Index..LastIndex).
type SubplotSpec struct {
	Rows, Cols, Index, LastIndex int
}

// AddSubplot returns the Axes at the grid position, creating it unless an
// Axes already occupies exactly that position (pyplot.subplot reuses it).
func (f *Figure) AddSubplot(rows, cols, index int) (*Axes, error) {
	return f.AddSubplotSpan(rows, cols, index, index)
}

// AddSubplotSpan is AddSubplot for an Axes spanning index..last.
func (f *Figure) AddSubplotSpan(rows, cols, index, last int) (*Axes, error) {
	if rows < 1 || cols < 1 {
		return nil, fmt.Errorf("Number of rows must be a positive integer, not %d", rows)
	}
	if index < 1 || index > rows*cols || last < index || last > rows*cols {
		return nil, fmt.Errorf("num must be an integer with 1 <= num <= %d, not %d", rows*cols, index)
	}
	spec := SubplotSpec{rows, cols, index, last}
	for _, a := range f.Axes {
		if a.Spec != nil && *a.Spec == spec && a.twinOf == nil {
			return a, nil
		}
	}
	a := newAxes(f)
	a.Spec = &spec
	f.Axes = append(f.Axes, a)
	return a, nil
}

// AddAxes adds an Axes at [left, bottom, width, height] in figure fractions.
func (f *Figure) AddAxes(rect [4]float64) *Axes {
	a := newAxes(f)
	a.Rect = rect
	f.Axes = append(f.Axes, a)
	return a
}

// RemoveAxes deletes an Axes (and its twins) from the figure.
func (f *Figure) RemoveAxes(ax *Axes) {
	out := f.Axes[:0]
	for _, a := range f.Axes {
		if a != ax && a.twinOf != ax {
			out = append(out, a)
		}
	}
	f.Axes = out
}

// Clear removes everything drawn on the figure (clf).
func (f *Figure) Clear() {
	f.Axes = nil
	f.Suptitle = nil
	f.Texts = nil
}

// SetSuptitle sets the figure title (matplotlib: 'large', y=0.98, va=top).
func (f *Figure) SetSuptitle(s string) *Text {
	f.Suptitle = &Text{S: s, X: 0.5, Y: 0.98, Size: 12, HAlign: "center", VAlign: "top", Color: black}
	return f.Suptitle
}

// axesRect computes the figure-fraction rectangle of an Axes.
func (f *Figure) axesRect(a *Axes) [4]float64 {
	if a.twinOf != nil {
		return f.axesRect(a.twinOf)
	}
	if a.Spec == nil {
		return a.Rect
	}
	s := a.Spec
	l, r, b, t := f.Left, f.Right, f.Bottom, f.Top
	if f.TightLayout {
		l, r, b, t = f.tightParams()
	}
	totW, totH := r-l, t-b
	cellW := totW / (float64(s.Cols) + f.WSpace*float64(s.Cols-1))
	cellH := totH / (float64(s.Rows) + f.HSpace*float64(s.Rows-1))
	sepW, sepH := f.WSpace*cellW, f.HSpace*cellH
	pos := func(idx int) (row, col int) { return (idx - 1) / s.Cols, (idx - 1) % s.Cols }
	r0, c0 := pos(s.Index)
	r1, c1 := pos(s.LastIndex)
	if r1 < r0 {
		r0, r1 = r1, r0
	}
	if c1 < c0 {
		c0, c1 = c1, c0
	}
	x0 := l + float64(c0)*(cellW+sepW)
	x1 := l + float64(c1)*(cellW+sepW) + cellW
	yTop := t - float64(r0)*(cellH+sepH)
	yBot := t - float64(r1)*(cellH+sepH) - cellH
	return [4]float64{x0, yBot, x1 - x0, yTop - yBot}
}

// tightParams approximates tight_layout: fixed paddings around axes that
// leave room for tick labels and axis labels.
func (f *Figure) tightParams() (l, r, b, t float64) {
	wPt, hPt := f.Width*72, f.Height*72
	l = 58 / wPt
	r = 1 - 12/wPt
	b = 42 / hPt
	t = 1 - 14/hPt
	if f.Suptitle != nil {
		t -= 22 / hPt
	}
	for _, a := range f.Axes {
		if a.Title.S != "" {
			t = min(t, 1-34/hPt)
		}
		if a.twinOf != nil {
			r = min(r, 1-58/wPt)
		}
	}
	return
}
