package sim

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Differential tests: the same model through Brian2 2.5.1 (numpy target,
// /usr/bin/python3) and through this package.

const brianPython = "/usr/bin/python3"

// runBrian runs a Brian2 script and returns its stdout lines; it skips the
// test when Brian2 is not installed.
func runBrian(t *testing.T, script string) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("differential test against Brian2 skipped in -short mode")
	}
	if err := exec.Command(brianPython, "-c", "import brian2").Run(); err != nil {
		t.Skipf("Brian2 oracle not available (%s -c 'import brian2' failed: %v)", brianPython, err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "model.py")
	src := "from brian2 import *\nprefs.codegen.target = 'numpy'\n" + script
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(brianPython, path)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("brian2 script failed: %v\n%s", err, out)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func parseFloats(t *testing.T, line string) []float64 {
	t.Helper()
	var out []float64
	for _, f := range strings.Fields(line) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatalf("bad number %q in %q", f, line)
		}
		out = append(out, v)
	}
	return out
}

func closeRel(a, b, tol float64) bool {
	return a == b || math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) <= tol*math.Max(math.Abs(a), math.Abs(b))
}

// hhModel is a Hodgkin–Huxley-type model (Brian's Traub–Miles example),
// conditionally linear, with a boolean refractory condition.
const hhModel = `
dv/dt = (gl*(El-v) - g_na*(m*m*m)*h*(v-ENa) - g_kd*(n*n*n*n)*(v-EK) + I)/Cm : volt
dm/dt = 0.32*(mV**-1)*4*mV/exprel((13.*mV-v+VT)/(4*mV))/ms*(1-m)-0.28*(mV**-1)*5*mV/exprel((v-VT-40.*mV)/(5*mV))/ms*m : 1
dn/dt = (0.032*(mV**-1)*5*mV/exprel((15.*mV-v+VT)/(5*mV))/ms*(1.-n)-.5*exp((10.*mV-v+VT)/(40.*mV))/ms*n) : 1
dh/dt = 0.128*exp((17.*mV-v+VT)/(18.*mV))/ms*(1.-h)-4./(1+exp((40.*mV-v+VT)/(5.*mV)))/ms*h : 1
I : amp
`

const hhParams = `
area = 20000*umetre**2
Cm = 1*ufarad*cm**-2 * area
gl = 5e-5*siemens*cm**-2 * area
El = -65*mV
EK = -90*mV
ENa = 50*mV
g_na = 100*msiemens*cm**-2 * area
g_kd = 30*msiemens*cm**-2 * area
VT = -63*mV
`

func hhNamespace() Resolver {
	area := 20000e-12
	siemensDim := [7]float64{-2, -1, 3, 2, 0, 0, 0}
	faradDim := [7]float64{-2, -1, 4, 2, 0, 0, 0}
	return ns(map[string]Value{
		"Cm":   {Scalar: 1e-6 / 1e-4 * area, Dim: faradDim},
		"gl":   {Scalar: 5e-5 / 1e-4 * area, Dim: siemensDim},
		"El":   {Scalar: -65e-3, Dim: voltDim},
		"EK":   {Scalar: -90e-3, Dim: voltDim},
		"ENa":  {Scalar: 50e-3, Dim: voltDim},
		"g_na": {Scalar: 100e-3 / 1e-4 * area, Dim: siemensDim},
		"g_kd": {Scalar: 30e-3 / 1e-4 * area, Dim: siemensDim},
		"VT":   {Scalar: -63e-3, Dim: voltDim},
	})
}

