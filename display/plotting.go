package display

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"
)

// FmtSpec is a parsed matplotlib format string such as "ok", "C1--", ".k".
type FmtSpec struct {
	Marker, Style string
	Color         *color.NRGBA
}

const markerChars = ".,ov^<>1234sp*hH+xDd|_"

// ParseFmt parses a plot format string.
func ParseFmt(s string) (FmtSpec, error) {
	var f FmtSpec
	if c, err := ParseColor(s); err == nil && len(s) > 2 && !strings.ContainsAny(s, "-:.") {
		// A full colour name ("red") as fmt.
		f.Color = &c
		f.Style = "-"
		return f, nil
	}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "--"), strings.HasPrefix(s[i:], "-."):
			if f.Style != "" {
				return f, fmt.Errorf("Illegal format string %q; two linestyle symbols", s)
			}
			f.Style = s[i : i+2]
			i += 2
		case s[i] == '-' || s[i] == ':':
			if f.Style != "" {
				return f, fmt.Errorf("Illegal format string %q; two linestyle symbols", s)
			}
			f.Style = s[i : i+1]
			i++
		case s[i] == 'C' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			c := CycleColor(int(s[i+1] - '0'))
			f.Color = &c
			i += 2
		case strings.IndexByte("bgrcmykw", s[i]) >= 0:
			if f.Color != nil {
				return f, fmt.Errorf("Illegal format string %q; two color symbols", s)
			}
			c, _ := ParseColor(s[i : i+1])
			f.Color = &c
			i++
		case strings.IndexByte(markerChars, s[i]) >= 0:
			if f.Marker != "" {
				return f, fmt.Errorf("Illegal format string %q; two marker symbols", s)
			}
			f.Marker = s[i : i+1]
			i++
		default:
			return f, fmt.Errorf("Unrecognized character %c in format string %q", s[i], s)
		}
	}
	if f.Style == "" {
		if f.Marker != "" {
			f.Style = "None"
		} else {
			f.Style = "-"
		}
	}
	return f, nil
}

// fmtColor is the format string's colour, or else the next cycle colour.
func (a *Axes) fmtColor(spec FmtSpec) color.NRGBA {
	if spec.Color != nil {
		return *spec.Color
	}
	return a.NextColor()
}

// Plot adds a line with the next cycle colour, applying a format string.
func (a *Axes) Plot(x, y []float64, format string) (*Line2D, error) {
	spec, err := ParseFmt(format)
	if err != nil {
		return nil, err
	}
	c := a.fmtColor(spec)
	l := NewLine2D(x, y, c)
	l.Style = spec.Style
	l.Marker = spec.Marker
	a.Add(l)
	return l, nil
}

// SetColor changes a line's colour and its marker colours.
func (l *Line2D) SetColor(c color.NRGBA) {
	l.Color, l.MarkerFace, l.MarkerEdge = c, c, c
}

// AxVLine adds a vertical line at x spanning ymin..ymax (axes fractions).
func (a *Axes) AxVLine(x, ymin, ymax float64) *Line2D {
	// Rules take lines.color (C0) without advancing the cycle.
	l := NewLine2D([]float64{x, x}, []float64{ymin, ymax}, CycleColor(0))
	l.Coords = XDataYAxes
	return a.addRule(l)
}

// AxHLine adds a horizontal line at y spanning xmin..xmax (axes fractions).
func (a *Axes) AxHLine(y, xmin, xmax float64) *Line2D {
	l := NewLine2D([]float64{xmin, xmax}, []float64{y, y}, CycleColor(0))
	l.Coords = XAxesYData
	return a.addRule(l)
}

func (a *Axes) addRule(l *Line2D) *Line2D {
	a.Add(l)
	return l
}

// AxVSpan shades x0..x1 over ymin..ymax (axes fractions).
func (a *Axes) AxVSpan(x0, x1, ymin, ymax float64) *Patch {
	return a.addSpan([]Pt{{x0, ymin}, {x1, ymin}, {x1, ymax}, {x0, ymax}}, XDataYAxes)
}

