package display

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
)

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func TestPlotColorCycleAndFormats(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	var got []string
	for _, fm := range []string{"", "", "C1--", ".k", "", "ob", ":"} {
		l, err := ax.Plot([]float64{0, 1}, []float64{0, 1}, fm)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %q", hex(l.Color), l.Style, l.Marker))
	}
	want := []string{
		`#1f77b4 - ""`, `#ff7f0e - ""`, `#ff7f0e -- ""`, `#000000 None "."`,
		`#2ca02c - ""`, `#0000ff None "o"`, `#d62728 : ""`,
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines:\n got %q\nwant %q", got, want)
	}
	if _, err := ParseFmt("qq"); err == nil {
		t.Error("ParseFmt accepted 'qq'")
	}
}

func TestParseColor(t *testing.T) {
	cases := map[string]string{
		"k": "#000000", "C3": "#d62728", "lightgray": "#d3d3d3", "tab:orange": "#ff7f0e",
		"#abc": "#aabbcc", "0.8": "#cccccc", "Red": "#ff0000", "c": "#00bfbf",
	}
	for in, want := range cases {
		c, err := ParseColor(in)
		if err != nil || hex(c) != want {
			t.Errorf("ParseColor(%q) = %s, %v; want %s", in, hex(c), err, want)
		}
	}
	for _, bad := range []string{"notacolor", "#12", "1.5", ""} {
		if _, err := ParseColor(bad); err == nil {
			t.Errorf("ParseColor(%q) accepted", bad)
		}
	}
}

// TestAutoscaleMarginsAndSticky: 5% margins, bars stick to zero, axvline
// widens x only.
func TestAutoscaleMarginsAndSticky(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	ax.Plot([]float64{0, 10}, []float64{2, 4}, "")
	ax.AxVLine(20, 0, 1)
	x0, x1 := ax.XLim()
	y0, y1 := ax.YLim()
	if math.Abs(x0+1) > 1e-12 || math.Abs(x1-21) > 1e-12 || math.Abs(y0-1.9) > 1e-12 || math.Abs(y1-4.1) > 1e-12 {
		t.Errorf("limits x(%g, %g) y(%g, %g), want x(-1, 21) y(1.9, 4.1)", x0, x1, y0, y1)
	}
	f2 := NewFigure(0, 0, 0)
	ax2, _ := f2.AddSubplot(1, 1, 1)
	ax2.Hist([]float64{1, 2, 2, 3}, HistOptions{Bins: 2, Alpha: -1})
	if y0, _ := ax2.YLim(); y0 != 0 {
		t.Errorf("histogram y limit starts at %g, want 0 (sticky edge)", y0)
	}
}

func TestLegendEntries(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	l1, _ := ax.Plot([]float64{0, 1}, []float64{0, 1}, "")
	l1.Label = "Brian"
	l2, _ := ax.Plot([]float64{0, 1}, []float64{1, 0}, "")
	l2.Label = "_hidden"
	_, _, p, _ := ax.Hist([]float64{0.2, 0.4}, HistOptions{Bins: 2, Label: "counts", Alpha: -1})
	ax.SetLegend(&Legend{Frame: true})
	var labels []string
	for _, e := range ax.Legend.Entries {
		labels = append(labels, e.Label)
	}
	if strings.Join(labels, ",") != "Brian,counts" || ax.Legend.Entries[1].Handle != p {
		t.Errorf("legend entries %q", labels)
	}
}

// TestBestLegendAvoidsData: data along the top pushes the legend to the
// first free candidate, lower left, as matplotlib's 'best' does.
func TestBestLegendAvoidsData(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	x := linspace(0, 1, 200)
	y := make([]float64, len(x))
	for i := range y {
		y[i] = 1
	}
	y[len(y)/2] = 0
	l, _ := ax.Plot(x, y, "")
	l.Label = "sqrt"
	ax.SetLegend(&Legend{Frame: true})
	if got := ax.bestLegendLoc(ax.xform(), 60, 20, 10); got != "lower left" {
		t.Errorf("best location %q, want lower left", got)
	}
}

