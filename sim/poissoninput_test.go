package sim

import (
	"context"
	"math"
	"testing"
)

// A PoissonInput adds weight × Binomial(N, rate·dt) per neuron and step:
// summed over a run on a variable that does not decay, the mean and the
// variance across neurons are N·p·T·w and N·p·(1−p)·T·w², both in the
// exact (small N·p) and in the normal-approximation regime.
func TestPoissonInputStatistics(t *testing.T) {
	for _, c := range []struct {
		n    int
		rate float64
	}{{50, 10}, {1000, 200}} {
		env := NewEnv()
		env.Seed(4)
		g, err := NewNeuronGroup(env, 2000, "dv/dt = 0*volt/second : volt", GroupOptions{})
		if err != nil {
			t.Fatal(err)
		}
		const w = 1e-4
		in, err := NewPoissonInput(env, g, "v", c.n, c.rate, PoissonInputOptions{Weight: w, WeightDim: voltDim})
		if err != nil {
			t.Fatal(err)
		}
		if err := NewNetwork(env, g, in).Run(context.Background(), 0.1, RunOptions{}); err != nil {
			t.Fatal(err)
		}
		steps, p := 1000.0, c.rate*1e-4
		mean, variance := 0.0, 0.0
		v := g.vars["v"].data
		for _, x := range v {
			mean += x / w
		}
		mean /= float64(len(v))
		for _, x := range v {
			variance += (x/w - mean) * (x/w - mean)
		}
		variance /= float64(len(v) - 1)
		wantMean := float64(c.n) * p * steps
		wantVar := float64(c.n) * p * (1 - p) * steps
		if math.Abs(mean-wantMean) > 5*math.Sqrt(wantVar/float64(len(v))) {
			t.Errorf("N=%d rate=%v: mean %v events, want %v", c.n, c.rate, mean, wantMean)
		}
		if math.Abs(variance/wantVar-1) > 0.15 {
			t.Errorf("N=%d rate=%v: variance %v, want %v", c.n, c.rate, variance, wantVar)
		}
	}
}

// Brian's errors: a missing variable, a weight of the wrong unit.
func TestPoissonInputErrors(t *testing.T) {
	env := NewEnv()
	g, _ := NewNeuronGroup(env, 3, "dv/dt = -v/(10*ms) : volt", GroupOptions{})
	if _, err := NewPoissonInput(env, g, "x", 5, 10, PoissonInputOptions{WeightDim: voltDim}); err == nil ||
		err.Error() != "x is not a variable of neurongroup" {
		t.Errorf("missing variable: %v", err)
	}
	_, err := NewPoissonInput(env, g, "v", 5, 10, PoissonInputOptions{WeightDim: secondDim})
	if err == nil || err.Error() != "The provided weight does not have the same unit as the target variable 'v' (units are s and V)." {
		t.Errorf("wrong unit: %v", err)
	}
}
