package syntax

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const tutorialsDir = "/work/shared/tutorials"

// notebookCells returns the code cells of every tutorial notebook.
func notebookCells(t testing.TB) map[string]string {
	paths, _ := filepath.Glob(filepath.Join(tutorialsDir, "*.ipynb"))
	if len(paths) == 0 {
		t.Skipf("no tutorials in %s", tutorialsDir)
	}
	cells := map[string]string{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var nb struct {
			Cells []struct {
				CellType string          `json:"cell_type"`
				Source   json.RawMessage `json:"source"`
			} `json:"cells"`
		}
		if err := json.Unmarshal(data, &nb); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for i, c := range nb.Cells {
			if c.CellType != "code" {
				continue
			}
			var lines []string
			if err := json.Unmarshal(c.Source, &lines); err != nil {
				var s string
				if err := json.Unmarshal(c.Source, &s); err != nil {
					t.Fatalf("%s cell %d: %v", path, i, err)
				}
				lines = []string{s}
			}
			cells[filepath.Base(path)+"#"+strconv.Itoa(i)] = strings.Join(lines, "")
		}
	}
	return cells
}

func TestTutorialCellsParse(t *testing.T) {
	cells := notebookCells(t)
	magics := 0
	for name, src := range cells {
		f, err := Parse(name, src, true)
		if err != nil {
			t.Errorf("%s: %v\n%s", name, err, src)
			continue
		}
		if len(f.Body) == 0 && strings.TrimSpace(src) != "" {
			t.Errorf("%s: empty body for non-empty cell", name)
		}
		for _, s := range f.Body {
			if m, ok := s.(*Magic); ok {
				magics++
				if m.Name != "matplotlib" || m.Args != "inline" {
					t.Errorf("%s: unexpected magic %s", name, Dump(m))
				}
			}
		}
	}
	if magics == 0 {
		t.Error("expected the %matplotlib inline magic in the tutorials")
	}
}
