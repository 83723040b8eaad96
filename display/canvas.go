package display

import (
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// rect is a box in figure points (origin bottom-left).
type rect struct{ x0, y0, x1, y1 float64 }

func emptyRect() rect {
	return rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
}

func (r *rect) union(o rect) {
	r.x0, r.y0 = math.Min(r.x0, o.x0), math.Min(r.y0, o.y0)
	r.x1, r.y1 = math.Max(r.x1, o.x1), math.Max(r.y1, o.y1)
}

func (r rect) empty() bool { return r.x0 > r.x1 || r.y0 > r.y1 }

// painter draws in figure points on a vg.Canvas shifted by off. With a
// nil canvas it only measures: every element extends bbox.
type painter struct {
	c     vg.Canvas
	img   *image.RGBA // PNG fast path for markers, nil for SVG
	dpi   float64
	off   Pt
	hPt   float64 // canvas height in points (for pixel stamping)
	fonts *fontSet
	bbox  rect
	// sprites caches rendered marker images by key (PNG only).
	sprites map[spriteKey]*sprite
}

func (p *painter) measuring() bool { return p.c == nil }

func (p *painter) vp(x, y float64) vg.Point {
	return vg.Point{X: vg.Length(x - p.off.X), Y: vg.Length(y - p.off.Y)}
}

func (p *painter) setStroke(c color.NRGBA, width float64, dash []float64) {
	p.c.SetColor(c)
	p.c.SetLineWidth(vg.Length(width))
	ds := make([]vg.Length, len(dash))
	for i, d := range dash {
		ds[i] = vg.Length(d)
	}
	p.c.SetLineDash(ds, 0)
}

// polyline strokes pts (figure points) in pieces so that the rasteriser
// never sees very long paths; dashes continue across pieces.
func (p *painter) polyline(pts []Pt, c color.NRGBA, width float64, dash []float64) {
	if p.measuring() || len(pts) < 2 || c.A == 0 || width <= 0 {
		return
	}
	p.setStroke(c, width, dash)
	const piece = 64
	dashLen := 0.0
	for _, d := range dash {
		dashLen += d
	}
	travelled := 0.0
	for start := 0; start < len(pts)-1; start += piece {
		end := min(start+piece, len(pts)-1)
		var path vg.Path
		path.Move(p.vp(pts[start].X, pts[start].Y))
		for i := start + 1; i <= end; i++ {
			path.Line(p.vp(pts[i].X, pts[i].Y))
		}
		if len(dash) > 0 && dashLen > 0 {
			ds := make([]vg.Length, len(dash))
			for i, d := range dash {
				ds[i] = vg.Length(d)
			}
			p.c.SetLineDash(ds, vg.Length(math.Mod(travelled, dashLen)))
			for i := start + 1; i <= end; i++ {
				travelled += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
			}
		}
		p.c.Stroke(path)
	}
}

func (p *painter) fillPoly(pts []Pt, c color.NRGBA) {
	if p.measuring() || len(pts) < 3 || c.A == 0 {
		return
	}
	path := p.closedPath(pts)
	p.c.SetColor(c)
	p.c.Fill(path)
}

func (p *painter) strokeClosed(pts []Pt, c color.NRGBA, width float64, dash []float64) {
	if p.measuring() || len(pts) < 2 || c.A == 0 || width <= 0 {
		return
	}
	p.setStroke(c, width, dash)
	path := p.closedPath(pts)
	p.c.Stroke(path)
}

// closedPath is the polygon pts (at least one point) in canvas coordinates.
func (p *painter) closedPath(pts []Pt) vg.Path {
	var path vg.Path
	path.Move(p.vp(pts[0].X, pts[0].Y))
	for _, q := range pts[1:] {
		path.Line(p.vp(q.X, q.Y))
	}
	path.Close()
	return path
}

func (p *painter) fillRect(r rect, c color.NRGBA) {
	p.fillPoly([]Pt{{r.x0, r.y0}, {r.x1, r.y0}, {r.x1, r.y1}, {r.x0, r.y1}}, c)
}

func (p *painter) image(r rect, img image.Image) {
	if p.measuring() {
		return
	}
	p.c.DrawImage(vg.Rectangle{Min: p.vp(r.x0, r.y0), Max: p.vp(r.x1, r.y1)}, img)
}

// spriteKey identifies a rendered marker.
type spriteKey struct {
	marker     string
	size, lw   float64
	face, edge color.NRGBA
}

// markers draws a marker at each point: stamped from a sprite on PNG
// (fast for 100,000-spike rasters), as paths on SVG.
func (p *painter) markers(pts []Pt, m string, size float64, face, edge color.NRGBA, lw float64) {
	if p.measuring() || len(pts) == 0 || m == "" || m == "None" || m == "none" || size <= 0 {
		return
	}
	if p.img != nil {
		p.stampMarkers(pts, m, size, face, edge, lw)
		return
	}
	for _, q := range pts {
		drawMarker(p.c, p.vp(q.X, q.Y), m, size, face, edge, lw)
	}
}

func (p *painter) stampMarkers(pts []Pt, m string, size float64, face, edge color.NRGBA, lw float64) {
	key := spriteKey{m, size, lw, face, edge}
	spr, ok := p.sprites[key]
	scale := p.dpi / 72
	if !ok {
		spr = renderSprite(m, size, face, edge, lw, p.dpi)
		if p.sprites == nil {
			p.sprites = map[spriteKey]*sprite{}
		}
		p.sprites[key] = spr
	}
	if spr == nil {
		return
	}
	h := p.img.Bounds().Dy()
	for _, q := range pts {
		cx := (q.X - p.off.X) * scale
		cy := float64(h) - (q.Y-p.off.Y)*scale
		spr.stamp(p.img, int(math.Floor(cx)), int(math.Floor(cy)))
	}
}

// sprite is a rendered marker, cropped to its visible pixels, in
// premultiplied RGBA; (ox, oy) is its top-left relative to the centre pixel.
type sprite struct {
	w, h, ox, oy int
	pix          []uint8
}

func renderSprite(m string, size float64, face, edge color.NRGBA, lw, dpi float64) *sprite {
	scale := dpi / 72
	n := int(math.Ceil((size+2*lw)*scale)) + 3
	if n%2 == 0 {
		n++
	}
	side := vg.Length(float64(n) / scale)
	c := vgimg.NewWith(vgimg.UseWH(side, side), vgimg.UseDPI(int(math.Round(dpi))), vgimg.UseBackgroundColor(color.Transparent))
	// Centre the marker on the middle of pixel n/2.
	centre := vg.Length((float64(n/2) + 0.5) / scale)
	drawMarker(c, vg.Point{X: centre, Y: side - centre}, m, size, face, edge, lw)
	img, ok := c.Image().(*image.RGBA)
	if !ok {
		return nil
	}
	x0, y0, x1, y1 := n, n, -1, -1
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if img.Pix[y*img.Stride+4*x+3] != 0 {
				x0, y0 = min(x0, x), min(y0, y)
				x1, y1 = max(x1, x), max(y1, y)
			}
		}
	}
	if x1 < 0 {
		return nil
	}
	s := &sprite{w: x1 - x0 + 1, h: y1 - y0 + 1, ox: x0 - n/2, oy: y0 - n/2}
	for y := y0; y <= y1; y++ {
		s.pix = append(s.pix, img.Pix[y*img.Stride+4*x0:y*img.Stride+4*(x1+1)]...)
	}
	return s
}

