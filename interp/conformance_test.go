package interp

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The conformance corpus: every script in testdata/conformance runs through
// a Session and through CPython 3.11 in the same test run; stdout must be
// identical, and for scripts that raise, the final traceback line too.

// confDriver runs each script given on stdin (JSON list of paths) in a
// fresh namespace and reports stdout and the final exception line.
const confDriver = `
import io, json, sys, traceback, contextlib
paths = json.load(sys.stdin)
res = {}
for p in paths:
    src = open(p).read()
    buf = io.StringIO()
    err = ""
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, p, "exec"), {"__name__": "__main__"})
        except BaseException as e:
            err = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    res[p] = {"stdout": buf.getvalue(), "error": err}
json.dump(res, sys.stdout)
`

type confResult struct {
	Stdout string `json:"stdout"`
	Error  string `json:"error"`
}

// confPython returns a CPython 3.11 interpreter, or "".
func confPython() string {
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		path, err := exec.LookPath(p)
		if err != nil {
			continue
		}
		out, err := exec.Command(path, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
		if err == nil && strings.TrimSpace(string(out)) == "True" {
			return path
		}
	}
	return ""
}

func confRunOracle(t *testing.T, python string, paths []string) map[string]confResult {
	t.Helper()
	in, _ := json.Marshal(paths)
	cmd := exec.Command(python, "-c", confDriver)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle failed: %v", err)
	}
	var res map[string]confResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	return res
}

func corpusPaths(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", "conformance", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	return paths
}

// lastLine returns the final line of a traceback.
func lastLine(info *ErrorInfo) string {
	if info == nil || len(info.Traceback) == 0 {
		return ""
	}
	return info.Traceback[len(info.Traceback)-1]
}

func TestConformance(t *testing.T) {
	python := confPython()
	if python == "" {
		t.Skip("no CPython 3.11 oracle (python3) available")
	}
	paths := corpusPaths(t)
	if len(paths) == 0 {
		t.Fatal("empty corpus")
	}
	want := confRunOracle(t, python, paths)
	for _, p := range paths {
		p := p
		t.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			s := NewSession(Options{})
			out := &recorder{}
			res := s.Execute(ctx, string(src), out, ExecOptions{CellName: p})
			w := want[p]
			if got := out.stdout.String(); got != w.Stdout {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s", got, w.Stdout)
			}
			if got := lastLine(res.Error); got != w.Error {
				tb := ""
				if res.Error != nil {
					tb = strings.Join(res.Error.Traceback, "\n")
				}
				t.Errorf("error differs\n got: %q\nwant: %q\n%s", got, w.Error, tb)
			}
		})
	}
}
