package display

import (
	"image"
	"image/color"
	"math"
)

// dashPattern returns matplotlib's dash pattern for a line style, scaled
// by the line width (lines.scale_dashes).
func dashPattern(style string, lw float64) []float64 {
	s := math.Max(lw, 0.1)
	var base []float64
	switch style {
	case "--", "dashed":
		base = []float64{3.7, 1.6}
	case "-.", "dashdot":
		base = []float64{6.4, 1.6, 1, 1.6}
	case ":", "dotted":
		base = []float64{1, 1.65}
	default:
		return nil
	}
	out := make([]float64, len(base))
	for i, b := range base {
		out[i] = b * s
	}
	return out
}

func drawsLine(style string) bool {
	switch style {
	case "", "None", "none", " ":
		return false
	}
	return true
}

func (a *Axes) drawArtist(p *painter, t xform, art Artist) {
	switch v := art.(type) {
	case *Line2D:
		drawLine(p, t, v)
	case *Collection:
		drawCollection(p, t, v)
	case *Patch:
		drawPatch(p, t, v)
	case *Image:
		drawImage(p, t, v)
	case *Text:
		drawText(p, t, v)
	}
}

// linePoints maps a line's data to figure points, applying drawstyle.
func linePoints(t xform, l *Line2D) []Pt {
	n := min(len(l.X), len(l.Y))
	pts := make([]Pt, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, t.pt(l.X[i], l.Y[i], l.Coords))
	}
	switch l.DrawStyle {
	case "steps-pre", "steps":
		return steps(pts, 0)
	case "steps-post":
		return steps(pts, 1)
	case "steps-mid":
		return steps(pts, 2)
	}
	return pts
}

func steps(pts []Pt, mode int) []Pt {
	if len(pts) < 2 {
		return pts
	}
	out := []Pt{pts[0]}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		switch mode {
		case 0:
			out = append(out, Pt{a.X, b.Y}, b)
		case 1:
			out = append(out, Pt{b.X, a.Y}, b)
		default:
			m := (a.X + b.X) / 2
			out = append(out, Pt{m, a.Y}, Pt{m, b.Y}, b)
		}
	}
	return out
}

func drawLine(p *painter, t xform, l *Line2D) {
	if !l.Visible || p.measuring() {
		return
	}
	pts := linePoints(t, l)
	clip := t.box
	if drawsLine(l.Style) {
		dash := dashPattern(l.Style, l.Width)
		for _, piece := range clipPolyline(pts, clip) {
			p.polyline(decimate(piece, p.dpi/72), l.Color, l.Width, dash)
		}
	}
	if l.Marker != "" && l.Marker != "None" && l.Marker != "none" {
		var ms []Pt
		for _, q := range pts {
			if finite(q) && inside(q, clip) {
				ms = append(ms, q)
			}
		}
		p.markers(ms, l.Marker, l.MarkerSize, l.MarkerFace, l.MarkerEdge, l.MarkerEdgeWidth)
	}
}

func drawCollection(p *painter, t xform, c *Collection) {
	if p.measuring() {
		return
	}
	m := c.Marker
	if m == "" {
		m = "o"
	}
	// PNG stamping caches one sprite per (size, colour), so uniform
	// scatters stay cheap.
	for i := range c.X {
		if i >= len(c.Y) {
			break
		}
		q := t.pt(c.X[i], c.Y[i], DataCoords)
		if !finite(q) || !inside(q, t.box) {
			continue
		}
		s := 36.0
		if len(c.Sizes) > 0 {
			s = c.Sizes[i%len(c.Sizes)]
		}
		if !(s > 0) {
			continue
		}
		face := c.faceColor(i)
		edge := face
		if len(c.EdgeColors) > 0 {
			edge = c.EdgeColors[i%len(c.EdgeColors)]
		}
		p.markers([]Pt{q}, m, math.Sqrt(s), face, edge, c.LineWidth)
	}
}

func drawPatch(p *painter, t xform, pa *Patch) {
	if p.measuring() {
		return
	}
	dash := dashPattern(pa.Style, pa.LineWidth)
	for _, poly := range pa.Polys {
		pts := make([]Pt, len(poly))
		for i, q := range poly {
			pts[i] = t.pt(q.X, q.Y, pa.Coords)
		}
		if pa.Closed {
			cp := clipPolygon(pts, t.box)
			p.fillPoly(cp, pa.Face)
			if pa.Edge.A > 0 && pa.LineWidth > 0 && len(cp) > 1 {
				p.strokeClosed(cp, pa.Edge, pa.LineWidth, dash)
			}
			continue
		}
		if pa.Face.A > 0 {
			p.fillPoly(clipPolygon(pts, t.box), pa.Face)
		}
		for _, piece := range clipPolyline(pts, t.box) {
			p.polyline(piece, pa.Edge, pa.LineWidth, dash)
		}
	}
}