// AxHSpan shades y0..y1 over xmin..xmax (axes fractions).
func (a *Axes) AxHSpan(y0, y1, xmin, xmax float64) *Patch {
	return a.addSpan([]Pt{{xmin, y0}, {xmax, y0}, {xmax, y1}, {xmin, y1}}, XAxesYData)
}

// addSpan adds a filled rectangle in the mixed coordinates of axvspan/axhspan.
func (a *Axes) addSpan(poly []Pt, coords Coords) *Patch {
	p := &Patch{Polys: [][]Pt{poly}, Closed: true, Coords: coords, Face: CycleColor(0), LineWidth: 1, Z: 1}
	p.Edge = p.Face
	a.Add(p)
	return p
}

// Bar adds vertical bars (horizontal when horiz) of the given widths
// centred on x, starting at bottom.
func (a *Axes) Bar(x, heights, widths, bottoms []float64, horiz bool) *Patch {
	p := &Patch{Closed: true, Face: a.NextPatchColor(), Z: 1}
	at := func(s []float64, i int) float64 {
		if len(s) == 0 {
			return 0
		}
		return s[i%len(s)]
	}
	for i := range x {
		c, h, w, b := x[i], at(heights, i), at(widths, i), at(bottoms, i)
		if horiz {
			p.Polys = append(p.Polys, []Pt{{b, c - w/2}, {b + h, c - w/2}, {b + h, c + w/2}, {b, c + w/2}})
		} else {
			p.Polys = append(p.Polys, []Pt{{c - w/2, b}, {c + w/2, b}, {c + w/2, b + h}, {c - w/2, b + h}})
		}
	}
	if horiz {
		p.StickyX = []float64{0}
	} else {
		p.StickyY = []float64{0}
	}
	a.Add(p)
	return p
}

// HistOptions are hist()'s keyword arguments.
type HistOptions struct {
	Bins      int       // used when Edges is nil
	Edges     []float64 // explicit bin edges
	Range     *[2]float64
	Density   bool
	Weights   []float64
	HistType  string // bar, step, stepfilled
	Face      *color.NRGBA
	Edge      *color.NRGBA
	Alpha     float64 // <0 unset
	Label     string
	LineWidth float64
	Bottom    float64
	Cumul     bool
}

// Histogram computes counts and edges like numpy.histogram.
func Histogram(data []float64, opt HistOptions) (counts, edges []float64, err error) {
	edges = opt.Edges
	if edges == nil {
		n := opt.Bins
		if n <= 0 {
			n = 10
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		if opt.Range != nil {
			lo, hi = opt.Range[0], opt.Range[1]
		} else {
			for _, v := range data {
				if !math.IsNaN(v) {
					lo, hi = math.Min(lo, v), math.Max(hi, v)
				}
			}
		}
		if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			if len(data) > 0 && opt.Range == nil {
				return nil, nil, fmt.Errorf("autodetected range of [%g, %g] is not finite", lo, hi)
			}
			lo, hi = 0, 1
		}
		if lo > hi {
			return nil, nil, fmt.Errorf("max must be larger than min in range parameter.")
		}
		if lo == hi {
			lo, hi = lo-0.5, hi+0.5
		}
		edges = make([]float64, n+1)
		for i := range edges {
			edges[i] = lo + (hi-lo)*float64(i)/float64(n)
		}
	}
	if len(edges) < 2 {
		return nil, nil, fmt.Errorf("bins must have at least two edges")
	}
	for i := 1; i < len(edges); i++ {
		if edges[i] < edges[i-1] {
			return nil, nil, fmt.Errorf("bins must increase monotonically, when an array")
		}
	}
	if opt.Weights != nil && len(opt.Weights) != len(data) {
		return nil, nil, fmt.Errorf("weights should have the same shape as a.")
	}
	nb := len(edges) - 1
	counts = make([]float64, nb)
	lo, hi := edges[0], edges[nb]
	uniform := opt.Edges == nil
	width := (hi - lo) / float64(nb)
	for i, v := range data {
		if math.IsNaN(v) || v < lo || v > hi {
			continue
		}
		var k int
		if uniform {
			k = int((v - lo) / width)
			if k >= nb {
				k = nb - 1
			}
			// Guard float rounding against the exact edges.
			if k > 0 && v < edges[k] {
				k--
			} else if k < nb-1 && v >= edges[k+1] {
				k++
			}
		} else {
			k = sort.SearchFloat64s(edges, v)
			if k < len(edges) && edges[k] == v {
				k++
			}
			k--
			if k >= nb {
				k = nb - 1
			}
		}
		w := 1.0
		if opt.Weights != nil {
			w = opt.Weights[i]
		}
		counts[k] += w
	}
	if opt.Density {
		total := 0.0
		for _, c := range counts {
			total += c
		}
		for i := range counts {
			if total > 0 {
				counts[i] /= total * (edges[i+1] - edges[i])
			}
		}
	}
	if opt.Cumul {
		for i := 1; i < nb; i++ {
			counts[i] += counts[i-1]
		}
	}
	return counts, edges, nil
}

