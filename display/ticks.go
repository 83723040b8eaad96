package display

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// tickSet is what an axis draws: major positions and labels within the
// view, an offset/scale text ("1e−5", "+1e3") and minor positions.
type tickSet struct {
	pos    []float64
	labels []string
	offset string
	minor  []float64
}

const unicodeMinus = "\u2212"

func computeTicks(ax *Axis, lo, hi, lengthPt float64, isX bool) tickSet {
	vmin, vmax := math.Min(lo, hi), math.Max(lo, hi)
	inView := func(v float64) bool {
		tol := 1e-10 * math.Max(1, math.Abs(vmax-vmin))
		if ax.log() {
			return v >= vmin*(1-1e-10) && v <= vmax*(1+1e-10)
		}
		return v >= vmin-tol && v <= vmax+tol
	}
	var ts tickSet
	if ax.Ticks != nil {
		for i, v := range ax.Ticks {
			if !inView(v) {
				continue
			}
			ts.pos = append(ts.pos, v)
			if ax.TickLabels != nil {
				if i < len(ax.TickLabels) {
					ts.labels = append(ts.labels, ax.TickLabels[i])
				} else {
					ts.labels = append(ts.labels, "")
				}
			}
		}
		if ax.TickLabels == nil {
			if ax.log() {
				ts.labels = logLabels(ts.pos)
			} else {
				f := newScalarFormatter(ax.Ticks, vmin, vmax)
				ts.labels = f.formatAll(ts.pos)
				ts.offset = f.offsetText()
			}
		}
		return ts
	}
	if ax.log() {
		major, minor := logTicks(vmin, vmax)
		for _, v := range major {
			if inView(v) {
				ts.pos = append(ts.pos, v)
			}
		}
		for _, v := range minor {
			if inView(v) {
				ts.minor = append(ts.minor, v)
			}
		}
		ts.labels = logLabels(ts.pos)
		return ts
	}
	size := ax.TickSize * 2
	if isX {
		size = ax.TickSize * 3
	}
	nbins := int(math.Floor(lengthPt / size))
	nbins = max(1, min(nbins, 9))
	raw := maxNLocator(vmin, vmax, nbins)
	for _, v := range raw {
		if inView(v) {
			ts.pos = append(ts.pos, v)
		}
	}
	f := newScalarFormatter(raw, vmin, vmax)
	ts.labels = f.formatAll(ts.pos)
	ts.offset = f.offsetText()
	return ts
}

// maxNLocator is matplotlib's MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10],
// min_n_ticks=2) tick_values, returning every candidate tick (some may lie
// just outside the view).
func maxNLocator(vmin, vmax float64, nbins int) []float64 {
	if !(vmax-vmin > 1e-13*math.Max(math.Abs(vmin), math.Abs(vmax))) || math.IsInf(vmin, 0) || math.IsInf(vmax, 0) {
		vmin, vmax = nonsingular13(vmin, vmax)
	}
	dv := math.Abs(vmax - vmin)
	meanv := (vmax + vmin) / 2
	offset := 0.0
	if math.Abs(meanv)/dv >= 100 {
		offset = math.Copysign(math.Pow(10, math.Floor(math.Log10(math.Abs(meanv)))), meanv)
	}
	scale := math.Pow(10, math.Floor(math.Log10(dv/float64(nbins))))
	_vmin, _vmax := vmin-offset, vmax-offset
	rawStep := (_vmax - _vmin) / float64(nbins)
	base := []float64{0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20}
	steps := make([]float64, len(base))
	istep := len(base) - 1
	for i, s := range base {
		steps[i] = s * scale
	}
	for i, s := range steps {
		if s >= rawStep {
			istep = i
			break
		}
	}
	var ticks []float64
	for k := istep; k >= 0; k-- {
		step := steps[k]
		bestVmin := math.Floor(_vmin/step) * step
		low := edgeLE(_vmin-bestVmin, step, offset)
		high := edgeGE(_vmax-bestVmin, step, offset)
		ticks = ticks[:0]
		n := 0
		for i := low; i <= high+0.5; i++ {
			t := i*step + bestVmin
			ticks = append(ticks, t)
			if t <= _vmax && t >= _vmin {
				n++
			}
		}
		if n >= 2 {
			break
		}
	}
	out := make([]float64, len(ticks))
	for i, t := range ticks {
		out[i] = t + offset
	}
	return out
}

