//go:build tutorials

// The tutorial run needs the brian2 binding; it is behind a build tag so
// that this package's tests do not depend on brian2 compiling:
//
//	FIGCOMPARE_DIR=/tmp/figs go test -tags tutorials -run TutorialFigures ./interp/lib/matplotlib
//	go run ./display/cmd/figcompare -rendered /tmp/figs -out compare.html

package matplotlib_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/brian2"
	"github.com/gobrian/gobrian/interp/lib/matplotlib"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

const (
	tutorialDir  = "/work/shared/tutorials"
	referenceDir = "/work/shared/reference"
)

// TestTutorialFigures runs the three Brian tutorials end to end and checks
// that every cell which runs without error produces as many figures as
// Brian2 did, each a PNG within ±15% of the reference size. With
// FIGCOMPARE_DIR set it also writes the PNGs there under the reference
// names, for `go run ./display/cmd/figcompare -rendered DIR`.
func TestTutorialFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the tutorial notebooks")
	}
	if _, err := os.Stat(tutorialDir); err != nil {
		t.Skipf("tutorials not available: %v", err)
	}
	outDir := os.Getenv("FIGCOMPARE_DIR")
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(tutorialDir); err != nil { // brian.png is read relative to the notebook
		t.Fatal(err)
	}
	for _, nb := range []string{"1-intro-to-brian-neurons", "2-intro-to-brian-synapses", "3-intro-to-brian-simulations"} {
		t.Run(nb, func(t *testing.T) {
			cells, err := codeCells(filepath.Join(tutorialDir, nb+".ipynb"))
			if err != nil {
				t.Fatal(err)
			}
			ref, err := referenceSizes(filepath.Join(referenceDir, nb+".json"))
			if err != nil {
				t.Skipf("reference: %v", err)
			}
			s := tutorialSession()
			for i, src := range cells {
				n := i + 1
				out := &recorder{}
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				res := s.Execute(ctx, src, out, interp.ExecOptions{CellName: fmt.Sprintf("<ipython-input-%d>", n)})
				cancel()
				if res.Error != nil {
					if len(ref[n]) > 0 {
						t.Logf("cell %d raised %s (figures not checked): %.80s", n, res.Error.Ename, res.Error.Evalue)
					}
					continue
				}
				var pngs [][]byte
				for _, d := range out.displays {
					if p := d.data["image/png"]; p != "" {
						b, err := base64.StdEncoding.DecodeString(p)
						if err != nil {
							t.Fatalf("cell %d: bad base64: %v", n, err)
						}
						pngs = append(pngs, b)
					}
				}
				if len(pngs) != len(ref[n]) {
					t.Errorf("cell %d: %d figures, reference has %d", n, len(pngs), len(ref[n]))
					continue
				}
				for k, b := range pngs {
					img, err := png.Decode(bytes.NewReader(b))
					if err != nil {
						t.Fatalf("cell %d fig %d: %v", n, k+1, err)
					}
					w, h := img.Bounds().Dx(), img.Bounds().Dy()
					rw, rh := ref[n][k][0], ref[n][k][1]
					if !within(w, rw) || !within(h, rh) {
						t.Errorf("cell %d fig %d: %dx%d, reference %dx%d", n, k+1, w, h, rw, rh)
					}
					if outDir != "" {
						name := fmt.Sprintf("%s-cell%02d-fig%d.png", nb, n, k+1)
						if err := os.WriteFile(filepath.Join(outDir, name), b, 0o644); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
		})
	}
}

func within(got, want int) bool {
	d := got - want
	if d < 0 {
		d = -d
	}
	return float64(d) <= 0.15*float64(want)
}

func tutorialSession() *interp.Session {
	mods := map[string]interp.ModuleLoader{
		"numpy": numpy.Load, "numpy.random": numpy.LoadRandom, "brian2.units": numpy.LoadUnits,
	}
	for k, v := range matplotlib.Loaders() {
		mods[k] = v
	}
	for k, v := range brian2.Loaders() {
		mods[k] = v
	}
	return interp.NewSession(interp.Options{Modules: mods})
}

// readJSON decodes the JSON file path into v.
func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func codeCells(path string) ([]string, error) {
	var nb struct {
		Cells []struct {
			Type   string          `json:"cell_type"`
			Source json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := readJSON(path, &nb); err != nil {
		return nil, err
	}
	var out []string
	for _, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		var lines []string
		if err := json.Unmarshal(c.Source, &lines); err != nil {
			var s string
			if err := json.Unmarshal(c.Source, &s); err != nil {
				return nil, err
			}
			lines = []string{s}
		}
		out = append(out, strings.Join(lines, ""))
	}
	return out, nil
}

// referenceSizes maps a code cell number to its figures' pixel sizes.
func referenceSizes(path string) (map[int][][2]int, error) {
	var ref struct {
		Cells []struct {
			Cell     int      `json:"cell"`
			FigSizes [][2]int `json:"fig_sizes"`
		} `json:"cells"`
	}
	if err := readJSON(path, &ref); err != nil {
		return nil, err
	}
	out := map[int][][2]int{}
	for _, c := range ref.Cells {
		out[c.Cell] = c.FigSizes
	}
	return out, nil
}
