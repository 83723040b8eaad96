package display

import (
	"encoding/json"
	"fmt"
	"math"
	"os/exec"
	"strings"
	"testing"
)

const oracle = "/usr/bin/python3"

func needOracle(t *testing.T) {
	t.Helper()
	if err := exec.Command(oracle, "-c", "import matplotlib").Run(); err != nil {
		t.Skipf("oracle %s with matplotlib not available: %v", oracle, err)
	}
}

// oracleJSON runs script in the oracle with in as JSON on stdin (nil: no
// input) and decodes the JSON the script prints into out.
func oracleJSON(t *testing.T, script string, in, out any) {
	t.Helper()
	cmd := exec.Command(oracle, "-c", script)
	if in != nil {
		js, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdin = strings.NewReader(string(js))
	}
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle failed: %v", err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("oracle output: %v\n%s", err, raw)
	}
}

// tickCase is a figure with one line plot of the given data.
type tickCase struct {
	name          string
	figW, figH    float64
	x, y          []float64
	xlim, ylim    []float64
	xscale, yscal string
}

type tickResult struct {
	XLim    [2]float64 `json:"xlim"`
	YLim    [2]float64 `json:"ylim"`
	XTicks  []float64  `json:"xticks"`
	YTicks  []float64  `json:"yticks"`
	XLabels []string   `json:"xlabels"`
	YLabels []string   `json:"ylabels"`
	XOffset string     `json:"xoffset"`
	YOffset string     `json:"yoffset"`
}

const oracleScript = `
import json, sys, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
cases = json.load(sys.stdin)
out = []
for c in cases:
    fig = plt.figure(figsize=(c["w"], c["h"]))
    ax = fig.add_subplot(111)
    ax.plot(c["x"], c["y"])
    if c["xscale"]: ax.set_xscale(c["xscale"])
    if c["yscale"]: ax.set_yscale(c["yscale"])
    if c["xlim"]: ax.set_xlim(*c["xlim"])
    if c["ylim"]: ax.set_ylim(*c["ylim"])
    fig.canvas.draw()
    r = {"xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim())}
    for a, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
        lo, hi = sorted(getattr(ax, "get_%slim" % a)())
        ticks = [t for t in axis.get_major_ticks()]
        locs = axis.get_majorticklocs()
        labels = [t.get_text() for t in axis.get_majorticklabels()]
        keep = [i for i, v in enumerate(locs) if lo - 1e-10*max(1,abs(hi-lo)) <= v <= hi + 1e-10*max(1,abs(hi-lo))]
        r[a + "ticks"] = [float(locs[i]) for i in keep]
        r[a + "labels"] = [labels[i] for i in keep]
        r[a + "offset"] = axis.get_offset_text().get_text()
    out.append(r)
    plt.close(fig)
print(json.dumps(out))
`

func linspace(a, b float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return out
}

func tickCases() []tickCase {
	exp := func(x []float64, f func(float64) float64) []float64 {
		out := make([]float64, len(x))
		for i, v := range x {
			out[i] = f(v)
		}
		return out
	}
	t30 := linspace(0, 29.9, 300)
	return []tickCase{
		{name: "exp30", figW: 6.4, figH: 4.8, x: t30, y: exp(t30, func(v float64) float64 { return 1 - math.Exp(-v/10) })},
		{name: "stdp", figW: 6.4, figH: 4.8, x: linspace(-50, 50, 100), y: exp(linspace(-50, 50, 100), func(v float64) float64 { return 0.01 * math.Sin(v/10) })},
		{name: "mV", figW: 9, figH: 4, x: linspace(0, 50, 501), y: exp(linspace(0, 50, 501), func(v float64) float64 { return -70 + 110*math.Max(0, math.Sin(v)) })},
		{name: "wide12x4", figW: 6.4 * 0.9, figH: 4, x: linspace(0, 1000, 50), y: linspace(0, 99, 50)},
		{name: "tall4x8", figW: 4, figH: 8, x: linspace(0, 30, 10), y: linspace(0, 0.0112, 10)},
		{name: "tiny", figW: 6.4, figH: 4.8, x: linspace(0, 1e-6, 10), y: linspace(1e-7, 3e-7, 10)},
		{name: "offset", figW: 6.4, figH: 4.8, x: linspace(1000, 1000.5, 10), y: linspace(100000, 100000.3, 10)},
		{name: "big", figW: 6.4, figH: 4.8, x: linspace(0, 3e7, 10), y: linspace(-5, 1234, 10)},
		{name: "negative", figW: 6.4, figH: 4.8, x: linspace(-7.3, -2.1, 10), y: linspace(-0.35, 0.2, 10)},
		{name: "limits", figW: 6.4, figH: 4.8, x: linspace(0, 1, 10), y: linspace(0, 9, 10), xlim: []float64{-0.1, 1.1}, ylim: []float64{-1, 10}},
		{name: "single", figW: 6.4, figH: 4.8, x: []float64{3}, y: []float64{0}},
		{name: "logy", figW: 6.4, figH: 4.8, x: linspace(1, 10, 10), y: exp(linspace(1, 10, 10), func(v float64) float64 { return math.Pow(10, v/2) }), yscal: "log"},
		{name: "loglog", figW: 6.4, figH: 4.8, x: linspace(0.01, 100, 50), y: linspace(1, 1000, 50), xscale: "log", yscal: "log"},
	}
}

