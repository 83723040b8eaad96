package expr

import (
	"math"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

var volt = units.Dim{units.Length: 2, units.Mass: 1, units.Time: -3, units.Current: -1}
var second = units.Dim{units.Time: 1}

func testScope(vars map[string]*Symbol) Scope {
	return func(name string) (*Symbol, bool) { s, ok := vars[name]; return s, ok }
}

func run(t *testing.T, code string, vars map[string]*Symbol, n int) {
	t.Helper()
	stmts, err := ParseCode(code)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(stmts, testScope(vars))
	if err != nil {
		t.Fatal(err)
	}
	f := p.NewFrame()
	f.Seed(1, 2)
	p.Exec(f, 0, n, nil)
}

func TestExactTutorialStep(t *testing.T) {
	v := []float64{0}
	vars := map[string]*Symbol{
		"v":   {Class: Vector, Data: v},
		"dt":  {Class: Const, Value: 0.0001, Dim: second},
		"tau": {Class: Const, Value: 0.01, Dim: second},
	}
	stmts, _ := ParseCode("_v = 1.0*(1 - exp(-dt/tau)) + exp(-dt/tau)*v\nv = _v")
	p, err := Compile(stmts, testScope(vars))
	if err != nil {
		t.Fatal(err)
	}
	f := p.NewFrame()
	for range 1000 {
		p.Exec(f, 0, 1, nil)
	}
	if got := v[0]; got != 0.9999546000702376 {
		t.Fatalf("v = %.17g, want 0.9999546000702376", got)
	}
}

func TestArithmeticAndFunctions(t *testing.T) {
	n := 600 // spans several blocks
	x := make([]float64, n)
	y := make([]float64, n)
	vars := map[string]*Symbol{
		"x": {Class: Vector, Data: x},
		"y": {Class: Vector, Data: y},
		"i": {Class: Index},
		"N": {Class: Const, Value: float64(n), Kind: Int},
	}
	run(t, "x = i*3.0/(N-1)\ny = -x**2 + 2**-1 + clip(x, 0.5, 2) + (x > 1 and not x > 2) + 7 // 2 + (-7) % 3 + abs(-x) + exprel(0)", vars, n)
	for i := range n {
		xv := float64(i) * 3.0 / float64(n-1)
		b := 0.0
		if xv > 1 && !(xv > 2) {
			b = 1
		}
		want := -xv*xv + 0.5 + math.Max(0.5, math.Min(2, xv)) + b + 3 + 2 + xv + 1
		if math.Abs(y[i]-want) > 1e-12 {
			t.Fatalf("i=%d: y=%v want %v", i, y[i], want)
		}
	}
}

func TestIndexedExecution(t *testing.T) {
	v := []float64{1, 2, 3, 4, 5}
	vars := map[string]*Symbol{"v": {Class: Vector, Data: v}, "vr": {Class: Const, Value: -1}}
	stmts, _ := ParseCode("v = vr\n")
	p, err := Compile(stmts, testScope(vars))
	if err != nil {
		t.Fatal(err)
	}
	p.ExecIndices(p.NewFrame(), []int32{1, 3}, nil)
	want := []float64{1, -1, 3, -1, 5}
	for i := range v {
		if v[i] != want[i] {
			t.Fatalf("v = %v, want %v", v, want)
		}
	}
}

func TestConditionSink(t *testing.T) {
	v := make([]float64, 1000)
	for i := range v {
		v[i] = float64(i)
	}
	vars := map[string]*Symbol{"v": {Class: Vector, Data: v}}
	p, err := CompileExpr(MustParse("v > 500.5"), testScope(vars))
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	p.Exec(p.NewFrame(), 0, 1000, func(lo int, vals []float64) {
		for _, x := range vals {
			if x != 0 {
				count++
			}
		}
	})
	if count != 499 {
		t.Fatalf("count = %d, want 499", count)
	}
}

func TestDimensionMessages(t *testing.T) {
	vars := map[string]*Symbol{
		"v":   {Class: Vector},
		"tau": {Class: Const, Value: 0.01, Dim: second},
		"u":   {Class: Vector, Dim: volt},
	}
	s := testScope(vars)
	err := CheckDims("1-v", MustParse("1-v"), units.Dim{units.Time: -1}, s)
	if err == nil || err.Error() != "Expression '1-v' does not have the expected unit hertz (unit is 1)." {
		t.Fatalf("got %v", err)
	}
	if simerr.TypeOf(err) != "DimensionMismatchError" {
		t.Fatalf("type %q", simerr.TypeOf(err))
	}
	_, err = Dims(MustParse("u + tau"), s)
	if err == nil || err.Error() != "Expression 'u + tau' uses inconsistent units ('u' has unit V; 'tau' has unit s)." {
		t.Fatalf("got %v", err)
	}
	d, err := Dims(MustParse("u*tau**-0.5"), s)
	if err != nil || d != volt.Mul(second.Pow(-0.5)) {
		t.Fatalf("got %v %v", d, err)
	}
	if _, err := Dims(MustParse("exp(tau)"), s); err == nil || !strings.Contains(err.Error(), "Argument number 1 for function exp does not have the correct units") {
		t.Fatalf("got %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"v +", "(v", "v v", "3 $ 4"} {
		if _, err := ParseExpr(src); err == nil || simerr.TypeOf(err) != "SyntaxError" {
			t.Errorf("%q: got %v", src, err)
		}
	}
}

func TestRenderPrecedence(t *testing.T) {
	for src, want := range map[string]string{
		"(a+b)*c":   "(a + b) * c",
		"a-(b-c)":   "a - (b - c)",
		"-x**2":     "-(x ** 2)",
		"a/b/c":     "a / b / c",
		"f(a, b+1)": "f(a, b + 1)",
	} {
		if got := Render(MustParse(src)); got != want {
			t.Errorf("Render(%q) = %q, want %q", src, got, want)
		}
	}
}
