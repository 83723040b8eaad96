package sim

import (
	"context"
	"math"
	"strings"
	"testing"
)

// Brian warns about a namespace conflict only for names the user wrote:
// "t" in the generated refractoriness check is not one.
func TestConflictWarningOnlyUserNames(t *testing.T) {
	env := NewEnv()
	var logs []string
	env.Log = func(r LogRecord) { logs = append(logs, r.String()) }
	g, _ := NewNeuronGroup(env, 2, "dv/dt = -v/tau : 1 (unless refractory)",
		GroupOptions{Method: "exact", Threshold: "v>1", Reset: "v=0", Refractory: &Refractory{Time: 2 * ms}})
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "t": {Scalar: 5 * ms, Dim: secondDim},
		"lastspike": {Scalar: 1}, "dt": {Scalar: 1 * ms, Dim: secondDim}})
	if err := NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 0 {
		t.Fatalf("unexpected warnings %q", logs)
	}
}

// The warning shows the value as Brian's repr (checked against Brian
// 2.5.1's output).
func TestConflictWarningRepr(t *testing.T) {
	cases := []struct {
		v    Value
		want string
	}{
		{Value{Scalar: 3, Int: true}, "3"},
		{Value{Scalar: 3}, "3.0"},
		{Value{Scalar: 0.1}, "0.1"},
		{Value{Scalar: 10 * ms, Dim: secondDim}, "10. * msecond"},
		{Value{Scalar: 2.5e-3, Dim: voltDim}, "2.5 * mvolt"},
		{Value{Scalar: -70e-3, Dim: voltDim}, "-70. * mvolt"},
		{Value{Scalar: 1, Dim: secondDim}, "1. * second"},
		{Value{Array: []float64{1, 2}}, "array([1., 2.])"},
		{Value{Array: []float64{0, -1}}, "array([ 0., -1.])"},
		{Value{Scalar: 1e-5}, "1e-05"},
		{Value{Scalar: 1e16}, "1e+16"},
		{Value{Scalar: 123456.0}, "123456.0"},
	}
	for _, c := range cases {
		if got := reprValue(c.v); got != c.want {
			t.Errorf("reprValue(%+v) = %q, want %q", c.v, got, c.want)
		}
	}
	env := NewEnv()
	var logs []string
	env.Log = func(r LogRecord) { logs = append(logs, r.String()) }
	g, _ := NewNeuronGroup(env, 2, "dv/dt = -v/tau : 1", GroupOptions{Method: "exact"})
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "v": {Scalar: 10 * ms, Dim: secondDim}})
	if err := NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || !strings.Contains(logs[0], "with the value 10. * msecond. The internal") {
		t.Fatalf("logs %q", logs)
	}
}

// Integer negation has no negative zero: Brian's '-i*mV' is 0. for i=0.
func TestNegativeIntegerNoNegativeZero(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 3, "v : volt", GroupOptions{})
	if err := g.SetExpr("v", "-i*mV", "", nil); err != nil {
		t.Fatal(err)
	}
	v, _ := g.Var("v")
	d := v.Data()
	if math.Signbit(d[0]) || d[0] != 0 || d[1] != -1e-3 || d[2] != -2e-3 {
		t.Fatalf("v = %v (signbit %v)", d, math.Signbit(d[0]))
	}
}

// ";" separates statements in reset code, as in Brian.
func TestSemicolonStatements(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 1, "dv/dt = 1/tau : 1\nw : 1", GroupOptions{Method: "euler", Threshold: "v>0.5", Reset: "v = 0; w += 1;w += 1"})
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := NewNetwork(env, g, sm).Run(context.Background(), 20*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	w, _ := g.Var("w")
	if got, n := w.Data()[0], sm.NumSpikes(); n < 3 || got != float64(2*n) {
		t.Fatalf("w = %v after %d spikes", got, n)
	}
}

// Restore puts the clocks back at once: G.t is the stored time before any
// further run.
func TestRestoreClocks(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1", GroupOptions{Method: "exact"})
	net := NewNetwork(env, g)
	if err := net.Run(context.Background(), 10*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	_ = net.Store("a")
	if err := net.Run(context.Background(), 5*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	if err := net.Restore("a"); err != nil {
		t.Fatal(err)
	}
	if got := g.Clock().T(); math.Abs(got-10*ms) > 1e-12 || net.T() != got {
		t.Fatalf("after restore: G.t = %v, net.t = %v", got, net.T())
	}
}

// A threshold comparing two variables ("v > vt") takes the fast scan and
// gives the same spikes as the general threshold program ("v - vt > 0").
func TestFastThresholdTwoVariables(t *testing.T) {
	spikes := func(thr string) []int32 {
		env := NewEnv()
		g, err := NewNeuronGroup(env, 5000, "v : 1\nvt : 1", GroupOptions{Threshold: thr, Reset: "v = 0",
			Refractory: &Refractory{Time: 1 * ms}})
		if err != nil {
			t.Fatal(err)
		}
		_ = g.SetExpr("v", "i % 7", "", nil)
		_ = g.SetExpr("vt", "i % 5", "", nil)
		_ = g.SetExpr("lastspike", "0*ms", "i % 3 == 0", nil)
		_ = g.SetExpr("not_refractory", "0", "i % 3 == 0", nil)
		if err := NewNetwork(env, g).Run(context.Background(), 0.1*ms, RunOptions{}); err != nil {
			t.Fatal(err)
		}
		if thr == "v > vt" && (g.rt.fast == nil || g.rt.fast.other == nil) {
			t.Fatal("v > vt did not take the fast threshold")
		}
		return append([]int32(nil), g.Spikes()...)
	}
	fast, general := spikes("v > vt"), spikes("v - vt > 0")
	if len(fast) == 0 || len(fast) != len(general) {
		t.Fatalf("%d spikes, general threshold %d", len(fast), len(general))
	}
	for k := range fast {
		if fast[k] != general[k] {
			t.Fatalf("spike %d: %d vs %d", k, fast[k], general[k])
		}
	}
}
