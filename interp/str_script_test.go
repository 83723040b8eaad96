package interp

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// End-to-end check of the string layer through the evaluator: each script
// in testdata/strings/scripts runs in a Session and in CPython; stdout must
// match.

// strScriptOutput collects a cell's stdout.
type strScriptOutput struct{ stdout strings.Builder }

func (o *strScriptOutput) Stream(name, text string) {
	if name == "stdout" {
		o.stdout.WriteString(text)
	}
}
func (o *strScriptOutput) Display(map[string]string, map[string]any, string, bool) {}
func (o *strScriptOutput) ClearOutput(bool)                                        {}
func (o *strScriptOutput) Input(context.Context, string, bool) (string, error) {
	return "", os.ErrClosed
}

const strScriptDriver = `
import contextlib, io, json, sys, traceback
res = {}
for p in json.load(sys.stdin):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(open(p).read(), p, "exec"), {"__name__": "__main__"})
        except BaseException as e:
            print(traceback.format_exception_only(type(e), e)[-1], end="")
    res[p] = buf.getvalue()
json.dump(res, sys.stdout)
`

func TestStringScripts(t *testing.T) {
	py := pythonOracle(t)
	scripts, err := filepath.Glob(filepath.Join("testdata", "strings", "scripts", "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in testdata/strings/scripts (%v)", err)
	}
	in, _ := json.Marshal(scripts)
	cmd := exec.Command(py, "-c", strScriptDriver)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	var want map[string]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	for _, p := range scripts {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			o := &strScriptOutput{}
			res := NewSession(Options{}).Execute(ctx, string(src), o, ExecOptions{CellName: p})
			got := o.stdout.String()
			if res.Error != nil {
				got += res.Error.Ename + ": " + res.Error.Evalue + "\n"
			}
			if got != want[p] {
				t.Errorf("output differs\n%s", lineDiff(got, want[p]))
			}
		})
	}
}

// lineDiff shows the lines that differ between got and want.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			b.WriteString("line " + strconv.Itoa(i+1) + "\n  got:  " + gl + "\n  want: " + wl + "\n")
		}
	}
	return b.String()
}
