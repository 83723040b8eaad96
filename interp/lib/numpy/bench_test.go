package numpy

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

const benchN = 1_000_000

// benchCases are the operations compared with numpy: a Go body and the
// equivalent numpy statement (x, y: float arrays of 1e6; idx: 1e6 random
// indices; mask: x > 0.5).
var benchCases = []struct {
	name, numpy string
	run         func(th *interp.Thread, x, y, idx, mask *Array) error
}{
	{"add", "x + y", func(th *interp.Thread, x, y, _, _ *Array) error {
		_, err := x.Binary(th, interp.Add, y, false)
		return err
	}},
	{"mul_scalar", "x * 2.5", func(th *interp.Thread, x, _, _, _ *Array) error {
		_, err := x.Binary(th, interp.Mul, interp.Float(2.5), false)
		return err
	}},
	{"exp", "np.exp(x)", func(th *interp.Thread, x, _, _, _ *Array) error {
		_, err := applyUnary(th, "exp", unaryUfuncs["exp"], x)
		return err
	}},
	{"sum", "x.sum()", func(th *interp.Thread, x, _, _, _ *Array) error {
		_, err := x.reduce(reductions["sum"], interp.None, false, 0)
		return err
	}},
	{"mask_select", "x[mask]", func(th *interp.Thread, x, _, _, mask *Array) error {
		_, err := x.GetItem(th, mask)
		return err
	}},
	{"fancy_index", "x[idx]", func(th *interp.Thread, x, _, idx, _ *Array) error {
		_, err := x.GetItem(th, idx)
		return err
	}},
	{"iadd_scalar", "np.add(x, 0.0, out=x)", func(th *interp.Thread, x, _, _, _ *Array) error {
		_, err := x.Inplace(th, interp.Add, interp.Float(0))
		return err
	}},
	{"compare", "x > 0.5", func(th *interp.Thread, x, _, _, _ *Array) error {
		_, err := x.Compare(th, interp.Gt, interp.Float(0.5))
		return err
	}},
}

func benchInputs() (x, y, idx, mask *Array) {
	xs, ys := make([]float64, benchN), make([]float64, benchN)
	is := make([]int64, benchN)
	ms := make([]bool, benchN)
	seed := uint64(1)
	for k := range xs {
		seed = seed*6364136223846793005 + 1442695040888963407
		xs[k] = float64(seed>>11) / (1 << 53)
		ys[k] = float64(k)
		is[k] = int64(seed>>33) % benchN
		ms[k] = xs[k] > 0.5
	}
	return NewFloatArray(xs, nil, units.Dim{}), NewFloatArray(ys, nil, units.Dim{}), NewIntArray(is, nil), NewBoolArray(ms, nil)
}

func BenchmarkOps(b *testing.B) {
	th := testThread()
	x, y, idx, mask := benchInputs()
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := c.run(th, x, y, idx, mask); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// numpyTimes times the numpy statements in the oracle (seconds per op).
func numpyTimes(t *testing.T) map[string]float64 {
	var script strings.Builder
	script.WriteString("import numpy as np, timeit\nrng = np.random.default_rng(1)\n")
	script.WriteString(fmt.Sprintf("x = rng.random(%d); y = np.arange(%d.); idx = rng.integers(0, %d, %d); mask = x > 0.5\n", benchN, benchN, benchN, benchN))
	for _, c := range benchCases {
		script.WriteString(fmt.Sprintf("print(%q, min(timeit.repeat(lambda: %s, number=20, repeat=5)) / 20)\n", c.name, c.numpy))
	}
	out, err := exec.Command(oracle, "-c", script.String()).Output()
	if err != nil {
		t.Skipf("numpy oracle not available: %v", err)
	}
	times := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 {
			v, _ := strconv.ParseFloat(f[1], 64)
			times[strings.Trim(f[0], `"'`)] = v
		}
	}
	return times
}

// TestNumpyRatios times each benchmark case here and in numpy and
// reports the ratios (target: at most 1.5). Set GOBRIAN_BENCH=1. Both
// sides take the best of several rounds, alternating between numpy and
// us, so that load from other processes affects them alike.
func TestNumpyRatios(t *testing.T) {
	if os.Getenv("GOBRIAN_BENCH") == "" {
		t.Skip("set GOBRIAN_BENCH=1 to compare speed with numpy")
	}
	th := testThread()
	x, y, idx, mask := benchInputs()
	np, ours := map[string]float64{}, map[string]float64{}
	for range 3 {
		for name, v := range numpyTimes(t) {
			if old, ok := np[name]; !ok || v < old {
				np[name] = v
			}
		}
		for _, c := range benchCases {
			// the same statistic as timeit: best of 5 repeats of 20
			best := math.Inf(1)
			for range 5 {
				start := time.Now()
				for range 20 {
					if err := c.run(th, x, y, idx, mask); err != nil {
						t.Fatal(err)
					}
				}
				best = min(best, time.Since(start).Seconds()/20)
			}
			if old, ok := ours[c.name]; !ok || best < old {
				ours[c.name] = best
			}
		}
	}
	for _, c := range benchCases {
		t.Logf("%-12s gobrian %8.3f ms  numpy %8.3f ms  ratio %.2f", c.name, ours[c.name]*1e3, np[c.name]*1e3, ours[c.name]/np[c.name])
	}
}