func TestBrianHodgkinHuxleyIntegrators(t *testing.T) {
	methods := []string{"exponential_euler", "rk2", "rk4", "euler", "heun", "milstein"}
	script := hhParams + fmt.Sprintf(`
for method in %s:
    start_scope()
    defaultclock.dt = 0.01*ms
    G = NeuronGroup(4, '''%s''', threshold='v > -40*mV', refractory='v > -40*mV', method=method)
    G.v = El
    G.m = 0.05
    G.h = 0.6
    G.n = 0.32
    G.I = '0.2*nA + 0.3*nA*i'
    M = SpikeMonitor(G)
    run(30*ms)
    print(' '.join(repr(float(x)) for x in M.t_))
    print(' '.join(repr(int(x)) for x in M.i))
    print(' '.join(repr(float(x)) for x in list(G.v_) + list(G.m_) + list(G.h_) + list(G.n_)))
`, pyList(methods), hhModel)
	lines := runBrian(t, script)
	if len(lines) != 3*len(methods) {
		t.Fatalf("unexpected Brian2 output:\n%s", strings.Join(lines, "\n"))
	}
	for k, method := range methods {
		t.Run(method, func(t *testing.T) {
			env := NewEnv()
			_ = env.DefaultClock.SetDT(0.01 * ms)
			g, err := NewNeuronGroup(env, 4, hhModel, GroupOptions{Method: method, Threshold: "v > -40*mV",
				Refractory: &Refractory{Expr: "v > -40*mV"}})
			if err != nil {
				t.Fatal(err)
			}
			r := hhNamespace()
			if err := g.SetExpr("v", "El", "", r); err != nil {
				t.Fatal(err)
			}
			for name, val := range map[string]string{"m": "0.05", "h": "0.6", "n": "0.32"} {
				if err := g.SetExpr(name, val, "", r); err != nil {
					t.Fatal(err)
				}
			}
			if err := g.SetExpr("I", "0.2*nA + 0.3*nA*i", "", r); err != nil {
				t.Fatal(err)
			}
			sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
			if err := NewNetwork(env, g, sm).Run(context.Background(), 30*ms, RunOptions{Resolver: r}); err != nil {
				t.Fatal(err)
			}
			wantT := parseFloats(t, lines[3*k])
			wantI := parseFloats(t, lines[3*k+1])
			if len(wantT) != len(sm.T()) {
				t.Fatalf("%d spikes, Brian2 %d (%v vs %v)", len(sm.T()), len(wantT), sm.T(), wantT)
			}
			for j := range wantT {
				if !closeRel(sm.T()[j], wantT[j], 1e-9) || float64(sm.I()[j]) != wantI[j] {
					t.Fatalf("spike %d: (%v, %d), Brian2 (%v, %v)", j, sm.T()[j], sm.I()[j], wantT[j], wantI[j])
				}
			}
			want := parseFloats(t, lines[3*k+2])
			var got []float64
			for _, name := range []string{"v", "m", "h", "n"} {
				v, _ := g.Var(name)
				got = append(got, v.Data()...)
			}
			for j := range want {
				if !closeRel(got[j], want[j], 1e-9) {
					t.Errorf("state %d: %.17g, Brian2 %.17g", j, got[j], want[j])
				}
			}
		})
	}
}

