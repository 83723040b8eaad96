package sim

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"
)

// brianLIFScript is Brian's side of the LIF benchmark.
const brianLIFScript = "/work/shared/bench/brian2/lif.py"

// TestBenchLIFVersusBrian runs the LIF benchmarks of the simulator issue
// through sim on 1 and 2 cores and through Brian2's cython target in the
// same run: (a) 1e6 neurons for 100 ms with and without noise, (c) 100
// noisy neurons for 1 s. It reports ns per neuron-step (medians of
// GOBRIAN_BENCH_REPS repetitions, default 3) and the ratios. It takes
// minutes, so it only runs with GOBRIAN_BENCH=1:
//
//	GOBRIAN_BENCH=1 go test -run BenchLIFVersusBrian -v -timeout 30m ./sim
func TestBenchLIFVersusBrian(t *testing.T) {
	if os.Getenv("GOBRIAN_BENCH") != "1" {
		t.Skip("set GOBRIAN_BENCH=1 to run the side-by-side benchmark with Brian2 (takes minutes)")
	}
	if _, err := os.Stat(brianLIFScript); err != nil {
		t.Skipf("Brian's benchmark script is missing: %v", err)
	}
	if err := exec.Command(brianPython, "-c", "import brian2").Run(); err != nil {
		t.Skipf("brian2 is not importable by %s: %v", brianPython, err)
	}
	reps := 3
	if r, err := strconv.Atoi(os.Getenv("GOBRIAN_BENCH_REPS")); err == nil && r > 0 {
		reps = r
	}
	type config struct {
		n, steps int
		noise    bool
	}
	for _, cf := range []config{{1_000_000, 1000, true}, {1_000_000, 1000, false}, {100, 10_000, true}} {
		n, steps, noise := cf.n, cf.steps, cf.noise
		var brian []float64
		for range reps {
			ns, err := brianLIFLoop(n, steps, noise)
			if err != nil {
				t.Fatal(err)
			}
			brian = append(brian, ns)
		}
		b := median(brian)
		t.Logf("N=%d, %d steps, noise=%-5v Brian2 cython: %6.2f ns/neuron-step (loop, median of %v)", n, steps, noise, b, rounded(brian))
		for _, procs := range []int{1, 2} {
			var wall, cpu []float64
			for range reps {
				w, c := goLIFRun(t, n, steps, noise, procs)
				wall, cpu = append(wall, w), append(cpu, c)
			}
			w, c := median(wall), median(cpu)
			t.Logf("N=%d, %d steps, noise=%-5v gobrian %d core(s): %6.2f ns/neuron-step wall (%v), %6.2f CPU; Brian/gobrian = %.2f",
				n, steps, noise, procs, w, rounded(wall), c, b/w)
		}
	}
}

// brianLIFLoop runs lif.py with the cython target and returns Brian's
// main-loop time per neuron-step in ns.
func brianLIFLoop(n, steps int, noise bool) (float64, error) {
	nz := "0"
	if noise {
		nz = "1"
	}
	cmd := exec.Command(brianPython, brianLIFScript, "cython", "--N", strconv.Itoa(n),
		"--duration-ms", strconv.FormatFloat(float64(steps)*0.1, 'f', -1, 64), "--noise", nz)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("brian lif.py: %w\n%s", err, stderr.String())
	}
	// the result is the last JSON line
	lines := bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n"))
	var rec struct {
		Loop float64 `json:"loop"`
	}
	if err := json.Unmarshal(lines[len(lines)-1], &rec); err != nil || rec.Loop <= 0 {
		return 0, fmt.Errorf("brian lif.py output %q: %v", out.String(), err)
	}
	return rec.Loop * 1e9 / float64(n*steps), nil
}

// goLIFRun runs benchLIF's model once on procs cores; it returns wall and
// process CPU ns per neuron-step of the run (setup excluded).
func goLIFRun(t *testing.T, n, steps int, noise bool, procs int) (wall, cpu float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	net, r := lifNetwork(t, n, noise)
	runtime.GC()
	c0, w0 := cpuTime(), time.Now()
	if err := net.Run(context.Background(), float64(steps)*1e-4, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	per := float64(n * steps)
	return float64(time.Since(w0).Nanoseconds()) / per, float64((cpuTime() - c0).Nanoseconds()) / per
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func rounded(xs []float64) []string {
	out := make([]string, len(xs))
	for k, x := range xs {
		out[k] = strconv.FormatFloat(x, 'f', 2, 64)
	}
	return out
}
