package display

import (
	"image/color"
	"math"
	"strings"
)

// Legend layout in units of the legend font size (matplotlib rcParams).
const (
	legBorderPad    = 0.4
	legLabelSpacing = 0.5
	legHandleLength = 2.0
	legHandleHeight = 0.7
	legHandleText   = 0.8
	legBorderAxes   = 0.5
	legColumnSpace  = 2.0
)

var legendEdge = color.NRGBA{R: 0xcc, G: 0xcc, B: 0xcc, A: 255}

// legendLocs is matplotlib's order of candidate locations for 'best'.
var legendLocs = []string{"upper right", "upper left", "lower left", "lower right", "right",
	"center left", "center right", "lower center", "upper center", "center"}

func (a *Axes) drawLegend(p *painter, t xform) {
	lg := a.Legend
	if len(lg.Entries) == 0 {
		return
	}
	fs := lg.FontSize
	ncol := max(1, lg.NCol)
	nrows := (len(lg.Entries) + ncol - 1) / ncol
	boxes := make([]textBox, len(lg.Entries))
	colW := make([]float64, ncol)
	for i, e := range lg.Entries {
		boxes[i] = p.layoutText(e.Label, fs, false)
		c := i / nrows
		colW[c] = math.Max(colW[c], boxes[i].width)
	}
	rowH := (fontAscent + fontDescent) * fs
	width := 2 * legBorderPad * fs
	for c := 0; c < ncol; c++ {
		width += (legHandleLength+legHandleText)*fs + colW[c]
	}
	width += float64(ncol-1) * legColumnSpace * fs
	height := 2*legBorderPad*fs + float64(nrows)*rowH + float64(nrows-1)*legLabelSpacing*fs
	titleH := 0.0
	if lg.Title != "" {
		titleH = rowH + legLabelSpacing*fs
		height += titleH
		tb := p.layoutText(lg.Title, fs, false)
		width = math.Max(width, tb.width+2*legBorderPad*fs)
	}
	loc := strings.ToLower(lg.Loc)
	if loc == "best" || loc == "" {
		loc = a.bestLegendLoc(t, width, height, fs)
	}
	box := anchoredBox(t.box, loc, width, height, legBorderAxes*fs)
	if lg.Anchor != nil {
		ax, ay := t.ax(lg.Anchor.X), t.ay(lg.Anchor.Y)
		box = anchoredBox(rect{ax, ay, ax, ay}, loc, width, height, 0)
	}
	p.bbox.union(box)
	if p.measuring() {
		return
	}
	if lg.Frame {
		frame := roundedRect(box, 0.2*fs)
		p.fillPoly(frame, WithAlpha(white, 0.8))
		p.strokeClosed(frame, WithAlpha(legendEdge, 0.8), legendFrameLW, nil)
	}
	top := box.y1 - legBorderPad*fs
	if lg.Title != "" {
		p.text(lg.Title, (box.x0+box.x1)/2, top, fs, black, "center", "top", 0, false)
		top -= titleH
	}
	x := box.x0 + legBorderPad*fs
	for c := 0; c < ncol; c++ {
		for r := 0; r < nrows; r++ {
			i := c*nrows + r
			if i >= len(lg.Entries) {
				break
			}
			rowTop := top - float64(r)*(rowH+legLabelSpacing*fs)
			baseline := rowTop - fontAscent*fs
			cy := baseline + (fontAscent-fontDescent)*fs/2 - 0.5
			drawHandle(p, lg.Entries[i].Handle, x, cy, legHandleLength*fs, legHandleHeight*fs)
			p.text(lg.Entries[i].Label, x+(legHandleLength+legHandleText)*fs, baseline, fs, black, "left", "baseline", 0, false)
		}
		x += (legHandleLength+legHandleText)*fs + colW[c] + legColumnSpace*fs
	}
}

