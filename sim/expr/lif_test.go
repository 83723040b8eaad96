package expr

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// lifProgram compiles Brian's refractory Euler(-Maruyama) LIF update over
// fresh state for n neurons: the code sim generates for
// "dv/dt = (v0 - v)/tau [+ sigma*xi*tau**-0.5] : 1 (unless refractory)".
func lifProgram(t testing.TB, n int, noise bool, drift string, tnow *float64) (*Program, map[string][]float64) {
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
// Both the vector kernel (where the CPU has one) and the scalar loop are
// checked.
func TestLIFKernelMatchesBlocks(t *testing.T) {
	vector := lifVector
	defer func() { lifVector = vector }()
	for _, v := range []bool{true, false} {
		if v && vector == nil {
			t.Log("no vector LIF kernel on this CPU")
			continue
		}
		lifVector = nil
		if v {
			lifVector = vector
		}
		t.Run(map[bool]string{true: "vector", false: "scalar"}[v], testLIFKernelMatchesBlocks)
	}
}

func testLIFKernelMatchesBlocks(t *testing.T) {
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

// BenchmarkLIFKernel times the fused kernel alone (no network around it),
// per neuron-step, on cache-resident and larger states, with the
// not_refractory flags computed from lastspike or kept by a
// RefractoryGate.
func BenchmarkLIFKernel(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		for _, noise := range []bool{false, true} {
			for _, flags := range []bool{false, true} {
				b.Run(fmt.Sprintf("n=%d/noise=%v/flags=%v", n, noise, flags), func(b *testing.B) {
					tnow := 0.0175
					p, data := lifProgram(b, n, noise, "(1.1 - v)/0.01", &tnow)
					f := p.NewFrame()
					v, nr, ls := data["v"], data["not_refractory"], data["lastspike"]
					cross := &Crossing{Data: v, Op: ">", K: 1, Gate: nr}
					var gate *RefractoryGate
					if flags {
						gate = NewRefractoryGate(n)
						cross.Flags = gate
					}
					var out []int32
					b.ResetTimer()
					for k := range b.N {
						tnow = 0.0175 + float64(k)*1e-4
						if gate != nil {
							p.Advance(f, gate)
						}
						f.Seed(7, uint64(k))
						out, _ = p.ExecCrossing(f, 0, n, cross, out[:0])
						for _, j := range out {
							v[j], nr[j], ls[j] = 0, 0, tnow
						}
						if gate != nil {
							gate.Spiked(out, tnow)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/neuron-step")
				})
			}
		}
	}
}

// With a RefractoryGate the kernel reads the flags from its bitmap; over
// a run with spikes, resets and an outside write to lastspike, the states
// and crossings stay bit for bit those of the block program.
func TestLIFKernelFlagsMatchBlocks(t *testing.T) {
	vector := lifVector
	defer func() { lifVector = vector }()
	for _, vec := range []bool{true, false} {
		if vec && vector == nil {
			continue
		}
		lifVector = nil
		if vec {
			lifVector = vector
		}
		for _, noise := range []bool{false, true} {
			const n = 3000
			tnow := 0.0175
			p, data := lifProgram(t, n, noise, "(1.1 - v)/0.01", &tnow)
			q, qdata := lifProgram(t, n, noise, "(1.1 - v)/0.01", &tnow)
			q.lif = nil
			fp, fq := p.NewFrame(), q.NewFrame()
			gate := NewRefractoryGate(n)
			spikes := 0
			for step := range 300 {
				tnow = 0.0175 + float64(step)*1e-4
				if step == 150 {
					// a user's write between steps: lastspike of a few
					// neurons set to now
					for j := 0; j < n; j += 97 {
						data["lastspike"][j], qdata["lastspike"][j] = tnow, tnow
					}
					gate.Invalidate()
				}
				if !p.Advance(fp, gate) {
					t.Fatal("Advance refused the LIF program")
				}
				fp.Seed(7, uint64(step))
				fq.Seed(7, uint64(step))
				cross := &Crossing{Data: data["v"], Op: ">", K: 1, Gate: data["not_refractory"], Flags: gate}
				// two calls, the second starting off the bitmap's bytes
				got, _ := p.ExecCrossing(fp, 0, 5, cross, nil)
				got, _ = p.ExecCrossing(fp, 5, n, cross, got)
				q.Exec(fq, 0, n, nil)
				var want []int32
				for j := range n {
					if qdata["v"][j] > 1 && qdata["not_refractory"][j] != 0 {
						want = append(want, int32(j))
					}
				}
				if !slices.Equal(got, want) {
					t.Fatalf("vector=%v noise=%v step %d: crossings %v, want %v", vec, noise, step, got, want)
				}
				for _, d := range []map[string][]float64{data, qdata} {
					for _, j := range want {
						d["v"][j], d["not_refractory"][j], d["lastspike"][j] = 0, 0, tnow
					}
				}
				gate.Spiked(got, tnow)
				spikes += len(got)
				for _, name := range []string{"v", "not_refractory", "lastspike"} {
					for j := range n {
						if a, b := data[name][j], qdata[name][j]; a != b {
							t.Fatalf("vector=%v noise=%v step %d: %s[%d] flags %v, blocks %v", vec, noise, step, name, j, a, b)
						}
					}
				}
			}
			if spikes < n {
				t.Fatalf("only %d spikes: the test does not exercise refractoriness", spikes)
			}
		}
	}
}
