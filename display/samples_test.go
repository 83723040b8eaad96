package display_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/gobrian/gobrian/display/internal/samples"
)

// TestTutorialFiguresRender renders every tutorial-like figure to PNG and
// SVG and checks the PNG decodes with about the reference size.
func TestTutorialFiguresRender(t *testing.T) {
	outDir := os.Getenv("DISPLAY_SAMPLES_DIR")
	for _, s := range samples.All() {
		t.Run(s.Name, func(t *testing.T) {
			b, err := s.Figure.PNG(0)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("PNG does not decode: %v", err)
			}
			if outDir != "" {
				os.WriteFile(filepath.Join(outDir, s.Name+".png"), b, 0o644)
			}
			ref := filepath.Join("/work/shared/reference/figures", s.Reference)
			if f, err := os.Open(ref); err == nil {
				defer f.Close()
				rc, err := png.DecodeConfig(f)
				if err == nil {
					w, h := img.Bounds().Dx(), img.Bounds().Dy()
					if !near(w, rc.Width, 0.15) || !near(h, rc.Height, 0.15) {
						t.Errorf("size %dx%d, reference %dx%d (±15%%)", w, h, rc.Width, rc.Height)
					}
				}
			}
			svg, err := s.Figure.SVG()
			if err != nil || !bytes.HasPrefix(bytes.TrimSpace(svg), []byte("<?xml")) {
				t.Fatalf("SVG: %v %.40q", err, svg)
			}
		})
	}
}

func near(a, b int, tol float64) bool {
	d := float64(a - b)
	if d < 0 {
		d = -d
	}
	return d <= tol*float64(b)
}
