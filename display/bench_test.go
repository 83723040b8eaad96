package display

import (
	"math"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"
)

// benchCase is one of the speed targets.
type benchCase struct {
	name string
	// plot draws into the one Axes of a default figure; rng is seeded 0.
	plot func(ax *Axes, rng *rand.Rand)
	// python builds the same figure as fig in matplotlib (numpy as np,
	// plt imported, rng = np.random.default_rng(0)).
	python string
}

func noisy(rng *rand.Rand, n int) []float64 {
	y := make([]float64, n)
	v := 0.0
	for i := range y {
		v += rng.NormFloat64()
		y[i] = v
	}
	return y
}

func benchCases() []benchCase {
	return []benchCase{
		{"10 lines x 1000", func(ax *Axes, rng *rand.Rand) {
			for i := 0; i < 10; i++ {
				ax.Plot(linspace(0, 1, 1000), noisy(rng, 1000), "")
			}
		}, "fig = plt.figure()\nfor i in range(10): plt.plot(np.linspace(0, 1, 1000), np.cumsum(rng.standard_normal(1000)))"},
		{"1 line x 10000", func(ax *Axes, rng *rand.Rand) {
			ax.Plot(linspace(0, 1, 10000), noisy(rng, 10000), "")
		}, "fig = plt.figure()\nplt.plot(np.linspace(0, 1, 10000), np.cumsum(rng.standard_normal(10000)))"},
		{"raster 100000 spikes", func(ax *Axes, rng *rand.Rand) {
			t := make([]float64, 100000)
			i := make([]float64, 100000)
			for k := range t {
				t[k] = rng.Float64() * 1000
				i[k] = float64(rng.Intn(1000))
			}
			ax.Plot(t, i, ".k")
		}, "fig = plt.figure()\nplt.plot(rng.random(100000) * 1000, rng.integers(0, 1000, 100000), '.k')"},
		{"hist 1e6 values", func(ax *Axes, rng *rand.Rand) {
			d := make([]float64, 1000000)
			for k := range d {
				d[k] = rng.NormFloat64()
			}
			ax.Hist(d, HistOptions{Bins: 100, HistType: "bar", Alpha: -1})
		}, "fig = plt.figure()\nplt.hist(rng.standard_normal(1000000), bins=100)"},
	}
}

// build makes the case's figure afresh.
func (b benchCase) build() *Figure {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	b.plot(ax, rand.New(rand.NewSource(0)))
	return f
}

// timeOurs builds and renders (tight PNG) the figure, best of n runs.
func timeOurs(b benchCase, n int) time.Duration {
	best := time.Duration(math.MaxInt64)
	for i := 0; i < n; i++ {
		start := time.Now()
		if _, err := b.build().PNG(0); err != nil {
			panic(err)
		}
		best = min(best, time.Since(start))
	}
	return best
}

const benchPython = `
import io, json, sys, time
import numpy as np, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
cases = json.load(sys.stdin)
out = []
for src in cases:
    best = 1e9
    for _ in range(5):
        rng = np.random.default_rng(0)
        t0 = time.perf_counter()
        exec(src)
        buf = io.BytesIO()
        plt.gcf().savefig(buf, format="png", bbox_inches="tight")
        plt.close("all")
        best = min(best, time.perf_counter() - t0)
    out.append(best)
print(json.dumps(out))
`

// TestSpeedVsMatplotlib times each speed target here and in matplotlib
// (Agg, tight PNG like the inline backend) in one run and reports the
// ratios. Set DISPLAY_BENCH=1 to run it; it fails below 2x faster.
func TestSpeedVsMatplotlib(t *testing.T) {
	if os.Getenv("DISPLAY_BENCH") == "" {
		t.Skip("set DISPLAY_BENCH=1 to compare speed with matplotlib")
	}
	needOracle(t)
	cases := benchCases()
	var srcs []string
	for _, c := range cases {
		srcs = append(srcs, c.python)
	}
	var theirs []float64
	oracleJSON(t, benchPython, srcs, &theirs)
	for i, c := range cases {
		ours := timeOurs(c, 5).Seconds()
		ratio := theirs[i] / ours
		t.Logf("%-22s gobrian %7.1f ms   matplotlib %7.1f ms   %.1fx faster", c.name, ours*1000, theirs[i]*1000, ratio)
		if ratio < 2 {
			t.Errorf("%s: only %.2fx faster than matplotlib (target 2x)", c.name, ratio)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := c.build().PNG(0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
