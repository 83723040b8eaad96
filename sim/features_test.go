package sim

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/simerr"
)

func tauNS() Resolver {
	return ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}})
}

func TestSubgroupsAndSetters(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 20, "dv/dt = (v0-v)/tau : 1\nv0 : 1\nI = 2*v : 1", GroupOptions{Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := g.Slice(10, 20)
	if err != nil {
		t.Fatal(err)
	}
	// i and N are the subgroup's own
	if err := sub.SetExpr("v0", "i*1.0/(N-1)", "", tauNS()); err != nil {
		t.Fatal(err)
	}
	v0, _ := g.Var("v0")
	if v0.Data()[9] != 0 || v0.Data()[10] != 0 || v0.Data()[19] != 1 || math.Abs(v0.Data()[11]-1.0/9) > 1e-15 {
		t.Fatalf("v0 = %v", v0.Data())
	}
	if err := g.SetExpr("v", "5", "v0 > 0.5", tauNS()); err != nil {
		t.Fatal(err)
	}
	v, _ := g.Var("v")
	n := 0
	for _, x := range v.Data() {
		if x == 5 {
			n++
		}
	}
	if n != 5 {
		t.Fatalf("conditional set hit %d neurons, want 5", n)
	}
	if err := g.SetExprIndices("v", "-1", []int{0, 2}, nil); err != nil {
		t.Fatal(err)
	}
	if v.Data()[0] != -1 || v.Data()[1] != 0 || v.Data()[2] != -1 {
		t.Fatalf("indexed set: %v", v.Data()[:3])
	}
	vals, _, err := g.Eval("I", nil)
	if err != nil || vals[0] != -2 || vals[19] != 10 {
		t.Fatalf("Eval(I) = %v, %v", vals, err)
	}
	st, _ := NewStateMonitor(env, sub, []string{"v", "I"}, StateMonitorOptions{RecordAll: true})
	if err := NewNetwork(env, g, st).Run(context.Background(), 1*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	rec, _ := st.Values("I")
	vrec, _ := st.Values("v")
	if len(rec) != 10 || len(rec[0]) != 10 || rec[9][0] != 10 || vrec[9][0] != 5 || rec[3][4] != 2*vrec[3][4] {
		t.Fatalf("StateMonitor of subexpression: %v", rec)
	}
	if err := g.SetExpr("i", "3", "", nil); err == nil {
		t.Fatal("setting i should fail")
	}
}

func TestPopulationRateAndRunRegularly(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 10, "v : 1", GroupOptions{Threshold: "v > 0.5", Reset: "v = 0"})
	// every 1 ms, neurons with even index are pushed over threshold
	rr, err := g.RunRegularly("v = 1.0*(i % 2 == 0)", Sched{DT: 1 * ms})
	if err != nil {
		t.Fatal(err)
	}
	pr, _ := NewPopulationRateMonitor(env, g, Sched{})
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := NewNetwork(env, g, rr, pr, sm).Run(context.Background(), 10*ms, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	if sm.NumSpikes() != 50 || len(pr.Rate()) != 100 {
		t.Fatalf("%d spikes, %d rate samples", sm.NumSpikes(), len(pr.Rate()))
	}
	// 5 of 10 neurons spike in one 0.1 ms step: 5/10/1e-4 = 5000 Hz
	if pr.Rate()[0] != 5000 || pr.Rate()[1] != 0 || pr.Rate()[10] != 5000 {
		t.Fatalf("rates %v", pr.Rate()[:12])
	}
	flat, err := pr.SmoothRate("flat", 1*ms)
	if err != nil {
		t.Fatal(err)
	}
	// an 11-sample window around step 10 contains two events of 5000 Hz
	if math.Abs(flat[10]-5000.0/11) > 1e-9 || math.Abs(flat[5]-2*5000.0/11) > 1e-9 {
		t.Fatalf("flat smooth %v", flat[:12])
	}
	gauss, _ := pr.SmoothRate("gaussian", 0.5*ms)
	sum := 0.0
	for _, x := range gauss[20:80] {
		sum += x
	}
	if math.Abs(sum/60-500) > 1 {
		t.Fatalf("gaussian smoothing changes the mean rate: %v", sum/60)
	}
	if _, err := pr.SmoothRate("box", 1*ms); err == nil {
		t.Fatal("unknown window accepted")
	}
}

func TestStoreRestoreAndStop(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1", GroupOptions{Method: "exact", Threshold: "v>0.8", Reset: "v = 0"})
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	net := NewNetwork(env, g, sm)
	if err := net.Store(""); err != nil {
		t.Fatal(err)
	}
	if err := net.Run(context.Background(), 50*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	first := append([]float64(nil), sm.T()...)
	if err := net.Restore(""); err != nil {
		t.Fatal(err)
	}
	if net.T() != 0 || sm.NumSpikes() != 0 {
		t.Fatalf("after restore: t=%v, %d spikes", net.T(), sm.NumSpikes())
	}
	if err := net.Run(context.Background(), 50*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	if !sameTimes(sm.T(), first[0]/ms, first[1]/ms, first[2]/ms) {
		t.Fatalf("rerun after restore: %v vs %v", sm.T(), first)
	}
	if err := net.Restore("nope"); err == nil {
		t.Fatal("restoring an unknown state should fail")
	}
	// stop() from a network operation ends the run after that step
	op, _ := NewNetworkOperation(env, func(tt float64) error {
		if tt >= 60*ms-1e-12 {
			net.Stop()
		}
		return nil
	}, Sched{})
	net.Add(op)
	if err := net.Run(context.Background(), 100*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	if math.Abs(net.T()-60.1*ms) > 1e-12 {
		t.Fatalf("stopped at %v", net.T())
	}
}

func TestInterruptKeepsObjectsUsable(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 100, "dv/dt = (1-v)/tau : 1", GroupOptions{Method: "exact"})
	ctx, cancel := context.WithCancel(context.Background())
	steps := 0
	op, _ := NewNetworkOperation(env, func(float64) error {
		steps++
		if steps == 10 {
			cancel()
		}
		return nil
	}, Sched{})
	net := NewNetwork(env, g, op)
	err := net.Run(ctx, 10, RunOptions{Resolver: tauNS()})
	if simerr.TypeOf(err) != "KeyboardInterrupt" || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if steps != 10 || math.Abs(net.T()-10*1e-4) > 1e-12 {
		t.Fatalf("ran %d steps, t=%v", steps, net.T())
	}
	if err := net.Run(context.Background(), 1*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	if math.Abs(net.T()-2*ms) > 1e-12 {
		t.Fatalf("t after second run %v", net.T())
	}
}

func TestOperationErrorAndNames(t *testing.T) {
	env := NewEnv()
	g1, _ := NewNeuronGroup(env, 1, "v:1", GroupOptions{})
	g2, _ := NewNeuronGroup(env, 1, "v:1", GroupOptions{})
	if g1.Name() != "neurongroup" || g2.Name() != "neurongroup_1" {
		t.Fatalf("names %s %s", g1.Name(), g2.Name())
	}
	if _, err := NewNeuronGroup(env, 1, "v:1", GroupOptions{Sched: Sched{Name: "neurongroup"}}); err == nil {
		t.Fatal("duplicate name accepted")
	}
	op, _ := NewNetworkOperation(env, func(float64) error { return errors.New("boom") }, Sched{})
	err := NewNetwork(env, g1, op).Run(context.Background(), 1*ms, RunOptions{})
	var oe *simerr.ObjectError
	if !errors.As(err, &oe) || oe.Object != "networkoperation" || oe.Err.Error() != "boom" {
		t.Fatalf("got %v", err)
	}
}

func TestConflictWarning(t *testing.T) {
	env := NewEnv()
	var logs []string
	env.Log = func(r LogRecord) { logs = append(logs, r.String()) }
	g, _ := NewNeuronGroup(env, 3, "dv/dt = -v/tau : 1", GroupOptions{Method: "exact"})
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "v": {Scalar: 3, Int: true}, "N": {Scalar: 3}})
	if err := NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || !strings.HasPrefix(logs[0], "WARNING    'v' is an internal variable of group 'neurongroup', but also exists in the run namespace with the value 3. The internal variable will be used. [brian2.groups.group.Group.resolve.resolution_conflict]") {
		t.Fatalf("logs %q", logs)
	}
}

func TestBooleanRefractoryAndMultipleClocks(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 1, "dv/dt = 1/tau : 1 (unless refractory)", GroupOptions{Method: "euler",
		Threshold: "v > 1", Reset: "v = 2", Refractory: &Refractory{Expr: "v > 1.5"}})
	// the neuron stays refractory until a slower operation lowers v
	slow, _ := g.RunRegularly("v = 1.0*(v > 1.5)*1.4 + v*(v <= 1.5)", Sched{DT: 5 * ms})
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := NewNetwork(env, g, slow, sm).Run(context.Background(), 30*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	if sm.NumSpikes() < 2 {
		t.Fatalf("spikes %v", sm.T())
	}
}

func TestCustomEvents(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 3, "dv/dt = 1/tau : 1\nc : 1", GroupOptions{Method: "euler",
		Events: map[string]string{"half": "v > 0.5 and c == 0"}})
	if err != nil {
		t.Fatal(err)
	}
	on, err := g.RunOnEvent("half", "c = t/ms", Sched{})
	if err != nil {
		t.Fatal(err)
	}
	em, err := NewSpikeMonitor(env, g, SpikeMonitorOptions{Event: "half"})
	if err != nil || em.Name() != "eventmonitor" {
		t.Fatalf("monitor %v %v", em, err)
	}
	_ = g.SetExpr("v", "0.1*i", "", nil)
	if err := NewNetwork(env, g, on, em).Run(context.Background(), 10*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	// v = 0.1*i + t/10ms crosses 0.5 after 5, 4 and 3 ms (first step past)
	if got := fmt.Sprint(em.I(), len(em.T())); got != "[2 1 0] 3" {
		t.Fatalf("events %v at %v", em.I(), em.T())
	}
	c, _ := g.Var("c")
	if c.Data()[0] <= c.Data()[1] || c.Data()[1] <= c.Data()[2] {
		t.Fatalf("c = %v", c.Data())
	}
}

func TestConstructionWarnings(t *testing.T) {
	env := NewEnv()
	var logs []string
	env.Log = func(r LogRecord) { logs = append(logs, r.String()) }
	_, _ = NewNeuronGroup(env, 1, "dv/dt = -v/tau : 1 (unless refractory)", GroupOptions{Threshold: "v > 1"})
	_, _ = NewNeuronGroup(env, 1, "v : 1", GroupOptions{Threshold: "v > 1", ResetGiven: true})
	_, _ = NewPoissonGroup(env, 1, PoissonOptions{Rate: 1})
	if len(logs) != 2 || !strings.Contains(logs[0], `"unless refractory" flag but no refractory keyword`) ||
		!strings.HasPrefix(logs[1], "WARNING    The NeuronGroup 'neurongroup' sets a threshold but neither a reset") {
		t.Fatalf("logs %q", logs)
	}
}

// Bad input gives Brian-style errors, never panics.
func TestBadInputErrors(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 5, "dv/dt = -v/tau : volt\nx : 1", GroupOptions{Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	r := tauNS()
	for _, c := range []struct{ name, code, typ string }{
		{"v", "", "SyntaxError"},
		{"v", "rand(1)", "SyntaxError"},
		{"v", "clip(v)", "SyntaxError"},
		{"v", "x", "DimensionMismatchError"},
		{"x", "v > 1", "DimensionMismatchError"},
		{"x", "nosuchname", "KeyError"},
		{"x", "nosuchfunc(1)", "KeyError"},
		{"nosuchvar", "1", "AttributeError"},
		{"i", "1", "TypeError"},
		{"x", "1 +* 2", "SyntaxError"},
		{"x", "v**x", "SyntaxError"},
	} {
		err := g.SetExpr(c.name, c.code, "", r)
		if err == nil || simerr.TypeOf(err) != c.typ {
			t.Errorf("%s = %q: got %v (%s), want %s", c.name, c.code, err, simerr.TypeOf(err), c.typ)
		}
	}
	for _, opts := range []GroupOptions{
		{Threshold: "v >"},
		{Reset: "v = = 1"},
		{Method: "nonsense"},
		{Threshold: "x + 1", Reset: "x = 0"},
		{Threshold: "v > 1", Reset: "x = v"},
		{Refractory: &Refractory{Expr: "x + 1"}},
		{Refractory: &Refractory{Expr: "v"}},
	} {
		g, err := NewNeuronGroup(env, 2, "dv/dt = -v/tau : volt\nx : 1", opts)
		if err == nil {
			err = NewNetwork(env, g).Run(context.Background(), 1*ms, RunOptions{Resolver: r})
		}
		if err == nil || simerr.TypeOf(err) == "" {
			t.Errorf("%+v: got %v", opts, err)
		}
	}
	if _, err := NewNeuronGroup(env, 0, "v:1", GroupOptions{}); err == nil {
		t.Error("0 neurons accepted")
	}
	if _, err := g.Slice(3, 2); err == nil {
		t.Error("empty slice accepted")
	}
	if _, err := NewStateMonitor(env, g, []string{"nope"}, StateMonitorOptions{}); err == nil {
		t.Error("unknown monitored variable accepted")
	}
	if err := NewNetwork(env, g).Run(context.Background(), -1, RunOptions{Resolver: r}); err == nil {
		t.Error("negative duration accepted")
	}
}

// Results for a seed do not depend on the number of cores: chunks, not
// goroutines, own the random streams.
func TestParallelReproducible(t *testing.T) {
	run := func(procs int) []float64 {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		env := NewEnv()
		env.Seed(77)
		g, err := NewNeuronGroup(env, 3*chunkSize+123, "dv/dt = (1.2-v)/tau + 0.3*xi*tau**-0.5 : 1 (unless refractory)",
			GroupOptions{Method: "euler", Threshold: "v>1", Reset: "v=0", Refractory: &Refractory{Time: 2 * ms}})
		if err != nil {
			t.Fatal(err)
		}
		_ = g.SetExpr("v", "rand()", "", nil)
		sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
		if err := NewNetwork(env, g, sm).Run(context.Background(), 5*ms, RunOptions{Resolver: tauNS()}); err != nil {
			t.Fatal(err)
		}
		v, _ := g.Var("v")
		return append(append([]float64(nil), v.Data()...), float64(sm.NumSpikes()))
	}
	a, b := run(1), run(2)
	if a[len(a)-1] == 0 {
		t.Fatal("no spikes")
	}
	for k := range a {
		if a[k] != b[k] {
			t.Fatalf("element %d differs: %v vs %v", k, a[k], b[k])
		}
	}
}

func TestSharedVariableRunRegularly(t *testing.T) {
	env := NewEnv()
	g, err := NewNeuronGroup(env, 3, "dv/dt = (I/nA - v)/tau : 1\nI : amp (shared)", GroupOptions{Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	rr, err := g.RunRegularly("I = rand()*50*nA", Sched{DT: 10 * ms})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := NewStateMonitor(env, g, []string{"I", "v"}, StateMonitorOptions{RecordAll: true})
	if err := NewNetwork(env, g, rr, m).Run(context.Background(), 30*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	iv, _ := g.Var("I")
	if !iv.Shared || len(iv.Data()) != 1 || iv.Data()[0] <= 0 || iv.Data()[0] > 50e-9 {
		t.Fatalf("I = %v", iv.Data())
	}
	rec, _ := m.Values("I")
	v, _ := m.Values("v")
	// constant within each 10 ms window, changing between windows, same for all neurons
	if rec[0][0] != rec[2][99] || rec[0][0] == rec[0][100] || rec[1][150] != rec[0][150] || v[0][200] != v[2][200] {
		t.Fatalf("shared I not updated as expected: %v %v %v", rec[0][0], rec[0][100], rec[0][200])
	}
	if err := g.SetExpr("I", "2*nA", "", nil); err != nil || iv.Data()[0] != 2e-9 {
		t.Fatalf("setting shared I: %v %v", err, iv.Data())
	}
}
