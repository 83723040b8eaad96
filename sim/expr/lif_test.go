package expr

import (
	"math"
	"slices"
	"testing"
)

// lifProgram compiles Brian's refractory Euler(-Maruyama) LIF update over
// fresh state for n neurons: the code sim generates for
// "dv/dt = (v0 - v)/tau [+ sigma*xi*tau**-0.5] : 1 (unless refractory)".
func lifProgram(t *testing.T, n int, noise bool, drift string, tnow *float64) (*Program, map[string][]float64) {
	t.Helper()
	data := map[string][]float64{"v": make([]float64, n), "lastspike": make([]float64, n), "not_refractory": make([]float64, n)}
	for j := range n {
		data["v"][j] = math.Mod(float64(j)*0.618034, 1.05)
		data["lastspike"][j] = []float64{-1e4, 0.0101, 0.0123, 0.0149}[j%4]
		data["not_refractory"][j] = float64(j % 2)
	}
	scope := func(name string) (*Symbol, bool) {
		if d, ok := data[name]; ok {
			s := &Symbol{Class: Vector, Data: d}
			if name == "not_refractory" {
				s.Kind = Bool
			}
			return s, true
		}
		switch name {
		case "t":
			return &Symbol{Class: Scalar, Ref: tnow}, true
		case "dt":
			return &Symbol{Class: Const, Value: 1e-4}, true
		}
		return builtinConst(name)
	}
	src := "not_refractory = timestep(t - lastspike, dt) >= timestep(0.005, dt)\n"
	if noise {
		src += "xi = dt**0.5*randn()\nv = dt*(int(not_refractory)*(" + drift + ")) + v + int(not_refractory)*(0.2*0.01**-0.5)*xi"
	} else {
		src += "v = dt*(int(not_refractory)*(" + drift + ")) + v"
	}
	stmts, err := ParseCode(src)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(stmts, scope)
	if err != nil {
		t.Fatal(err)
	}
	return p, data
}

// The fused LIF kernel gives bit for bit the block program's states,
// random numbers included, and the threshold crossings of a scan.
func TestLIFKernelMatchesBlocks(t *testing.T) {
	const n = 3000
	drifts := []string{"(1.1 - v)/0.01", "(v - 1.1)*-100", "(v + -1.1)/-0.01", "(-1.1 + v)*-100"}
	for k, noise := range []bool{false, true, false, true, false, true, false, true} {
		drift := drifts[k/2]
		tnow := 0.0175
		p, data := lifProgram(t, n, noise, drift, &tnow)
		if p.lif == nil {
			t.Fatalf("noise=%v %s: LIF shape not recognised:\n%s", noise, drift, p)
		}
		q, qdata := lifProgram(t, n, noise, drift, &tnow)
		q.lif = nil
		fp, fq := p.NewFrame(), q.NewFrame()
		for step := range 20 {
			tnow = 0.0175 + float64(step)*1e-4
			fp.Seed(7, uint64(step))
			fq.Seed(7, uint64(step))
			cross := &Crossing{Data: data["v"], Op: ">", K: 1, Gate: data["not_refractory"]}
			got, ok := p.ExecCrossing(fp, 5, n-3, cross, nil)
			if !ok {
				t.Fatal("ExecCrossing refused the LIF program")
			}
			q.Exec(fq, 5, n-3, nil)
			var want []int32
			for j := 5; j < n-3; j++ {
				if qdata["v"][j] > 1 && qdata["not_refractory"][j] != 0 {
					want = append(want, int32(j))
				}
			}
			for _, name := range []string{"v", "not_refractory"} {
				for j := range n {
					if a, b := data[name][j], qdata[name][j]; a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
						t.Fatalf("noise=%v %s step %d: %s[%d] fused %v, blocks %v", noise, drift, step, name, j, a, b)
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("noise=%v step %d: crossings %v, want %v", noise, step, got, want)
			}
			if step == 19 && len(want) == 0 {
				t.Fatal("test model never crosses the threshold")
			}
		}
	}
}
