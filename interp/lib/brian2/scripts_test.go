package brian2

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// Scripts run through gobrian and through Brian2 2.5.1 (numpy target);
// their printed output must agree (numbers within 1e-9 relative).
var oracleScripts = []struct{ name, code string }{
	{"lif_counts", `
N = 5
tau = 10*ms
G = NeuronGroup(N, 'dv/dt = (v0-v)/tau : 1 (unless refractory)\nv0 : 1', threshold='v>1', reset='v=0', refractory=5*ms, method='exact')
S = SpikeMonitor(G)
G.v0 = 'i*3.0/(N-1)'
run(100*ms)
print(S.count[:])
print(S.num_spikes, len(S))
print(S.t[:4])
print(S.i[:4])
trains = S.spike_trains()
print(sorted(trains.keys()))
print(trains[4][:3])
`},
	{"statemonitor_record_list", `
G = NeuronGroup(3, 'dv/dt = (2-v)/(5*ms) : 1\nw : volt', method='euler')
G.v = [0, 0.5, 1]
G.w = [1, 2, 3]*mV
M = StateMonitor(G, ['v', 'w'], record=[0, 2])
run(2*ms)
print(M.v.shape, M.w.shape, len(M.t))
print(M.t[:3])
print(M.v[1][-1], M[2].v[-1])
print(M.w[0][:2])
print(M.v.T.shape)
print([float(x) for x in M.v_[0][:4]])
`},
	{"network_operation", `
G = NeuronGroup(1, 'v : 1')
@network_operation(dt=1*ms)
def f(t):
    G.v = G.v + 1
    print('op at', t/ms)
run(3*ms)
print(G.v[0])
@network_operation
def g():
    if G.v[0] > 5:
        stop()
start_scope()
`},
	{"stop_in_operation", `
G = NeuronGroup(1, 'dv/dt = 1/(10*ms) : 1', method='euler')
@network_operation
def check():
    if G.v[0] >= 0.5:
        stop()
run(100*ms)
print(defaultclock.t/ms, G.v[0])
`},
	{"dt_change", `
defaultclock.dt = 0.05*ms
G = NeuronGroup(1, 'dv/dt = -v/(1*ms) : 1', method='exact')
G.v = 1
M = StateMonitor(G, 'v', record=True)
run(1*ms)
print(len(M.t), M.t[1], defaultclock.dt)
print(G.v[0])
defaultclock.dt = 0.1*ms
`},
	{"store_restore", `
G = NeuronGroup(2, 'dv/dt = (1-v)/(10*ms) : 1', method='exact')
run(5*ms)
store()
v1 = G.v[:].copy()
run(5*ms)
print(defaultclock.t/ms)
restore()
print(all(G.v[:] == v1))
run(1*ms)
print(defaultclock.t/ms)
store('second')
run(1*ms)
restore('second')
print(G.v[0])
`},
	{"explicit_network", `
G = NeuronGroup(2, 'dv/dt = (1-v)/(10*ms) : 1', threshold='v>0.5', reset='v=0', method='exact')
S = SpikeMonitor(G)
net = Network(G, S)
net.run(20*ms)
print(net.t, S.num_spikes)
net.run(10*ms)
print(net.t, S.t[:])
start_scope()
H = NeuronGroup(1, 'dv/dt = -v/(10*ms) : 1', method='exact')
c = collect()
print(type(c).__name__, len(c))
net2 = Network(c)
net2.run(1*ms)
print(net2.t)
`},
	{"rate_monitor", `
G = NeuronGroup(4, 'dv/dt = (v0-v)/(10*ms) : 1\nv0 : 1', threshold='v>1', reset='v=0', method='exact')
G.v0 = 'i*0.5+1.2'
R = PopulationRateMonitor(G)
run(50*ms)
print(len(R.t), R.t[0], R.t[-1])
print(sum(R.rate_ > 0), max(R.rate))
print(R.smooth_rate(window='flat', width=1.05*ms)[:3])
print(R.smooth_rate(window='gaussian', width=2*ms)[10:13])
`},
	{"subgroup", `
G = NeuronGroup(6, 'v : volt')
H = G[2:4]
H.v = 1*mV
G[4:].v = '-i*mV - 1*mV'
print(G.v[:])
print(len(H), H.N, H.i[:])
`},
	{"mask_assignment", `
G = NeuronGroup(5, 'v : volt')
G.v = [1, 2, 3, 4, 5]*mV
G.v[G.v > 2.5*mV] = 0*mV
print(G.v[:], G.v_[1])
G.v_[0] = 0.5
print(G.v[0])
`},
	{"group_attributes", `
G = NeuronGroup(3, 'dv/dt = (1-v)/(10*ms) : 1\nw : volt', events={'up': 'v>0.5'}, method='exact')
G.add_attribute('label')
G.label = 'excitatory'
print(G.label)
G.set_states({'w': [1, 2, 3]*mV})
print(G.w[:], sorted(G.get_states().keys()))
G.run_on_event('up', 'w += 1*mV\nv = 0')
run(20*ms)
print(G.w[:])
`},
	{"monitor_added_later", `
G = NeuronGroup(2, 'dv/dt = (1-v)/(10*ms) : 1', method='exact')
run(5*ms)
M = StateMonitor(G, 'v', record=0)
run(2*ms)
print(M.t[:], M.v[0][:2])
try:
    H = NeuronGroup(1, 'v : 1')
    run(1*ms)
except Exception as e:
    print(type(e).__name__)
`},
	{"unit_errors", `
G = NeuronGroup(2, 'v : 1\nw : volt')
for value in [5*mV, 3]:
    try:
        if value is 3:
            G.w = value
        else:
            G.v = value
    except DimensionMismatchError as e:
        print(type(e).__name__, e)
try:
    G.x = 1
except AttributeError as e:
    print('AttributeError', str(e)[:47])
`},
	{"unknown_identifier", `
G = NeuronGroup(1, 'dv/dt = (x-v)/(10*ms) : 1', method='exact')
try:
    run(1*ms)
except BrianObjectException as e:
    print(type(e.__cause__).__name__, e.__cause__)
`},
	{"report_text", `
G = NeuronGroup(1, 'dv/dt = -v/(10*ms) : 1', method='exact')
run(2*ms, report='text')
`},
	{"poissoninput_object", `
G = NeuronGroup(10, 'dv/dt = -v/(10*ms) : volt')
P = PoissonInput(G, 'v', 50, 10*Hz, weight=0.1*mV)
print(repr(P))
print(P.N, P.rate, P.target_var, P.weight, P.name, P.when, P.order)
Q = PoissonInput(G[:5], 'v', 20, 5*Hz, weight='0.1*mV*(i+1)', when='start', order=2)
print(Q.name, Q.weight, Q.when, Q.order)
for bad in [lambda: PoissonInput(G, 'x', 50, 10*Hz, weight=0.1*mV),
            lambda: PoissonInput(G, 'v', 50, 10*Hz, weight=0.1*nA),
            lambda: PoissonInput(G, 'v', 50, 10*ms, weight=0.1*mV)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
run(1*ms)
print(G.v[:] >= 0*mV)
`},
	{"linked_variables", `
G1 = NeuronGroup(4, 'dv/dt = -v / (10*ms) : volt')
G1.v = '(i+1)*mV'
G2 = NeuronGroup(4, '''dx/dt = (v - x)/(5*ms) : volt
v : volt (linked)''')
try:
    print(G2.v)
except TypeError as e:
    print("TypeError", e)
try:
    G2.v = 3*mV
except ValueError as e:
    print("ValueError", e)
try:
    G2.x = linked_var(G1, 'v')
except TypeError as e:
    print("TypeError", e)
try:
    linked_var(G1.v, 'v')
except ValueError as e:
    print("ValueError", e)
try:
    linked_var(G1)
except ValueError as e:
    print("ValueError", e)
G3 = NeuronGroup(3, 'w : volt (linked)')
try:
    G3.w = linked_var(G1.v)
except ValueError as e:
    print("ValueError", e)
try:
    G3.w = linked_var(G1, 'v', index=[0, 1, 7])
except ValueError as e:
    print("ValueError", e)
G3.w = linked_var(G1, 'v', index=[3, 3, 0])
G2.v = linked_var(G1.v)
print(G2.v[:])
print(G3.w[:])
M = StateMonitor(G2, ['v', 'x'], record=[0, 3])
run(2*ms)
print(G2.x[:])
print(M.v[1][-1], M.x[0][-1])
print(G3.w[:])
start_scope()
G4 = NeuronGroup(1, 'I : amp')
G4.I = 2*nA
G5 = NeuronGroup(3, 'dy/dt = I/(1*nA*ms) : 1\nI : amp (linked)')
G5.I = linked_var(G4.I)
run(1*ms)
print(G5.y[:], G5.I[:])
`},
	{"float_size_and_index_by_view", `
NE = 8
NI = NE/4
G = NeuronGroup(NE+NI, 'v : volt\nVr : volt', threshold='v > -1*volt', reset='')
print(len(G))
G.Vr = linspace(-48.3 * mV, -47.7 * mV, 10)
S = SpikeMonitor(G)
run(0.3*ms)
print(S.i[:5])
print(G.Vr[S.i][:5])
print(G.Vr[array([1, 2])])
`},
	{"synaptic_pathways", `
G = NeuronGroup(2, 'dv/dt = 1/(3*ms) : 1\nallow : boolean', threshold='v>1', reset='v=0',
                events={'half': 'v>0.5 and allow'}, method='euler')
G.run_on_event('half', 'allow = False')
G.allow = True
H = NeuronGroup(3, 'x : 1\ny : 1\nz : 1')
S = Synapses(G, H, 'w : 1', on_pre={'up': 'x += w', 'down': 'y -= w'},
             delay={'up': 0*ms, 'down': 1*ms})
S.connect(j='i')
S.w = '1 + i'
T = Synapses(G, H, on_pre={'pre': 'z += 1', 'gpath': 'x += 10'}, on_event={'pre': 'spike', 'gpath': 'half'})
T.connect(i=0, j=2)
print(S.up.delay[:], S.down.delay[:], S.up.event, T.gpath.event, T.pre.prepost)
S.down.delay = 2*ms
try:
    S.down.delay = '2*ms + i*ms'
except SyntaxError as e:
    print(e)
print(S.down.delay[:])
run(10*ms)
print(H.x[:], H.y[:], H.z[:])
try:
    Synapses(G, H, on_pre='x += 1', delay={'foo': 1*ms})
except ValueError as e:
    print(e)

start_scope()
G = NeuronGroup(2, 'v:1', threshold='v>1', reset='')
S = Synapses(G, G, on_pre='v += 1', delay=2*ms)
S.connect()
print(S.delay)
print(S.delay[:])
S2 = Synapses(G, G, on_pre='v += 1')
S2.connect()
S2.delay = '1*ms*i'
print(S2.delay[:])
try:
    S.delay = '1*ms*i'
except Exception as e:
    print(type(e).__name__, e)
S.delay = 3*ms
print(S.delay[:])
`},
	{"zero_for_any_unit", `
G = NeuronGroup(2, 'w : amp')
try:
    G.w = [0, 0]
except Exception as e:
    print(type(e).__name__, e)
G.w = 0
G.w = 0.0
G.w[0] = 0
try:
    G.w = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    G.w = (0, 1)
except Exception as e:
    print(type(e).__name__, e)
print(G.w[:])
`},
	{"equations_and_run_regularly", `
eqs = Equations('dv/dt = (I-v)/tau_m : 1') + Equations('I : 1')
G = NeuronGroup(2, eqs, method='exact', namespace={'tau_m': 5*ms})
G.run_regularly('I = I + 1', dt=2*ms)
run(6*ms)
print(G.I[:], G.v[:])
`},
	{"spikemonitor_variables", `
G = NeuronGroup(2, 'dv/dt = (1.5+i-v)/(10*ms) : 1\nw : 1', threshold='v>1', reset='v=0\nw += 1', method='exact')
S = SpikeMonitor(G, variables='w')
run(40*ms)
print(S.w[:])
print(S.values('w')[1])
print(sorted(S.all_values().keys()))
print(S.it[0][:3], S.it[1][:3])
`},
	{"objects_from_function", `
def build():
    G = NeuronGroup(2, 'dv/dt = (2-v)/(10*ms) : 1', threshold='v>1', reset='v=0', method='exact')
    M = SpikeMonitor(G)
    return G, M
grp, mon = build()
run(30*ms)
print(mon.num_spikes, mon.t[:2])
`},
	{"locals_of_finished_functions", `
def sim():
    G = NeuronGroup(2, 'dv/dt = -v/ms : 1')
    M = StateMonitor(G, 'v', record=0)
    run(1*ms)
    return len(M.t)
print(sim())
print(sim())
H = NeuronGroup(2, 'dv/dt = -v/ms : 1')
run(1*ms)
H = NeuronGroup(2, 'dv/dt = -v/ms : 1')
try:
    run(1*ms)
    print("ok rebinding")
except Exception as e:
    print(type(e).__name__)

P = PoissonInput(H, 'v', 10, 100*Hz, weight=0.5)
M = StateMonitor(H, 'v', record=0)
run(2*ms)
print(M.v[0][-1] > 0)
`},
	{"spikemonitor_needs_threshold", `
G = NeuronGroup(2, 'v : 1')
try:
    SpikeMonitor(G)
except ValueError as e:
    print(e)
P = PoissonGroup(3, rates=100*Hz)
SP = SpikeMonitor(P)
print(len(P), P.rates[:])
`},
	{"event_monitor", `
G = NeuronGroup(3, 'dv/dt = (1+i-v)/(10*ms) : 1', events={'up': 'v > 0.5'}, method='exact')
E = EventMonitor(G, 'up')
run(20*ms)
print(E.num_events, E.count[:], E.t[:3])
print(E.event_trains()[2][:2])
`},
	{"stochastic_exact_fails", `
G = NeuronGroup(1, 'dv/dt = -v/(10*ms) + xi/sqrt(ms) : 1', method='exact')
try:
    run(1*ms)
except BrianObjectException as e:
    print(type(e.__cause__).__name__, e.__cause__)
`},
}

