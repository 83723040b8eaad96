package display

import (
	"image/color"
	"math"
)

var (
	black = color.NRGBA{A: 255}
	white = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)

// Coords says how an artist's coordinates are interpreted.
type Coords int

const (
	// DataCoords: both x and y in data units.
	DataCoords Coords = iota
	// XDataYAxes: x in data, y as a fraction of the axes (axvline).
	XDataYAxes
	// XAxesYData: x as a fraction of the axes, y in data (axhline).
	XAxesYData
	// AxesCoords: both as fractions of the axes.
	AxesCoords
	// FigureCoords: both as fractions of the figure.
	FigureCoords
)

// Artist is anything drawn in an Axes.
type Artist interface {
	zorder() float64
	// limits reports the artist's extent in data coordinates for
	// autoscaling; NaN for directions it does not constrain.
	limits(xlog, ylog bool) bounds
	legendLabel() string
}

// bounds is a data-space box; empty directions are NaN/inf.
type bounds struct {
	x0, x1, y0, y1 float64
	// sticky edges stop margins from expanding past them (bars at 0, images).
	stickyX, stickyY []float64
}

func emptyBounds() bounds {
	return bounds{x0: math.Inf(1), x1: math.Inf(-1), y0: math.Inf(1), y1: math.Inf(-1)}
}

func (b *bounds) addX(x float64, log bool) {
	if math.IsNaN(x) || math.IsInf(x, 0) || (log && x <= 0) {
		return
	}
	b.x0, b.x1 = math.Min(b.x0, x), math.Max(b.x1, x)
}

func (b *bounds) addY(y float64, log bool) {
	if math.IsNaN(y) || math.IsInf(y, 0) || (log && y <= 0) {
		return
	}
	b.y0, b.y1 = math.Min(b.y0, y), math.Max(b.y1, y)
}

// Line2D is a polyline with optional markers (plot, axvline, errorbar).
type Line2D struct {
	X, Y      []float64
	Coords    Coords
	Color     color.NRGBA
	Width     float64 // points
	Style     string  // "-", "--", ":", "-.", "None"
	DrawStyle string  // "default", "steps-pre", "steps-mid", "steps-post"
	Marker    string  // "", ".", "o", "s", "^", "v", "<", ">", "x", "+", "*", "d", "D", "|", "_", ",", "p", "h"
	// MarkerSize is the marker's nominal diameter in points.
	MarkerSize      float64
	MarkerFace      color.NRGBA
	MarkerEdge      color.NRGBA
	MarkerEdgeWidth float64
	Label           string
	Z               float64
	Visible         bool
}

// NewLine2D makes a line with matplotlib's defaults and the given colour.
func NewLine2D(x, y []float64, c color.NRGBA) *Line2D {
	return &Line2D{X: x, Y: y, Color: c, Width: 1.5, Style: "-", DrawStyle: "default",
		MarkerSize: 6, MarkerFace: c, MarkerEdge: c, MarkerEdgeWidth: 1, Z: 2, Visible: true}
}

func (l *Line2D) zorder() float64     { return l.Z }
func (l *Line2D) legendLabel() string { return l.Label }

func (l *Line2D) limits(xlog, ylog bool) bounds {
	b := emptyBounds()
	for i := range l.X {
		if i >= len(l.Y) {
			break
		}
		if math.IsNaN(l.Y[i]) || math.IsNaN(l.X[i]) {
			continue
		}
		if l.Coords == DataCoords || l.Coords == XDataYAxes {
			b.addX(l.X[i], xlog)
		}
		if l.Coords == DataCoords || l.Coords == XAxesYData {
			b.addY(l.Y[i], ylog)
		}
	}
	return b
}

// Collection is a scatter plot: markers with per-point sizes and colours.
type Collection struct {
	X, Y []float64
	// Sizes are marker areas in points² (matplotlib's s); one value or one per point.
	Sizes []float64
	// Colors are per-point face colours (or one); when Values is set they
	// come from Cmap over [Vmin, Vmax] instead.
	Colors     []color.NRGBA
	Values     []float64
	Cmap       *Colormap
	Vmin, Vmax float64
	EdgeColors []color.NRGBA // nil: same as face
	LineWidth  float64
	Marker     string
	Alpha      float64 // <0: unset
	Label      string
	Z          float64
}

func (c *Collection) zorder() float64     { return c.Z }
func (c *Collection) legendLabel() string { return c.Label }