// Hist computes a histogram and draws it.
func (a *Axes) Hist(data []float64, opt HistOptions) (counts, edges []float64, p *Patch, err error) {
	counts, edges, err = Histogram(data, opt)
	if err != nil {
		return nil, nil, nil, err
	}
	var c color.NRGBA
	if opt.Face != nil {
		c = *opt.Face
	} else {
		c = a.NextColor()
	}
	if opt.Alpha >= 0 && opt.Alpha <= 1 {
		c = WithAlpha(c, opt.Alpha)
	}
	b := opt.Bottom
	p = &Patch{Z: 1, Label: opt.Label, StickyY: []float64{b}}
	switch opt.HistType {
	case "step", "stepfilled":
		poly := []Pt{{edges[0], b}}
		for i, v := range counts {
			poly = append(poly, Pt{edges[i], b + v}, Pt{edges[i+1], b + v})
		}
		poly = append(poly, Pt{edges[len(edges)-1], b})
		p.Polys = [][]Pt{poly}
		if opt.HistType == "step" {
			p.Edge, p.LineWidth = c, 1.5
			if opt.LineWidth > 0 {
				p.LineWidth = opt.LineWidth
			}
		} else {
			p.Closed, p.Face = true, c
			if opt.Edge != nil {
				p.Edge, p.LineWidth = *opt.Edge, 1
			}
		}
	default:
		p.Closed, p.Face = true, c
		for i, v := range counts {
			// matplotlib's bars span 100% of each bin (rwidth unset).
			x0, x1 := edges[i], edges[i+1]
			p.Polys = append(p.Polys, []Pt{{x0, b}, {x1, b}, {x1, b + v}, {x0, b + v}})
		}
		if opt.Edge != nil {
			p.Edge, p.LineWidth = *opt.Edge, 1
			if opt.LineWidth > 0 {
				p.LineWidth = opt.LineWidth
			}
		}
	}
	a.Add(p)
	return counts, edges, p, nil
}

// FillBetween shades between y1 and y2 over x.
func (a *Axes) FillBetween(x, y1, y2 []float64) *Patch {
	n := len(x)
	poly := make([]Pt, 0, 2*n)
	at := func(s []float64, i int) float64 {
		if len(s) == 0 {
			return 0
		}
		if len(s) == 1 {
			return s[0]
		}
		return s[min(i, len(s)-1)]
	}
	for i := 0; i < n; i++ {
		poly = append(poly, Pt{x[i], at(y1, i)})
	}
	for i := n - 1; i >= 0; i-- {
		poly = append(poly, Pt{x[i], at(y2, i)})
	}
	c := a.NextPatchColor()
	p := &Patch{Polys: [][]Pt{poly}, Closed: true, Face: c, Z: 1}
	a.Add(p)
	return p
}