func edgeTol(step, offset float64) float64 {
	if offset == 0 {
		return 1e-10
	}
	digits := math.Log10(math.Abs(offset) / step)
	return math.Min(0.4999, math.Max(1e-10, math.Pow(10, digits-12)))
}

func pyDivmod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	if m != 0 && (m < 0) != (y < 0) {
		m += y
	}
	return math.Round((x - m) / y), m
}

func edgeLE(x, step, offset float64) float64 {
	d, m := pyDivmod(x, step)
	if math.Abs(m/step-1) < edgeTol(step, offset) {
		return d + 1
	}
	return d
}

func edgeGE(x, step, offset float64) float64 {
	d, m := pyDivmod(x, step)
	if math.Abs(m/step) < edgeTol(step, offset) {
		return d
	}
	return d + 1
}

func nonsingular13(lo, hi float64) (float64, float64) {
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsNaN(lo) || math.IsNaN(hi) {
		return -0.001, 0.001
	}
	if lo == 0 && hi == 0 {
		return -1e-13, 1e-13
	}
	return lo - 1e-13*math.Abs(lo), hi + 1e-13*math.Abs(hi)
}

// scalarFormatter mirrors matplotlib's ScalarFormatter (useOffset=True,
// offset threshold 4, power limits (-5, 6), unicode minus).
type scalarFormatter struct {
	offset float64
	oom    int
	format int // decimals
}

func newScalarFormatter(locs []float64, vmin, vmax float64) *scalarFormatter {
	f := &scalarFormatter{}
	var vis []float64
	for _, v := range locs {
		if v >= vmin && v <= vmax {
			vis = append(vis, v)
		}
	}
	f.computeOffset(vis)
	f.computeOOM(vis, vmin, vmax)
	f.setFormat(locs, vmin, vmax)
	return f
}

func (f *scalarFormatter) computeOffset(locs []float64) {
	if len(locs) == 0 {
		return
	}
	lmin, lmax := locs[0], locs[0]
	for _, v := range locs {
		lmin, lmax = math.Min(lmin, v), math.Max(lmax, v)
	}
	if lmin == lmax || (lmin <= 0 && 0 <= lmax) {
		return
	}
	absMin, absMax := math.Abs(lmin), math.Abs(lmax)
	if absMin > absMax {
		absMin, absMax = absMax, absMin
	}
	sign := math.Copysign(1, lmin)
	oomMax := math.Ceil(math.Log10(absMax))
	oom := oomMax
	for ; oom > oomMax-400; oom-- {
		p := math.Pow(10, oom)
		if math.Floor(absMin/p) != math.Floor(absMax/p) {
			break
		}
	}
	oom++
	if (absMax-absMin)/math.Pow(10, oom) <= 1e-2 {
		o := oomMax
		for ; o > oomMax-400; o-- {
			if absMax-absMin > math.Pow(10, o) {
				break
			}
		}
		oom = o + 1
	}
	p := math.Pow(10, oom)
	if math.Floor(absMax/p) >= 1000 {
		f.offset = sign * math.Floor(absMax/p) * p
	}
}

func (f *scalarFormatter) computeOOM(locs []float64, vmin, vmax float64) {
	if len(locs) == 0 {
		return
	}
	var oom int
	if f.offset != 0 {
		oom = int(math.Floor(math.Log10(vmax - vmin)))
	} else {
		val := 0.0
		for _, v := range locs {
			val = math.Max(val, math.Abs(v))
		}
		if val == 0 {
			return
		}
		oom = int(math.Floor(math.Log10(val)))
	}
	if oom <= -5 || oom >= 6 {
		f.oom = oom
	}
}

