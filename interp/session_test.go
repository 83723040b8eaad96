package interp

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

func execCell(t *testing.T, s *Session, src string) (ExecResult, *recorder) {
	t.Helper()
	out := &recorder{}
	res := s.Execute(context.Background(), src, out, ExecOptions{})
	return res, out
}

func TestExecuteResultAndUnderscore(t *testing.T) {
	s := NewSession(Options{})
	res, _ := execCell(t, s, "x = 6\nx * 7")
	if res.Error != nil || res.Result["text/plain"] != "42" {
		t.Fatalf("got %+v", res)
	}
	res, _ = execCell(t, s, "_ + 1")
	if res.Result["text/plain"] != "43" {
		t.Fatalf("_ not set: %+v", res)
	}
	for _, src := range []string{"x * 2;", "y = 3", "None", "print('hi')", "def f(): pass"} {
		res, _ = execCell(t, s, src)
		if res.Result != nil {
			t.Errorf("%q: unexpected result %v", src, res.Result)
		}
	}
}

func TestFailedCellKeepsNames(t *testing.T) {
	s := NewSession(Options{})
	res, _ := execCell(t, s, "a = 1\nb = 2\n1/0\nc = 3")
	if res.Error == nil || res.Error.Ename != "ZeroDivisionError" || res.Error.Evalue != "division by zero" {
		t.Fatalf("got %+v", res.Error)
	}
	res, _ = execCell(t, s, "(a, b, 'c' in globals())")
	if got := res.Result["text/plain"]; got != "(1, 2, False)" {
		t.Fatalf("got %q", got)
	}
}