func drawText(p *painter, t xform, tx *Text) {
	pos := t.pt(tx.X, tx.Y, tx.Coords)
	if !finite(pos) {
		return
	}
	if tx.Arrow && !p.measuring() {
		tip := t.pt(tx.ArrowXY.X, tx.ArrowXY.Y, DataCoords)
		if finite(tip) {
			p.polyline([]Pt{pos, tip}, tx.Color, 1, nil)
			ang := math.Atan2(tip.Y-pos.Y, tip.X-pos.X)
			const hl, hw = 8.0, 3.0
			base := Pt{tip.X - hl*math.Cos(ang), tip.Y - hl*math.Sin(ang)}
			l := Pt{base.X - hw*math.Sin(ang), base.Y + hw*math.Cos(ang)}
			r := Pt{base.X + hw*math.Sin(ang), base.Y - hw*math.Cos(ang)}
			p.fillPoly([]Pt{tip, l, r}, tx.Color)
		}
	}
	p.text(tx.S, pos.X, pos.Y, tx.Size, tx.Color, tx.HAlign, tx.VAlign, tx.Rotation, tx.Weight == "bold")
}

// drawImage resamples the visible part of an image to device resolution
// (nearest neighbour, like matplotlib's default for upsampling).
func drawImage(p *painter, t xform, im *Image) {
	if p.measuring() || im.Rows == 0 || im.Cols == 0 {
		return
	}
	e := im.Extent
	corner0 := t.pt(e[0], e[2], DataCoords)
	corner1 := t.pt(e[1], e[3], DataCoords)
	full := rect{math.Min(corner0.X, corner1.X), math.Min(corner0.Y, corner1.Y), math.Max(corner0.X, corner1.X), math.Max(corner0.Y, corner1.Y)}
	vis := rect{math.Max(full.x0, t.box.x0), math.Max(full.y0, t.box.y0), math.Min(full.x1, t.box.x1), math.Min(full.y1, t.box.y1)}
	if vis.empty() || full.x1 == full.x0 || full.y1 == full.y0 {
		return
	}
	scale := p.dpi / 72
	w := int(math.Ceil((vis.x1 - vis.x0) * scale))
	h := int(math.Ceil((vis.y1 - vis.y0) * scale))
	w, h = max(1, min(w, 4000)), max(1, min(h, 4000))
	flipX := corner0.X > corner1.X
	flipY := corner0.Y > corner1.Y
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	for py := 0; py < h; py++ {
		// figure y of this device row (top row first)
		fy := vis.y1 - (float64(py)+0.5)/float64(h)*(vis.y1-vis.y0)
		v := (fy - full.y0) / (full.y1 - full.y0) // 0 bottom .. 1 top
		if flipY {
			v = 1 - v
		}
		// Data row (fractional): extent bottom..top maps rows per origin.
		fr := (1 - v) * float64(im.Rows)
		if im.Origin == "lower" {
			fr = v * float64(im.Rows)
		}
		row := max(0, min(int(math.Floor(fr)), im.Rows-1))
		for px := 0; px < w; px++ {
			fx := vis.x0 + (float64(px)+0.5)/float64(w)*(vis.x1-vis.x0)
			u := (fx - full.x0) / (full.x1 - full.x0)
			if flipX {
				u = 1 - u
			}
			fc := u * float64(im.Cols)
			if im.Smooth {
				out.SetNRGBA(px, py, im.bilinear(fr-0.5, fc-0.5))
				continue
			}
			col := max(0, min(int(math.Floor(fc)), im.Cols-1))
			out.SetNRGBA(px, py, im.pixel(row, col))
		}
	}
	p.image(vis, out)
}

// bilinear interpolates the data at fractional (row, col) pixel-centre
// coordinates, then colours it (interpolation='bilinear').
func (im *Image) bilinear(r, c float64) color.NRGBA {
	r = math.Max(0, math.Min(r, float64(im.Rows-1)))
	c = math.Max(0, math.Min(c, float64(im.Cols-1)))
	r0, c0 := int(r), int(c)
	r1, c1 := min(r0+1, im.Rows-1), min(c0+1, im.Cols-1)
	tr, tc := r-float64(r0), c-float64(c0)
	ch := max(1, im.Channels)
	vals := make([]float64, ch)
	for k := 0; k < ch; k++ {
		at := func(rr, cc int) float64 { return im.Data[(rr*im.Cols+cc)*ch+k] }
		top := at(r0, c0)*(1-tc) + at(r0, c1)*tc
		bot := at(r1, c0)*(1-tc) + at(r1, c1)*tc
		vals[k] = top*(1-tr) + bot*tr
	}
	tmp := Image{Rows: 1, Cols: 1, Data: vals, Channels: im.Channels, Cmap: im.Cmap, Vmin: im.Vmin, Vmax: im.Vmax, Alpha: im.Alpha}
	return tmp.pixel(0, 0)
}

func (im *Image) pixel(row, col int) color.NRGBA {
	i := row*im.Cols + col
	var c color.NRGBA
	switch im.Channels {
	case 3, 4:
		k := i * im.Channels
		a := 1.0
		if im.Channels == 4 {
			a = im.Data[k+3]
		}
		c = RGBA(im.Data[k], im.Data[k+1], im.Data[k+2], a)
	default:
		v := im.Data[i]
		den := im.Vmax - im.Vmin
		if den == 0 {
			den = 1
		}
		cm := im.Cmap
		if cm == nil {
			cm, _ = LookupColormap(DefaultColormap)
		}
		c = cm.At((v - im.Vmin) / den)
	}
	if im.Alpha >= 0 && im.Alpha < 1 {
		c.A = uint8(float64(c.A) * im.Alpha)
	}
	return c
}