// TestHistogramMatchesNumpy compares counts with numpy.histogram,
// including values on bin edges and the closed last bin.
func TestHistogramMatchesNumpy(t *testing.T) {
	needOracle(t)
	data := []float64{0, 0.1, 0.5, 1, 1.5, 2, 2, 2.5, 3, 3, 7.25, 10}
	counts, edges, err := Histogram(data, HistOptions{Bins: 7})
	if err != nil {
		t.Fatal(err)
	}
	var want [2][]float64
	oracleJSON(t, "import json,sys,numpy as np; c,e=np.histogram(json.load(sys.stdin),7); print(json.dumps([c.tolist(), e.tolist()]))", data, &want)
	if !closeSlice(counts, want[0]) || !closeSlice(edges, want[1]) {
		t.Errorf("histogram %v %v, numpy %v %v", counts, edges, want[0], want[1])
	}
}

func TestMathtextRuns(t *testing.T) {
	runs := parseLabel(`$\Delta t$ (ms)`, false)
	var got []string
	for _, r := range runs {
		got = append(got, fmt.Sprintf("%s/%d/%.1f", r.s, r.style, r.dy))
	}
	want := "Δ/0/0.0|t/1/0.0| (ms)/0/0.0"
	if strings.Join(got, "|") != want {
		t.Errorf("runs %q, want %q", strings.Join(got, "|"), want)
	}
	runs = parseLabel(`$\tau_{m}^2 \mathrm{ms}$`, false)
	if len(runs) < 4 || runs[1].dy >= 0 || runs[2].dy <= 0 || runs[3].style != styleRegular {
		t.Errorf("sub/superscripts: %+v", runs)
	}
	// Malformed input never panics.
	for _, s := range []string{"$", "$$", `$\frac{$`, `$^_{}$`, `$\unknown{x}$`, `$a_$`, `$}}{{$`, `\$5`} {
		_ = parseLabel(s, false)
	}
}

// TestSVGStructure checks the SVG is well-formed XML with the expected
// text and shapes.
func TestSVGStructure(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	ax.Plot([]float64{0, 1, 2}, []float64{0, 1, 4}, "o-")
	ax.X.Label = "Time (ms)"
	ax.Title.S = "T & <x>"
	svg, err := f.SVG()
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	paths := 0
	var width string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "path":
				paths++
			case "svg":
				for _, a := range el.Attr {
					if a.Name.Local == "width" {
						width = a.Value
					}
				}
			case "text":
				var s string
				dec.DecodeElement(&s, &el)
				texts = append(texts, s)
			}
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"Time (ms)", "T & <x>", "0.0", "0.5", "2.0", "4"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG texts %q lack %q", all, want)
		}
	}
	if paths < 10 {
		t.Errorf("only %d paths", paths)
	}
	wpt, err := strconv.ParseFloat(strings.TrimSuffix(width, "pt"), 64)
	if err != nil || wpt < 380 || wpt > 420 {
		t.Errorf("svg width %q, want about 395pt (tight bbox)", width)
	}
}

func TestPNGSizeAndPixels(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	l, _ := ax.Plot([]float64{0, 1}, []float64{0.5, 0.5}, "")
	l.Width = 10
	ax.X.Label, ax.Y.Label = "Time (ms)", "v"
	b, err := f.PNG(0)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	if w < 540 || w > 600 || h < 420 || h > 445 {
		t.Errorf("tight PNG %dx%d, want about 567x432", w, h)
	}
	// The thick C0 line crosses the middle column about half-way up.
	found := -1
	for y := 0; y < h; y++ {
		r, g, bl, _ := img.At(w/2, y).RGBA()
		if r>>8 == 0x1f && g>>8 == 0x77 && bl>>8 == 0xb4 {
			found = y
			break
		}
	}
	if found < h/3 || found > h/2 {
		t.Errorf("C0 line found at row %d of %d", found, h)
	}
	full, err := f.RenderImage(100, false)
	if err != nil || full.Bounds().Dx() != 640 || full.Bounds().Dy() != 480 {
		t.Errorf("untight render %v %v", full.Bounds(), err)
	}
}

