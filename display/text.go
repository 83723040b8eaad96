package display

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
)

// textBox is a laid-out label: runs with x offsets from the left end.
type textBox struct {
	runs    []textRun
	xs      []float64
	width   float64
	ascent  float64 // above the baseline, points
	descent float64 // below the baseline, points (positive)
	size    float64
}

func (p *painter) layoutText(s string, size float64, bold bool) textBox {
	tb := textBox{runs: parseLabel(s, bold), size: size}
	x := 0.0
	tb.ascent, tb.descent = fontAscent*size, fontDescent*size
	for _, r := range tb.runs {
		tb.xs = append(tb.xs, x)
		sz := size * r.scale
		f := p.fonts.face(r.style, sz)
		x += float64(f.Width(r.s))
		tb.ascent = math.Max(tb.ascent, (fontAscent*r.scale+r.dy)*size)
		tb.descent = math.Max(tb.descent, (fontDescent*r.scale-r.dy)*size)
	}
	tb.width = x
	return tb
}

// text draws a label anchored at (x, y) in figure points, aligned in the
// unrotated frame and rotated about the anchor (matplotlib's
// rotation_mode='anchor'). It returns the drawn box.
func (p *painter) text(s string, x, y, size float64, c color.NRGBA, ha, va string, rotDeg float64, bold bool) rect {
	if s == "" {
		return emptyRect()
	}
	tb := p.layoutText(s, size, bold)
	var dx, dy float64
	switch ha {
	case "center":
		dx = -tb.width / 2
	case "right":
		dx = -tb.width
	}
	switch va {
	case "top":
		dy = -tb.ascent
	case "bottom":
		dy = tb.descent
	case "center":
		dy = (tb.descent - tb.ascent) / 2
	case "center_baseline":
		dy = -capHeight * size / 2
	}
	rad := rotDeg * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	rot := func(u, v float64) Pt { return Pt{x + u*cos - v*sin, y + u*sin + v*cos} }
	box := emptyRect()
	for _, q := range []Pt{rot(dx, dy-tb.descent), rot(dx+tb.width, dy-tb.descent), rot(dx, dy+tb.ascent), rot(dx+tb.width, dy+tb.ascent)} {
		box.union(rect{q.X, q.Y, q.X, q.Y})
	}
	p.bbox.union(box)
	if p.measuring() {
		return box
	}
	p.c.SetColor(c)
	if rotDeg == 0 {
		for i, r := range tb.runs {
			f := p.fonts.face(r.style, size*r.scale)
			p.c.FillString(f, p.vp(x+dx+tb.xs[i], y+dy+r.dy*size), r.s)
		}
		return box
	}
	p.c.Push()
	p.c.Translate(p.vp(x, y))
	p.c.Rotate(rad)
	for i, r := range tb.runs {
		f := p.fonts.face(r.style, size*r.scale)
		p.c.FillString(f, vg.Point{X: vg.Length(dx + tb.xs[i]), Y: vg.Length(dy + r.dy*size)}, r.s)
	}
	p.c.Pop()
	return box
}

// textRotated draws a label with matplotlib's rotation_mode='default':
// the text is rotated first, then its rotated bounding box is aligned at
// (x, y). Tick labels use this mode.
func (p *painter) textRotated(s string, x, y, size float64, c color.NRGBA, ha, va string, rotDeg float64, bold bool) rect {
	if rotDeg == 0 {
		return p.text(s, x, y, size, c, ha, va, 0, bold)
	}
	tb := p.layoutText(s, size, bold)
	rad := rotDeg * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	box := emptyRect()
	for _, q := range []Pt{{0, -tb.descent}, {tb.width, -tb.descent}, {0, tb.ascent}, {tb.width, tb.ascent}} {
		rx, ry := q.X*cos-q.Y*sin, q.X*sin+q.Y*cos
		box.union(rect{rx, ry, rx, ry})
	}
	var dx, dy float64
	switch ha {
	case "center":
		dx = -(box.x0 + box.x1) / 2
	case "right":
		dx = -box.x1
	default:
		dx = -box.x0
	}
	switch va {
	case "top":
		dy = -box.y1
	case "bottom":
		dy = -box.y0
	case "center", "center_baseline":
		dy = -(box.y0 + box.y1) / 2
	}
	return p.text(s, x+dx, y+dy, size, c, "left", "baseline", rotDeg, bold)
}
