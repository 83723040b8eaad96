package matplotlib_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/matplotlib"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

// recorder is an interp.Output that keeps everything a cell produced.
type recorder struct {
	stdout, stderr strings.Builder
	displays       []display
}

type display struct {
	data map[string]string
	meta map[string]any
}

func (r *recorder) Stream(name, text string) {
	if name == "stdout" {
		r.stdout.WriteString(text)
	} else {
		r.stderr.WriteString(text)
	}
}

func (r *recorder) Display(data map[string]string, meta map[string]any, id string, update bool) {
	r.displays = append(r.displays, display{data, meta})
}
func (r *recorder) ClearOutput(bool) {}
func (r *recorder) Input(context.Context, string, bool) (string, error) {
	return "", nil
}

func newSession() *interp.Session {
	mods := map[string]interp.ModuleLoader{"numpy": numpy.Load}
	for k, v := range matplotlib.Loaders() {
		mods[k] = v
	}
	return interp.NewSession(interp.Options{Modules: mods})
}

// run executes one cell and fails the test on a Python error.
func run(t *testing.T, s *interp.Session, src string) *recorder {
	t.Helper()
	out := &recorder{}
	res := s.Execute(context.Background(), src, out, interp.ExecOptions{CellName: "<cell>"})
	if res.Error != nil {
		t.Fatalf("cell raised %s: %s\n%s", res.Error.Ename, res.Error.Evalue, strings.Join(res.Error.Traceback, "\n"))
	}
	return out
}

func pngSize(t *testing.T, b64 string) (int, int) {
	t.Helper()
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("image/png is not base64: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("image/png does not decode: %v", err)
	}
	return img.Bounds().Dx(), img.Bounds().Dy()
}

// TestInlineFlushAtCellEnd: a cell that plots sends one PNG at its end,
// like the inline backend, and the next cell starts with no figure.
func TestInlineFlushAtCellEnd(t *testing.T) {
	s := newSession()
	out := run(t, s, "import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 4])\nplt.xlabel('Time (ms)')\nplt.ylabel('v');\n")
	if len(out.displays) != 1 {
		t.Fatalf("got %d displays, want 1", len(out.displays))
	}
	d := out.displays[0]
	if d.data["text/plain"] != "<Figure size 640x480 with 1 Axes>" {
		t.Errorf("text/plain = %q", d.data["text/plain"])
	}
	w, h := pngSize(t, d.data["image/png"])
	if w < 480 || w > 650 || h < 367 || h > 497 {
		t.Errorf("PNG is %dx%d, want about 567x432 (tight bbox)", w, h)
	}
	out = run(t, s, "x = 1\n")
	if len(out.displays) != 0 {
		t.Errorf("quiet cell displayed %d figures", len(out.displays))
	}
	out = run(t, s, "print(plt.get_fignums())\n")
	if got := out.stdout.String(); got != "[]\n" {
		t.Errorf("figures left open after flush: %s", got)
	}
}

// TestFiguresInCreationOrder: two figures in one cell are sent in order,
// with their own sizes and Axes counts.
func TestFiguresInCreationOrder(t *testing.T) {
	s := newSession()
	out := run(t, s, `import matplotlib.pyplot as plt
plt.figure(figsize=(12, 4))
plt.subplot(121)
plt.plot([1, 2])
plt.subplot(122)
plt.plot([2, 1])
plt.figure()
plt.plot([3, 4])
`)
	if len(out.displays) != 2 {
		t.Fatalf("got %d displays, want 2", len(out.displays))
	}
	want := []string{"<Figure size 1200x400 with 2 Axes>", "<Figure size 640x480 with 1 Axes>"}
	for i, d := range out.displays {
		if d.data["text/plain"] != want[i] {
			t.Errorf("display %d: %q, want %q", i, d.data["text/plain"], want[i])
		}
	}
}