// TestLogAxesMaskNonPositive: zeros and negatives on log axes are
// dropped from limits and drawing, never a panic.
func TestLogAxesMaskNonPositive(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	ax.Y.Scale = "log"
	ax.X.Scale = "log"
	ax.Plot([]float64{-1, 0, 1, 10, 100}, []float64{0, -5, 1, 100, 1e4}, "o-")
	y0, y1 := ax.YLim()
	if !(y0 > 0 && y0 < 1 && y1 > 1e4) {
		t.Errorf("log y limits (%g, %g)", y0, y1)
	}
	if _, err := f.PNG(0); err != nil {
		t.Fatal(err)
	}
	empty := NewFigure(0, 0, 0)
	e, _ := empty.AddSubplot(1, 1, 1)
	e.Y.Scale = "log"
	e.Plot([]float64{1, 2}, []float64{0, 0}, "")
	if _, err := empty.PNG(0); err != nil {
		t.Fatal(err)
	}
}

func TestImshowColorbarRenders(t *testing.T) {
	f := NewFigure(0, 0, 0)
	ax, _ := f.AddSubplot(1, 1, 1)
	data := make([]float64, 12)
	for i := range data {
		data[i] = float64(i)
	}
	cm, err := LookupColormap("hot")
	if err != nil {
		t.Fatal(err)
	}
	im := ax.ImShow(&Image{Rows: 3, Cols: 4, Data: data, Channels: 1, Cmap: cm, Origin: "upper", Alpha: -1}, true)
	f.Colorbar(ax, cm, im.Vmin, im.Vmax)
	x0, x1 := ax.XLim()
	y0, y1 := ax.YLim()
	if x0 != -0.5 || x1 != 3.5 || y0 != 2.5 || y1 != -0.5 {
		t.Errorf("imshow limits x(%g,%g) y(%g,%g)", x0, x1, y0, y1)
	}
	if _, err := f.PNG(0); err != nil {
		t.Fatal(err)
	}
	if _, err := LookupColormap("nope"); err == nil {
		t.Error("unknown colormap accepted")
	}
}

// TestTightLayoutMatchesMatplotlib compares the subplot parameters that
// tight_layout chooses for a labelled 2×2 grid.
func TestTightLayoutMatchesMatplotlib(t *testing.T) {
	needOracle(t)
	f := NewFigure(8, 6, 100)
	for i := 1; i <= 4; i++ {
		ax, _ := f.AddSubplot(2, 2, i)
		ax.Plot([]float64{0, 1000}, []float64{0, 0.01}, "")
		ax.X.Label, ax.Y.Label = "Time (ms)", "Voltage"
		ax.Title.S = "Title"
	}
	if err := f.ApplyTightLayout(); err != nil {
		t.Fatal(err)
	}
	var want []float64
	oracleJSON(t, `
import json, matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
fig, axs = plt.subplots(2, 2, figsize=(8, 6))
for ax in axs.flat:
    ax.plot([0, 1000], [0, 0.01]); ax.set_xlabel('Time (ms)'); ax.set_ylabel('Voltage'); ax.set_title('Title')
fig.tight_layout()
p = fig.subplotpars
print(json.dumps([p.left, p.right, p.bottom, p.top, p.wspace, p.hspace]))`, nil, &want)
	got := []float64{f.Left, f.Right, f.Bottom, f.Top, f.WSpace, f.HSpace}
	for i := range got {
		if math.Abs(got[i]-want[i]) > 0.01 {
			t.Errorf("subplot params %.4f, matplotlib %.4f", got, want)
			break
		}
	}
}
