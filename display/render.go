package display

import (
	"image/color"
	"math"
)

// Matplotlib's default sizes, in points.
const (
	spineWidth    = 0.8
	majorTickLen  = 3.5
	minorTickLen  = 2
	tickPad       = 3.5
	axisLabelPad  = 4
	titlePad      = 6
	gridWidth     = 0.8
	legendFrameLW = 1.0
)

var (
	gridColor = color.NRGBA{R: 0xb0, G: 0xb0, B: 0xb0, A: 255}
)

// xform maps data coordinates of one Axes to figure points.
type xform struct {
	box                rect
	xlo, xhi, ylo, yhi float64 // transformed (log10 for log axes)
	xlog, ylog         bool
}

func newXform(box rect, xlo, xhi, ylo, yhi float64, xlog, ylog bool) xform {
	t := xform{box: box, xlog: xlog, ylog: ylog}
	t.xlo, t.xhi = scaleVal(xlo, xlog), scaleVal(xhi, xlog)
	t.ylo, t.yhi = scaleVal(ylo, ylog), scaleVal(yhi, ylog)
	return t
}

func scaleVal(v float64, log bool) float64 {
	if log {
		if v <= 0 {
			return math.NaN()
		}
		return math.Log10(v)
	}
	return v
}

func (t xform) fx(v float64) float64 {
	den := t.xhi - t.xlo
	if den == 0 {
		den = 1
	}
	return t.box.x0 + (scaleVal(v, t.xlog)-t.xlo)/den*(t.box.x1-t.box.x0)
}

func (t xform) fy(v float64) float64 {
	den := t.yhi - t.ylo
	if den == 0 {
		den = 1
	}
	return t.box.y0 + (scaleVal(v, t.ylog)-t.ylo)/den*(t.box.y1-t.box.y0)
}

func (t xform) ax(f float64) float64 { return t.box.x0 + f*(t.box.x1-t.box.x0) }
func (t xform) ay(f float64) float64 { return t.box.y0 + f*(t.box.y1-t.box.y0) }

// pt maps a point given in coords to figure points.
func (t xform) pt(x, y float64, c Coords) Pt {
	switch c {
	case XDataYAxes:
		return Pt{t.fx(x), t.ay(y)}
	case XAxesYData:
		return Pt{t.ax(x), t.fy(y)}
	case AxesCoords:
		return Pt{t.ax(x), t.ay(y)}
	}
	return Pt{t.fx(x), t.fy(y)}
}

// draw renders (or, in measuring mode, lays out) the whole figure.
func (f *Figure) draw(p *painter) {
	W, H := f.Width*72, f.Height*72
	// Autoscaling walks every data point: do it once per render.
	for _, a := range f.Axes {
		for k, x := range []bool{true, false} {
			lo, hi := a.computeViewLimits(x)
			a.limCache[k] = &[2]float64{lo, hi}
		}
	}
	defer func() {
		for _, a := range f.Axes {
			a.limCache = [2]*[2]float64{}
		}
	}()
	for _, a := range f.Axes {
		a.draw(p)
	}
	if f.Suptitle != nil && f.Suptitle.S != "" {
		s := f.Suptitle
		p.text(s.S, s.X*W, s.Y*H, s.Size, s.Color, s.HAlign, s.VAlign, s.Rotation, s.Weight == "bold")
	}
	for _, t := range f.Texts {
		p.text(t.S, t.X*W, t.Y*H, t.Size, t.Color, t.HAlign, t.VAlign, t.Rotation, t.Weight == "bold")
	}
}

func (f *Figure) boxOf(a *Axes) rect {
	r := f.axesRect(a)
	W, H := f.Width*72, f.Height*72
	return rect{r[0] * W, r[1] * H, (r[0] + r[2]) * W, (r[1] + r[3]) * H}
}

func (a *Axes) xform() xform {
	box := a.fig.boxOf(a)
	xlo, xhi := a.XLim()
	ylo, yhi := a.YLim()
	if a.AspectEqual {
		box = equalAspect(box, xhi-xlo, yhi-ylo)
	}
	return newXform(box, xlo, xhi, ylo, yhi, a.xAxisOwner().X.log(), a.yAxisOwner().Y.log())
}

// equalAspect shrinks box (centred) so one data unit is as long on x as on y.
func equalAspect(box rect, dx, dy float64) rect {
	w, h := box.x1-box.x0, box.y1-box.y0
	dx, dy = math.Abs(dx), math.Abs(dy)
	if dx == 0 || dy == 0 {
		return box
	}
	if w/dx > h/dy {
		nw := h / dy * dx
		cx := (box.x0 + box.x1) / 2
		return rect{cx - nw/2, box.y0, cx + nw/2, box.y1}
	}
	nh := w / dx * dy
	cy := (box.y0 + box.y1) / 2
	return rect{box.x0, cy - nh/2, box.x1, cy + nh/2}
}

