package sim

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

const ms = 1e-3

var (
	secondDim = units.Dim{units.Time: 1}
	voltDim   = units.Dim{units.Length: 2, units.Mass: 1, units.Time: -3, units.Current: -1}
)

func ns(m map[string]Value) Resolver { return MapResolver(m) }

func TestTutorialExactAfterV(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1", GroupOptions{Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	net := NewNetwork(env, g)
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}})
	if err := net.Run(context.Background(), 100*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	v, _ := g.Var("v")
	if got := fmt.Sprint(v.Data()[0]); got != "0.9999546000702376" {
		t.Fatalf("After v = %s, want 0.9999546000702376", got)
	}
}

func spikeTimes(t *testing.T, tau, refractory float64, unless bool) []float64 {
	t.Helper()
	env := NewEnv()
	model := "dv/dt = (1-v)/tau : 1"
	if unless {
		model += " (unless refractory)"
	}
	opts := GroupOptions{Method: "exact", Threshold: "v>0.8", Reset: "v = 0"}
	if refractory > 0 {
		opts.Refractory = &Refractory{Time: refractory}
	}
	g, err := NewNeuronGroup(env, 1, model, opts)
	if err != nil {
		t.Fatal(err)
	}
	sm, err := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := NewStateMonitor(env, g, []string{"v"}, StateMonitorOptions{Record: []int{0}})
	if err != nil {
		t.Fatal(err)
	}
	net := NewNetwork(env, g, sm, st)
	r := ns(map[string]Value{"tau": {Scalar: tau, Dim: secondDim}})
	if err := net.Run(context.Background(), 50*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	if len(st.T()) != 500 || st.T()[0] != 0 || math.Abs(st.T()[499]-49.9*ms) > 1e-12 {
		t.Fatalf("StateMonitor t: %d samples, last %v", len(st.T()), st.T()[len(st.T())-1])
	}
	return sm.T()
}

func sameTimes(got []float64, want ...float64) bool {
	if len(got) != len(want) {
		return false
	}
	for k := range got {
		if math.Abs(got[k]-want[k]*ms) > 1e-12 {
			return false
		}
	}
	return true
}

func TestTutorialSpikeTimes(t *testing.T) {
	if got := spikeTimes(t, 10*ms, 0, false); !sameTimes(got, 16, 32.1, 48.2) {
		t.Errorf("threshold/reset: spikes %v, want [16 32.1 48.2] ms", got)
	}
	if got := spikeTimes(t, 5*ms, 15*ms, false); !sameTimes(got, 8, 23, 38) {
		t.Errorf("refractory 15 ms: spikes %v, want [8 23 38] ms", got)
	}
	if got := spikeTimes(t, 10*ms, 5*ms, true); !sameTimes(got, 16, 37) {
		t.Errorf("unless refractory 5 ms: spikes %v, want [16 37] ms (Brian2)", got)
	}
}

func TestTutorialUnitError(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 1, "dv/dt = 1-v : 1", GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	err = NewNetwork(env, g).Run(context.Background(), 100*ms, RunOptions{})
	if err == nil {
		t.Fatal("no error")
	}
	if err.Error() != "Error encountered with object named 'neurongroup'." || simerr.TypeOf(err) != "BrianObjectException" {
		t.Fatalf("got %q (%s)", err, simerr.TypeOf(err))
	}
	if !err.(*simerr.ObjectError).Preparing {
		t.Error("not marked as a preparation error")
	}
	cause := err.(*simerr.ObjectError).Err
	want := "Inconsistent units in differential equation defining variable 'v':\nExpression '1-v' does not have the expected unit hertz (unit is 1)."
	if cause.Error() != want || simerr.TypeOf(cause) != "DimensionMismatchError" {
		t.Fatalf("cause %q", cause)
	}
}

func TestMethodChoiceLog(t *testing.T) {
	env := NewEnv()
	var logs []string
	env.Log = func(r LogRecord) { logs = append(logs, r.String()) }
	g, _ := NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1", GroupOptions{})
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}})
	if err := NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || !strings.HasPrefix(logs[0], "INFO       No numerical integration method specified for group 'neurongroup', using method 'exact' (took ") ||
		!strings.HasSuffix(logs[0], "s). [brian2.stateupdaters.base.method_choice]") {
		t.Fatalf("logs: %q", logs)
	}
}

func TestUnknownIdentifier(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1", GroupOptions{Method: "exact"})
	err := NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{})
	var oe *simerr.ObjectError
	if err == nil || !errorsAs(err, &oe) || oe.Err.Error() != `The identifier "tau" could not be resolved.` || simerr.TypeOf(oe.Err) != "KeyError" {
		t.Fatalf("got %v", err)
	}
}

func errorsAs(err error, oe **simerr.ObjectError) bool {
	e, ok := err.(*simerr.ObjectError)
	*oe = e
	return ok
}

func TestStringSettersAndLastCell(t *testing.T) {
	env := NewEnv()
	env.Seed(1)
	N := 1000
	r := ns(map[string]Value{
		"tau": {Scalar: 10 * ms, Dim: secondDim}, "vr": {Scalar: -70e-3, Dim: voltDim},
		"vt0": {Scalar: -50e-3, Dim: voltDim}, "delta_vt0": {Scalar: 5e-3, Dim: voltDim},
		"tau_t": {Scalar: 100 * ms, Dim: secondDim}, "sigma": {Scalar: 0.5 * 20e-3, Dim: voltDim},
		"v_drive": {Scalar: 2 * 20e-3, Dim: voltDim}, "N": {Scalar: float64(N)},
	})
	eqs := `
dv/dt = (v_drive+vr-v)/tau + sigma*xi*tau**-0.5 : volt
dvt/dt = (vt0-vt)/tau_t : volt
`
	g, err := NewNeuronGroup(env, N, eqs, GroupOptions{Method: "euler", Threshold: "v>vt",
		Reset: "v = vr\nvt += delta_vt0", Refractory: &Refractory{Time: 5 * ms}})
	if err != nil {
		t.Fatal(err)
	}
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := g.SetExpr("v", "rand()*(vt0-vr)+vr", "", r); err != nil {
		t.Fatal(err)
	}
	if err := g.SetExpr("vt", "vt0", "", r); err != nil {
		t.Fatal(err)
	}
	v, _ := g.Var("v")
	for _, x := range v.Data() {
		if x < -70e-3 || x > -50e-3 {
			t.Fatalf("v out of range: %v", x)
		}
	}
	if err := g.SetExpr("v", "rand()", "", r); err == nil || !strings.Contains(err.Error(), "does not have the expected unit volt") {
		t.Fatalf("unit error expected, got %v", err)
	}
	if err := NewNetwork(env, g, sm).Run(context.Background(), 100*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	// Brian2 gives about 9-10 spikes per neuron in 100 ms for this cell
	rate := float64(sm.NumSpikes()) / float64(N) / 0.1
	if rate < 60 || rate > 130 {
		t.Fatalf("rate %v Hz", rate)
	}
}
