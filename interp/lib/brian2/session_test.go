package brian2

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gobrian/gobrian/interp"
)

// exec runs one cell, failing the test on a Python error.
func execCell(t *testing.T, s *interp.Session, ctx context.Context, code string) (string, *interp.ErrorInfo) {
	t.Helper()
	out := &sessionOutput{}
	res := s.Execute(ctx, code, out, interp.ExecOptions{CellName: "<cell>"})
	return out.stdout.String(), res.Error
}

// An interrupted run raises KeyboardInterrupt promptly; the objects stay
// usable and the next run continues from where the interrupted one stopped.
func TestInterruptLongRun(t *testing.T) {
	s := newSession()
	if _, e := execCell(t, s, context.Background(), "from brian2 import *\nG = NeuronGroup(1000, 'dv/dt = (1-v)/(10*ms) : 1', method='exact')"); e != nil {
		t.Fatal(e.Evalue)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, e := execCell(t, s, ctx, "run(1000*second)")
	if e == nil || e.Ename != "KeyboardInterrupt" {
		t.Fatalf("interrupted run: %+v, want KeyboardInterrupt", e)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("interrupt took %v", d)
	}
	out, e := execCell(t, s, context.Background(), "t0 = defaultclock.t[:]  # a VariableView is live; [:] copies\nrun(1*ms)\nprint(round(float((defaultclock.t - t0)/ms), 9), 0 < G.v[0] < 1)")
	if e != nil {
		t.Fatalf("run after interrupt: %s: %s", e.Ename, e.Evalue)
	}
	if strings.TrimSpace(out) != "1.0 True" {
		t.Errorf("after interrupt: %q", out)
	}
}

// seed() makes noisy simulations reproducible.
func TestSeedReproducible(t *testing.T) {
	code := `from brian2 import *
seed(11)
G = NeuronGroup(50, 'dv/dt = -v/(10*ms) + 0.5*xi/sqrt(ms) : 1', method='euler')
G.v = 'rand()'
run(5*ms)
print(list(G.v[:3]))
`
	first, e := execCell(t, newSession(), context.Background(), code)
	if e != nil {
		t.Fatalf("%s: %s", e.Ename, e.Evalue)
	}
	second, _ := execCell(t, newSession(), context.Background(), code)
	if first != second || first == "" {
		t.Errorf("seeded runs differ: %q vs %q", first, second)
	}
}

// noisyTutorialCode is tutorial 1's noisy model (100 neurons, 1000 ms).
const noisyTutorialCode = `
N = 100
tau = 10*ms
v0_max = 3.
sigma = 0.2
eqs = '''
dv/dt = (v0-v)/tau+sigma*xi*tau**-0.5 : 1 (unless refractory)
v0 : 1
'''
G = NeuronGroup(N, eqs, threshold='v>1', reset='v=0', refractory=5*ms, method='euler')
M = SpikeMonitor(G)
G.v0 = 'i*v0_max/(N-1)'
run(1000*ms)
print(M.num_spikes, sum(M.count[:50]))
`

// Tutorial 1's noisy model: firing rates agree with Brian2's within
// sampling error (spike counts over 1000 ms of 100 neurons).
func TestNoisyRatesAgainstBrian2(t *testing.T) {
	wants := oracleOutputs(t)
	want := wants[len(wants)-1]
	got := gobrianScript(t, noisyTutorialCode)
	g, w := strings.Fields(got), strings.Fields(want)
	if len(g) != 2 || len(w) != 2 {
		t.Fatalf("outputs %q / %q", got, want)
	}
	for k, what := range []string{"total spikes", "spikes of the 50 slowest neurons"} {
		a, _ := strconv.ParseFloat(g[k], 64)
		b, _ := strconv.ParseFloat(w[k], 64)
		// Counts are roughly Poisson; allow five standard deviations.
		if math.Abs(a-b) > 5*math.Sqrt(b)+1 {
			t.Errorf("%s = %v, Brian2 %v", what, a, b)
		}
	}
}

// Tutorial 1's last cell (1000 noisy neurons, 100 ms) runs quickly.
func TestTutorialLastCellSpeed(t *testing.T) {
	s := newSession()
	if _, e := execCell(t, s, context.Background(), "from brian2 import *"); e != nil {
		t.Fatal(e.Evalue)
	}
	code := `start_scope()
N = 1000
tau = 10*ms
vr = -70*mV
vt0 = -50*mV
delta_vt0 = 5*mV
tau_t = 100*ms
sigma = 0.5*(vt0-vr)
v_drive = 2*(vt0-vr)
duration = 100*ms
eqs = '''
dv/dt = (v_drive+vr-v)/tau + sigma*xi*tau**-0.5 : volt
dvt/dt = (vt0-vt)/tau_t : volt
'''
reset = '''
v = vr
vt += delta_vt0
'''
G = NeuronGroup(N, eqs, threshold='v>vt', reset=reset, refractory=5*ms, method='euler')
spikemon = SpikeMonitor(G)
G.v = 'rand()*(vt0-vr)+vr'
G.vt = vt0
run(duration)
print(spikemon.num_spikes > 0)
`
	start := time.Now()
	out, e := execCell(t, s, context.Background(), code)
	d := time.Since(start)
	if e != nil {
		t.Fatalf("%s: %s", e.Ename, e.Evalue)
	}
	if strings.TrimSpace(out) != "True" {
		t.Errorf("output %q", out)
	}
	t.Logf("tutorial 1 last cell (without plotting): %v", d)
	if d > 2*time.Second {
		t.Errorf("last cell took %v", d)
	}
}