func (c *Collection) limits(xlog, ylog bool) bounds {
	b := emptyBounds()
	for i := range c.X {
		if i < len(c.Y) && !math.IsNaN(c.X[i]) && !math.IsNaN(c.Y[i]) {
			b.addX(c.X[i], xlog)
			b.addY(c.Y[i], ylog)
		}
	}
	return b
}

// faceColor returns point i's colour.
func (c *Collection) faceColor(i int) color.NRGBA {
	var col color.NRGBA
	switch {
	case len(c.Values) > 0 && c.Cmap != nil:
		v := c.Values[i%len(c.Values)]
		den := c.Vmax - c.Vmin
		if den == 0 {
			den = 1
		}
		col = c.Cmap.At((v - c.Vmin) / den)
	case len(c.Colors) > 0:
		col = c.Colors[i%len(c.Colors)]
	default:
		col = CycleColor(0)
	}
	if c.Alpha >= 0 {
		col = WithAlpha(col, c.Alpha)
	}
	return col
}

// Pt is a 2-D point.
type Pt struct{ X, Y float64 }

// Patch is a filled and/or stroked polygon group: bars, histogram steps,
// fill_between, axvspan.
type Patch struct {
	Polys     [][]Pt
	Closed    bool // false: open polylines (histtype='step')
	Coords    Coords
	Face      color.NRGBA // A == 0: no fill
	Edge      color.NRGBA // A == 0: no edge
	LineWidth float64
	Style     string
	Label     string
	Z         float64
	StickyY   []float64
	StickyX   []float64
}

func (p *Patch) zorder() float64     { return p.Z }
func (p *Patch) legendLabel() string { return p.Label }

func (p *Patch) limits(xlog, ylog bool) bounds {
	b := emptyBounds()
	for _, poly := range p.Polys {
		for _, q := range poly {
			if p.Coords == DataCoords || p.Coords == XDataYAxes {
				b.addX(q.X, xlog)
			}
			if p.Coords == DataCoords || p.Coords == XAxesYData {
				b.addY(q.Y, ylog)
			}
		}
	}
	b.stickyX, b.stickyY = p.StickyX, p.StickyY
	return b
}

// Image is an imshow raster: scalar data through a colormap, or RGB(A).
type Image struct {
	Rows, Cols int
	// Data holds Rows×Cols scalars, or Rows×Cols×Channels for RGB(A) in [0, 1].
	Data       []float64
	Channels   int // 1, 3 or 4
	Cmap       *Colormap
	Vmin, Vmax float64
	Extent     [4]float64 // left, right, bottom, top in data coordinates
	Origin     string     // "upper" or "lower"
	Alpha      float64
	Z          float64
	Label      string
	Smooth     bool // interpolation other than nearest
}

func (im *Image) zorder() float64     { return im.Z }
func (im *Image) legendLabel() string { return "_image" }

func (im *Image) limits(xlog, ylog bool) bounds {
	b := emptyBounds()
	b.addX(im.Extent[0], xlog)
	b.addX(im.Extent[1], xlog)
	b.addY(im.Extent[2], ylog)
	b.addY(im.Extent[3], ylog)
	b.stickyX = []float64{im.Extent[0], im.Extent[1]}
	b.stickyY = []float64{im.Extent[2], im.Extent[3]}
	return b
}

// Text is a label drawn at a point; with Arrow set it is an annotation
// pointing at ArrowXY (data coordinates).
type Text struct {
	S        string
	X, Y     float64
	Coords   Coords
	Size     float64 // points
	Color    color.NRGBA
	HAlign   string // left, center, right
	VAlign   string // baseline, bottom, center, top
	Rotation float64
	Z        float64
	Arrow    bool
	ArrowXY  Pt
	Weight   string
}

func (t *Text) zorder() float64               { return t.Z }
func (t *Text) legendLabel() string           { return "_text" }
func (t *Text) limits(xlog, ylog bool) bounds { return emptyBounds() }

// Legend describes an Axes legend.
type Legend struct {
	Loc      string // "best", "upper right", ...
	Frame    bool
	NCol     int
	FontSize float64
	Title    string
	Entries  []LegendEntry
	// Anchor, when set, is bbox_to_anchor in axes fractions.
	Anchor *Pt
}

// LegendEntry pairs a label with the artist whose look it shows.
type LegendEntry struct {
	Label  string
	Handle Artist
}
