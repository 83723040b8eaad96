package syntax

import (
	"math/big"
	"strings"
	"testing"
	"time"
)

// TestParseDump checks AST shapes for forms the differential test cannot
// cover (magics, ";", our own fields) and a few core ones.
func TestParseDump(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1 + 2*3", "[(Assign [x] (BinOp + 1 (BinOp * 2 3)))]"},
		{"-2**2", "[(Expr (Unary - (BinOp ** 2 2)))]"},
		{"2**-1", "[(Expr (BinOp ** 2 (Unary - 1)))]"},
		{"a**b**c", "[(Expr (BinOp ** a (BinOp ** b c)))]"},
		{"x;", "[(Expr; x)]"},
		{"x; y", "[(Expr x) (Expr y)]"},
		{"x; y;", "[(Expr x) (Expr; y)]"},
		{"plot(t, v);  # comment", "[(Expr; (Call plot [t v]))]"},
		{"%matplotlib inline", `[(Magic "matplotlib" "inline")]`},
		{"%time x = 1", `[(Magic "time" "x = 1")]`},
		{"%timeit -n 10 f()", `[(Magic "timeit" "-n 10 f()")]`},
		{"!ls -l", `[(Shell "" "ls -l")]`},
		{"x = 1\n%pwd\ny = 2 % 3", `[(Assign [x] 1) (Magic "pwd" "") (Assign [y] (BinOp % 2 3))]`},
		{"for i in x:\n    %time f(i)\n", `[(For i x [(Magic "time" "f(i)")] [])]`},
		{"x = (1\n%2)", "[(Assign [x] (BinOp % 1 2))]"},
		{"%%timeit -n1\nx = 1\ny = 2\n", `[(Magic "timeit" "-n1" "x = 1\ny = 2\n")]`},
		{"\n%%capture\n%foo", `[(Magic "capture" "" "%foo")]`},
		{"f'{x=}'", `[(Expr (JoinedStr [(Fmt x !r selfdoc="x=")]))]`},
		{"f'{x = }'", `[(Expr (JoinedStr [(Fmt x !r selfdoc="x = ")]))]`},
		{"f'{x=:.2f}'", `[(Expr (JoinedStr [(Fmt x (JoinedStr [".2f"]) selfdoc="x=")]))]`},
		{"f'{x=!s}'", `[(Expr (JoinedStr [(Fmt x !s selfdoc="x=")]))]`},
		{"f'{{a}} {b}'", `[(Expr (JoinedStr ["{a} " (Fmt b)]))]`},
		{"def f():\n    '''Doc.'''\n    yield\n", `[(Def f (args) [(Expr "Doc.") (Expr (Yield nil))] gen doc="Doc.")]`},
		{"def f():\n    def g(): yield\n    return g\n", `[(Def f (args) [(Def g (args) [(Expr (Yield nil))] gen) (Return g)])]`},
		{"x = 'a' 'b'", `[(Assign [x] "ab")]`},
		{"x = '\\u00b5s'", `[(Assign [x] "µs")]`},
		{"x = 1_000", "[(Assign [x] 1000)]"},
		{"x = 1e-3", "[(Assign [x] 0.001)]"},
		{"np.linspace?", `[(Magic "pinfo" "np.linspace")]`},
		{"f??", `[(Magic "pinfo2" "f")]`},
		{"?x", `[(Magic "pinfo" "x")]`},
		{"\n    if x:\n        y\n    z", "[(If x [(Expr y)] []) (Expr z)]"},
	}
	for _, tc := range tests {
		f, err := Parse("<cell>", tc.src, true)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := Dump(f); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestMagicsNeedOptIn(t *testing.T) {
	for _, src := range []string{"%matplotlib inline", "!ls", "%%timeit\nx"} {
		if _, err := Parse("<cell>", src, false); err == nil {
			t.Errorf("%q parsed without allowMagics", src)
		}
	}
	if _, err := Parse("<cell>", "x = %pwd", true); err == nil {
		t.Errorf("%q should be refused", "x = %pwd")
	}
}

func TestConstantValues(t *testing.T) {
	e, err := ParseExpr("<expr>", "123456789012345678901234567890")
	if err != nil {
		t.Fatal(err)
	}
	c := e.(*Constant)
	want, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	if b, ok := c.Value.(*big.Int); !ok || b.Cmp(want) != 0 || c.Kind != "int" {
		t.Errorf("big int: got %T %v kind %s", c.Value, c.Value, c.Kind)
	}
	for src, want := range map[string]any{
		"9223372036854775807": int64(9223372036854775807), "0xff": int64(255), "0o17": int64(15),
		"0b101": int64(5), ".5": 0.5, "5.": 5.0, "1_000.5": 1000.5, "1e-3": 0.001,
		"True": true, "None": nil, "'a\\tb'": "a\tb", "r'a\\tb'": `a\tb`,
	} {
		e, err := ParseExpr("<expr>", src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if got := e.(*Constant).Value; got != want {
			t.Errorf("%s: got %#v, want %#v", src, got, want)
		}
	}
	if e, _ := ParseExpr("<expr>", "..."); e.(*Constant).Kind != "Ellipsis" {
		t.Error("... is not an Ellipsis constant")
	}
}

func TestPositions(t *testing.T) {
	src := "x = 1\nif x:\n    y = f(a,\n          b.c)\n"
	f, err := Parse("<cell>", src, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Lines) != 4 || f.Lines[2] != "    y = f(a," {
		t.Errorf("Lines = %q", f.Lines)
	}
	ifs := f.Body[1].(*If)
	assign := ifs.Body[0].(*Assign)
	call := assign.Value.(*Call)
	attr := call.Args[1].(*Attribute)
	for _, tc := range []struct {
		n    Node
		want Pos
	}{
		{f.Body[0], Pos{1, 1}}, {ifs, Pos{2, 1}}, {ifs.Test, Pos{2, 4}}, {assign, Pos{3, 5}},
		{call, Pos{3, 9}}, {call.Args[0], Pos{3, 11}}, {attr, Pos{4, 11}},
	} {
		if got := tc.n.Start(); got != tc.want {
			t.Errorf("%s at %v, want %v", Dump(tc.n), got, tc.want)
		}
	}
	// Columns count code points, not bytes.
	f, _ = Parse("<cell>", "s = 'µµ' + x", false)
	if got := f.Body[0].(*Assign).Value.(*BinOp).Right.Start(); got != (Pos{1, 12}) {
		t.Errorf("x after non-ASCII at %v, want 1:12", got)
	}
	// A long non-ASCII line parses in linear time and keeps exact columns.
	long := "x = [" + strings.Repeat("'é', ", 20000) + "y]"
	start := time.Now()
	f, err = Parse("<cell>", long, false)
	if err != nil {
		t.Fatal(err)
	}
	elts := f.Body[0].(*Assign).Value.(*List).Elts
	if got, want := elts[len(elts)-1].Start(), (Pos{1, 6 + 5*20000}); got != want {
		t.Errorf("last element at %v, want %v", got, want)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("a 100k-character line took %v", d)
	}
	// f-string fields report positions inside the file.
	f, _ = Parse("<cell>", "z = 1\ns = f'ab{x}'", false)
	fv := f.Body[1].(*Assign).Value.(*JoinedStr).Values[1].(*FormattedValue)
	if got := fv.Value.Start(); got != (Pos{2, 10}) {
		t.Errorf("f-string expression at %v, want 2:10", got)
	}
}

// TestErrors checks error kinds, messages, positions and Incomplete.
func TestErrors(t *testing.T) {
	tests := []struct {
		src, kind, msg string
		line, col      int
		incomplete     bool
	}{
		{"(", "SyntaxError", "'(' was never closed", 1, 1, true},
		{"f(a,\n  [1,", "SyntaxError", "'[' was never closed", 2, 3, true},
		{"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, true},
		{"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, true},
		{"def f():\n    x = 1\n    if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 3", 3, 10, true},
		{"x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, true},
		{"x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 10, true},
		{"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, false},
		{"x = )", "SyntaxError", "unmatched ')'", 1, 5, false},
		{"  x", "IndentationError", "unexpected indent", 1, 2, false},
		{"if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6, false},
		{"if x:\n\tif y:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, false},
		{"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, false},
		{"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, false},
		{"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, false},
		{"x = 1j", "SyntaxError", "complex numbers are not supported", 1, 5, false},
		{"x = b'abc'", "SyntaxError", "bytes literals are not supported", 1, 5, false},
		{"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6, false},
		{"async def f(): pass", "SyntaxError", "async functions are not supported", 1, 1, false},
		{"x = " + strings.Repeat("(", 201) + strings.Repeat(")", 201), "SyntaxError", "too many nested parentheses", 1, 205, false},
		{"x = 1 +", "SyntaxError", "invalid syntax", 1, 8, false},
	}
	for _, n := range []int{2000, 100000} {
		for _, unit := range []string{"-", "not ", "lambda: ", "1 if x else ", "(", "[", "f(", "a.b[", "x**"} {
			src := strings.Repeat(unit, n) + "1"
			_, err := Parse("<cell>", src, false)
			if n == 2000 && !strings.Contains("([f(a.b[", unit) && err != nil {
				t.Errorf("%d x %q: %v", n, unit, err)
			}
			if n == 100000 {
				if e, ok := err.(*Error); !ok || e.Kind != "SyntaxError" {
					t.Errorf("%d x %q: got %v, want a SyntaxError", n, unit, err)
				}
			}
		}
	}
	for _, tc := range tests {
		_, err := Parse("<cell>", tc.src, false)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v (%T), want *Error", tc.src, err, err)
			continue
		}
		got := []any{e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, e.Incomplete}
		want := []any{tc.kind, tc.msg, tc.line, tc.col, tc.incomplete}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: got %v, want %v", tc.src, got, want)
				break
			}
		}
		if e.File != "<cell>" || e.Text == "" && strings.TrimSpace(tc.src) != "" {
			t.Errorf("%q: File %q Text %q", tc.src, e.File, e.Text)
		}
	}
}

// TestIncomplete pins down Error.Incomplete, which the Session's IsComplete
// uses to tell "needs more lines" from "invalid".
func TestIncomplete(t *testing.T) {
	tests := []struct {
		src        string
		incomplete bool // only meaningful when the source is rejected
		valid      bool
	}{
		{"x = 1", false, true},
		{"for i in range(3):\n    print(i)", false, true},
		{"for i in range(3):", true, false},
		{"def f(x):\n    if x:", true, false},
		{"class A:\n    def f(self):\n", true, false},
		{"if x:\n    pass\nelse:", true, false},
		{"try:\n    x\n", true, false},
		{"@dec", true, false},
		{"@dec\n", true, false},
		{"x = [1,\n 2,", true, false},
		{"print('hello'", true, false},
		{"G = NeuronGroup(1, eqs,\n                threshold='v>1',", true, false},
		{"eqs = '''\ndv/dt = -v/tau : 1\n", true, false},
		{"x = 1 + \\", true, false},
		{"x = 1 + \\\n", true, false},
		{"x = ", false, false},
		{"x = 1 +", false, false},
		{"x = 'abc", false, false},
		{"x = (1, 2))", false, false},
		{"  x = 1", false, true}, // IPython dedents a cell
		{"x = 1\n  y = 2", false, false},
		{"if x:\n    pass\n  y", false, false},
		{"f(a b)", false, false},
	}
	for _, tc := range tests {
		_, err := Parse("<cell>", tc.src, true)
		if tc.valid {
			if err != nil {
				t.Errorf("%q: %v", tc.src, err)
			}
			continue
		}
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want a *Error", tc.src, err)
			continue
		}
		if e.Incomplete != tc.incomplete {
			t.Errorf("%q: %s: Incomplete = %v, want %v", tc.src, e.Msg, e.Incomplete, tc.incomplete)
		}
	}
}