// ErrorBar draws data with error bars; xerr/yerr hold one symmetric value
// (or one per point), or lower and upper halves (2×n).
func (a *Axes) ErrorBar(x, y, xerrLo, xerrHi, yerrLo, yerrHi []float64, format string, capsize float64) (*Line2D, *Line2D, error) {
	spec, err := ParseFmt(format)
	if err != nil {
		return nil, nil, err
	}
	c := a.fmtColor(spec)
	data := NewLine2D(x, y, c)
	data.Style, data.Marker = spec.Style, spec.Marker
	if format == "none" {
		data.Style = "None"
	}
	data.Z = 2.1
	var bx, by []float64
	at := func(s []float64, i int) float64 {
		if len(s) == 0 {
			return 0
		}
		return s[i%len(s)]
	}
	for i := range x {
		if i >= len(y) {
			break
		}
		if len(yerrLo) > 0 {
			bx = append(bx, x[i], x[i], math.NaN())
			by = append(by, y[i]-at(yerrLo, i), y[i]+at(yerrHi, i), math.NaN())
		}
		if len(xerrLo) > 0 {
			bx = append(bx, x[i]-at(xerrLo, i), x[i]+at(xerrHi, i), math.NaN())
			by = append(by, y[i], y[i], math.NaN())
		}
	}
	bars := NewLine2D(bx, by, c)
	bars.Z = 2
	bars.Label = "_nolegend_"
	a.Add(bars)
	if capsize > 0 {
		var cx, cy []float64
		for i := range x {
			if i >= len(y) {
				break
			}
			if len(yerrLo) > 0 {
				cx = append(cx, x[i], x[i])
				cy = append(cy, y[i]-at(yerrLo, i), y[i]+at(yerrHi, i))
			}
		}
		caps := NewLine2D(cx, cy, c)
		caps.Style, caps.Marker, caps.MarkerSize = "None", "_", 2*capsize
		caps.Label = "_nolegend_"
		a.Add(caps)
	}
	a.Add(data)
	return data, bars, nil
}

// Scatter adds a scatter collection.
func (a *Axes) Scatter(x, y, sizes []float64) *Collection {
	c := &Collection{X: x, Y: y, Sizes: sizes, Colors: []color.NRGBA{a.NextPatchColor()}, Marker: "o",
		LineWidth: 1, Alpha: -1, Z: 1}
	a.Add(c)
	return c
}

// ImShow adds an image with matplotlib's default extent (pixel centres on
// integer coordinates), origin and equal aspect.
func (a *Axes) ImShow(im *Image, aspectEqual bool) *Image {
	if im.Extent == [4]float64{} {
		im.Extent = [4]float64{-0.5, float64(im.Cols) - 0.5, float64(im.Rows) - 0.5, -0.5}
		if im.Origin == "lower" {
			im.Extent[2], im.Extent[3] = -0.5, float64(im.Rows)-0.5
		}
	}
	if im.Channels <= 1 && im.Vmin == 0 && im.Vmax == 0 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range im.Data {
			if !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
		if lo > hi {
			lo, hi = 0, 1
		}
		im.Vmin, im.Vmax = lo, hi
	}
	a.Add(im)
	a.SetXLim(im.Extent[0], im.Extent[1])
	a.SetYLim(im.Extent[2], im.Extent[3])
	a.AspectEqual = aspectEqual
	return im
}

// Text adds a label at (x, y) in the given coordinates.
func (a *Axes) Text(x, y float64, s string, c Coords) *Text {
	t := &Text{S: s, X: x, Y: y, Coords: c, Size: 10, Color: black, HAlign: "left", VAlign: "baseline", Z: 3}
	a.Add(t)
	return t
}