// stamp composites the sprite (source over) centred on pixel (cx, cy).
func (s *sprite) stamp(dst *image.RGBA, cx, cy int) {
	b := dst.Bounds()
	for j := 0; j < s.h; j++ {
		y := cy + s.oy + j
		if y < b.Min.Y || y >= b.Max.Y {
			continue
		}
		for i := 0; i < s.w; i++ {
			x := cx + s.ox + i
			if x < b.Min.X || x >= b.Max.X {
				continue
			}
			k := 4 * (j*s.w + i)
			sa := uint32(s.pix[k+3])
			if sa == 0 {
				continue
			}
			d := dst.Pix[(y-b.Min.Y)*dst.Stride+4*(x-b.Min.X):]
			inv := 255 - sa
			d[0] = uint8(uint32(s.pix[k]) + (uint32(d[0])*inv+127)/255)
			d[1] = uint8(uint32(s.pix[k+1]) + (uint32(d[1])*inv+127)/255)
			d[2] = uint8(uint32(s.pix[k+2]) + (uint32(d[2])*inv+127)/255)
			d[3] = uint8(sa + (uint32(d[3])*inv+127)/255)
		}
	}
}

// drawMarker draws one matplotlib marker centred at c; size is the
// nominal diameter in points (markersize).
func drawMarker(cv vg.Canvas, c vg.Point, m string, size float64, face, edge color.NRGBA, lw float64) {
	r := vg.Length(size / 2)
	poly := func(pts ...[2]float64) vg.Path {
		var path vg.Path
		for i, q := range pts {
			pt := vg.Point{X: c.X + vg.Length(q[0])*r, Y: c.Y + vg.Length(q[1])*r}
			if i == 0 {
				path.Move(pt)
			} else {
				path.Line(pt)
			}
		}
		path.Close()
		return path
	}
	var path vg.Path
	filled := true
	switch m {
	case ".":
		r = vg.Length(size / 4)
		path.Move(vg.Point{X: c.X + r, Y: c.Y})
		path.Arc(c, r, 0, 2*math.Pi)
		path.Close()
	case ",":
		r = vg.Length(0.5)
		path = poly([2]float64{-1, -1}, [2]float64{1, -1}, [2]float64{1, 1}, [2]float64{-1, 1})
		lw = 0
	case "o":
		path.Move(vg.Point{X: c.X + r, Y: c.Y})
		path.Arc(c, r, 0, 2*math.Pi)
		path.Close()
	case "s":
		path = poly([2]float64{-1, -1}, [2]float64{1, -1}, [2]float64{1, 1}, [2]float64{-1, 1})
	case "^":
		path = poly([2]float64{0, 1}, [2]float64{-1, -1}, [2]float64{1, -1})
	case "v":
		path = poly([2]float64{0, -1}, [2]float64{-1, 1}, [2]float64{1, 1})
	case "<":
		path = poly([2]float64{-1, 0}, [2]float64{1, -1}, [2]float64{1, 1})
	case ">":
		path = poly([2]float64{1, 0}, [2]float64{-1, -1}, [2]float64{-1, 1})
	case "D":
		path = poly([2]float64{0, -1.414}, [2]float64{1.414, 0}, [2]float64{0, 1.414}, [2]float64{-1.414, 0})
	case "d":
		path = poly([2]float64{0, -1}, [2]float64{0.6, 0}, [2]float64{0, 1}, [2]float64{-0.6, 0})
	case "p":
		var pts [][2]float64
		for i := 0; i < 5; i++ {
			a := math.Pi/2 + float64(i)*2*math.Pi/5
			pts = append(pts, [2]float64{math.Cos(a), math.Sin(a)})
		}
		path = poly(pts...)
	case "h", "H":
		var pts [][2]float64
		for i := 0; i < 6; i++ {
			a := math.Pi/2 + float64(i)*math.Pi/3
			pts = append(pts, [2]float64{math.Cos(a), math.Sin(a)})
		}
		path = poly(pts...)
	case "*":
		var pts [][2]float64
		for i := 0; i < 10; i++ {
			a := math.Pi/2 + float64(i)*math.Pi/5
			rr := 1.0
			if i%2 == 1 {
				rr = 0.38
			}
			pts = append(pts, [2]float64{rr * math.Cos(a), rr * math.Sin(a)})
		}
		path = poly(pts...)
	case "x", "+", "|", "_", "1", "2", "3", "4":
		filled = false
		seg := func(x0, y0, x1, y1 float64) {
			path.Move(vg.Point{X: c.X + vg.Length(x0)*r, Y: c.Y + vg.Length(y0)*r})
			path.Line(vg.Point{X: c.X + vg.Length(x1)*r, Y: c.Y + vg.Length(y1)*r})
		}
		switch m {
		case "x":
			seg(-1, -1, 1, 1)
			seg(-1, 1, 1, -1)
		case "+":
			seg(-1, 0, 1, 0)
			seg(0, -1, 0, 1)
		case "|":
			seg(0, -1, 0, 1)
		case "_":
			seg(-1, 0, 1, 0)
		default:
			seg(0, 0, 0, -1)
			seg(0, 0, -0.87, 0.5)
			seg(0, 0, 0.87, 0.5)
		}
		if edge.A == 0 {
			edge = face
		}
	default:
		path.Move(vg.Point{X: c.X + r, Y: c.Y})
		path.Arc(c, r, 0, 2*math.Pi)
		path.Close()
	}
	if filled && face.A > 0 {
		cv.SetColor(face)
		cv.Fill(path)
	}
	if lw > 0 && edge.A > 0 {
		cv.SetColor(edge)
		cv.SetLineWidth(vg.Length(lw))
		cv.SetLineDash(nil, 0)
		cv.Stroke(path)
	}
}