// gobrianScript runs code in a fresh Session and returns its output.
func gobrianScript(t *testing.T, code string) string {
	t.Helper()
	s := newSession()
	out := &sessionOutput{}
	res := s.Execute(context.Background(), "from brian2 import *\n"+code, out, interp.ExecOptions{CellName: "<script>"})
	if res.Error != nil {
		out.stdout.WriteString(res.Error.Ename + ": " + res.Error.Evalue + "\n")
	}
	return out.stdout.String()
}

// runBrianScripts runs every script through Brian2 in one process; the
// error says why the oracle is unavailable.
func runBrianScripts(codes []string) ([]string, error) {
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		return nil, fmt.Errorf("Brian2 oracle (%s) not installed", py)
	}
	harness := `
import sys, json, gc, io, contextlib
from brian2 import *
scripts = json.load(sys.stdin)
outs = []
for code in scripts:
    gc.collect()
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        ns = {}
        try:
            exec('from brian2 import *\nprefs.codegen.target = "numpy"\nstart_scope()\ndefaultclock.dt = 0.1*ms\n' + code, ns)
        except Exception as e:
            print(type(e).__name__ + ': ' + str(e))
        del ns
    outs.append(buf.getvalue())
json.dump(outs, sys.stdout)
`
	cmd := exec.Command(py, "-c", harness)
	in, err := json.Marshal(codes)
	if err != nil {
		return nil, err
	}
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("Brian2 oracle failed: %w", err)
	}
	var res []string
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(codes) {
		return nil, fmt.Errorf("oracle output %.200q: %v", out, err)
	}
	return res, nil
}

