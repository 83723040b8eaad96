package numpy

import (
	"context"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

func testThread() *interp.Thread {
	return interp.NewSession(interp.Options{}).NewThread(context.Background(), nil)
}

func unitNamed(t *testing.T, name string) *Array {
	u, ok := units.Lookup(name)
	if !ok {
		t.Fatalf("no unit %q", name)
	}
	return NewUnit(u)
}

func mustBinary(t *testing.T, th *interp.Thread, op interp.Op, x, y interp.Value) interp.Value {
	t.Helper()
	v, err := interp.Binary(th, op, x, y)
	if err != nil {
		t.Fatalf("%v %s %v: %v", x, op, y, err)
	}
	return v
}

// TestTutorialCells checks the quantities of tutorial 1, cells 3-8.
func TestTutorialCells(t *testing.T) {
	th := testThread()
	mul := func(x, y interp.Value) interp.Value { return mustBinary(t, th, interp.Mul, x, y) }
	cases := []struct {
		v           interp.Value
		repr, latex string
	}{
		{mul(interp.Int(20), unitNamed(t, "volt")), "20. * volt", `$20.0\,\mathrm{V}$`},
		{mul(interp.Int(1000), unitNamed(t, "amp")), "1. * kamp", `$1.0\,\mathrm{k}\mathrm{A}$`},
		{mul(interp.Float(1e6), unitNamed(t, "volt")), "1. * Mvolt", `$1.0\,\mathrm{M}\mathrm{V}$`},
		{mul(interp.Int(1000), unitNamed(t, "namp")), "1. * uamp", `$1.0000000000000002\,\mathrm{\mu}\mathrm{A}$`},
		{mul(mul(mul(interp.Int(10), unitNamed(t, "nA")), interp.Int(5)), unitNamed(t, "Mohm")), "50. * mvolt", `$49.99999999999999\,\mathrm{m}\mathrm{V}$`},
	}
	for _, c := range cases {
		a := c.v.(*Array)
		b, err := a.MimeBundle(th)
		if err != nil {
			t.Fatal(err)
		}
		if b["text/plain"] != c.repr || b["text/latex"] != c.latex {
			t.Errorf("got %q %q, want %q %q", b["text/plain"], b["text/latex"], c.repr, c.latex)
		}
	}
	_, err := interp.Binary(th, interp.Add, mul(interp.Int(5), unitNamed(t, "amp")), mul(interp.Int(10), unitNamed(t, "volt")))
	e, ok := err.(*interp.Exception)
	if !ok || e.Class != DimensionMismatchError || e.Message() != "Cannot calculate 5. A + 10. V, units do not match (units are A and V)." {
		t.Errorf("5*amp+10*volt: %v", err)
	}
}

func TestArrayPrinting(t *testing.T) {
	th := testThread()
	ms := unitNamed(t, "ms")
	st := NewFloatArray([]float64{0.016, 0.0321, 0.0482}, nil, ms.dim)
	if s, _ := st.Str(th); s != "[16.  32.1 48.2] ms" {
		t.Errorf("str = %q", s)
	}
	if s, _ := st.Repr(th); s != "array([16. , 32.1, 48.2]) * msecond" {
		t.Errorf("repr = %q", s)
	}
	plain := mustBinary(t, th, interp.TrueDiv, st, ms).(*Array)
	if plain.Type() != NDArrayType {
		t.Errorf("t/ms type %s", plain.Type().Name)
	}
	if s, _ := NewFloatArray([]float64{8, 23, 38}, nil, units.Dim{}).Str(th); s != "[ 8. 23. 38.]" {
		t.Errorf("str = %q", s)
	}
}

// TestCellResults runs tutorial 1's cells 3-8 through a Session and
// checks the execute_result bundles and the error against Brian's
// reference output (../shared/reference/1-intro-to-brian-neurons.json).
func TestCellResults(t *testing.T) {
	evaluatorWorks(t)
	s := newTestSession()
	out := &captureOutput{}
	ctx := context.Background()
	if r := s.Execute(ctx, "from brian2.units import *", out, interp.ExecOptions{}); r.Error != nil {
		t.Fatalf("import: %v", r.Error.Evalue)
	}
	for _, c := range []struct{ src, plain, latex string }{
		{"20*volt", "20. * volt", `$20.0\,\mathrm{V}$`},
		{"1000*amp", "1. * kamp", `$1.0\,\mathrm{k}\mathrm{A}$`},
		{"1e6*volt", "1. * Mvolt", `$1.0\,\mathrm{M}\mathrm{V}$`},
		{"1000*namp", "1. * uamp", `$1.0000000000000002\,\mathrm{\mu}\mathrm{A}$`},
		{"10*nA*5*Mohm", "50. * mvolt", `$49.99999999999999\,\mathrm{m}\mathrm{V}$`},
	} {
		r := s.Execute(ctx, c.src, out, interp.ExecOptions{})
		if r.Error != nil || r.Result["text/plain"] != c.plain || r.Result["text/latex"] != c.latex {
			t.Errorf("%s: result %v, error %v", c.src, r.Result, r.Error)
		}
	}
	r := s.Execute(ctx, "5*amp+10*volt", out, interp.ExecOptions{})
	if r.Error == nil || r.Error.Ename != "DimensionMismatchError" || r.Error.Evalue != "Cannot calculate 5. A + 10. V, units do not match (units are A and V)." {
		t.Errorf("5*amp+10*volt: %+v", r.Error)
	}
}
