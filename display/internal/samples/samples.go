// Package samples builds display figures equivalent to the Brian
// tutorials' plots on synthetic data, for tests and the figcompare page.
package samples

import (
	"math"
	"math/rand"

	"github.com/gobrian/gobrian/display"
)

// Sample is one figure with the reference PNG it imitates.
type Sample struct {
	Name      string // reference file stem, e.g. "1-intro-to-brian-neurons-cell16-fig1"
	Figure    *display.Figure
	Reference string // file name under reference/figures
}

func linspace(a, b float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return out
}

func mapf(x []float64, f func(float64) float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = f(v)
	}
	return out
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// lif returns a leaky integrate-and-fire trace and its spike times.
func lif(tau, dur, thresh, refr float64) (t, v, spikes []float64) {
	dt := 0.1
	x, last := 0.0, -1e9
	for ti := 0.0; ti < dur; ti += dt {
		t = append(t, ti)
		v = append(v, x)
		if ti-last >= refr {
			x += dt * (1 - x) / tau
		}
		if thresh > 0 && x > thresh {
			x = 0
			last = ti
			spikes = append(spikes, ti)
		}
	}
	return
}

// All returns the tutorial-like figures.
func All() []Sample {
	rng := rand.New(rand.NewSource(1))
	var out []Sample
	add := func(name string, f *display.Figure) {
		out = append(out, Sample{Name: name, Figure: f, Reference: name + ".png"})
	}
	{ // exponential approach with legend
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		t := linspace(0, 29.9, 300)
		l := must(ax.Plot(t, mapf(t, func(x float64) float64 { return 1 - math.Exp(-x/10) }), "C0"))
		l.Label = "Brian"
		l2 := must(ax.Plot(t, mapf(t, func(x float64) float64 { return 1 - math.Exp(-x/10) }), "C1--"))
		l2.Label = "Analytic"
		ax.X.Label, ax.Y.Label = "Time (ms)", "v"
		ax.SetLegend(&display.Legend{Frame: true})
		add("1-intro-to-brian-neurons-cell16-fig1", f)
	}
	{ // sine-driven decay
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		t := linspace(0, 59.9, 600)
		v := make([]float64, len(t))
		x := 5.0
		for i, ti := range t {
			v[i] = x
			x += 0.1 * (math.Sin(2*math.Pi*0.1*ti) - x) / 10
		}
		must(ax.Plot(t, v, ""))
		ax.X.Label, ax.Y.Label = "Time (ms)", "v"
		add("1-intro-to-brian-neurons-cell17-fig1", f)
	}
	{ // threshold, spikes as axvlines, refractory and threshold axhline
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		t, v, sp := lif(5, 50, 0.8, 15)
		must(ax.Plot(t, v, ""))
		for _, s := range sp {
			l := ax.AxVLine(s, 0, 1)
			l.Style, l.Width = "--", 3
			l.SetColor(display.CycleColor(1))
		}
		h := ax.AxHLine(0.8, 0, 1)
		h.Style, h.Width = ":", 3
		h.SetColor(display.CycleColor(2))
		ax.X.Label, ax.Y.Label = "Time (ms)", "v"
		add("1-intro-to-brian-neurons-cell22-fig1", f)
	}
	{ // raster '.k'
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		var st, si []float64
		for i := 0; i < 100; i++ {
			ph := rng.Float64() * 10
			for t := ph; t < 50; t += 7 {
				st, si = append(st, t), append(si, float64(i))
			}
		}
		must(ax.Plot(st, si, ".k"))
		ax.X.Label, ax.Y.Label = "Time (ms)", "Neuron index"
		add("1-intro-to-brian-neurons-cell23-fig1", f)
	}
	{ // two panels 12x4
		f := display.NewFigure(12, 4, 0)
		ax := must(f.AddSubplot(1, 2, 1))
		var st, si []float64
		for i := 0; i < 100; i++ {
			rate := math.Max(0, float64(i)/99*3-1) * 40
			for t := rng.Float64() * 20; rate > 0 && t < 1000; t += 1000 / rate {
				st, si = append(st, t), append(si, float64(i))
			}
		}
		must(ax.Plot(st, si, ".k"))
		ax.X.Label, ax.Y.Label = "Time (ms)", "Neuron index"
		ax2 := must(f.AddSubplot(1, 2, 2))
		v0 := linspace(0, 3, 100)
		must(ax2.Plot(v0, mapf(v0, func(x float64) float64 {
			if x <= 1 {
				return 0
			}
			return 1000 / (5 + 10*math.Log(x/(x-1)))
		}), ""))
		ax2.X.Label, ax2.Y.Label = "v0", "Firing rate (sp/s)"
		add("1-intro-to-brian-neurons-cell24-fig1", f)
	}
	{ // stepfilled histogram with weights
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		var data, w []float64
		for i := 0; i < 5000; i++ {
			data = append(data, math.Abs(rng.NormFloat64())*30+rng.Float64()*40)
			w = append(w, 10)
		}
		black, _ := display.ParseColor("k")
		must3(ax.Hist(data, display.HistOptions{Bins: 100, HistType: "stepfilled", Face: &black, Weights: w, Alpha: -1}))
		ax.X.Label, ax.Y.Label = "Time (ms)", "Instantaneous firing rate (sp/s)"
		add("1-intro-to-brian-neurons-cell26-fig1", f)
	}
	{ // connectivity 10x4 with xticks labels and suptitle
		f := display.NewFigure(10, 4, 0)
		ax := must(f.AddSubplot(1, 2, 1))
		l := must(ax.Plot(make([]float64, 10), linspace(0, 9, 10), "ok"))
		l.MarkerSize = 10
		l = must(ax.Plot([]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, linspace(0, 9, 10), "ok"))
		l.MarkerSize = 10
		for i := 0; i < 10; i++ {
			for j := 0; j < 10; j++ {
				if i != j && rng.Float64() < 0.1 {
					must(ax.Plot([]float64{0, 1}, []float64{float64(i), float64(j)}, "-k"))
				}
			}
		}
		ax.X.Ticks, ax.X.TickLabels = []float64{0, 1}, []string{"Source", "Target"}
		ax.Y.Label = "Neuron index"
		ax.SetXLim(-0.1, 1.1)
		ax.SetYLim(-1, 10)
		ax2 := must(f.AddSubplot(1, 2, 2))
		var si, sj []float64
		for i := 0; i < 10; i++ {
			for j := 0; j < 10; j++ {
				if i != j && rng.Float64() < 0.1 {
					si, sj = append(si, float64(i)), append(sj, float64(j))
				}
			}
		}
		must(ax2.Plot(si, sj, "ok"))
		ax2.SetXLim(-1, 10)
		ax2.SetYLim(-1, 10)
		ax2.X.Label, ax2.Y.Label = "Source neuron index", "Target neuron index"
		f.SetSuptitle("p = 0.1")
		add("2-intro-to-brian-synapses-cell07-fig1", f)
	}
	{ // scatter with sizes
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		var x, y, s []float64
		width := 30 / 4.0 * 50
		for i := 0; i < 30; i++ {
			for j := 0; j < 30; j++ {
				if i != j {
					xi, xj := float64(i)*50, float64(j)*50
					x, y = append(x, xi), append(y, xj)
					s = append(s, 20*math.Exp(-(xi-xj)*(xi-xj)/(2*width*width)))
				}
			}
		}
		ax.Scatter(x, y, s)
		ax.X.Label, ax.Y.Label = "Source neuron position (um)", "Target neuron position (um)"
		add("2-intro-to-brian-synapses-cell11-fig1", f)
	}
	{ // STDP window with mathtext label and axhline
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		dt := linspace(-50, 50, 100)
		w := mapf(dt, func(x float64) float64 {
			if x > 0 {
				return 0.01 * math.Exp(-x/20)
			}
			return -0.0105 * math.Exp(x/20)
		})
		must(ax.Plot(dt, w, ""))
		ax.X.Label, ax.Y.Label = `$\Delta t$ (ms)`, "W"
		h := ax.AxHLine(0, 0, 1)
		h.SetColor(display.CycleColor(0))
		k, _ := display.ParseColor("k")
		h.SetColor(k)
		add("2-intro-to-brian-synapses-cell12-fig1", f)
	}
	{ // 4x8 two rows with legends
		f := display.NewFigure(4, 8, 0)
		ax := must(f.AddSubplot(2, 1, 1))
		t := linspace(0, 29.9, 300)
		a := mapf(t, func(x float64) float64 {
			if x < 10 {
				return 0
			}
			return 0.01 * math.Exp(-(x-10)/20)
		})
		b := mapf(t, func(x float64) float64 {
			if x < 20 {
				return 0
			}
			return -0.0105 * math.Exp(-(x-20)/20)
		})
		l := must(ax.Plot(t, a, ""))
		l.Label = "apre"
		l = must(ax.Plot(t, b, ""))
		l.Label = "apost"
		ax.SetLegend(&display.Legend{Frame: true})
		ax2 := must(f.AddSubplot(2, 1, 2))
		wv := mapf(t, func(x float64) float64 {
			if x < 20 {
				return 0
			}
			return 0.0060
		})
		l = must(ax2.Plot(t, wv, ""))
		l.Label = "w"
		ax2.SetLegend(&display.Legend{Frame: true, Loc: "best"})
		ax2.X.Label = "Time (ms)"
		add("2-intro-to-brian-synapses-cell14-fig1", f)
	}
	{ // tau sweep with errorbar
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		tau := linspace(1, 10, 30)
		mu := mapf(tau, func(x float64) float64 {
			if x < 2 {
				return math.NaN()
			}
			return 200 / x
		})
		sd := mapf(mu, func(x float64) float64 { return x * 0.4 })
		if _, _, err := ax.ErrorBar(tau, mu, nil, nil, sd, sd, "", 0); err != nil {
			panic(err)
		}
		ax.X.Label, ax.Y.Label = `$\tau$ (ms)`, "Interspike interval (ms)"
		add("3-intro-to-brian-simulations-cell06-fig1", f)
	}
	{ // HH trace 9x4
		f := display.NewFigure(9, 4, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		for l := 0; l < 5; l++ {
			v := ax.AxVLine(float64(l*10), 0, 1)
			v.Style = "--"
			k, _ := display.ParseColor("k")
			v.SetColor(k)
		}
		h := ax.AxHLine(-65, 0, 1)
		lg, _ := display.ParseColor("lightgray")
		h.SetColor(lg)
		h.Width = 3
		t := linspace(0, 50, 5000)
		v := mapf(t, func(x float64) float64 {
			ph := math.Mod(x, 7)
			if ph < 0.4 {
				return -65 + 110*math.Sin(ph/0.4*math.Pi)
			}
			return -70 + 5*math.Exp(-(ph-0.4))
		})
		must(ax.Plot(t, v, "-b"))
		must(ax.Plot([]float64{0.2, 7.2, 14.2}, []float64{45, 45, 45}, "ob"))
		ax.X.Label, ax.Y.Label = "Time (ms)", "v (mV)"
		add("3-intro-to-brian-simulations-cell07-fig1", f)
	}
	{ // v and I with legend best
		f := display.NewFigure(0, 0, 0)
		ax := must(f.AddSubplot(1, 1, 1))
		t := linspace(0, 199.9, 2000)
		I := mapf(t, func(x float64) float64 { return 2.5 * math.Sin(2*math.Pi*x/100) })
		v := make([]float64, len(t))
		x := 0.0
		for i := range t {
			v[i] = x
			x += 0.1 * (I[i] - x) / 5
			if x > 1 {
				x = 0
			}
		}
		l := must(ax.Plot(t, v, ""))
		l.Label = "v"
		l = must(ax.Plot(t, I, ""))
		l.Label = "I"
		ax.X.Label, ax.Y.Label = "Time (ms)", "v"
		ax.SetLegend(&display.Legend{Frame: true, Loc: "best"})
		add("3-intro-to-brian-simulations-cell13-fig1", f)
	}
	return out
}

func must3[A, B, C any](a A, b B, c C, err error) {
	if err != nil {
		panic(err)
	}
}
