package sim

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/expr"
)

// Tutorial 3's TimedArray cells: a 1-D array driving an exact integrator
// and a 2-D array indexed by (t, i) with dt = 1 ms.
func TestBrianTimedArray(t *testing.T) {
	n := 2000
	vals := make([]float64, n)
	var py []string
	for k := range vals {
		vals[k] = 2.5 * math.Sin(2*math.Pi*10*float64(k)*1e-4)
		py = append(py, fmt.Sprintf("%.17g", vals[k]))
	}
	rows, cols := 40, 3
	table := make([]float64, rows*cols)
	var py2 []string
	for k := range table {
		table[k] = float64((k*37)%11) / 5
		py2 = append(py2, fmt.Sprintf("%.17g", table[k]))
	}
	lines := runBrian(t, fmt.Sprintf(`
import numpy as np
tau = 5*ms
I_recorded = TimedArray(np.array([%s]), dt=defaultclock.dt)
G = NeuronGroup(1, '''dv/dt = (I-v)/tau : 1
I = I_recorded(t) : 1''', threshold='v>1', reset='v=0', method='exact')
M = StateMonitor(G, 'v', record=True)
run(200*ms)
print(' '.join(repr(float(x)) for x in M.v[0]))
start_scope()
ta = TimedArray(np.array([%s]).reshape(%d, %d), dt=1*ms)
A = 1.5
tau = 2*ms
H = NeuronGroup(%d, 'dv/dt = (A*ta(t, i)-v)/tau : 1', threshold='v>1', reset='v=0', method='euler')
M2 = SpikeMonitor(H)
run(%d*ms)
print(' '.join(repr(float(x)) for x in M2.t_))
print(' '.join(repr(int(x)) for x in M2.i))
`, strings.Join(py, ","), strings.Join(py2, ","), rows, cols, cols, rows))

	env := NewEnv()
	ta := &expr.TimedArray{Values: vals, Rows: n, Cols: 1, DT: 1e-4}
	r := ns(map[string]Value{"tau": {Scalar: 5 * ms, Dim: secondDim}, "I_recorded": {Table: ta}})
	var logs []string
	env.Log = func(l LogRecord) { logs = append(logs, l.Msg) }
	g, err := NewNeuronGroup(env, 1, "dv/dt = (I-v)/tau : 1\nI = I_recorded(t) : 1", GroupOptions{Threshold: "v>1", Reset: "v=0", Method: "exact"})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := NewStateMonitor(env, g, []string{"v"}, StateMonitorOptions{RecordAll: true})
	if err := NewNetwork(env, g, m).Run(context.Background(), 200*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err, errors.Unwrap(err))
	}
	want := parseFloats(t, lines[0])
	got, _ := m.Values("v")
	for k := range want {
		if !closeRel(got[0][k], want[k], 1e-9) {
			t.Fatalf("1-D: v at step %d = %v, Brian2 %v", k, got[0][k], want[k])
		}
	}

	env = NewEnv()
	ta2 := &expr.TimedArray{Values: table, Rows: rows, Cols: cols, DT: 1e-3}
	r = ns(map[string]Value{"tau": {Scalar: 2 * ms, Dim: secondDim}, "A": {Scalar: 1.5}, "ta": {Table: ta2}})
	h, _ := NewNeuronGroup(env, cols, "dv/dt = (A*ta(t, i)-v)/tau : 1", GroupOptions{Threshold: "v>1", Reset: "v=0", Method: "euler"})
	sm, _ := NewSpikeMonitor(env, h, SpikeMonitorOptions{})
	if err := NewNetwork(env, h, sm).Run(context.Background(), float64(rows)*ms, RunOptions{Resolver: r}); err != nil {
		t.Fatal(err)
	}
	wantT, wantI := parseFloats(t, lines[1]), parseFloats(t, lines[2])
	if len(wantT) != len(sm.T()) {
		t.Fatalf("2-D: %d spikes, Brian2 %d", len(sm.T()), len(wantT))
	}
	for k := range wantT {
		if !closeRel(sm.T()[k], wantT[k], 1e-9) || float64(sm.I()[k]) != wantI[k] {
			t.Fatalf("2-D spike %d: (%v, %d), Brian2 (%v, %v)", k, sm.T()[k], sm.I()[k], wantT[k], wantI[k])
		}
	}
}