func TestTracebackFormat(t *testing.T) {
	s := NewSession(Options{})
	res := s.Execute(context.Background(), "def f(x):\n    return g(x)\ndef g(y):\n    return y / 0\nf(1)", &recorder{}, ExecOptions{CellName: "<cell 3>"})
	want := []string{
		"Traceback (most recent call last):",
		`  File "<cell 3>", line 5, in <module>`,
		"    f(1)",
		`  File "<cell 3>", line 2, in f`,
		"    return g(x)",
		`  File "<cell 3>", line 4, in g`,
		"    return y / 0",
		"ZeroDivisionError: division by zero",
	}
	if got := strings.Join(res.Error.Traceback, "\n"); got != strings.Join(want, "\n") {
		t.Fatalf("traceback:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestChainedTraceback(t *testing.T) {
	s := NewSession(Options{})
	res := s.Execute(context.Background(), "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e", &recorder{}, ExecOptions{CellName: "c"})
	tb := strings.Join(res.Error.Traceback, "\n")
	for _, want := range []string{"ZeroDivisionError: division by zero", "The above exception was the direct cause of the following exception:", "ValueError: x"} {
		if !strings.Contains(tb, want) {
			t.Errorf("missing %q in\n%s", want, tb)
		}
	}
	res = s.Execute(context.Background(), "try:\n    1/0\nexcept ZeroDivisionError:\n    undefined", &recorder{}, ExecOptions{CellName: "c"})
	if tb := strings.Join(res.Error.Traceback, "\n"); !strings.Contains(tb, "During handling of the above exception, another exception occurred:") {
		t.Errorf("no context chain:\n%s", tb)
	}
}

func TestSyntaxErrorReport(t *testing.T) {
	s := NewSession(Options{})
	res, _ := execCell(t, s, "x = = 1")
	if res.Error == nil || res.Error.Ename != "SyntaxError" {
		t.Fatalf("got %+v", res.Error)
	}
	tb := res.Error.Traceback
	if len(tb) < 3 || !strings.Contains(tb[len(tb)-2], "^") || !strings.HasPrefix(tb[len(tb)-1], "SyntaxError: ") {
		t.Fatalf("bad syntax error report: %q", tb)
	}
}

func TestRecursionError(t *testing.T) {
	s := NewSession(Options{})
	res, _ := execCell(t, s, "def f(n):\n    return f(n + 1)\nf(0)")
	if res.Error == nil || res.Error.Ename != "RecursionError" || res.Error.Evalue != "maximum recursion depth exceeded" {
		t.Fatalf("got %+v", res.Error)
	}
	if tb := strings.Join(res.Error.Traceback, "\n"); !strings.Contains(tb, "[Previous line repeated") {
		t.Errorf("repeated frames not collapsed:\n%s", tb[:min(len(tb), 500)])
	}
}

func TestInterrupt(t *testing.T) {
	for _, src := range []string{
		"while True: pass",
		"def f(n):\n    return 0 if n == 0 else f(n - 1)\nwhile True:\n    f(900)",
		"def f(n):\n    return n + 1\nx = 0\nwhile True:\n    x = f(x)",
		"x = 0\nwhile True:\n    x = [i for i in range(100)]",
	} {
		s := NewSession(Options{})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan ExecResult)
		go func() { done <- s.Execute(ctx, src, &recorder{}, ExecOptions{}) }()
		time.Sleep(50 * time.Millisecond)
		start := time.Now()
		cancel()
		select {
		case res := <-done:
			if res.Error == nil || res.Error.Ename != "KeyboardInterrupt" {
				t.Errorf("%q: got %+v", src, res.Error)
			}
			if d := time.Since(start); d > 100*time.Millisecond {
				t.Errorf("%q: interrupt took %v", src, d)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("%q: not interrupted", src)
		}
	}
}

// panicky is a native callable that panics, as buggy native code might.
type panicky struct{}

func (panicky) Type() *Class { return BuiltinFunctionType }
func (panicky) Call(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	var m map[string]int
	m["x"] = 1
	return None, nil
}

func TestNativePanicBecomesSystemError(t *testing.T) {
	s := NewSession(Options{Modules: map[string]ModuleLoader{
		"bad": func(th *Thread) (*Module, error) {
			m := NewModule("bad")
			m.Set("boom", panicky{})
			m.Set("fail", NewBuiltin("fail", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
				return nil, errors.New("plain go error")
			}))
			return m, nil
		},
	}})
	res, _ := execCell(t, s, "import bad\nbad.boom()")
	if res.Error == nil || res.Error.Ename != "SystemError" || !strings.Contains(res.Error.Evalue, "nil map") {
		t.Fatalf("got %+v", res.Error)
	}
	res, _ = execCell(t, s, "try:\n    bad.fail()\nexcept SystemError as e:\n    r = str(e)\nr")
	if res.Result["text/plain"] != "'plain go error'" {
		t.Fatalf("got %+v", res)
	}
}

func TestHeapFlatOver10000Cells(t *testing.T) {
	if testing.Short() {
		t.Skip("memory test is slow")
	}
	s := NewSession(Options{})
	run := func(n int) {
		for i := 0; i < n; i++ {
			s.Execute(context.Background(), "x = [i * 2 for i in range(50)]\ndef f(a):\n    return a + 1\ng = (v for v in x)\nnext(g)\nf(x[3])", &recorder{}, ExecOptions{})
		}
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	run(1000)
	before := heap()
	run(10000)
	after := heap()
	if after > before+4<<20 {
		t.Fatalf("heap grew from %d to %d bytes over 10000 cells", before, after)
	}
}

func TestAbandonedGeneratorsDoNotLeak(t *testing.T) {
	s := NewSession(Options{})
	before := runtime.NumGoroutine()
	res, _ := execCell(t, s, "def g():\n    yield 1\n    yield 2\nfor i in range(10000):\n    it = g()\n    next(it)")
	if res.Error != nil {
		t.Fatal(res.Error.Traceback)
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		if runtime.NumGoroutine() <= before+50 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("goroutines: %d before, %d after", before, runtime.NumGoroutine())
}

func TestMagics(t *testing.T) {
	s := NewSession(Options{})
	res, out := execCell(t, s, "%matplotlib inline\n%config InlineBackend.figure_formats = ['svg']\nx = 1")
	if res.Error != nil {
		t.Fatal(res.Error.Traceback)
	}
	if v, _ := s.Config("InlineBackend.figure_formats"); v != "['svg']" {
		t.Errorf("config = %q", v)
	}
	res, _ = execCell(t, s, "%foo")
	if res.Error == nil || res.Error.Ename != "UsageError" || res.Error.Evalue != "Line magic function `%foo` not found." {
		t.Fatalf("got %+v", res.Error)
	}
	res, out = execCell(t, s, "%time y = sum(range(100))")
	if res.Error != nil || !strings.HasPrefix(out.stdout.String(), "CPU times: user ") || !strings.Contains(out.stdout.String(), "Wall time: ") {
		t.Fatalf("time: %q %+v", out.stdout.String(), res.Error)
	}
	res, out = execCell(t, s, "%timeit -n 10 -r 3 y + 1")
	if res.Error != nil || !strings.Contains(out.stdout.String(), "per loop (mean ± std. dev. of 3 runs, 10 loops each)") {
		t.Fatalf("timeit: %q %+v", out.stdout.String(), res.Error)
	}
	res, out = execCell(t, s, "%who")
	if got := out.stdout.String(); got != "x\ty\t\n" {
		t.Errorf("who = %q", got)
	}
	res, _ = execCell(t, s, "%reset -f")
	res, _ = execCell(t, s, "x")
	if res.Error == nil || res.Error.Ename != "NameError" {
		t.Errorf("reset kept x: %+v", res)
	}
}

func TestDisplayAndMime(t *testing.T) {
	s := NewSession(Options{})
	res, out := execCell(t, s, "from IPython.display import display, HTML, Markdown\ndisplay(HTML('<b>x</b>'))\ndisplay(1, 'a')\nMarkdown('# T')")
	if res.Error != nil {
		t.Fatal(res.Error.Traceback)
	}
	if len(out.displays) != 3 || out.displays[0]["text/html"] != "<b>x</b>" || out.displays[2]["text/plain"] != "'a'" {
		t.Fatalf("displays = %v", out.displays)
	}
	if res.Result["text/markdown"] != "# T" {
		t.Fatalf("result = %v", res.Result)
	}
}

func TestHooksRunAfterFailedCell(t *testing.T) {
	s := NewSession(Options{})
	n := 0
	s.AddPostExecuteHook(func(th *Thread) error { n++; return nil })
	execCell(t, s, "1/0")
	execCell(t, s, "1")
	if n != 2 {
		t.Fatalf("hooks ran %d times", n)
	}
}

func TestCallerNamespace(t *testing.T) {
	var seen Value
	s := NewSession(Options{Modules: map[string]ModuleLoader{
		"probe": func(th *Thread) (*Module, error) {
			m := NewModule("probe")
			m.Set("look", NewBuiltin("look", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
				ns := th.CallerNamespace()
				v, _ := ns("tau")
				seen = v
				return None, nil
			}))
			return m, nil
		},
	}})
	execCell(t, s, "import probe\ntau = 'global'\ndef run():\n    tau = 'local'\n    probe.look()\nrun()")
	if seen != Str("local") {
		t.Fatalf("saw %v", seen)
	}
	execCell(t, s, "probe.look()")
	if seen != Str("global") {
		t.Fatalf("saw %v", seen)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	s := NewSession(Options{})
	execCell(t, s, "class Foo:\n    '''A foo.'''\n    def bar(self, alpha, beta=2):\n        '''Bar doc.'''\nfoo = Foo()\nfooval = 1\ndef func(x, *, key=None):\n    'Func doc.'")
	m, start, end := s.Complete("fo", 2)
	if strings.Join(m, ",") != "foo,fooval,for,format" || start != 0 || end != 2 {
		t.Errorf("complete names: %v %d %d", m, start, end)
	}
	m, start, _ = s.Complete("x = foo.b", 9)
	if strings.Join(m, ",") != "bar" || start != 8 {
		t.Errorf("complete attr: %v %d", m, start)
	}
	m, _, _ = s.Complete("func(1, k", 9)
	if len(m) == 0 || m[0] != "key=" {
		t.Errorf("complete kwargs: %v", m)
	}
	m, _, _ = s.Complete("import IPy", 10)
	if len(m) == 0 || m[0] != "IPython" {
		t.Errorf("complete import: %v", m)
	}
	m, _, _ = s.Complete("whi", 3)
	if len(m) != 1 || m[0] != "while" {
		t.Errorf("complete keyword: %v", m)
	}
	text, found := s.Inspect("func(", 5, 0)
	if !found || !strings.Contains(text, "func(x, *, key=None)") || !strings.Contains(text, "Func doc.") {
		t.Errorf("inspect: %q %v", text, found)
	}
	for code, want := range map[string]string{
		"x = 1":                  "complete",
		"for i in range(3):":     "incomplete",
		"x = (1,":                "incomplete",
		"x = = 1":                "invalid",
		"def f():\n    return 1": "incomplete",
	} {
		if got, _ := s.IsComplete(code); got != want {
			t.Errorf("IsComplete(%q) = %q, want %q", code, got, want)
		}
	}
	if _, indent := s.IsComplete("if x:"); indent != "    " {
		t.Errorf("indent = %q", indent)
	}
}

func TestEvalExpr(t *testing.T) {
	s := NewSession(Options{})
	execCell(t, s, "a = [1, 2]")
	b, err := s.EvalExpr(context.Background(), "len(a) + 1", &recorder{})
	if err != nil || b["text/plain"] != "3" {
		t.Fatalf("got %v %+v", b, err)
	}
	_, err = s.EvalExpr(context.Background(), "nope", &recorder{})
	if err == nil || err.Ename != "NameError" {
		t.Fatalf("got %+v", err)
	}
}

func TestFormatTimeLikeIPython(t *testing.T) {
	for in, want := range map[float64]string{
		0:        "0 ns",
		0.5:      "500 ms",
		0.0012:   "1.2 ms",
		2.5e-6:   "2.5 µs",
		3.25e-8:  "32.5 ns",
		1.234567: "1.23 s",
		75:       "1min 15s",
	} {
		if got := formatTime(in); got != want {
			t.Errorf("formatTime(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestNilOutputAndEdgeCells(t *testing.T) {
	s := NewSession(Options{})
	for _, src := range []string{"", "# only a comment", "print('x')", "from IPython.display import display, clear_output\ndisplay(1)\nclear_output()", "input()", "%%time\nx = 1", "\n\n\n"} {
		res := s.Execute(context.Background(), src, nil, ExecOptions{})
		if res.Error != nil && res.Error.Ename == "SystemError" {
			t.Errorf("%q: %v", src, res.Error.Traceback)
		}
	}
}

func TestIsCompleteLikeIPython(t *testing.T) {
	s := NewSession(Options{})
	for _, c := range []struct{ code, status, indent string }{
		{"x = [1,\n 2]", "complete", ""},
		{"def f(): pass", "complete", ""},
		{"for i in range(3):\n    print(i)", "incomplete", "    "},
		{"if x:\n    pass\n\n", "complete", ""},
		{"def f(x):\n    return x\n", "complete", ""},
		{"def f(x):\n    return x", "incomplete", "    "},
		{"if x:\n  y\n  ", "complete", ""},
		{"x=1\nif y:\n  z=2", "incomplete", "  "},
		{"x = (1,", "incomplete", ""},
		{"x = )", "invalid", ""},
	} {
		status, indent := s.IsComplete(c.code)
		if status != c.status || indent != c.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", c.code, status, indent, c.status, c.indent)
		}
	}
}

func TestCompleteImportOffersTopLevelModules(t *testing.T) {
	s := NewSession(Options{Modules: map[string]ModuleLoader{
		"matplotlib":        func(th *Thread) (*Module, error) { return NewModule("matplotlib"), nil },
		"matplotlib.pyplot": func(th *Thread) (*Module, error) { return NewModule("matplotlib.pyplot"), nil },
	}})
	matches, _, _ := s.Complete("import mat", len("import mat"))
	if len(matches) != 1 || matches[0] != "matplotlib" {
		t.Errorf("Complete(import mat) = %v, want [matplotlib]", matches)
	}
	matches, _, _ = s.Complete("import matplotlib.p", len("import matplotlib.p"))
	if len(matches) != 1 || matches[0] != "matplotlib.pyplot" {
		t.Errorf("Complete(import matplotlib.p) = %v, want [matplotlib.pyplot]", matches)
	}
}

func TestSysExitRaisesSystemExit(t *testing.T) {
	s := NewSession(Options{})
	res := s.Execute(context.Background(), "import sys\nsys.exit(3)", nil, ExecOptions{CellName: "<cell 1>"})
	if res.Error == nil || res.Error.Ename != "SystemExit" || res.Error.Evalue != "3" {
		t.Fatalf("sys.exit(3) gave %+v, want SystemExit: 3", res.Error)
	}
}
