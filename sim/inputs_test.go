package sim

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestPoissonGroupRate(t *testing.T) {
	env := NewEnv()
	env.Seed(3)
	p, err := NewPoissonGroup(env, 1000, PoissonOptions{Rate: 20})
	if err != nil {
		t.Fatal(err)
	}
	if p.Name() != "poissongroup" {
		t.Errorf("name %s", p.Name())
	}
	sm, _ := NewSpikeMonitor(env, p, SpikeMonitorOptions{})
	if err := NewNetwork(env, p, sm).Run(context.Background(), 1, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	// 20000 expected spikes, sd about 141
	if n := sm.NumSpikes(); math.Abs(float64(n)-20000) > 600 {
		t.Fatalf("%d spikes, want about 20000", n)
	}
}

// Tutorial 3: recorded input spikes replayed through Synapses.
func TestBrianSpikeGeneratorSynapses(t *testing.T) {
	var idx []int
	var times []float64
	var py []string
	for k := range 60 {
		i := (k * 7) % 20
		tt := float64(k) * 0.7 * ms
		idx = append(idx, i)
		times = append(times, tt)
		py = append(py, fmt.Sprint(i, tt))
	}
	_ = py
	var pyIdx, pyT []string
	for k := range idx {
		pyIdx = append(pyIdx, fmt.Sprint(idx[k]))
		pyT = append(pyT, fmt.Sprintf("%.17g", times[k]))
	}
	lines := runBrian(t, fmt.Sprintf(`
SGG = SpikeGeneratorGroup(20, [%s], [%s]*second)
tau = 3*ms
G = NeuronGroup(2, 'dv/dt = -v/tau : 1', threshold='v>1', reset='v=0', method='exact')
S = Synapses(SGG, G, on_pre='v += 0.4 + 0.1*j')
S.connect()
M = SpikeMonitor(G)
run(50*ms)
print(' '.join(repr(float(x)) for x in M.t_))
print(' '.join(repr(int(x)) for x in M.i))
`, strings.Join(pyIdx, ", "), strings.Join(pyT, ", ")))
	env := NewEnv()
	sgg, err := NewSpikeGeneratorGroup(env, 20, idx, times, SpikeGeneratorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g, _ := NewNeuronGroup(env, 2, "dv/dt = -v/tau : 1", GroupOptions{Threshold: "v>1", Reset: "v=0", Method: "exact"})
	s, _ := NewSynapses(env, sgg, g, "", SynapsesOptions{OnPre: "v += 0.4 + 0.1*j"})
	if err := s.Connect(Connect{}, nil); err != nil {
		t.Fatal(err)
	}
	m, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	r := ns(map[string]Value{"tau": {Scalar: 3 * ms, Dim: secondDim}})
	if err := NewNetwork(env, sgg, g, s, m).Run(context.Background(), 50*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	wantT, wantI := parseFloats(t, lines[0]), parseFloats(t, lines[1])
	if len(wantT) != len(m.T()) {
		t.Fatalf("%d spikes %v, Brian2 %d %v", len(m.T()), m.T(), len(wantT), wantT)
	}
	for k := range wantT {
		if !closeRel(m.T()[k], wantT[k], 1e-9) || float64(m.I()[k]) != wantI[k] {
			t.Fatalf("spike %d: (%v, %d), Brian2 (%v, %v)", k, m.T()[k], m.I()[k], wantT[k], wantI[k])
		}
	}
}

// Tutorial 2's clock-driven STDP traces with a StateMonitor on synapses.
func TestBrianClockDrivenSynapses(t *testing.T) {
	const syn = `
w : 1
dapre/dt = -apre/taupre : 1 (clock-driven)
dapost/dt = -apost/taupost : 1 (clock-driven)
`
	lines := runBrian(t, fmt.Sprintf(`
taupre = taupost = 20*ms
wmax = 0.01
Apre = 0.01
Apost = -Apre*taupre/taupost*1.05
G = NeuronGroup(2, 'v:1', threshold='t>(1+i)*10*ms', refractory=100*ms)
S = Synapses(G, G, '''%s''', on_pre='''
v_post += w
apre += Apre
w = clip(w+apost, 0, wmax)
''', on_post='''
apost += Apost
w = clip(w+apre, 0, wmax)
''', method='linear')
S.connect(i=0, j=1)
M = StateMonitor(S, ['w', 'apre', 'apost'], record=True)
run(30*ms)
print(' '.join(repr(float(x)) for x in M.w[0]))
print(' '.join(repr(float(x)) for x in M.apre[0]))
print(' '.join(repr(float(x)) for x in M.apost[0]))
`, syn))
	env := NewEnv()
	r := ns(map[string]Value{"taupre": {Scalar: 20 * ms, Dim: secondDim}, "taupost": {Scalar: 20 * ms, Dim: secondDim},
		"wmax": {Scalar: 0.01}, "Apre": {Scalar: 0.01}, "Apost": {Scalar: -0.01 * 1.05}})
	g, _ := NewNeuronGroup(env, 2, "v:1", GroupOptions{Threshold: "t>(1+i)*10*ms", Refractory: &Refractory{Time: 100 * ms}})
	s, err := NewSynapses(env, g, g, syn, SynapsesOptions{Method: "linear",
		OnPre:  "v_post += w\napre += Apre\nw = clip(w+apost, 0, wmax)",
		OnPost: "apost += Apost\nw = clip(w+apre, 0, wmax)"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Connect(Connect{I: []int{0}, J: []int{1}}, r); err != nil {
		t.Fatal(err)
	}
	m, err := NewStateMonitor(env, s, []string{"w", "apre", "apost"}, StateMonitorOptions{RecordAll: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := NewNetwork(env, g, s, m).Run(context.Background(), 30*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	for k, name := range []string{"w", "apre", "apost"} {
		want := parseFloats(t, lines[k])
		got, _ := m.Values(name)
		for n := range want {
			if !closeRel(got[0][n], want[n], 1e-9) {
				t.Fatalf("%s at step %d: %v, Brian2 %v", name, n, got[0][n], want[n])
			}
		}
	}
}
