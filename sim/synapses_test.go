package sim

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
)

func intsOf(xs []float64) []int {
	out := make([]int, len(xs))
	for k, x := range xs {
		out[k] = int(x)
	}
	return out
}

func TestSynapsesConnectPatterns(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 10, "v:1", GroupOptions{})
	cases := []struct {
		c    Connect
		want string
	}{
		{Connect{Condition: "abs(i-j)<4 and i!=j"}, ""},
		{Connect{JExpr: "k for k in range(i-3, i+4) if i!=k", SkipIfInvalid: true}, ""},
		{Connect{JExpr: "i"}, "0-0 1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-8 9-9"},
		{Connect{I: []int{0}, J: []int{1, 2}}, "0-1 0-2"},
	}
	var first string
	for k, c := range cases {
		s, err := NewSynapses(env, g, g, "", SynapsesOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Connect(c.c, nil); err != nil {
			t.Fatal(err)
		}
		iv, _ := s.Var("i")
		jv, _ := s.Var("j")
		var pairs []string
		for n, i := range intsOf(iv.Data()) {
			pairs = append(pairs, fmt.Sprintf("%d-%d", i, int(jv.Data()[n])))
		}
		got := strings.Join(pairs, " ")
		switch k {
		case 0:
			first = got
			if s.N() != 48 {
				t.Errorf("condition: %d synapses, want 48", s.N())
			}
		case 1:
			// the generator gives the same set as the condition, in order
			if got != first {
				t.Errorf("generator: %s\nwant %s", got, first)
			}
		default:
			if got != c.want {
				t.Errorf("case %d: %s, want %s", k, got, c.want)
			}
		}
	}
	s, _ := NewSynapses(env, g, g, "", SynapsesOptions{})
	if err := s.Connect(Connect{JExpr: "i+5"}, nil); err == nil {
		t.Error("j outside the target accepted")
	}
	if err := s.Connect(Connect{Condition: "i!=j", P: "0.2"}, nil); err != nil || s.N() < 5 || s.N() > 40 {
		t.Errorf("p=0.2: %d synapses (%v)", s.N(), err)
	}
}

