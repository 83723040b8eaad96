package brian2

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/units"
)

// oracleCase is a small deterministic model run through Brian2 and
// through this binding.
type oracleCase struct {
	name      string
	n         int
	model     string
	method    string
	threshold string
	reset     string
	refrac    float64 // ms, 0 for none
	consts    map[string]float64
	constUnit map[string]string // Brian unit of each constant ("ms", "mV", "")
	init      map[string]string // var -> string expression
	duration  float64           // ms
	record    string            // variable whose final values are compared
}

var oracleCases = []oracleCase{
	{name: "lif_exact_refractory", n: 5, model: "dv/dt = (v0-v)/tau : 1 (unless refractory)\nv0 : 1",
		method: "exact", threshold: "v>1", reset: "v=0", refrac: 5,
		consts: map[string]float64{"tau": 10, "v0_max": 3}, constUnit: map[string]string{"tau": "ms", "v0_max": ""},
		init: map[string]string{"v0": "i*v0_max/(N-1)"}, duration: 100, record: "v"},
	{name: "sine_euler", n: 1, model: "dv/dt = (sin(2*pi*100*Hz*t)-v)/tau : 1", method: "euler",
		consts: map[string]float64{"tau": 10}, constUnit: map[string]string{"tau": "ms"},
		init: map[string]string{"v": "5"}, duration: 60, record: "v"},
	{name: "adaptive_threshold_heun", n: 4, model: "dv/dt = (v_drive+vr-v)/tau : volt\ndvt/dt = (vt0-vt)/tau_t : volt",
		method: "heun", threshold: "v>vt", reset: "v = vr\nvt += delta_vt0", refrac: 2,
		consts:    map[string]float64{"tau": 10, "vr": -70, "vt0": -50, "delta_vt0": 5, "tau_t": 100, "v_drive": 40},
		constUnit: map[string]string{"tau": "ms", "vr": "mV", "vt0": "mV", "delta_vt0": "mV", "tau_t": "ms", "v_drive": "mV"},
		init:      map[string]string{"v": "vr + i*5*mV", "vt": "vt0"}, duration: 100, record: "vt"},
	{name: "cubic_rk4", n: 3, model: "dv/dt = -v**3/tau + I : 1\nI : Hz", method: "rk4",
		consts: map[string]float64{"tau": 5}, constUnit: map[string]string{"tau": "ms"},
		init: map[string]string{"v": "1+i", "I": "i*10*Hz"}, duration: 20, record: "v"},
}

type oracleResult struct {
	I     []int     `json:"i"`
	T     []float64 `json:"t"`
	Final []float64 `json:"final"`
}

// brianResults runs all cases through Brian2 (numpy target) in one
// process, since importing Brian takes seconds.
func brianResults(t *testing.T, cases []oracleCase) []oracleResult {
	t.Helper()
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("Brian2 oracle (/usr/bin/python3) not installed")
	}
	var b strings.Builder
	b.WriteString("import json, sys\nfrom brian2 import *\nprefs.codegen.target = 'numpy'\nBrianLogger.log_level_error()\nresults = []\n")
	for _, c := range cases {
		b.WriteString("start_scope()\n")
		for k, v := range c.consts {
			u := c.constUnit[k]
			if u == "" {
				fmt.Fprintf(&b, "%s = %v\n", k, v)
			} else {
				fmt.Fprintf(&b, "%s = %v*%s\n", k, v, u)
			}
		}
		fmt.Fprintf(&b, "N = %d\nG = NeuronGroup(N, %q, method=%q", c.n, c.model, c.method)
		if c.threshold != "" {
			fmt.Fprintf(&b, ", threshold=%q, reset=%q", c.threshold, c.reset)
		}
		if c.refrac > 0 {
			fmt.Fprintf(&b, ", refractory=%v*ms", c.refrac)
		}
		b.WriteString(")\n")
		if c.threshold != "" {
			b.WriteString("S = SpikeMonitor(G)\n")
		}
		for _, v := range sortedKeys(c.init) {
			fmt.Fprintf(&b, "G.%s = %q\n", v, c.init[v])
		}
		fmt.Fprintf(&b, "run(%v*ms)\n", c.duration)
		if c.threshold == "" {
			b.WriteString("S = None\n")
		}
		fmt.Fprintf(&b, "results.append({'i': [int(x) for x in S.i] if S else [], 't': [float(x) for x in S.t_] if S else [], 'final': [float(x) for x in G.%s_]})\n", c.record)
	}
	b.WriteString("json.dump(results, sys.stdout)\n")
	out, err := exec.Command(py, "-c", b.String()).Output()
	if err != nil {
		t.Skipf("Brian2 oracle failed (%v); script:\n%s", err, b.String())
	}
	var r []oracleResult
	if err := json.Unmarshal(out, &r); err != nil || len(r) != len(cases) {
		t.Fatalf("oracle output %q: %v", out, err)
	}
	return r
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