func (f *scalarFormatter) setFormat(locs []float64, vmin, vmax float64) {
	src := locs
	if len(locs) < 2 {
		src = append(append([]float64(nil), locs...), vmin, vmax)
	}
	scaled := make([]float64, len(src))
	p := math.Pow(10, float64(f.oom))
	for i, v := range src {
		scaled[i] = (v - f.offset) / p
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range scaled {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	rng := hi - lo
	if rng == 0 {
		rng = math.Max(math.Abs(lo), math.Abs(hi))
	}
	if rng == 0 {
		rng = 1
	}
	if len(locs) < 2 {
		scaled = scaled[:len(scaled)-2]
	}
	rangeOOM := int(math.Floor(math.Log10(rng)))
	sig := max(0, 3-rangeOOM)
	thresh := 1e-3 * math.Pow(10, float64(rangeOOM))
	for sig >= 0 {
		worst := 0.0
		for _, v := range scaled {
			worst = math.Max(worst, math.Abs(v-roundTo(v, sig)))
		}
		if worst < thresh {
			sig--
		} else {
			break
		}
	}
	f.format = sig + 1
}

func roundTo(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.RoundToEven(v*p) / p
}

func (f *scalarFormatter) formatAll(locs []float64) []string {
	out := make([]string, len(locs))
	p := math.Pow(10, float64(f.oom))
	for i, v := range locs {
		x := (v - f.offset) / p
		if math.Abs(x) < 1e-8 {
			x = 0
		}
		out[i] = fixMinus(strconv.FormatFloat(x, 'f', f.format, 64))
	}
	return out
}

func (f *scalarFormatter) offsetText() string {
	var parts []string
	if f.offset != 0 {
		s := formatOffsetNumber(f.offset)
		if f.offset > 0 {
			s = "+" + s
		}
		parts = append(parts, s)
	}
	if f.oom != 0 {
		parts = append([]string{fmt.Sprintf("1e%d", f.oom)}, parts...)
	}
	return fixMinus(strings.Join(parts, ""))
}

// formatOffsetNumber prints an offset like matplotlib's '%1.10e' trimmed form.
func formatOffsetNumber(v float64) string {
	s := strconv.FormatFloat(v, 'e', 10, 64)
	mant, exp, _ := strings.Cut(s, "e")
	mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	e, _ := strconv.Atoi(exp)
	return fmt.Sprintf("%se%d", mant, e)
}

func fixMinus(s string) string { return strings.ReplaceAll(s, "-", unicodeMinus) }

// logTicks returns decade ticks (striding when there are many decades)
// and the 2..9 minor ticks between them.
func logTicks(vmin, vmax float64) (major, minor []float64) {
	if vmin <= 0 {
		vmin = math.Min(1e-300, vmax/10)
	}
	d0 := math.Floor(math.Log10(vmin))
	d1 := math.Ceil(math.Log10(vmax))
	stride := math.Max(1, math.Ceil((d1-d0+1)/9))
	for d := math.Floor(d0/stride) * stride; d <= d1; d += stride {
		major = append(major, math.Pow(10, d))
	}
	if stride == 1 {
		for d := d0; d <= d1; d++ {
			for k := 2.0; k <= 9; k++ {
				minor = append(minor, k*math.Pow(10, d))
			}
		}
	}
	return major, minor
}

// logLabels are mathtext powers of ten: $10^{2}$.
func logLabels(pos []float64) []string {
	out := make([]string, len(pos))
	for i, v := range pos {
		e := math.Log10(v)
		if math.Abs(e-math.Round(e)) < 1e-9 {
			out[i] = fmt.Sprintf("$10^{%d}$", int(math.Round(e)))
		} else {
			out[i] = ""
		}
	}
	return out
}