// Tutorial 2: weights and delays, compared with Brian2 step by step.
func TestBrianSynapsesWeightsDelays(t *testing.T) {
	const model = "dv/dt = (I-v)/tau : 1\nI : 1\ntau : second"
	lines := runBrian(t, fmt.Sprintf(`
G = NeuronGroup(3, '''%s''', threshold='v>1', reset='v = 0', method='exact')
G.I = [2, 0, 0]
G.tau = [10, 100, 100]*ms
S = Synapses(G, G, 'w : 1', on_pre='v_post += w')
S.connect(i=0, j=[1, 2])
S.w = 'j*0.2'
S.delay = 'j*2*ms'
M = StateMonitor(G, 'v', record=True)
run(50*ms)
print(' '.join(repr(float(x)) for x in M.v[1]))
print(' '.join(repr(float(x)) for x in M.v[2]))
`, model))
	env := NewEnv()
	g, err := NewNeuronGroup(env, 3, model, GroupOptions{Threshold: "v>1", Reset: "v = 0", Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.SetExprIndices("I", "2", []int{0}, nil); err != nil {
		t.Fatal(err)
	}
	_ = g.SetExpr("tau", "100*ms", "", nil)
	_ = g.SetExprIndices("tau", "10*ms", []int{0}, nil)
	s, err := NewSynapses(env, g, g, "w : 1", SynapsesOptions{OnPre: "v_post += w"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Connect(Connect{I: []int{0}, J: []int{1, 2}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SetExpr("w", "j*0.2", "", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SetExpr("delay", "j*2*ms", "", nil); err != nil {
		t.Fatal(err)
	}
	m, _ := NewStateMonitor(env, g, []string{"v"}, StateMonitorOptions{RecordAll: true})
	if err := NewNetwork(env, g, s, m).Run(context.Background(), 50*ms, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	v, _ := m.Values("v")
	for k := range 2 {
		want := parseFloats(t, lines[k])
		for n := range want {
			if !closeRel(v[k+1][n], want[n], 1e-9) {
				t.Fatalf("v[%d] at step %d: %v, Brian2 %v", k+1, n, v[k+1][n], want[n])
			}
		}
	}
}

// Tutorial 2's STDP cells: event-driven and clock-driven traces.
func TestBrianSynapsesSTDP(t *testing.T) {
	const syn = `
w : 1
dapre/dt = -apre/taupre : 1 (event-driven)
dapost/dt = -apost/taupost : 1 (event-driven)
`
	lines := runBrian(t, fmt.Sprintf(`
taupre = taupost = 20*ms
Apre = 0.01
Apost = -Apre*taupre/taupost*1.05
tmax = 50*ms
N = 100
G = NeuronGroup(N, 'tspike:second', threshold='t>tspike', refractory=100*ms)
H = NeuronGroup(N, 'tspike:second', threshold='t>tspike', refractory=100*ms)
G.tspike = 'i*tmax/(N-1)'
H.tspike = '(N-1-i)*tmax/(N-1)'
S = Synapses(G, H, '''%s''', on_pre='''
apre += Apre
w = w+apost
''', on_post='''
apost += Apost
w = w+apre
''')
S.connect(j='i')
run(tmax+1*ms)
print(' '.join(repr(float(x)) for x in S.w))
`, syn))
	env := NewEnv()
	r := ns(map[string]Value{"taupre": {Scalar: 20 * ms, Dim: secondDim}, "taupost": {Scalar: 20 * ms, Dim: secondDim},
		"Apre": {Scalar: 0.01}, "Apost": {Scalar: -0.01 * 1.05}, "tmax": {Scalar: 50 * ms, Dim: secondDim}, "N": {Scalar: 100}})
	var groups []*NeuronGroup
	for _, init := range []string{"i*tmax/(N-1)", "(N-1-i)*tmax/(N-1)"} {
		g, err := NewNeuronGroup(env, 100, "tspike:second", GroupOptions{Threshold: "t>tspike", Refractory: &Refractory{Time: 100 * ms}})
		if err != nil {
			t.Fatal(err)
		}
		if err := g.SetExpr("tspike", init, "", r); err != nil {
			t.Fatal(err)
		}
		groups = append(groups, g)
	}
	s, err := NewSynapses(env, groups[0], groups[1], syn, SynapsesOptions{OnPre: "apre += Apre\nw = w+apost", OnPost: "apost += Apost\nw = w+apre"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Connect(Connect{JExpr: "i"}, r); err != nil {
		t.Fatal(err)
	}
	if err := NewNetwork(env, groups[0], groups[1], s).Run(context.Background(), 51*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	want := parseFloats(t, lines[0])
	w, _ := s.Var("w")
	for k := range want {
		if !closeRel(w.Data()[k], want[k], 1e-9) {
			t.Fatalf("w[%d] = %v, Brian2 %v", k, w.Data()[k], want[k])
		}
	}
}

func TestSynapsesStoreRestore(t *testing.T) {
	env := NewEnv()
	env.Seed(5)
	p, _ := NewPoissonGroup(env, 50, PoissonOptions{Rate: 50})
	g, _ := NewNeuronGroup(env, 1, "dv/dt = -v/tau : 1", GroupOptions{Threshold: "v>1", Reset: "v=0", Method: "exact"})
	s, _ := NewSynapses(env, p, g, "w : 1", SynapsesOptions{OnPre: "v += w", Delay: 1 * ms})
	if err := s.Connect(Connect{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = s.SetExpr("w", "0.1", "", nil)
	m, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
	net := NewNetwork(env, p, g, s, m)
	_ = net.Store("start")
	if err := net.Run(context.Background(), 100*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	first := m.NumSpikes()
	if first == 0 {
		t.Fatal("no output spikes")
	}
	_ = net.Restore("start")
	if m.NumSpikes() != 0 || s.N() != 50 {
		t.Fatalf("after restore: %d spikes, %d synapses", m.NumSpikes(), s.N())
	}
	if err := net.Run(context.Background(), 100*ms, RunOptions{Resolver: tauNS()}); err != nil {
		t.Fatal(err)
	}
	// new Poisson draws, similar output
	if m.NumSpikes() == 0 || math.Abs(float64(m.NumSpikes()-first)) > float64(first) {
		t.Fatalf("rerun: %d spikes vs %d", m.NumSpikes(), first)
	}
}

func TestBrianSummedVariable(t *testing.T) {
	lines := runBrian(t, `
G = NeuronGroup(3, 'dv/dt = -v/(10*ms) : 1', threshold='v>0.5', reset='v=0', method='exact')
G.v = '0.2*i'
H = NeuronGroup(2, '''dv/dt = (Isyn - v)/(5*ms) : 1
Isyn : 1''', method='euler')
S = Synapses(G, H, '''w : 1
Isyn_post = w*v_pre : 1 (summed)''')
S.connect()
S.w = 'i + 2*j + 1'
run(5*ms)
print(' '.join(repr(float(x)) for x in list(H.v_) + list(H.Isyn_)))
`)
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 3, "dv/dt = -v/(10*ms) : 1", GroupOptions{Threshold: "v>0.5", Reset: "v=0", Method: "exact"})
	_ = g.SetExpr("v", "0.2*i", "", nil)
	h, _ := NewNeuronGroup(env, 2, "dv/dt = (Isyn - v)/(5*ms) : 1\nIsyn : 1", GroupOptions{Method: "euler"})
	s, err := NewSynapses(env, g, h, "w : 1\nIsyn_post = w*v_pre : 1 (summed)", SynapsesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_ = s.Connect(Connect{}, nil)
	_ = s.SetExpr("w", "i + 2*j + 1", "", nil)
	if err := NewNetwork(env, g, h, s).Run(context.Background(), 5*ms, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	want := parseFloats(t, lines[0])
	v, _ := h.Var("v")
	isyn, _ := h.Var("Isyn")
	got := append(append([]float64(nil), v.Data()...), isyn.Data()...)
	for k := range want {
		if !closeRel(got[k], want[k], 1e-9) {
			t.Fatalf("got %v, Brian2 %v", got, want)
		}
	}
}

func TestSynapsesIncomingOutgoing(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 4, "v:1", GroupOptions{})
	s, _ := NewSynapses(env, g, g, "w : 1", SynapsesOptions{})
	if err := s.Connect(Connect{Condition: "j > i"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SetExpr("w", "1.0/N_incoming + 10*N_outgoing", "", nil); err != nil {
		t.Fatal(err)
	}
	w, _ := s.Var("w")
	// synapse 0 is 0->1: 1 incoming to neuron 1, 3 outgoing from neuron 0
	if w.Data()[0] != 1+30 || s.N() != 6 {
		t.Fatalf("w = %v", w.Data())
	}
}