var numberRe = regexp.MustCompile(`[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?`)

// sameOutput compares texts exactly outside numbers, numbers within rel.
func sameOutput(got, want string, rel float64) bool {
	gn, wn := numberRe.FindAllString(got, -1), numberRe.FindAllString(want, -1)
	if numberRe.ReplaceAllString(got, "#") != numberRe.ReplaceAllString(want, "#") || len(gn) != len(wn) {
		return false
	}
	for k := range gn {
		a, _ := strconv.ParseFloat(gn[k], 64)
		b, _ := strconv.ParseFloat(wn[k], 64)
		if a != b && math.Abs(a-b) > rel*math.Abs(b) {
			return false
		}
	}
	return true
}

// oracleOutputs runs every oracle script (oracleScripts, then the noisy
// tutorial model) through Brian2 once for the whole test binary: importing
// Brian costs seconds.
func oracleOutputs(t *testing.T) []string {
	t.Helper()
	oracleOnce.Do(func() {
		codes := make([]string, 0, len(oracleScripts)+1)
		for _, s := range oracleScripts {
			codes = append(codes, s.code)
		}
		codes = append(codes, noisyTutorialCode)
		oracleRes, oracleErr = runBrianScripts(codes)
	})
	if oracleErr != nil {
		t.Skip(oracleErr)
	}
	return oracleRes
}

var (
	oracleOnce sync.Once
	oracleRes  []string
	oracleErr  error
)

func TestScriptsAgainstBrian2(t *testing.T) {
	wants := oracleOutputs(t)
	for k, s := range oracleScripts {
		t.Run(s.name, func(t *testing.T) {
			got := gobrianScript(t, s.code)
			if !sameOutput(got, wants[k], 1e-9) {
				t.Errorf("output differs\n got:\n%s\nwant:\n%s", got, wants[k])
			}
		})
	}
}
