package integrate

import (
	"math"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/equations"
	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

var second = units.Dim{units.Time: 1}

// simulate integrates eqs for steps of dt from the initial values and
// returns the final state.
func simulate(t *testing.T, model, method string, init map[string]float64, consts map[string]float64, dt float64, steps int) map[string]float64 {
	t.Helper()
	eqs, err := equations.Parse(model)
	if err != nil {
		t.Fatal(err)
	}
	data := map[string][]float64{}
	for _, name := range eqs.Names() {
		data[name] = []float64{init[name]}
	}
	tval := 0.0
	scope := func(name string) (*expr.Symbol, bool) {
		switch name {
		case "dt":
			return &expr.Symbol{Class: expr.Const, Value: dt, Dim: second}, true
		case "t":
			return &expr.Symbol{Class: expr.Scalar, Ref: &tval, Dim: second}, true
		}
		if d, ok := data[name]; ok {
			return &expr.Symbol{Class: expr.Vector, Data: d}, true
		}
		if v, ok := consts[name]; ok {
			return &expr.Symbol{Class: expr.Const, Value: v}, true
		}
		return nil, false
	}
	code, err := StateUpdate(eqs, method, scope)
	if err != nil {
		t.Fatal(err)
	}
	p, err := expr.Compile(code, scope)
	if err != nil {
		t.Fatal(err)
	}
	f := p.NewFrame()
	for k := range steps {
		tval = float64(k) * dt
		p.Exec(f, 0, 1, nil)
	}
	out := map[string]float64{}
	for name, d := range data {
		out[name] = d[0]
	}
	return out
}

// Every method against the analytic solution of a damped oscillator
// driven by time: x” = -x - 0.1 x' (as a first-order system) and a
// time-dependent decay, with tolerances matching each method's order.
func TestMethodsAgainstAnalytic(t *testing.T) {
	const dt = 1e-3
	const steps = 1000 // t = 1
	decay := "dx/dt = -x/tau : 1"
	for method, tol := range map[string]float64{
		"exact": 1e-14, "euler": 1e-3, "heun": 1e-3, "milstein": 1e-3,
		"rk2": 1e-6, "rk4": 1e-12, "exponential_euler": 1e-14,
	} {
		got := simulate(t, decay, method, map[string]float64{"x": 1}, map[string]float64{"tau": 0.5}, dt, steps)
		want := math.Exp(-2)
		if math.Abs(got["x"]-want) > tol {
			t.Errorf("%s: x(1) = %.15g, want %.15g (tol %g)", method, got["x"], want, tol)
		}
	}
	// a linear oscillator: exact (matrix exponential) and rk4
	osc := "dx/dt = y/tau : 1\ndy/dt = -x/tau : 1"
	for method, tol := range map[string]float64{"exact": 1e-12, "rk4": 1e-11, "rk2": 1e-6} {
		got := simulate(t, osc, method, map[string]float64{"x": 1, "y": 0}, map[string]float64{"tau": 1}, dt, steps)
		if math.Abs(got["x"]-math.Cos(1)) > tol || math.Abs(got["y"]+math.Sin(1)) > tol {
			t.Errorf("%s: (x, y) = (%.15g, %.15g), want (cos 1, -sin 1)", method, got["x"], got["y"])
		}
	}
	// time-dependent input: dx/dt = cos(t/tau)/tau, x = sin(t/tau)
	drive := "dx/dt = cos(t/tau)/tau : 1"
	for method, tol := range map[string]float64{"rk4": 1e-12, "rk2": 1e-6, "euler": 1e-3} {
		got := simulate(t, drive, method, nil, map[string]float64{"tau": 1}, dt, steps)
		if math.Abs(got["x"]-math.Sin(1)) > tol {
			t.Errorf("%s: x(1) = %.15g, want sin(1)", method, got["x"])
		}
	}
}

func TestUnsupported(t *testing.T) {
	for _, c := range []struct{ model, method, msg string }{
		{"dv/dt = -v/tau + xi/sqrt(tau) : 1", "exact", "Cannot solve stochastic equations with this state updater."},
		{"dv/dt = -v/tau + xi/sqrt(tau) : 1", "rk4", "Cannot integrate stochastic equations with this state updater."},
		{"dv/dt = -v*xi/sqrt(tau) : 1", "euler", "Cannot integrate equations with multiplicative noise with this state updater."},
		{"dv/dt = (sin(t/tau)-v)/tau : 1", "exact", "Expression 'sin(t / tau) / tau' is not guaranteed to be constant over a time step."},
		{"dv/dt = -v**2/tau : 1", "exact", "Cannot solve the given equations with this stateupdater."},
		{"dv/dt = -v**2/tau : 1", "exponential_euler", "Can only solve conditionally linear systems with this state updater."},
	} {
		eqs, err := equations.Parse(c.model)
		if err != nil {
			t.Fatal(err)
		}
		_, err = StateUpdate(eqs, c.method, nil)
		if err == nil || err.Error() != c.msg || simerr.TypeOf(err) != simerr.UnsupportedEqs {
			t.Errorf("%s with %s: got %v, want %q", c.model, c.method, err, c.msg)
		}
	}
	eqs, _ := equations.Parse("dv/dt = -v/tau : 1")
	if _, err := StateUpdate(eqs, "leapfrog", nil); err == nil || !strings.Contains(err.Error(), "No state updater with the name 'leapfrog'") {
		t.Errorf("unknown method: %v", err)
	}
}

func TestChoose(t *testing.T) {
	for model, want := range map[string]string{
		"dv/dt = (1-v)/tau : 1":                   "exact",
		"dv/dt = (sin(t/tau)-v)/tau : 1":          "euler",
		"dv/dt = -v/tau + xi*tau**-0.5 : 1":       "euler",
		"dv/dt = -v/tau + v*xi*tau**-0.5 : 1":     "heun",
		"dv/dt = -v**3/tau : 1\ndw/dt = -w/tau:1": "euler",
	} {
		eqs, err := equations.Parse(model)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Choose(eqs, nil, nil)
		if err != nil || c.Method != want {
			t.Errorf("%q: chose %q (%v), want %q", model, c.Method, err, want)
		}
	}
	msg := InfoMessage("neurongroup", Choice{Method: "exact"})
	if msg != "No numerical integration method specified for group 'neurongroup', using method 'exact' (took 0.00s)." {
		t.Errorf("info: %q", msg)
	}
}

// The tutorial's exact update reproduces Brian's digits.
func TestExactTutorialDigits(t *testing.T) {
	got := simulate(t, "dv/dt = (1-v)/tau : 1", "exact", nil, map[string]float64{"tau": 0.01}, 1e-4, 1000)
	if got["v"] != 0.9999546000702376 {
		t.Fatalf("v = %.17g, want 0.9999546000702376", got["v"])
	}
}
