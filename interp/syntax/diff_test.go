package syntax

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

const oraclePython = "/usr/bin/python3"

// oracleResult is what testdata/oracle.py reports for one source.
type oracleResult struct {
	OK   bool   `json:"ok"`
	Dump string `json:"dump"`
	Kind string `json:"kind"`
	Msg  string `json:"msg"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	// EndLine and EndCol end CPython's caret range (exclusive).
	EndLine int `json:"end_line"`
	EndCol  int `json:"end_col"`
}

// caretEnd is where a one-line caret run ends (exclusive): one caret
// unless the range is longer and on the error's line.
func caretEnd(line, col, endLine, endCol int) int {
	if endLine == line && endCol > col {
		return endCol
	}
	return col + 1
}

// runOracle compiles every source with CPython.
func runOracle(t *testing.T, srcs []string) []oracleResult {
	t.Helper()
	return runOracleMode(t, srcs, "exec")
}

// runOracleMode compiles every source with CPython's compile() in mode
// "exec" or "eval".
func runOracleMode(t *testing.T, srcs []string, mode string) []oracleResult {
	t.Helper()
	if _, err := os.Stat(oraclePython); err != nil {
		t.Skipf("oracle %s not available: %v", oraclePython, err)
	}
	in, err := json.Marshal(srcs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(oraclePython, "testdata/oracle.py", mode)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	var res []oracleResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	if len(res) != len(srcs) {
		t.Fatalf("oracle returned %d results for %d sources", len(res), len(srcs))
	}
	return res
}

// TestDifferential parses a corpus with our parser and with CPython's
// compile(): accepted sources must produce the same AST, rejected ones the
// same exception class, message and line.
func TestDifferential(t *testing.T) {
	srcs := append(append([]string{}, validCorpus...), invalidCorpus...)
	res := runOracle(t, srcs)
	for i, src := range srcs {
		want := res[i]
		if reason, ok := knownDiffs[src]; ok {
			t.Logf("%q: known difference: %s", src, reason)
			continue
		}
		if valid := i < len(validCorpus); valid != want.OK {
			t.Errorf("%q: listed as valid=%v but CPython says ok=%v (%s)", src, valid, want.OK, want.Msg)
		}
		f, err := Parse("<cell>", src, false)
		if want.OK {
			if err != nil {
				t.Errorf("%q: CPython accepts, we fail: %v", src, err)
				continue
			}
			expandSelfDoc(reflect.ValueOf(f))
			got := strings.ReplaceAll(Dump(f), "(Expr; ", "(Expr ")
			if got != want.Dump {
				t.Errorf("%q: AST differs\n got: %s\nwant: %s", src, got, want.Dump)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: CPython rejects (%s: %s), we accept: %s", src, want.Kind, want.Msg, Dump(f))
			continue
		}
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: error is %T, not *Error", src, err)
			continue
		}
		if e.Kind != want.Kind || e.Msg != want.Msg {
			t.Errorf("%q: got %s: %s, want %s: %s", src, e.Kind, e.Msg, want.Kind, want.Msg)
			continue
		}
		if e.Pos.Line != want.Line {
			t.Errorf("%q: %s at line %d, want line %d", src, e.Msg, e.Pos.Line, want.Line)
		}
		if e.Pos.Col != want.Col && !colDiffs[src] {
			t.Errorf("%q: %s at col %d, CPython col %d", src, e.Msg, e.Pos.Col, want.Col)
		} else if got, want := caretEnd(e.Pos.Line, e.Pos.Col, e.Pos.Line, e.EndCol), caretEnd(want.Line, want.Col, want.EndLine, want.EndCol); got != want && !colDiffs[src] {
			t.Errorf("%q: %s carets end at col %d, CPython %d", src, e.Msg, got, want)
		}
	}
}

// knownDiffs are corpus entries where we deliberately differ from CPython.
var knownDiffs = map[string]string{
	"def f():\n    x = 1\n    global x\n":   "no symbol table: global order unchecked",
	"async def f(): pass\n":                 "async functions are refused",
	"match x:\n    case 1:\n        pass\n": "match statements are not supported",
	"x = rb'a'\n":                           "bytes literals are refused",
	"x = 1.5j if 0 else 0\n":                "complex numbers are refused",
	"def f():\n    global g\n    nonlocal_ = 1\n    def h():\n        nonlocal x\n": "no symbol table: nonlocal bindings unchecked",
	"def f(): nonlocal x\n":   "no symbol table: nonlocal bindings unchecked",
	"x = 5 if 3 else 4 = 1\n": "CPython blames '=' after a name deep inside",
}

// colDiffs are rejected sources where our error column differs from CPython's.
var colDiffs = map[string]bool{
	"f'{lambda x: 1}'\n": true,
	"f'{lambda: 1=}'\n":  true,
	"f'{*a}'\n":          true, // CPython 3.11 counts from the "(" it wraps the expression in
}

// expandSelfDoc rewrites f"{x=}" fields into CPython's AST shape, a "x="
// constant before the field, so that dumps compare equal.
func expandSelfDoc(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if js, ok := v.Interface().(*JoinedStr); ok {
			var out []Expr
			for _, part := range js.Values {
				if fv, ok := part.(*FormattedValue); ok && fv.SelfDoc != "" {
					if n := len(out); n > 0 {
						if c, ok := out[n-1].(*Constant); ok {
							out[n-1] = &Constant{At: c.At, Value: c.Value.(string) + fv.SelfDoc, Kind: "str"}
							goto added
						}
					}
					out = append(out, &Constant{At: fv.At, Value: fv.SelfDoc, Kind: "str"})
				added:
					fv.SelfDoc = ""
				}
				out = append(out, part)
			}
			js.Values = out
		}
		expandSelfDoc(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				expandSelfDoc(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			expandSelfDoc(v.Index(i))
		}
	}
}

// TestDifferentialTutorials compares our AST of every tutorial cell with
// CPython's, after replacing magic lines by "pass" on both sides.
func TestDifferentialTutorials(t *testing.T) {
	cells := notebookCells(t)
	var names, srcs []string
	for name, src := range cells {
		lines := strings.Split(src, "\n")
		for i, l := range lines {
			if trimmed := strings.TrimLeft(l, " \t"); strings.HasPrefix(trimmed, "%") || strings.HasPrefix(trimmed, "!") {
				lines[i] = l[:len(l)-len(trimmed)] + "pass"
			}
		}
		names = append(names, name)
		srcs = append(srcs, strings.Join(lines, "\n"))
	}
	res := runOracle(t, srcs)
	for i, src := range srcs {
		if !res[i].OK {
			t.Errorf("%s: CPython rejects: %s", names[i], res[i].Msg)
			continue
		}
		f, err := Parse(names[i], src, false)
		if err != nil {
			t.Errorf("%s: %v", names[i], err)
			continue
		}
		if got := strings.ReplaceAll(Dump(f), "(Expr; ", "(Expr "); got != res[i].Dump {
			t.Errorf("%s: AST differs\n got: %s\nwant: %s", names[i], got, res[i].Dump)
		}
	}
}

// TestDifferentialExpr compares ParseExpr with compile(src, mode="eval").
func TestDifferentialExpr(t *testing.T) {
	srcs := []string{
		"1+1", "  1+1", "\t1", "1\n", "\n1", "1;", "1\n2", "x = 1", "", "# c\n1", "1 # c",
		"(1,\n2)", "lambda: 1", "yield", "*a", "a, b", "a, *b", "f(x)[1:2].y", "x if y else z",
		"[i for i in range(3)]", "{'a': 1}", "f'{x!r}'", "not x", "x := 1", "(x := 1)", "a b", "(",
	}
	res := runOracleMode(t, srcs, "eval")
	for i, src := range srcs {
		want := res[i]
		e, err := ParseExpr("<cell>", src)
		if want.OK {
			if err != nil {
				t.Errorf("%q: CPython accepts, we fail: %v", src, err)
			} else if got := Dump(e); got != want.Dump {
				t.Errorf("%q: got %s, want %s", src, got, want.Dump)
			}
			continue
		}
		se, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: CPython rejects (%s), we return %v", src, want.Msg, err)
			continue
		}
		if se.Kind != want.Kind || se.Msg != want.Msg || want.Line > 0 && (se.Pos.Line != want.Line || se.Pos.Col != want.Col) {
			t.Errorf("%q: got %s: %s at %d:%d, want %s: %s at %d:%d", src, se.Kind, se.Msg, se.Pos.Line, se.Pos.Col, want.Kind, want.Msg, want.Line, want.Col)
		}
	}
}
