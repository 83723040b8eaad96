package sim

import (
	"context"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time: on a shared machine it
// measures the work done better than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// lifNetwork is the model of ../shared/bench/brian2/lif.py: n noisy LIF
// neurons, Euler–Maruyama, refractory 5 ms, seeded.
func lifNetwork(tb testing.TB, n int, noise bool) (*Network, Resolver) {
	env := NewEnv()
	env.Seed(12345)
	eqs := "dv/dt = (v0 - v)/tau : 1 (unless refractory)"
	if noise {
		eqs = "dv/dt = (v0 - v)/tau + sigma*xi*tau**-0.5 : 1 (unless refractory)"
	}
	g, err := NewNeuronGroup(env, n, eqs, GroupOptions{Method: "euler", Threshold: "v>1", Reset: "v=0",
		Refractory: &Refractory{Time: 5 * ms}})
	if err != nil {
		tb.Fatal(err)
	}
	r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "sigma": {Scalar: 0.2}, "v0": {Scalar: 1.1}})
	if err := g.SetExpr("v", "rand()", "", r); err != nil {
		tb.Fatal(err)
	}
	return NewNetwork(env, g), r
}

// benchLIF runs lifNetwork for 100 ms (1000 steps, the shorter
// run; 1 s for small groups, as the benchmark (c)) per iteration,
// reported per neuron-step (wall and process CPU time).
func benchLIF(b *testing.B, n int, noise bool) {
	net, r := lifNetwork(b, n, noise)
	steps := 1000
	if n < 10_000 {
		steps = 10_000
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for range b.N {
		if err := net.Run(context.Background(), float64(steps)*1e-4, RunOptions{Resolver: r}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*steps*n), "ns/neuron-step")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*steps*n), "cpu-ns/neuron-step")
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	b.ReportMetric(float64(ru.Maxrss)/1024, "maxrss-MB")
}

func BenchmarkLIFNoise1e6(b *testing.B)   { benchLIF(b, 1_000_000, true) }
func BenchmarkLIFNoNoise1e6(b *testing.B) { benchLIF(b, 1_000_000, false) }

// BenchmarkTutorialLastCell is tutorial 1's last cell: 1000 neurons,
// adaptive threshold, noise, 100 ms (Brian2 numpy: 0.23 s).
func BenchmarkTutorialLastCell(b *testing.B) {
	cpu0 := cpuTime()
	defer func() {
		b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
	}()
	for range b.N {
		env := NewEnv()
		r := ns(map[string]Value{
			"tau": {Scalar: 10 * ms, Dim: secondDim}, "vr": {Scalar: -70e-3, Dim: voltDim},
			"vt0": {Scalar: -50e-3, Dim: voltDim}, "delta_vt0": {Scalar: 5e-3, Dim: voltDim},
			"tau_t": {Scalar: 100 * ms, Dim: secondDim}, "sigma": {Scalar: 0.5 * 20e-3, Dim: voltDim},
			"v_drive": {Scalar: 2 * 20e-3, Dim: voltDim},
		})
		g, err := NewNeuronGroup(env, 1000, "dv/dt = (v_drive+vr-v)/tau + sigma*xi*tau**-0.5 : volt\ndvt/dt = (vt0-vt)/tau_t : volt",
			GroupOptions{Method: "euler", Threshold: "v>vt", Reset: "v = vr\nvt += delta_vt0", Refractory: &Refractory{Time: 5 * ms}})
		if err != nil {
			b.Fatal(err)
		}
		sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
		_ = g.SetExpr("v", "rand()*(vt0-vr)+vr", "", r)
		_ = g.SetExpr("vt", "vt0", "", r)
		if err := NewNetwork(env, g, sm).Run(context.Background(), 0.1, RunOptions{Resolver: r}); err != nil {
			b.Fatal(err)
		}
	}
}

// The same models with 1e5 neurons (cache-resident state): compute cost
// without the memory-bandwidth floor.
func BenchmarkLIFNoise1e5(b *testing.B) { benchLIF(b, 100_000, true) }

