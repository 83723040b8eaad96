package equations

import (
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

func TestParseModel(t *testing.T) {
	eqs, err := Parse(`
# a comment line
dv/dt = (v0 - v)/tau +     # trailing comment
        sigma*xi*tau**-0.5 : volt (unless refractory)
v0 : volt (constant, shared)
I = g*(E - v) : amp
g : siemens
spiking : boolean
count : integer
x : 1
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eqs.Names(), ","); got != "v,v0,I,g,spiking,count,x" {
		t.Fatalf("names %s", got)
	}
	v, _ := eqs.Get("v")
	volt, _ := units.Lookup("volt")
	if v.Type != Differential || v.Dim != volt.Dim || !v.HasFlag("unless refractory") || v.Node == nil {
		t.Errorf("v: %+v", v)
	}
	if !strings.Contains(v.Expr, "sigma*xi*tau**-0.5") {
		t.Errorf("multi-line expression: %q", v.Expr)
	}
	v0, _ := eqs.Get("v0")
	if v0.Type != Parameter || len(v0.Flags) != 2 || v0.Flags[1] != "shared" {
		t.Errorf("v0: %+v", v0)
	}
	amp, _ := units.Lookup("amp")
	if q, _ := eqs.Get("I"); q.Type != Subexpression || q.Dim != amp.Dim {
		t.Errorf("I: %+v", q)
	}
	if q, _ := eqs.Get("spiking"); q.VarType != Boolean {
		t.Errorf("spiking: %+v", q)
	}
	if q, _ := eqs.Get("count"); q.VarType != Integer {
		t.Errorf("count: %+v", q)
	}
	if ids := strings.Join(eqs.Identifiers(), ","); ids != "tau,sigma,xi,E" {
		t.Errorf("identifiers %s", ids)
	}
}

func TestCompoundUnits(t *testing.T) {
	eqs, err := Parse("g : siemens/metre**2\nc : farad/meter**2\nr : Hz")
	if err != nil {
		t.Fatal(err)
	}
	q, _ := eqs.Get("g")
	if q.Dim != (units.Dim{units.Length: -4, units.Mass: -1, units.Time: 3, units.Current: 2}) {
		t.Errorf("siemens/metre**2: %v", q.Dim)
	}
	q, _ = eqs.Get("r")
	if q.Dim != (units.Dim{units.Time: -1}) {
		t.Errorf("Hz: %v", q.Dim)
	}
}

func TestParseErrors(t *testing.T) {
	for src, typ := range map[string]string{
		"dv/dt = 1-v":              simerr.EquationError,
		"dv/dt = (1-v : 1":         simerr.SyntaxError,
		"v : furlong":              simerr.EquationError,
		"v : 1\nv : 1":             simerr.EquationError,
		"_v : 1":                   simerr.SyntaxError,
		"t : second":               simerr.SyntaxError,
		"exp : 1":                  simerr.SyntaxError,
		"dv/dt = -v/tau : integer": simerr.TypeError,
	} {
		_, err := Parse(src)
		if err == nil || simerr.TypeOf(err) != typ {
			t.Errorf("%q: got %v (%s), want %s", src, err, simerr.TypeOf(err), typ)
		}
	}
}

// Messages as Brian 2.5.1 prints them.
func TestBrianMessages(t *testing.T) {
	for src, want := range map[string]string{
		"v : mV":       "Error parsing the unit specification for variable 'v': Unit specification refers to 'mV', but this is not a base unit. Use 'volt' instead.",
		"v : 1\nv : 1": "Duplicate definition of variable 'v'",
		"dv/dt = 1-v":  "Parsing failed: \ndv/dt = 1-v\n^\nExpected end of text, found 'dv'  (at char 0), (line:1, col:1)",
	} {
		if _, err := Parse(src); err == nil || err.Error() != want {
			t.Errorf("%q: got %v\nwant %s", src, err, want)
		}
	}
}