func (a *Axes) draw(p *painter) {
	t := a.xform()
	box := t.box
	p.bbox.union(box)
	xt := a.tickSetFor(true)
	yt := a.tickSetFor(false)
	if a.twinOf == nil && !a.colorbar {
		p.fillRect(box, white)
	}
	if a.X.Grid && !a.X.Hidden {
		for _, v := range xt.pos {
			x := t.fx(v)
			p.polyline([]Pt{{x, box.y0}, {x, box.y1}}, gridColor, gridWidth, nil)
		}
	}
	if a.Y.Grid && !a.Y.Hidden {
		for _, v := range yt.pos {
			y := t.fy(v)
			p.polyline([]Pt{{box.x0, y}, {box.x1, y}}, gridColor, gridWidth, nil)
		}
	}
	arts := a.sortedArtists()
	i := 0
	for ; i < len(arts) && arts[i].zorder() < 2.5; i++ {
		a.drawArtist(p, t, arts[i])
	}
	a.drawFrame(p, t, xt, yt)
	for ; i < len(arts); i++ {
		a.drawArtist(p, t, arts[i])
	}
	if a.Legend != nil {
		a.drawLegend(p, t)
	}
}

// drawFrame draws spines, ticks, tick labels, axis labels and the title.
func (a *Axes) drawFrame(p *painter, t xform, xt, yt tickSet) {
	box := t.box
	if !a.X.Hidden || !a.Y.Hidden {
		sp := func(name string, x0, y0, x1, y1 float64) {
			if a.Spines[name] {
				p.polyline([]Pt{{x0, y0}, {x1, y1}}, black, spineWidth, nil)
			}
		}
		sp("left", box.x0, box.y0, box.x0, box.y1)
		sp("right", box.x1, box.y0, box.x1, box.y1)
		sp("bottom", box.x0, box.y0, box.x1, box.y0)
		sp("top", box.x0, box.y1, box.x1, box.y1)
	}
	// x axis (skipped for twins: the host draws it).
	xLabelTop := box.y0
	if !a.X.Hidden && a.twinOf == nil {
		for _, v := range xt.minor {
			x := t.fx(v)
			p.polyline([]Pt{{x, box.y0}, {x, box.y0 - minorTickLen}}, black, 0.6, nil)
		}
		xLabelTop = box.y0 - majorTickLen
		for i, v := range xt.pos {
			x := t.fx(v)
			p.polyline([]Pt{{x, box.y0}, {x, box.y0 - majorTickLen}}, black, spineWidth, nil)
			if i < len(xt.labels) {
				r := p.textRotated(xt.labels[i], x, box.y0-majorTickLen-tickPad, a.X.TickSize, black, "center", "top", a.X.TickRotation, false)
				if !r.empty() {
					xLabelTop = math.Min(xLabelTop, r.y0)
				}
			}
		}
		if xt.offset != "" {
			r := p.text(xt.offset, box.x1, xLabelTop-1, a.X.TickSize, black, "right", "top", 0, false)
			xLabelTop = math.Min(xLabelTop, r.y0)
		}
		p.text(a.X.Label, (box.x0+box.x1)/2, xLabelTop-axisLabelPad, a.X.LabelSize, black, "center", "top", 0, false)
	}
	if !a.Y.Hidden {
		right := a.YRight
		sign := -1.0
		edge := box.x0
		ha := "right"
		if right {
			sign, edge, ha = 1, box.x1, "left"
		}
		for _, v := range yt.minor {
			y := t.fy(v)
			p.polyline([]Pt{{edge, y}, {edge + sign*minorTickLen, y}}, black, 0.6, nil)
		}
		labelEdge := edge + sign*majorTickLen
		for i, v := range yt.pos {
			y := t.fy(v)
			p.polyline([]Pt{{edge, y}, {edge + sign*majorTickLen, y}}, black, spineWidth, nil)
			if i < len(yt.labels) {
				r := p.textRotated(yt.labels[i], edge+sign*(majorTickLen+tickPad), y, a.Y.TickSize, black, ha, "center_baseline", a.Y.TickRotation, false)
				if !r.empty() {
					if right {
						labelEdge = math.Max(labelEdge, r.x1)
					} else {
						labelEdge = math.Min(labelEdge, r.x0)
					}
				}
			}
		}
		if yt.offset != "" {
			p.text(yt.offset, edge, box.y1+2, a.Y.TickSize, black, ha2(right), "bottom", 0, false)
		}
		if right {
			p.text(a.Y.Label, labelEdge+axisLabelPad, (box.y0+box.y1)/2, a.Y.LabelSize, black, "center", "top", 90, false)
		} else {
			p.text(a.Y.Label, labelEdge-axisLabelPad, (box.y0+box.y1)/2, a.Y.LabelSize, black, "center", "bottom", 90, false)
		}
	}
	if a.Title.S != "" {
		tt := a.Title
		x := (box.x0 + box.x1) / 2
		switch tt.HAlign {
		case "left":
			x = box.x0
		case "right":
			x = box.x1
		}
		p.text(tt.S, x, box.y1+titlePad, tt.Size, tt.Color, tt.HAlign, "baseline", 0, tt.Weight == "bold")
	}
}

func ha2(right bool) string {
	if right {
		return "right"
	}
	return "left"
}
