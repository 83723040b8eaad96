package sim

import (
	"context"
	"slices"
	"testing"
)

// A group's refractory flags kept by a gate (lazy, or written as they
// change when a monitor reads them, or recomputed after a network
// operation) give bit for bit the states, spikes, not_refractory and
// lastspike of the update computing them every step (a monitor scheduled
// between update and threshold stops the fusion that uses a gate).
func TestRefractoryGateIsExact(t *testing.T) {
	type result struct {
		v, nr, ls   []float64
		i           []int
		t           []float64
		gated, lazy bool
	}
	run := func(t *testing.T, variant string, poke bool) result {
		env := NewEnv()
		env.Seed(5)
		g, err := NewNeuronGroup(env, 5000, "dv/dt = (1.2 - v)/(10*ms) + 0.3*xi/sqrt(10*ms) : 1 (unless refractory)",
			GroupOptions{Method: "euler", Threshold: "v>1", Reset: "v=0", Refractory: &Refractory{Time: 3 * ms}})
		if err != nil {
			t.Fatal(err)
		}
		if err := g.SetExpr("v", "rand()", "", nil); err != nil {
			t.Fatal(err)
		}
		sm, _ := NewSpikeMonitor(env, g, SpikeMonitorOptions{})
		net := NewNetwork(env, g, sm)
		switch variant {
		case "unfused":
			m, err := NewStateMonitor(env, g, []string{"v"}, StateMonitorOptions{Record: []int{0}, Sched: Sched{When: "before_thresholds"}})
			if err != nil {
				t.Fatal(err)
			}
			net.Add(m)
		case "eager":
			m, err := NewStateMonitor(env, g, []string{"not_refractory"}, StateMonitorOptions{Record: []int{0, 1}})
			if err != nil {
				t.Fatal(err)
			}
			net.Add(m)
		}
		if poke {
			// user code writing lastspike mid-run, as a network_operation can
			ls := g.vars["lastspike"].data
			op, err := NewNetworkOperation(env, func(now float64) error {
				if now > 0.0049 && now < 0.0051 {
					for j := 0; j < len(ls); j += 7 {
						ls[j] = now
					}
				}
				return nil
			}, Sched{})
			if err != nil {
				t.Fatal(err)
			}
			net.Add(op)
		}
		for range 2 {
			if err := net.Run(context.Background(), 0.02, RunOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		gt := g.rt.gate
		return result{slices.Clone(g.vars["v"].data), slices.Clone(g.vars["not_refractory"].data),
			slices.Clone(g.vars["lastspike"].data), slices.Clone(sm.I()), slices.Clone(sm.T()),
			gt != nil, gt != nil && gt.Lazy()}
	}
	for _, poke := range []bool{false, true} {
		want := run(t, "unfused", poke)
		if len(want.i) < 5000 || want.gated {
			t.Fatalf("reference: %d spikes, gated %v", len(want.i), want.gated)
		}
		for _, variant := range []string{"lazy", "eager"} {
			got := run(t, variant, poke)
			if !got.gated || got.lazy != (variant == "lazy" && !poke) {
				t.Errorf("%s (network operation: %v): gate used %v, lazy %v", variant, poke, got.gated, got.lazy)
			}
			if !slices.Equal(got.v, want.v) || !slices.Equal(got.nr, want.nr) || !slices.Equal(got.ls, want.ls) ||
				!slices.Equal(got.i, want.i) || !slices.Equal(got.t, want.t) {
				t.Errorf("%s (network operation writing lastspike: %v): states or spikes differ from the unfused update", variant, poke)
			}
		}
	}
}
