package interp

import (
	"bytes"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// The oracle harness for the differential tests: every case is a Python
// expression and a Go function computing the same thing; one CPython
// process evaluates all expressions, and each side's result is compared as
// repr(result) or "ExcName: message".

type oracleCase struct {
	expr string
	run  func() (Value, error)
}

// oracleScript reads a JSON list of expressions and prints their results.
const oracleScript = "testdata/strings/oracle.py"

// pythonOracle finds a CPython 3 interpreter, preferring Debian's.
func pythonOracle(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3 oracle installed: differential tests skipped")
	return ""
}

// runOracle evaluates all expressions in one Python process.
func runOracle(t *testing.T, exprs []string) []string {
	t.Helper()
	py := pythonOracle(t)
	in, err := json.Marshal(exprs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, oracleScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "PYTHONWARNINGS=ignore")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle failed: %v\n%s", err, stderr.String())
	}
	var res []map[string]string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	if len(res) != len(exprs) {
		t.Fatalf("oracle returned %d results for %d cases", len(res), len(exprs))
	}
	texts := make([]string, len(res))
	for i, r := range res {
		if e, ok := r["err"]; ok {
			texts[i] = "!" + e
		} else {
			texts[i] = r["ok"]
		}
	}
	return texts
}

// compareOracle runs every case through Go and compares with CPython's
// results for the same cases.
func compareOracle(t *testing.T, cases []oracleCase, want []string) {
	t.Helper()
	bad := 0
	for i, c := range cases {
		got := ourResult(c.run)
		if got != want[i] {
			bad++
			if bad <= 40 {
				t.Errorf("%s\n  got:  %s\n  want: %s", c.expr, got, want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ from CPython", bad, len(cases))
	}
	t.Logf("%d cases compared with CPython", len(cases))
}

// ourResult renders a Go result like the oracle script does.
func ourResult(run func() (Value, error)) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "PANIC: " + strings.TrimSpace(strings.Split(testPanicText(r), "\n")[0])
		}
	}()
	v, err := run()
	if err != nil {
		e, ok := err.(*Exception)
		if !ok {
			return "!GoError: " + err.Error()
		}
		msg := e.Message()
		if e.Class == KeyError && len(e.Args) == 1 {
			msg = testRepr(e.Args[0])
		}
		return "!" + e.Class.Name + ": " + msg
	}
	return testRepr(v)
}

func testPanicText(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "panic"
}

// testRepr is repr for the values these tests produce.
func testRepr(v Value) string {
	switch x := v.(type) {
	case Str:
		return ReprStr(string(x))
	case Int:
		return strconv.FormatInt(int64(x), 10)
	case *BigInt:
		return x.V.String()
	case Float:
		return FormatFloatRepr(float64(x))
	case Bool:
		if x {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	case Tuple:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = testRepr(e)
		}
		if len(x) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *List:
		parts := make([]string, len(x.Elems))
		for i, e := range x.Elems {
			parts[i] = testRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Dict:
		var parts []string
		x.Items(func(k, e Value) bool {
			parts = append(parts, testRepr(k)+": "+testRepr(e))
			return true
		})
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return "<" + v.Type().Name + ">"
}

// pyLit writes v as a Python expression.
func pyLit(v Value) string {
	switch x := v.(type) {
	case Str:
		b, _ := json.Marshal(string(x))
		return string(b)
	case Int:
		return strconv.FormatInt(int64(x), 10)
	case *BigInt:
		return x.V.String()
	case Float:
		f := float64(x)
		switch {
		case math.IsNaN(f):
			return "float('nan')"
		case math.IsInf(f, 1):
			return "float('inf')"
		case math.IsInf(f, -1):
			return "float('-inf')"
		}
		return "float.fromhex('" + strconv.FormatFloat(f, 'x', -1, 64) + "')"
	case Bool:
		return testRepr(x)
	case NoneType:
		return "None"
	case Tuple:
		var b strings.Builder
		b.WriteString("(")
		for _, e := range x {
			b.WriteString(pyLit(e) + ",")
		}
		return b.String() + ")"
	case *List:
		parts := make([]string, len(x.Elems))
		for i, e := range x.Elems {
			parts[i] = pyLit(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case *Dict:
		var parts []string
		x.Items(func(k, v Value) bool {
			parts = append(parts, pyLit(k)+":"+pyLit(v))
			return true
		})
		return "{" + strings.Join(parts, ",") + "}"
	}
	panic("pyLit: unsupported " + v.Type().Name)
}

func testBigInt(s string) Value {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return MakeBigInt(n)
}

func testStrResult(s string, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}
