package display

import "math"

// clipSegment clips a→b to r (Liang–Barsky); ok is false when outside.
func clipSegment(a, b Pt, r rect) (Pt, Pt, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	edges := [4][2]float64{{-dx, a.X - r.x0}, {dx, r.x1 - a.X}, {-dy, a.Y - r.y0}, {dy, r.y1 - a.Y}}
	for _, e := range edges {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return a, b, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return a, b, false
			}
			t0 = math.Max(t0, t)
		} else {
			if t < t0 {
				return a, b, false
			}
			t1 = math.Min(t1, t)
		}
	}
	return Pt{a.X + t0*dx, a.Y + t0*dy}, Pt{a.X + t1*dx, a.Y + t1*dy}, true
}

func inside(q Pt, r rect) bool {
	return q.X >= r.x0 && q.X <= r.x1 && q.Y >= r.y0 && q.Y <= r.y1
}

func finite(q Pt) bool {
	return !math.IsNaN(q.X) && !math.IsNaN(q.Y) && !math.IsInf(q.X, 0) && !math.IsInf(q.Y, 0)
}

// clipPolyline splits a polyline at NaNs and at the clip box, returning
// the visible pieces.
func clipPolyline(pts []Pt, r rect) [][]Pt {
	var out [][]Pt
	var cur []Pt
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		if !finite(a) || !finite(b) {
			flush()
			continue
		}
		if inside(a, r) && inside(b, r) {
			if len(cur) == 0 {
				cur = append(cur, a)
			}
			cur = append(cur, b)
			continue
		}
		ca, cb, ok := clipSegment(a, b, r)
		if !ok {
			flush()
			continue
		}
		if len(cur) == 0 || cur[len(cur)-1] != ca {
			flush()
			cur = append(cur, ca)
		}
		cur = append(cur, cb)
		if cb != b {
			flush()
		}
	}
	flush()
	return out
}

// clipPolygon clips a closed polygon to r (Sutherland–Hodgman).
func clipPolygon(pts []Pt, r rect) []Pt {
	type edge struct {
		in  func(Pt) bool
		cut func(a, b Pt) Pt
	}
	lerpX := func(a, b Pt, x float64) Pt { return Pt{x, a.Y + (b.Y-a.Y)*(x-a.X)/(b.X-a.X)} }
	lerpY := func(a, b Pt, y float64) Pt { return Pt{a.X + (b.X-a.X)*(y-a.Y)/(b.Y-a.Y), y} }
	edges := []edge{
		{func(q Pt) bool { return q.X >= r.x0 }, func(a, b Pt) Pt { return lerpX(a, b, r.x0) }},
		{func(q Pt) bool { return q.X <= r.x1 }, func(a, b Pt) Pt { return lerpX(a, b, r.x1) }},
		{func(q Pt) bool { return q.Y >= r.y0 }, func(a, b Pt) Pt { return lerpY(a, b, r.y0) }},
		{func(q Pt) bool { return q.Y <= r.y1 }, func(a, b Pt) Pt { return lerpY(a, b, r.y1) }},
	}
	out := make([]Pt, 0, len(pts))
	for _, q := range pts {
		if finite(q) {
			out = append(out, q)
		}
	}
	for _, e := range edges {
		if len(out) == 0 {
			return nil
		}
		in := out
		out = make([]Pt, 0, len(in)+4)
		prev := in[len(in)-1]
		for _, cur := range in {
			switch {
			case e.in(cur) && e.in(prev):
				out = append(out, cur)
			case e.in(cur):
				out = append(out, e.cut(prev, cur), cur)
			case e.in(prev):
				out = append(out, e.cut(prev, cur))
			}
			prev = cur
		}
	}
	return out
}

// decimate reduces a polyline whose x never decreases to at most four
// vertices per device pixel column (first, min, max, last): the stroked
// result is visually identical and much cheaper to rasterise.
func decimate(pts []Pt, pxPerPt float64) []Pt {
	if len(pts) < 64 {
		return pts
	}
	for i := 1; i < len(pts); i++ {
		if pts[i].X < pts[i-1].X {
			return pts
		}
	}
	span := (pts[len(pts)-1].X - pts[0].X) * pxPerPt
	if float64(len(pts)) < 4*span {
		return pts
	}
	out := make([]Pt, 0, int(4*span)+8)
	col := math.Floor(pts[0].X * pxPerPt)
	start := 0
	emit := func(lo, hi int) {
		first, last := pts[lo], pts[hi-1]
		mn, mx := lo, lo
		for i := lo; i < hi; i++ {
			if pts[i].Y < pts[mn].Y {
				mn = i
			}
			if pts[i].Y > pts[mx].Y {
				mx = i
			}
		}
		out = append(out, first)
		if mn < mx {
			out = append(out, pts[mn], pts[mx])
		} else {
			out = append(out, pts[mx], pts[mn])
		}
		out = append(out, last)
	}
	for i := 1; i < len(pts); i++ {
		c := math.Floor(pts[i].X * pxPerPt)
		if c != col {
			emit(start, i)
			start, col = i, c
		}
	}
	emit(start, len(pts))
	return out
}
