package pystd_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/pystd"
)

// oracle is CPython 3.11; the scripts need only its standard library.
const oracle = "/usr/bin/python3"

// minScripts guards against the testdata directory going missing.
const minScripts = 1

type recorder struct{ stdout, stderr strings.Builder }

func (r *recorder) Stream(name, text string) {
	if name == "stderr" {
		r.stderr.WriteString(text)
		return
	}
	r.stdout.WriteString(text)
}
func (r *recorder) Display(map[string]string, map[string]any, string, bool) {}
func (r *recorder) ClearOutput(bool)                                        {}
func (r *recorder) Input(context.Context, string, bool) (string, error)     { return "", nil }

// run executes src in a fresh session with the pystd modules.
func run(t *testing.T, name, src string) (stdout, stderr string, res interp.ExecResult) {
	t.Helper()
	s := interp.NewSession(interp.Options{Modules: pystd.Modules()})
	out := &recorder{}
	res = s.Execute(context.Background(), src, out, interp.ExecOptions{CellName: name})
	return out.stdout.String(), out.stderr.String(), res
}

// TestDifferential runs every testdata/*.py through gobrian and CPython
// and requires identical stdout.
func TestDifferential(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skipf("oracle %s not available: %v", oracle, err)
	}
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) < minScripts {
		t.Fatalf("expected at least 60 testdata scripts, found %d", len(files))
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(oracle, "-W", "ignore", "-")
			cmd.Dir = "testdata"
			cmd.Stdin = strings.NewReader(string(src))
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("oracle failed: %v", err)
			}
			wd, _ := os.Getwd()
			_ = os.Chdir("testdata")
			got, _, res := run(t, filepath.Base(f), string(src))
			_ = os.Chdir(wd)
			if res.Error != nil {
				t.Fatalf("gobrian raised %s: %s\n%s\nstdout so far:\n%s", res.Error.Ename, res.Error.Evalue,
					strings.Join(res.Error.Traceback, "\n"), got)
			}
			compareLines(t, got, string(want))
		})
	}
}

func compareLines(t *testing.T, got, want string) {
	t.Helper()
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			t.Errorf("line %d:\n got %q\nwant %q", i+1, a, b)
		}
	}
}
