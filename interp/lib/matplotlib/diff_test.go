package matplotlib_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

const oracle = "/usr/bin/python3"

// TestDifferentialWithMatplotlib runs testdata/*.py through gobrian and
// through CPython with matplotlib 3.6 (Agg): the printed output (view
// limits, ticks, ...) must be identical.
func TestDifferentialWithMatplotlib(t *testing.T) {
	if err := exec.Command(oracle, "-c", "import matplotlib, numpy").Run(); err != nil {
		t.Skipf("oracle %s with matplotlib not available: %v", oracle, err)
	}
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata scripts")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := exec.Command(oracle, "-W", "ignore", f).Output()
			if err != nil {
				t.Fatalf("oracle failed: %v", err)
			}
			out := &recorder{}
			res := newSession().Execute(context.Background(), string(src), out, interp.ExecOptions{CellName: f})
			if res.Error != nil {
				t.Fatalf("gobrian raised %s: %s\n%s", res.Error.Ename, res.Error.Evalue, strings.Join(res.Error.Traceback, "\n"))
			}
			gotLines := strings.Split(out.stdout.String(), "\n")
			wantLines := strings.Split(string(want), "\n")
			for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
				var g, w string
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if g != w {
					t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
				}
			}
		})
	}
}