// Colorbar adds a colorbar for a colormapped image or scatter next to
// parent, taking 15% of its width as matplotlib does.
func (f *Figure) Colorbar(parent *Axes, cm *Colormap, vmin, vmax float64) *Axes {
	r := f.axesRect(parent)
	parent.Spec = nil
	parent.Rect = [4]float64{r[0], r[1], r[2] * 0.85, r[3]}
	hPt := r[3] * f.Height * 72
	wFrac := math.Min(hPt/20/(f.Width*72), r[2]*0.1)
	cb := f.AddAxes([4]float64{r[0] + r[2]*0.85 + r[2]*0.05, r[1], wFrac, r[3]})
	cb.colorbar = true
	cb.YRight = true
	cb.X.Hidden = true
	cb.X.Margin, cb.Y.Margin = 0, 0
	const n = 256
	data := make([]float64, n)
	for i := range data {
		data[i] = vmin + (vmax-vmin)*float64(n-1-i)/float64(n-1)
	}
	im := &Image{Rows: n, Cols: 1, Data: data, Channels: 1, Cmap: cm, Vmin: vmin, Vmax: vmax,
		Extent: [4]float64{0, 1, vmin, vmax}, Origin: "upper", Alpha: -1}
	cb.Add(im)
	cb.SetXLim(0, 1)
	cb.SetYLim(vmin, vmax)
	return cb
}

// HistDatasets draws several datasets as matplotlib does for hist([a, b]):
// common bin edges, side-by-side bars (80% of each bin) for histtype
// 'bar', overlapping outlines or fills for the step types. colors may be
// nil (the line cycle is used).
func (a *Axes) HistDatasets(data [][]float64, opt HistOptions, colors []color.NRGBA) (counts [][]float64, edges []float64, patches []*Patch, err error) {
	if len(data) == 1 {
		c, e, p, err := a.Hist(data[0], opt)
		if err != nil {
			return nil, nil, nil, err
		}
		return [][]float64{c}, e, []*Patch{p}, nil
	}
	var all []float64
	for _, d := range data {
		all = append(all, d...)
	}
	if opt.Edges == nil {
		if _, edges, err = Histogram(all, HistOptions{Bins: opt.Bins, Range: opt.Range}); err != nil {
			return nil, nil, nil, err
		}
		opt.Edges = edges
	}
	n := float64(len(data))
	for k, d := range data {
		o := opt
		if colors != nil {
			c := colors[k%len(colors)]
			o.Face = &c
		} else {
			c := a.NextColor()
			o.Face = &c
		}
		if opt.Weights != nil {
			o.Weights = nil // per-dataset weights are not supported with several datasets
		}
		cnt, e, err := Histogram(d, o)
		if err != nil {
			return nil, nil, nil, err
		}
		edges = e
		var p *Patch
		if opt.HistType == "step" || opt.HistType == "stepfilled" {
			_, _, p, err = a.Hist(d, o)
			if err != nil {
				return nil, nil, nil, err
			}
		} else {
			col := *o.Face
			if o.Alpha >= 0 && o.Alpha <= 1 {
				col = WithAlpha(col, o.Alpha)
			}
			p = &Patch{Closed: true, Face: col, Z: 1, StickyY: []float64{o.Bottom}}
			for i, v := range cnt {
				total := e[i+1] - e[i]
				width := 0.8 * total / n
				centre := e[i] + 0.5*total - 0.5*0.8*total*(1-1/n) + float64(k)*width
				x0, x1 := centre-width/2, centre+width/2
				p.Polys = append(p.Polys, []Pt{{x0, o.Bottom}, {x1, o.Bottom}, {x1, o.Bottom + v}, {x0, o.Bottom + v}})
			}
			a.Add(p)
		}
		if k == 0 {
			p.Label = opt.Label
		}
		counts = append(counts, cnt)
		patches = append(patches, p)
	}
	return counts, edges, patches, nil
}
