package sim_test

import (
	"context"
	"fmt"

	"github.com/gobrian/gobrian/sim"
	"github.com/gobrian/gobrian/sim/units"
)

// A neuron charging towards 1 with time constant tau, spiking at 0.8.
func Example() {
	env := sim.NewEnv()
	g, err := sim.NewNeuronGroup(env, 1, "dv/dt = (1-v)/tau : 1",
		sim.GroupOptions{Method: "exact", Threshold: "v>0.8", Reset: "v = 0"})
	if err != nil {
		panic(err)
	}
	spikes, _ := sim.NewSpikeMonitor(env, g, sim.SpikeMonitorOptions{})
	net := sim.NewNetwork(env, g, spikes)
	namespace := sim.MapResolver(map[string]sim.Value{
		"tau": {Scalar: 0.010, Dim: units.Dim{units.Time: 1}},
	})
	if err := net.Run(context.Background(), 0.050, sim.RunOptions{Resolver: namespace}); err != nil {
		panic(err)
	}
	for _, t := range spikes.T() {
		fmt.Printf("spike at %.1f ms\n", t*1000)
	}
	// Output:
	// spike at 16.0 ms
	// spike at 32.1 ms
	// spike at 48.2 ms
}