func drawHandle(p *painter, h Artist, x, cy, w, hh float64) {
	switch v := h.(type) {
	case *Line2D:
		if drawsLine(v.Style) {
			p.polyline([]Pt{{x, cy}, {x + w, cy}}, v.Color, v.Width, dashPattern(v.Style, v.Width))
		}
		if v.Marker != "" && v.Marker != "None" {
			p.markers([]Pt{{x + w/2, cy}}, v.Marker, v.MarkerSize, v.MarkerFace, v.MarkerEdge, v.MarkerEdgeWidth)
		}
	case *Collection:
		s := 36.0
		if len(v.Sizes) > 0 {
			s = v.Sizes[0]
		}
		m := v.Marker
		if m == "" {
			m = "o"
		}
		p.markers([]Pt{{x + w/2, cy}}, m, math.Sqrt(s), v.faceColor(0), v.faceColor(0), v.LineWidth)
	case *Patch:
		r := []Pt{{x, cy - hh/2}, {x + w, cy - hh/2}, {x + w, cy + hh/2}, {x, cy + hh/2}}
		if v.Closed || v.Face.A > 0 {
			p.fillPoly(r, v.Face)
		}
		if v.Edge.A > 0 && v.LineWidth > 0 {
			p.strokeClosed(r, v.Edge, v.LineWidth, dashPattern(v.Style, v.LineWidth))
		}
	}
}

// anchoredBox places a w×h box inside parent at a named location, padded.
func anchoredBox(parent rect, loc string, w, h, pad float64) rect {
	x0 := (parent.x0+parent.x1)/2 - w/2
	y0 := (parent.y0+parent.y1)/2 - h/2
	if strings.Contains(loc, "left") {
		x0 = parent.x0 + pad
	}
	if strings.Contains(loc, "right") {
		x0 = parent.x1 - pad - w
	}
	if strings.Contains(loc, "upper") {
		y0 = parent.y1 - pad - h
	}
	if strings.Contains(loc, "lower") {
		y0 = parent.y0 + pad
	}
	return rect{x0, y0, x0 + w, y0 + h}
}

// bestLegendLoc picks the first candidate location that covers the fewest
// data vertices and line crossings, as matplotlib's 'best' does.
func (a *Axes) bestLegendLoc(t xform, w, h, fs float64) string {
	best, bestBad := legendLocs[0], math.MaxInt
	for _, loc := range legendLocs {
		box := anchoredBox(t.box, loc, w, h, legBorderAxes*fs)
		bad := 0
		for _, art := range a.Artists {
			switch v := art.(type) {
			case *Line2D:
				pts := linePoints(t, v)
				crosses := false
				for i, q := range pts {
					if finite(q) && inside(q, box) {
						bad++
					}
					if i > 0 && !crosses && finite(pts[i-1]) && finite(q) {
						if _, _, ok := clipSegment(pts[i-1], q, box); ok {
							crosses = true
						}
					}
				}
				if crosses && drawsLine(v.Style) {
					bad++
				}
			case *Collection:
				for i := range v.X {
					if i < len(v.Y) && inside(t.pt(v.X[i], v.Y[i], DataCoords), box) {
						bad++
					}
				}
			case *Patch:
				for _, poly := range v.Polys {
					pb := emptyRect()
					for _, q := range poly {
						pp := t.pt(q.X, q.Y, v.Coords)
						if finite(pp) {
							pb.union(rect{pp.X, pp.Y, pp.X, pp.Y})
						}
					}
					if !pb.empty() && pb.x0 < box.x1 && pb.x1 > box.x0 && pb.y0 < box.y1 && pb.y1 > box.y0 {
						bad++
					}
				}
			}
		}
		if bad < bestBad {
			best, bestBad = loc, bad
			if bad == 0 {
				break
			}
		}
	}
	return best
}

// roundedRect approximates matplotlib's fancybox frame.
func roundedRect(r rect, rad float64) []Pt {
	rad = math.Min(rad, math.Min(r.x1-r.x0, r.y1-r.y0)/2)
	var pts []Pt
	corner := func(cx, cy, a0 float64) {
		for k := 0; k <= 4; k++ {
			a := a0 + float64(k)*math.Pi/8
			pts = append(pts, Pt{cx + rad*math.Cos(a), cy + rad*math.Sin(a)})
		}
	}
	corner(r.x1-rad, r.y0+rad, -math.Pi/2)
	corner(r.x1-rad, r.y1-rad, 0)
	corner(r.x0+rad, r.y1-rad, math.Pi/2)
	corner(r.x0+rad, r.y0+rad, math.Pi)
	return pts
}