func pyList(xs []string) string {
	q := make([]string, len(xs))
	for k, x := range xs {
		q[k] = "'" + x + "'"
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// TestBrianExactLinear compares the exact integrator on an uncoupled
// model with per-neuron parameters and on a coupled (CUBA-like) system.
func TestBrianExactLinear(t *testing.T) {
	const model = `
dv/dt = (ge+gi-(v-El))/taum : volt (unless refractory)
dge/dt = -ge/taue : volt
dgi/dt = -gi/taui : volt
dx/dt = (x0 - x)/taux : 1
x0 : 1
taux : second
`
	script := fmt.Sprintf(`
taum = 20*ms
taue = 5*ms
taui = 10*ms
El = -49*mV
G = NeuronGroup(3, '''%s''', threshold='v > -50*mV', reset='v = -60*mV', refractory=5*ms, method='exact')
G.v = '-60*mV + 5*mV*i'
G.ge = '2*mV*i'
G.gi = '-1*mV'
G.x0 = 'i + 0.5'
G.taux = '(i+1)*3*ms'
M = SpikeMonitor(G)
run(40*ms)
print(' '.join(repr(float(x)) for x in M.t_))
print(' '.join(repr(float(x)) for x in list(G.v_) + list(G.ge_) + list(G.gi_) + list(G.x_)))
`, model)
	lines := runBrian(t, script)
	env := NewEnv()
	g, err := NewNeuronGroup(env, 3, model, GroupOptions{Method: "exact", Threshold: "v > -50*mV", Reset: "v = -60*mV",
		Refractory: &Refractory{Time: 5 * ms}})
	if err != nil {
		t.Fatal(err)
	}
	r := ns(map[string]Value{"taum": {Scalar: 20 * ms, Dim: secondDim}, "taue": {Scalar: 5 * ms, Dim: secondDim},
		"taui": {Scalar: 10 * ms, Dim: secondDim}, "El": {Scalar: -49e-3, Dim: voltDim}})
	for name, val := range map[string]string{"v": "-60*mV + 5*mV*i", "ge": "2*mV*i", "gi": "-1*mV", "x0": "i + 0.5", "taux": "(i+1)*3*ms"} {
		if err := g.SetExpr(name, val, "", r); err != nil {
			t.Fatal(err)
		}
	}
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := NewNetwork(env, g, sm).Run(context.Background(), 40*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err, errors.Unwrap(err))
	}
	wantT := parseFloats(t, lines[0])
	if len(wantT) != len(sm.T()) {
		t.Fatalf("spikes %v, Brian2 %v", sm.T(), wantT)
	}
	for j := range wantT {
		if !closeRel(sm.T()[j], wantT[j], 1e-9) {
			t.Fatalf("spikes %v, Brian2 %v", sm.T(), wantT)
		}
	}
	want := parseFloats(t, lines[1])
	var got []float64
	for _, name := range []string{"v", "ge", "gi", "x"} {
		v, _ := g.Var(name)
		got = append(got, v.Data()...)
	}
	for j := range want {
		if !closeRel(got[j], want[j], 1e-9) {
			t.Errorf("state %d: %.17g, Brian2 %.17g", j, got[j], want[j])
		}
	}
}

// TestBrianNoisyRates compares firing rates and CV of noisy LIF neurons
// (tutorial 1's noisy cell) within sampling error.
func TestBrianNoisyRates(t *testing.T) {
	const model = "dv/dt = (v0-v)/tau+sigma*xi*tau**-0.5 : 1 (unless refractory)\nv0 : 1"
	script := fmt.Sprintf(`
seed(4321)
N = 400
tau = 10*ms
sigma = 0.2
G = NeuronGroup(N, '''%s''', threshold='v>1', reset='v=0', refractory=5*ms, method='euler')
G.v0 = '0.8 + 0.6*(i %% 2)'
M = SpikeMonitor(G)
run(2000*ms)
import numpy as np
c = np.asarray(M.count)
print(repr(float(c[0::2].mean()/2.0)), repr(float(c[1::2].mean()/2.0)))
trains = M.spike_trains()
cvs = []
for k in range(1, N, 2):
    isi = np.diff(np.asarray(trains[k]))
    if len(isi) > 2:
        cvs.append(isi.std()/isi.mean())
print(repr(float(np.mean(cvs))))
`, model)
	lines := runBrian(t, script)
	want := append(parseFloats(t, lines[0]), parseFloats(t, lines[1])...)
	env := NewEnv()
	env.Seed(99)
	g, err := NewNeuronGroup(env, 400, model, GroupOptions{Method: "euler", Threshold: "v>1", Reset: "v=0",
		Refractory: &Refractory{Time: 5 * ms}})
	if err != nil {
		t.Fatal(err)
	}
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "sigma": {Scalar: 0.2}})
	if err := g.SetExpr("v0", "0.8 + 0.6*(i % 2)", "", r); err != nil {
		t.Fatal(err)
	}
	sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	if err := NewNetwork(env, g, sm).Run(context.Background(), 2, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	var sum [2]float64
	for i, c := range sm.Count() {
		sum[i%2] += float64(c)
	}
	rates := []float64{sum[0] / 200 / 2, sum[1] / 200 / 2}
	// last spike times per neuron for the CV of the suprathreshold half
	trains := make([][]float64, 400)
	for k, i := range sm.I() {
		trains[i] = append(trains[i], sm.T()[k])
	}
	var cvSum float64
	var cvN int
	for k := 1; k < 400; k += 2 {
		tr := trains[k]
		if len(tr) < 4 {
			continue
		}
		var m, s float64
		for j := 1; j < len(tr); j++ {
			m += tr[j] - tr[j-1]
		}
		m /= float64(len(tr) - 1)
		for j := 1; j < len(tr); j++ {
			d := tr[j] - tr[j-1] - m
			s += d * d
		}
		cvSum += math.Sqrt(s/float64(len(tr)-1)) / m
		cvN++
	}
	cv := cvSum / float64(cvN)
	t.Logf("rates %v Hz, CV %.3f; Brian2 rates %v Hz, CV %.3f", rates, cv, want[:2], want[2])
	for k := range 2 {
		// Poisson-like count error over 200 neurons × 2 s, generous margin
		se := math.Sqrt(want[k]/(200*2)) * 4
		if math.Abs(rates[k]-want[k]) > se+0.5 {
			t.Errorf("rate group %d: %.3f Hz, Brian2 %.3f Hz", k, rates[k], want[k])
		}
	}
	if math.Abs(cv-want[2]) > 0.05 {
		t.Errorf("CV %.3f, Brian2 %.3f", cv, want[2])
	}
}