// TestTicksMatchMatplotlib compares view limits, tick positions, labels
// and offset texts with matplotlib (Agg) for several data ranges.
func TestTicksMatchMatplotlib(t *testing.T) {
	needOracle(t)
	cases := tickCases()
	var in []map[string]any
	for _, c := range cases {
		in = append(in, map[string]any{"w": c.figW, "h": c.figH, "x": c.x, "y": c.y, "xlim": c.xlim, "ylim": c.ylim, "xscale": c.xscale, "yscale": c.yscal})
	}
	var want []tickResult
	oracleJSON(t, oracleScript, in, &want)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := resultFor(c)
			w := want[i]
			if !closeSlice(got.XLim[:], w.XLim[:]) || !closeSlice(got.YLim[:], w.YLim[:]) {
				t.Errorf("limits: got x%v y%v, want x%v y%v", got.XLim, got.YLim, w.XLim, w.YLim)
			}
			if !closeSlice(got.XTicks, w.XTicks) || !closeSlice(got.YTicks, w.YTicks) {
				t.Errorf("ticks: got x%v y%v, want x%v y%v", got.XTicks, got.YTicks, w.XTicks, w.YTicks)
			}
			if fmt.Sprint(got.XLabels) != fmt.Sprint(w.XLabels) || fmt.Sprint(got.YLabels) != fmt.Sprint(w.YLabels) {
				t.Errorf("labels: got x%q y%q, want x%q y%q", got.XLabels, got.YLabels, w.XLabels, w.YLabels)
			}
			if got.XOffset != w.XOffset || got.YOffset != w.YOffset {
				t.Errorf("offsets: got %q %q, want %q %q", got.XOffset, got.YOffset, w.XOffset, w.YOffset)
			}
		})
	}
}

func resultFor(c tickCase) tickResult {
	f := NewFigure(c.figW, c.figH, 100)
	ax, _ := f.AddSubplot(1, 1, 1)
	ax.Plot(c.x, c.y, "")
	if c.xscale != "" {
		ax.X.Scale = c.xscale
	}
	if c.yscal != "" {
		ax.Y.Scale = c.yscal
	}
	if c.xlim != nil {
		ax.SetXLim(c.xlim[0], c.xlim[1])
	}
	if c.ylim != nil {
		ax.SetYLim(c.ylim[0], c.ylim[1])
	}
	var r tickResult
	r.XLim[0], r.XLim[1] = ax.XLim()
	r.YLim[0], r.YLim[1] = ax.YLim()
	xt, yt := ax.tickSetFor(true), ax.tickSetFor(false)
	r.XTicks, r.XLabels, r.XOffset = xt.pos, mathLabels(xt.labels), xt.offset
	r.YTicks, r.YLabels, r.YOffset = yt.pos, mathLabels(yt.labels), yt.offset
	return r
}

// mathLabels rewrites our "$10^{2}$" to matplotlib's "$\mathdefault{10^{2}}$".
func mathLabels(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		if strings.HasPrefix(l, "$10^{") {
			l = `$\mathdefault{` + strings.TrimSuffix(strings.TrimPrefix(l, "$"), "$") + `}$`
		}
		out[i] = l
	}
	return out
}

func closeSlice(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}