// ourResult runs the case through the binding.
func ourResult(t *testing.T, c oracleCase) oracleResult {
	f := newFixture(t)
	var pairs []any
	for k, v := range c.consts {
		var val interp.Value = interp.Float(v)
		if u := c.constUnit[k]; u != "" {
			unit, ok := units.Lookup(u)
			if !ok {
				t.Fatalf("unknown unit %s", u)
			}
			val = numpy.NewQuantity(v*unit.Scale, unit.Dim)
		}
		pairs = append(pairs, k, val)
	}
	pairs = append(pairs, "N", interp.Int(c.n))
	kws := []interp.Kwarg{kw("method", interp.Str(c.method)), kw("namespace", f.ns(pairs...))}
	if c.threshold != "" {
		kws = append(kws, kw("threshold", interp.Str(c.threshold)), kw("reset", interp.Str(c.reset)))
	}
	if c.refrac > 0 {
		kws = append(kws, kw("refractory", ms(c.refrac)))
	}
	g := f.call(f.s.newNeuronGroup, []interp.Value{interp.Int(c.n), interp.Str(c.model)}, kws...)
	var mon interp.Value
	if c.threshold != "" {
		mon = f.call(f.s.newSpikeMonitor, []interp.Value{g})
	}
	// String initialisers resolve through the caller's namespace in
	// Python; here the group's namespace= provides the constants.
	for _, v := range sortedKeys(c.init) {
		if err := g.(*group).SetAttr(f.th, v, interp.Str(c.init[v])); err != nil {
			t.Fatalf("G.%s = %q: %v", v, c.init[v], err)
		}
	}
	f.call(f.s.pyRun, []interp.Value{ms(c.duration)})
	var r oracleResult
	if mon != nil {
		for _, x := range f.floats(f.attr(mon, "i")) {
			r.I = append(r.I, int(x))
		}
		r.T = f.floats(f.attr(mon, "t_"))
	}
	r.Final = f.floats(f.attr(g, c.record+"_"))
	return r
}

// Deterministic models give Brian2's spikes and final states.
func TestDifferentialAgainstBrian2(t *testing.T) {
	wants := brianResults(t, oracleCases)
	for k, c := range oracleCases {
		want := wants[k]
		t.Run(c.name, func(t *testing.T) {
			got := ourResult(t, c)
			t.Logf("%d spikes, %d final values", len(got.I), len(got.Final))
			if fmt.Sprint(got.I) != fmt.Sprint(want.I) {
				t.Errorf("spike indices = %v, want %v", got.I, want.I)
			}
			if !closeAll(got.T, want.T, 1e-12) {
				t.Errorf("spike times = %v, want %v", got.T, want.T)
			}
			if !closeAll(got.Final, want.Final, 1e-9) {
				t.Errorf("final %s = %v, want %v", c.record, got.Final, want.Final)
			}
		})
	}
}

func closeAll(a, b []float64, rel float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if math.Abs(a[k]-b[k]) > rel*math.Max(math.Abs(b[k]), 1e-300) && a[k] != b[k] {
			return false
		}
	}
	return true
}