func TestBrianSmoothRate(t *testing.T) {
	lines := runBrian(t, `
G = NeuronGroup(20, 'v : 1', threshold='(i + t/ms) % 7 < 1', reset='')
M = PopulationRateMonitor(G)
run(30*ms)
print(' '.join(repr(float(x)) for x in M.smooth_rate('gaussian', 1*ms)))
print(' '.join(repr(float(x)) for x in M.smooth_rate('flat', 2.2*ms)))
`)
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 20, "v : 1", GroupOptions{Threshold: "(i + t/ms) % 7 < 1", ResetGiven: true})
	m, _ := NewPopulationRateMonitor(env, g, Sched{})
	if err := NewNetwork(env, g, m).Run(context.Background(), 30*ms, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	for k, c := range []struct {
		w     string
		width float64
	}{{"gaussian", 1 * ms}, {"flat", 2.2 * ms}} {
		got, err := m.SmoothRate(c.w, c.width)
		if err != nil {
			t.Fatal(err)
		}
		want := parseFloats(t, lines[k])
		if len(got) != len(want) {
			t.Fatalf("%s: %d values, Brian2 %d", c.w, len(got), len(want))
		}
		for n := range want {
			if !closeRel(got[n], want[n], 1e-9) && math.Abs(got[n]-want[n]) > 1e-9 {
				t.Fatalf("%s[%d] = %v, Brian2 %v", c.w, n, got[n], want[n])
			}
		}
	}
}

// Exponential Euler on a model whose own variable appears inside its
// coefficient (Morris–Lecar: m_inf(V) in dV/dt), which Brian accepts once
// the expression is multiplied out; states after 50 ms as Brian2's.
func TestBrianMorrisLecarExponentialEuler(t *testing.T) {
	const model = `
dV/dt = (-g_L*(V - V_L) - g_Ca*m_inf*(V - V_Ca) - g_K*n*(V - V_K) + I)/C : volt
dn/dt = lambda_n*(n_inf - n) : 1
m_inf = 0.5*(1 + tanh((V - V_1)/V_2)) : 1
n_inf = 0.5*(1 + tanh((V - V_3)/V_4)) : 1
lambda_n = lambda_n__max*cosh((V - V_3)/(2*V_4)) : Hz
I : amp
`
	lines := runBrian(t, `
g_L = 2*mS; g_Ca = 4*mS; g_K = 8*mS; V_L = -50*mV; V_Ca = 100*mV; V_K = -70*mV
lambda_n__max = 1.0/(15*ms); V_1 = 10*mV; V_2 = 15*mV; V_3 = -1*mV; V_4 = 14.5*mV; C = 20*uF
G = NeuronGroup(3, '''`+model+`''', method='exponential_euler')
G.I = '(100 + 150*i)*uA'
G.V = V_L
G.n = 'n_inf'
run(50*ms)
print(' '.join(repr(float(x)) for x in list(G.V_) + list(G.n_)))
`)
	if len(lines) != 1 {
		t.Fatalf("unexpected Brian2 output:\n%s", strings.Join(lines, "\n"))
	}
	siemens := [7]float64{-2, -1, 3, 2, 0, 0, 0}
	r := ns(map[string]Value{
		"g_L": {Scalar: 2e-3, Dim: siemens}, "g_Ca": {Scalar: 4e-3, Dim: siemens}, "g_K": {Scalar: 8e-3, Dim: siemens},
		"V_L": {Scalar: -50e-3, Dim: voltDim}, "V_Ca": {Scalar: 100e-3, Dim: voltDim}, "V_K": {Scalar: -70e-3, Dim: voltDim},
		"lambda_n__max": {Scalar: 1 / 15e-3, Dim: [7]float64{0, 0, -1, 0, 0, 0, 0}},
		"V_1":           {Scalar: 10e-3, Dim: voltDim}, "V_2": {Scalar: 15e-3, Dim: voltDim},
		"V_3": {Scalar: -1e-3, Dim: voltDim}, "V_4": {Scalar: 14.5e-3, Dim: voltDim},
		"C": {Scalar: 20e-6, Dim: [7]float64{-2, -1, 4, 2, 0, 0, 0}},
	})
	env := NewEnv()
	g, err := NewNeuronGroup(env, 3, model, GroupOptions{Method: "exponential_euler"})
	if err != nil {
		t.Fatal(err)
	}
	for name, val := range map[string]string{"I": "(100 + 150*i)*uA", "V": "V_L"} {
		if err := g.SetExpr(name, val, "", r); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.SetExpr("n", "n_inf", "", r); err != nil {
		t.Fatal(err)
	}
	if err := NewNetwork(env, g).Run(context.Background(), 0.05, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	got := append(append([]float64(nil), g.vars["V"].data...), g.vars["n"].data...)
	want := parseFloats(t, lines[0])
	for k := range want {
		if !closeRel(got[k], want[k], 1e-9) {
			t.Errorf("value %d: %v, Brian2 %v", k, got[k], want[k])
		}
	}
}
