package display

import (
	"image/color"
	"math"
	"sort"
	"strings"
)

// Axis is one axis of an Axes: limits, scale, ticks and label.
type Axis struct {
	Label string
	Scale string // "linear" or "log"
	// Lo and Hi are user-set limits, used when LoSet/HiSet.
	Lo, Hi       float64
	LoSet, HiSet bool
	Margin       float64
	// Ticks, when non-nil, fixes the major tick positions; TickLabels
	// (when non-nil) fixes their labels.
	Ticks      []float64
	TickLabels []string
	Grid       bool
	Hidden     bool // axis('off') or a colorbar's unused axis
	Tight      bool // autoscale without margins
	LabelSize  float64
	TickSize   float64
	// TickRotation rotates tick labels (degrees, rotation_mode='default').
	TickRotation float64
}

func newAxis() Axis {
	return Axis{Scale: "linear", Margin: 0.05, LabelSize: 10, TickSize: 10}
}

func (a *Axis) log() bool { return a.Scale == "log" }

// Axes is one plotting area.
type Axes struct {
	fig     *Figure
	Spec    *SubplotSpec
	Rect    [4]float64 // left, bottom, width, height in figure fractions (no Spec)
	Artists []Artist
	Title   Text
	X, Y    Axis
	Legend  *Legend
	// YRight puts the y axis on the right (twinx, colorbar).
	YRight bool
	// Spines says which of left/right/bottom/top are drawn.
	Spines      map[string]bool
	AspectEqual bool
	colorIndex  int
	patchIndex  int
	twinOf      *Axes
	sharedX     *Axes // shares x limits with (twinx, sharex)
	sharedY     *Axes
	colorbar    bool
	// limCache memoises autoscaled limits during one render (index 0: x).
	limCache [2]*[2]float64
}

func newAxes(f *Figure) *Axes {
	a := &Axes{fig: f, X: newAxis(), Y: newAxis(),
		Spines: map[string]bool{"left": true, "right": true, "bottom": true, "top": true}}
	a.Title = Text{Size: 12, HAlign: "center", VAlign: "baseline", Color: black}
	return a
}

// Figure is the figure holding the Axes.
func (a *Axes) Figure() *Figure { return a.fig }

// Add appends an artist.
func (a *Axes) Add(art Artist) { a.Artists = append(a.Artists, art) }

// NextColor returns the next colour of the property cycle and advances it.
func (a *Axes) NextColor() color.NRGBA {
	c := CycleColor(a.colorIndex)
	a.colorIndex++
	return c
}

// NextPatchColor advances matplotlib's separate colour cycle for filled
// artists (bar, hist, fill_between, scatter).
func (a *Axes) NextPatchColor() color.NRGBA {
	c := CycleColor(a.patchIndex)
	a.patchIndex++
	return c
}

// Clear removes artists, labels, limits and the legend (cla).
func (a *Axes) Clear() {
	f, spec, rect, twin := a.fig, a.Spec, a.Rect, a.twinOf
	*a = *newAxes(f)
	a.Spec, a.Rect, a.twinOf = spec, rect, twin
}

// TwinX makes an Axes sharing this one's x axis with its y axis on the right.
func (a *Axes) TwinX() *Axes {
	t := newAxes(a.fig)
	t.Spec, t.Rect = a.Spec, a.Rect
	t.twinOf = a
	t.sharedX = a
	t.YRight = true
	a.fig.Axes = append(a.fig.Axes, t)
	return t
}

// ShareX makes a's x limits follow other's (subplots(sharex=True)).
func (a *Axes) ShareX(other *Axes) {
	if a != other {
		a.sharedX = other
	}
}

// ShareY makes a's y limits follow other's.
func (a *Axes) ShareY(other *Axes) {
	if a != other {
		a.sharedY = other
	}
}

// SetXLim fixes the x view limits; NaN leaves a side automatic.
func (a *Axes) SetXLim(lo, hi float64) { a.setLim(true, lo, hi) }

// SetYLim fixes the y view limits; NaN leaves a side automatic.
func (a *Axes) SetYLim(lo, hi float64) { a.setLim(false, lo, hi) }

// setLim fixes the limits on the owner of a shared axis, so that every
// sharer sees them.
func (a *Axes) setLim(x bool, lo, hi float64) {
	ax := a.axisOwner(x).Axis(x)
	if !math.IsNaN(lo) {
		ax.Lo, ax.LoSet = lo, true
	}
	if !math.IsNaN(hi) {
		ax.Hi, ax.HiSet = hi, true
	}
}

// axisOwner is the Axes holding the limits of a's x (or y) axis.
func (a *Axes) axisOwner(x bool) *Axes {
	if x {
		return a.xAxisOwner()
	}
	return a.yAxisOwner()
}

func (a *Axes) xAxisOwner() *Axes {
	for a.sharedX != nil {
		a = a.sharedX
	}
	return a
}

func (a *Axes) yAxisOwner() *Axes {
	for a.sharedY != nil {
		a = a.sharedY
	}
	return a
}

