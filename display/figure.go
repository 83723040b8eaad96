package display

import (
	"fmt"
	"image/color"
	"math"
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
// span Index..LastIndex), with the grid's relative row heights and
// column widths (nil: equal).
type SubplotSpec struct {
	Rows, Cols, Index, LastIndex int
	Ratios                       *GridRatios
}

// GridRatios are a GridSpec's height_ratios and width_ratios.
type GridRatios struct {
	Height, Width []float64
}

// AddSubplot returns the Axes at the grid position, creating it unless an
// Axes already occupies exactly that position (pyplot.subplot reuses it).
func (f *Figure) AddSubplot(rows, cols, index int) (*Axes, error) {
	return f.AddSubplotSpan(rows, cols, index, index)
}

// AddSubplotSpan is AddSubplot for an Axes spanning index..last.
func (f *Figure) AddSubplotSpan(rows, cols, index, last int) (*Axes, error) {
	return f.AddSubplotSpec(SubplotSpec{Rows: rows, Cols: cols, Index: index, LastIndex: last})
}

// AddSubplotSpec is AddSubplotSpan for a spec of a GridSpec (ratios).
func (f *Figure) AddSubplotSpec(spec SubplotSpec) (*Axes, error) {
	rows, cols, index, last := spec.Rows, spec.Cols, spec.Index, spec.LastIndex
	if rows < 1 || cols < 1 {
		return nil, fmt.Errorf("Number of rows must be a positive integer, not %d", rows)
	}
	if index < 1 || index > rows*cols || last < index || last > rows*cols {
		return nil, fmt.Errorf("num must be an integer with 1 <= num <= %d, not %d", rows*cols, index)
	}
	if r := spec.Ratios; r != nil && (len(r.Height) != 0 && len(r.Height) != rows || len(r.Width) != 0 && len(r.Width) != cols) {
		return nil, fmt.Errorf("Expected the given number of height ratios to match the number of rows of the grid")
	}
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

// Position is an Axes' [left, bottom, width, height] in figure fractions
// with the figure's current subplot parameters (get_position()).
func (a *Axes) Position() [4]float64 { return a.fig.axesRect(a) }

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
	totW, totH := r-l, t-b
	cellW := totW / (float64(s.Cols) + f.WSpace*float64(s.Cols-1))
	cellH := totH / (float64(s.Rows) + f.HSpace*float64(s.Rows-1))
	sepW, sepH := f.WSpace*cellW, f.HSpace*cellH
	// cell sizes as matplotlib's GridSpec: the mean cell, shared by ratio
	var hr, wr []float64
	if s.Ratios != nil {
		hr, wr = s.Ratios.Height, s.Ratios.Width
	}
	widths, heights := cellSizes(cellW, s.Cols, wr), cellSizes(cellH, s.Rows, hr)
	pos := func(idx int) (row, col int) { return (idx - 1) / s.Cols, (idx - 1) % s.Cols }
	r0, c0 := pos(s.Index)
	r1, c1 := pos(s.LastIndex)
	if r1 < r0 {
		r0, r1 = r1, r0
	}
	if c1 < c0 {
		c0, c1 = c1, c0
	}
	edge := func(sizes []float64, k int, sep float64) float64 {
		x := 0.0
		for _, w := range sizes[:k] {
			x += w + sep
		}
		return x
	}
	x0 := l + edge(widths, c0, sepW)
	x1 := l + edge(widths, c1, sepW) + widths[c1]
	yTop := t - edge(heights, r0, sepH)
	yBot := t - edge(heights, r1, sepH) - heights[r1]
	return [4]float64{x0, yBot, x1 - x0, yTop - yBot}
}

// ApplyTightLayout sets the subplot parameters so that every grid Axes'
// labels fit inside the figure with matplotlib's tight_layout padding
// (1.08 × font size around and between Axes). Like matplotlib it adjusts
// the figure once, at call time.
func (f *Figure) ApplyTightLayout() error {
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	const pad = 1.08 * 10 // points
	W, H := f.Width*72, f.Height*72
	var rows, cols int
	for _, a := range f.Axes {
		if a.Spec != nil {
			rows, cols = a.Spec.Rows, a.Spec.Cols
			break
		}
	}
	if rows == 0 {
		return nil
	}
	// Decoration extents (points beyond the Axes box) per grid row/column side.
	left := make([]float64, cols)
	right := make([]float64, cols)
	top := make([]float64, rows)
	bottom := make([]float64, rows)
	for _, a := range f.Axes {
		if a.Spec == nil || a.Spec.Rows != rows || a.Spec.Cols != cols {
			continue
		}
		p := &painter{fonts: fonts, dpi: f.DPI, bbox: emptyRect()}
		for k, x := range []bool{true, false} {
			lo, hi := a.computeViewLimits(x)
			a.limCache[k] = &[2]float64{lo, hi}
		}
		a.draw(p)
		a.limCache = [2]*[2]float64{}
		box := f.boxOf(a)
		r0, c0 := (a.Spec.Index-1)/cols, (a.Spec.Index-1)%cols
		r1, c1 := (a.Spec.LastIndex-1)/cols, (a.Spec.LastIndex-1)%cols
		left[c0] = math.Max(left[c0], box.x0-p.bbox.x0)
		right[c1] = math.Max(right[c1], p.bbox.x1-box.x1)
		top[r0] = math.Max(top[r0], p.bbox.y1-box.y1)
		bottom[r1] = math.Max(bottom[r1], box.y0-p.bbox.y0)
	}
	l := (left[0] + pad) / W
	r := 1 - (right[cols-1]+pad)/W
	b := (bottom[rows-1] + pad) / H
	t := 1 - (top[0]+pad)/H
	if f.Suptitle != nil && f.Suptitle.S != "" {
		p := &painter{fonts: fonts, dpi: f.DPI, bbox: emptyRect()}
		s := f.Suptitle
		box := p.text(s.S, s.X*W, s.Y*H, s.Size, s.Color, s.HAlign, s.VAlign, s.Rotation, false)
		t = math.Min(t, (box.y0-pad-top[0])/H)
	}
	var hgap, vgap float64 // widest gaps between neighbours, figure fractions
	for c := 0; c+1 < cols; c++ {
		hgap = math.Max(hgap, (right[c]+left[c+1]+pad)/W)
	}
	for rr := 0; rr+1 < rows; rr++ {
		vgap = math.Max(vgap, (bottom[rr]+top[rr+1]+pad)/H)
	}
	axW := (r - l - hgap*float64(cols-1)) / float64(cols)
	axH := (t - b - vgap*float64(rows-1)) / float64(rows)
	if axW <= 0 || axH <= 0 || l >= r || b >= t {
		return fmt.Errorf("tight_layout not applied: the labels leave no room for the Axes")
	}
	f.Left, f.Right, f.Bottom, f.Top = l, r, b, t
	if cols > 1 {
		f.WSpace = hgap / axW
	}
	if rows > 1 {
		f.HSpace = vgap / axH
	}
	return nil
}

// cellSizes divides n cells of mean size mean by ratios (nil: equally).
func cellSizes(mean float64, n int, ratios []float64) []float64 {
	out := make([]float64, n)
	sum := 0.0
	for _, r := range ratios {
		sum += r
	}
	for k := range out {
		out[k] = mean
		if len(ratios) == n && sum > 0 {
			out[k] = mean * float64(n) * ratios[k] / sum
		}
	}
	return out
}
