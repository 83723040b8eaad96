package brian2

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"slices"
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

// tutorialLastCell is tutorial 1's last cell without its plotting (the
// model of ../shared/bench/brian2/tut1.py).
const tutorialLastCell = `start_scope()
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
print(spikemon.num_spikes)
`

// runLastCell runs tutorialLastCell in a fresh session after the star
// import; it returns the cell's time and its number of spikes.
func runLastCell(t *testing.T) (time.Duration, int) {
	s := newSession()
	if _, e := execCell(t, s, context.Background(), "from brian2 import *"); e != nil {
		t.Fatal(e.Evalue)
	}
	start := time.Now()
	out, e := execCell(t, s, context.Background(), tutorialLastCell)
	d := time.Since(start)
	if e != nil {
		t.Fatalf("%s: %s", e.Ename, e.Evalue)
	}
	n, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		t.Fatalf("output %q", out)
	}
	return d, n
}

// Tutorial 1's last cell runs and its neurons fire as Brian2's do: the
// spike count of Brian's own script for the model (numpy target, run in
// the test) within five Poisson standard deviations.
func TestTutorialLastCell(t *testing.T) {
	_, n := runLastCell(t)
	out, err := exec.Command("/usr/bin/python3", tut1Script, "numpy").Output()
	if err != nil {
		t.Skipf("Brian2's tut1.py did not run (%v); gobrian gave %d spikes", err, n)
	}
	rec := lastJSON(t, out)
	if d := math.Abs(float64(n - rec.Spikes)); d > 5*math.Sqrt(float64(rec.Spikes)) {
		t.Errorf("%d spikes, Brian2 %d", n, rec.Spikes)
	}
}

// tut1Script is Brian's side of benchmark (b).
const tut1Script = "/work/shared/bench/brian2/tut1.py"

// benchRecord is the JSON line the Brian benchmark scripts print last.
type benchRecord struct {
	Total  float64 `json:"total"`
	Spikes int     `json:"n_spikes"`
}

func lastJSON(t *testing.T, out []byte) benchRecord {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var rec benchRecord
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rec); err != nil {
		t.Fatalf("Brian benchmark output %q: %v", out, err)
	}
	return rec
}

// TestBenchTutorialVersusBrian is benchmark (b) of the simulator issue:
// tutorial 1's last cell from cell start to finish, through gobrian and
// through Brian2's own script (construct + run, import excluded) with the
// numpy and cython targets, in the same run; medians of 5. Only with
// GOBRIAN_BENCH=1:
//
//	GOBRIAN_BENCH=1 go test -run BenchTutorialVersusBrian -v ./interp/lib/brian2
func TestBenchTutorialVersusBrian(t *testing.T) {
	if os.Getenv("GOBRIAN_BENCH") != "1" {
		t.Skip("set GOBRIAN_BENCH=1 to run the side-by-side benchmark with Brian2")
	}
	if _, err := os.Stat(tut1Script); err != nil {
		t.Skipf("Brian's benchmark script is missing: %v", err)
	}
	const reps = 5
	var ours []time.Duration
	for range reps {
		d, _ := runLastCell(t)
		ours = append(ours, d)
	}
	slices.Sort(ours)
	g := ours[reps/2]
	t.Logf("gobrian: %v (median of %v)", g, ours)
	for _, target := range []string{"numpy", "cython"} {
		var brian []float64
		for range reps {
			out, err := exec.Command("/usr/bin/python3", tut1Script, target).Output()
			if err != nil {
				t.Fatalf("tut1.py %s: %v", target, err)
			}
			brian = append(brian, lastJSON(t, out).Total)
		}
		slices.Sort(brian)
		b := brian[reps/2]
		t.Logf("Brian2 %s: %.3f s (median of %v); Brian/gobrian = %.1f", target, b, brian, b/g.Seconds())
	}
}