// sharers returns the Axes whose data drives an owner's x (or y) limits.
func (a *Axes) sharers(x bool) []*Axes {
	var out []*Axes
	for _, b := range a.fig.Axes {
		if b.axisOwner(x) == a {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		out = []*Axes{a}
	}
	return out
}

// XLim returns the x view limits as they will be drawn.
func (a *Axes) XLim() (float64, float64) {
	o := a.xAxisOwner()
	return o.viewLimits(true)
}

// YLim returns the y view limits as they will be drawn.
func (a *Axes) YLim() (float64, float64) {
	o := a.yAxisOwner()
	return o.viewLimits(false)
}

// viewLimits autoscales one axis like matplotlib's autoscale_view.
func (a *Axes) viewLimits(x bool) (float64, float64) {
	k := 1
	if x {
		k = 0
	}
	if c := a.limCache[k]; c != nil {
		return c[0], c[1]
	}
	return a.computeViewLimits(x)
}

func (a *Axes) computeViewLimits(x bool) (float64, float64) {
	ax := a.Axis(x)
	if ax.LoSet && ax.HiSet {
		return ax.Lo, ax.Hi
	}
	d := emptyBounds()
	var sticky []float64
	for _, m := range a.sharers(x) {
		for _, art := range m.Artists {
			b := art.limits(m.X.log(), m.Y.log())
			if x {
				d.x0, d.x1 = math.Min(d.x0, b.x0), math.Max(d.x1, b.x1)
				sticky = append(sticky, b.stickyX...)
			} else {
				d.x0, d.x1 = math.Min(d.x0, b.y0), math.Max(d.x1, b.y1)
				sticky = append(sticky, b.stickyY...)
			}
		}
	}
	lo, hi := d.x0, d.x1
	log := ax.log()
	if lo > hi { // no data
		lo, hi = 0, 1
		if log {
			lo, hi = 1, 10
		}
		if ax.LoSet {
			lo = ax.Lo
			if hi <= lo {
				hi = lo + 1
			}
		}
		if ax.HiSet {
			hi = ax.Hi
			if lo >= hi {
				lo = hi - 1
			}
		}
		return lo, hi
	}
	lo, hi = nonsingular(lo, hi, log)
	tr := func(v float64) float64 {
		if log {
			return math.Log10(v)
		}
		return v
	}
	inv := func(v float64) float64 {
		if log {
			return math.Pow(10, v)
		}
		return v
	}
	m := ax.Margin
	if ax.Tight {
		m = 0
	}
	t0, t1 := tr(lo), tr(hi)
	delta := (t1 - t0) * m
	nlo, nhi := inv(t0-delta), inv(t1+delta)
	// Sticky edges: margins may not push the limit past a sticky value that
	// lies within the data.
	tol := 1e-5 * math.Max(math.Max(math.Abs(lo), math.Abs(hi)), hi-lo)
	for _, s := range sticky {
		if s >= lo-tol && s <= lo+tol {
			nlo = math.Max(nlo, s)
		}
		if s >= hi-tol && s <= hi+tol {
			nhi = math.Min(nhi, s)
		}
	}
	if ax.LoSet {
		nlo = ax.Lo
	}
	if ax.HiSet {
		nhi = ax.Hi
	}
	return nlo, nhi
}

// nonsingular widens an empty or degenerate range like matplotlib's
// transforms.nonsingular(expander=0.05).
func nonsingular(lo, hi float64, log bool) (float64, float64) {
	if hi-lo > 1e-14*math.Max(math.Abs(lo), math.Abs(hi)) && hi > lo {
		return lo, hi
	}
	if log {
		return lo / 10, hi * 10
	}
	if lo == 0 && hi == 0 {
		return -0.05, 0.05
	}
	return lo - 0.05*math.Abs(lo), hi + 0.05*math.Abs(hi)
}

// LegendEntries collects the labelled artists (labels not starting with "_").
func (a *Axes) LegendEntries() []LegendEntry {
	var out []LegendEntry
	for _, art := range a.Artists {
		l := art.legendLabel()
		if l == "" || strings.HasPrefix(l, "_") {
			continue
		}
		out = append(out, LegendEntry{Label: l, Handle: art})
	}
	return out
}

// SetLegend shows a legend of the labelled artists (or the given entries).
func (a *Axes) SetLegend(lg *Legend) {
	if lg.Entries == nil {
		lg.Entries = a.LegendEntries()
	}
	if lg.NCol < 1 {
		lg.NCol = 1
	}
	if lg.FontSize == 0 {
		lg.FontSize = 10
	}
	if lg.Loc == "" {
		lg.Loc = "best"
	}
	a.Legend = lg
}

// sortedArtists returns artists in drawing order (stable by zorder).
func (a *Axes) sortedArtists() []Artist {
	out := append([]Artist(nil), a.Artists...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].zorder() < out[j].zorder() })
	return out
}

// MajorTicks returns the tick positions and labels drawn on the x (or y)
// axis: fixed ones, or matplotlib's AutoLocator/LogLocator choice.
func (a *Axes) MajorTicks(x bool) ([]float64, []string) {
	ts := a.tickSetFor(x)
	return ts.pos, ts.labels
}

// Axis returns the x (or y) axis of a.
func (a *Axes) Axis(x bool) *Axis {
	if x {
		return &a.X
	}
	return &a.Y
}

// tickSetFor is MajorTicks with the offset text and minor ticks.
func (a *Axes) tickSetFor(x bool) tickSet {
	owner := a.axisOwner(x)
	lo, hi := owner.viewLimits(x)
	ax := a.Axis(x)
	if ax.Ticks == nil && owner != a {
		// A twin axes without fixed ticks shows its owner's ticks.
		ax = owner.Axis(x)
	}
	return computeTicks(ax, lo, hi, a.axisLengthPt(x), x)
}

// axisLengthPt is the axis' drawn length in points.
func (a *Axes) axisLengthPt(x bool) float64 {
	r := a.fig.axesRect(a)
	if x {
		return r[2] * a.fig.Width * 72
	}
	return r[3] * a.fig.Height * 72
}
