package sim

import (
	"context"
	"fmt"
	"testing"
)

func TestDumpLIFTmp(t *testing.T) {
	for _, noise := range []bool{false, true} {
		env := NewEnv()
		eqs := "dv/dt = (v0 - v)/tau : 1 (unless refractory)"
		if noise {
			eqs = "dv/dt = (v0 - v)/tau + sigma*xi*tau**-0.5 : 1 (unless refractory)"
		}
		g, _ := NewNeuronGroup(env, 1000, eqs, GroupOptions{Method: "euler", Threshold: "v>1", Reset: "v=0",
			Refractory: &Refractory{Time: 5 * ms}})
		r := ns(map[string]Value{"tau": {Scalar: 10 * ms, Dim: secondDim}, "sigma": {Scalar: 0.2}, "v0": {Scalar: 1.1}})
		net := NewNetwork(env, g)
		net.Run(context.Background(), 1e-4, RunOptions{Resolver: r})
		fmt.Println(g.rt.update.prog.String(), g.rt.fused, g.rt.fast != nil)
	}
}