// TestShowSendsImmediately: show() displays during the cell and nothing
// is left for the end-of-cell flush.
func TestShowSendsImmediately(t *testing.T) {
	s := newSession()
	out := run(t, s, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()\nprint('after')\n")
	if len(out.displays) != 1 {
		t.Fatalf("got %d displays, want 1", len(out.displays))
	}
	if out.stdout.String() != "after\n" {
		t.Errorf("stdout %q", out.stdout.String())
	}
}

func TestSVGAndRetinaFormats(t *testing.T) {
	s := newSession()
	s.SetConfig("InlineBackend.figure_formats", "['svg']")
	out := run(t, s, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\n")
	if len(out.displays) != 1 {
		t.Fatalf("got %d displays", len(out.displays))
	}
	svg := out.displays[0].data["image/svg+xml"]
	if !strings.Contains(svg, "<svg") || out.displays[0].data["image/png"] != "" {
		t.Fatalf("want only SVG, got keys %v", keys(out.displays[0].data))
	}
	if err := wellFormed(svg); err != nil {
		t.Errorf("SVG is not well-formed XML: %v", err)
	}
	s2 := newSession()
	run(t, s2, "import matplotlib.pyplot as plt\n")
	th := s2.NewThread(context.Background(), &recorder{})
	if err := matplotlib.SetFormats(th, "retina"); err != nil {
		t.Fatal(err)
	}
	out = run(t, s2, "plt.plot([1, 2, 3])\n")
	d := out.displays[0]
	w, h := pngSize(t, d.data["image/png"])
	meta, _ := d.meta["image/png"].(map[string]any)
	if meta == nil || meta["width"] != w/2 || meta["height"] != h/2 {
		t.Errorf("retina PNG %dx%d with metadata %v, want half-size width/height", w, h, d.meta)
	}
	if w < 1000 {
		t.Errorf("retina PNG only %d px wide", w)
	}
}

func wellFormed(doc string) error {
	dec := xml.NewDecoder(strings.NewReader(doc))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestFiguresDir: under `gobrian run --figures DIR` every shown figure is
// also written as fig-001.png, fig-002.png, ...
func TestFiguresDir(t *testing.T) {
	dir := t.TempDir()
	s := newSession()
	s.SetConfig("gobrian.figures_dir", dir)
	run(t, s, "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\nplt.plot([2, 1])\n")
	for _, name := range []string{"fig-001.png", "fig-002.png"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("missing %s: %v", name, err)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s does not decode: %v", name, err)
		}
	}
}

// TestSubplotsGridAndMethods exercises the object API: subplots grid
// indexing, Axes methods, savefig.
func TestSubplotsGridAndMethods(t *testing.T) {
	dir := t.TempDir()
	s := newSession()
	out := run(t, s, `import matplotlib.pyplot as plt
fig, axs = plt.subplots(2, 2, figsize=(8, 6), sharex=True)
print(axs.shape, len(axs))
axs[0, 0].plot([1, 2, 3], [1, 4, 9], 'o-', label='sq')
axs[0, 0].legend(loc='upper left', frameon=False)
axs[1, 1].set_xlabel('x')
axs[1, 1].set_title('T')
axs[1][0].hist([1, 2, 2, 3, 3, 3], bins=3)
axs[0, 1].set_xlim(0, 10)
print(axs[1, 1].get_xlim())
for row in axs:
    for ax in row:
        ax.grid(True)
print(axs[1, 1])
fig.savefig('`+dir+`/out.png')
fig.savefig('`+dir+`/out.svg')
`)
	_ = out
	if got := out.stdout.String(); got != "(2, 2) 2\n(0.0, 10.0)\n<AxesSubplot:title={'center': 'T'}, xlabel='x'>\n" {
		t.Errorf("stdout:\n%s", got)
	}
	for _, f := range []string{"out.png", "out.svg"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() < 1000 {
			t.Errorf("savefig %s: %v", f, err)
		}
	}
}

// TestHistReturnsArrays: hist returns counts and edges as arrays.
func TestHistReturnsArrays(t *testing.T) {
	s := newSession()
	out := run(t, s, `import matplotlib.pyplot as plt
n, edges, patches = plt.hist([0.5, 1.5, 1.7, 2.5, 2.6, 2.9], bins=3, range=(0, 3))
print(list(n), list(edges))
`)
	if got := out.stdout.String(); got != "[1.0, 2.0, 3.0] [0.0, 1.0, 2.0, 3.0]\n" {
		t.Errorf("hist printed %q", got)
	}
}

// TestBadInputRaisesPythonErrors: wrong arguments give Python exceptions.
func TestBadInputRaisesPythonErrors(t *testing.T) {
	cases := map[string]string{
		"plt.plot([1, 2], [1, 2, 3])":           "ValueError",
		"plt.plot([1, 2], 'qq')":                "ValueError",
		"plt.legend(loc='nowhere')":             "ValueError",
		"plt.subplot(0)":                        "ValueError",
		"plt.plot([1], color='nocol')":          "ValueError",
		"plt.xscale('weird')":                   "ValueError",
		"plt.hist([1, 2], bins=0)":              "ValueError",
		"plt.savefig('/nonexistent/dir/x.png')": "FileNotFoundError",
	}
	for src, want := range cases {
		s := newSession()
		res := s.Execute(context.Background(), "import matplotlib.pyplot as plt\n"+src+"\n", &recorder{}, interp.ExecOptions{CellName: "<cell>"})
		if res.Error == nil || res.Error.Ename != want {
			t.Errorf("%s: got %+v, want %s", src, res.Error, want)
		}
	}
}

// TestLogScaleNonPositive: log axes mask non-positive values, never panic.
func TestLogScaleNonPositive(t *testing.T) {
	s := newSession()
	out := run(t, s, "import matplotlib.pyplot as plt\nplt.semilogy([0, 1, 2, 3], [0, -1, 10, 100])\nplt.loglog([0, 1], [0, 0])\n")
	if len(out.displays) != 1 || out.displays[0].data["image/png"] == "" {
		t.Fatalf("no PNG for log plot: %+v", out.displays)
	}
}

// TestPylabSharesPyplotState: pylab and pyplot see the same figures, and
// only one inline flush happens.
func TestPylabSharesPyplotState(t *testing.T) {
	s := newSession()
	out := run(t, s, "import pylab\nimport matplotlib.pyplot as plt\npylab.figure(7)\nplt.plot([1, 2])\nprint(plt.get_fignums(), pylab.gcf() is plt.gcf())\n")
	if got := out.stdout.String(); got != "[7] True\n" {
		t.Errorf("stdout %q", got)
	}
	if len(out.displays) != 1 {
		t.Errorf("%d displays, want 1", len(out.displays))
	}
}

// TestImreadMatchesMatplotlib: imread gives matplotlib's shape and [0, 1]
// values for the tutorial's RGB PNG.
func TestImreadMatchesMatplotlib(t *testing.T) {
	const img = "/work/shared/tutorials/brian.png"
	if _, err := os.Stat(img); err != nil {
		t.Skipf("%s not available", img)
	}
	s := newSession()
	out := run(t, s, "from matplotlib.image import imread\na = imread('"+img+"')\nprint(a.shape, float(a.min()), float(a.max()), float(a[0, 0, 0]))\n")
	if got := out.stdout.String(); got != "(68, 228, 3) 0.0 1.0 1.0\n" {
		t.Errorf("imread printed %q", got)
	}
	res := s.Execute(context.Background(), "imread('/nonexistent.png')\n", &recorder{}, interp.ExecOptions{CellName: "<cell>"})
	if res.Error == nil || res.Error.Ename != "FileNotFoundError" {
		t.Errorf("missing file: %+v", res.Error)
	}
}