// BenchmarkLIFNoise100 is the benchmark (c): 100 neurons for 1 s,
// where the cost per step, not per neuron, dominates.
func BenchmarkLIFNoise100(b *testing.B)   { benchLIF(b, 100, true) }
func BenchmarkLIFNoNoise1e5(b *testing.B) { benchLIF(b, 100_000, false) }

// BenchmarkCUBA is Brian's CUBA example (../shared/bench/brian2/cuba.py):
// 4000 neurons, 80 synapses in per neuron, 1 s; a network where spike
// propagation, not the neuron update, dominates.
func BenchmarkCUBA(b *testing.B) {
	for range b.N {
		env := NewEnv()
		env.Seed(1)
		mv := 1e-3
		r := ns(map[string]Value{
			"taum": {Scalar: 20 * ms, Dim: secondDim}, "taue": {Scalar: 5 * ms, Dim: secondDim},
			"taui": {Scalar: 10 * ms, Dim: secondDim}, "Vt": {Scalar: -50 * mv, Dim: voltDim},
			"Vr": {Scalar: -60 * mv, Dim: voltDim}, "El": {Scalar: -49 * mv, Dim: voltDim},
			"we": {Scalar: 60 * 0.27 / 10 * mv, Dim: voltDim}, "wi": {Scalar: -20 * 4.5 / 10 * mv, Dim: voltDim},
			"Ne": {Scalar: 3200}, "p_conn": {Scalar: 0.02},
		})
		p, err := NewNeuronGroup(env, 4000, "dv/dt = (ge+gi-(v-El))/taum : volt (unless refractory)\ndge/dt = -ge/taue : volt\ndgi/dt = -gi/taui : volt",
			GroupOptions{Method: "exact", Threshold: "v>Vt", Reset: "v = Vr", Refractory: &Refractory{Time: 5 * ms}})
		if err != nil {
			b.Fatal(err)
		}
		if err := p.SetExpr("v", "Vr + rand() * (Vt - Vr)", "", r); err != nil {
			b.Fatal(err)
		}
		ce, _ := NewSynapses(env, p, p, "", SynapsesOptions{OnPre: "ge += we"})
		ci, _ := NewSynapses(env, p, p, "", SynapsesOptions{OnPre: "gi += wi"})
		if err := ce.Connect(Connect{Condition: "i<Ne", P: "p_conn"}, r); err != nil {
			b.Fatal(err)
		}
		if err := ci.Connect(Connect{Condition: "i>=Ne", P: "p_conn"}, r); err != nil {
			b.Fatal(err)
		}
		sm, _ := NewSpikeMonitor(env, p, SpikeMonitorOptions{})
		if err := NewNetwork(env, p, ce, ci, sm).Run(context.Background(), 1, RunOptions{Resolver: r}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCUBAGroup is CUBA's neurons alone (no synapses): a 3-variable
// exact linear update run by the generic block program, 4000 neurons, 1 s.
func BenchmarkCUBAGroup(b *testing.B) {
	env := NewEnv()
	mv := 1e-3
	r := ns(map[string]Value{
		"taum": {Scalar: 20 * ms, Dim: secondDim}, "taue": {Scalar: 5 * ms, Dim: secondDim},
		"taui": {Scalar: 10 * ms, Dim: secondDim}, "Vt": {Scalar: -50 * mv, Dim: voltDim},
		"Vr": {Scalar: -60 * mv, Dim: voltDim}, "El": {Scalar: -49 * mv, Dim: voltDim},
	})
	p, _ := NewNeuronGroup(env, 4000, "dv/dt = (ge+gi-(v-El))/taum : volt (unless refractory)\ndge/dt = -ge/taue : volt\ndgi/dt = -gi/taui : volt",
		GroupOptions{Method: "exact", Threshold: "v>Vt", Reset: "v = Vr", Refractory: &Refractory{Time: 5 * ms}})
	p.SetExpr("v", "Vr + rand() * (Vt - Vr)", "", r)
	p.SetExpr("ge", "rand()*10*mV", "", r)
	net := NewNetwork(env, p)
	b.ResetTimer()
	for range b.N {
		if err := net.Run(context.Background(), 1, RunOptions{Resolver: r}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*4000*10000), "ns/neuron-step")
}
