package sim

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/sim/simerr"
)

// PoissonOptions are PoissonGroup's arguments: the rates (Hz) as one
// value, one value per neuron, or an expression (which may use t and i).
type PoissonOptions struct {
	Rate      float64
	Rates     []float64
	RatesExpr string
	Sched
}

// NewPoissonGroup makes n independent Poisson spike sources (Brian's
// PoissonGroup: threshold rand() < rates*dt). It is a NeuronGroup named
// "poissongroup", "poissongroup_1", ...; its variable is rates.
func NewPoissonGroup(env *Env, n int, opts PoissonOptions) (*NeuronGroup, error) {
	model := "rates : Hz"
	if opts.RatesExpr != "" {
		model = "rates = " + opts.RatesExpr + " : Hz"
	}
	g, err := newGroupNamed(env, n, model, GroupOptions{Threshold: "rand() < rates*dt", Sched: opts.Sched}, "poissongroup")
	if err != nil {
		return nil, err
	}
	if opts.RatesExpr == "" {
		rates := g.vars["rates"].data
		if opts.Rates != nil {
			if len(opts.Rates) != n {
				return nil, simerr.New(simerr.ValueError, "rates has %d values for %d neurons", len(opts.Rates), n)
			}
			copy(rates, opts.Rates)
		} else {
			fill(rates, opts.Rate)
		}
	}
	return g, nil
}

// SpikeGeneratorOptions are SpikeGeneratorGroup's keyword arguments.
type SpikeGeneratorOptions struct {
	Period float64 // repeat the pattern every Period seconds (0: once)
	Sched
}

// spikeGenerator replays given spikes.
type spikeGenerator struct {
	g       *NeuronGroup
	idx     []int32
	times   []float64
	period  float64
	bins    []int64 // time step of each spike (sorted)
	pos     int
	periodK int64 // steps per period
}

// NewSpikeGeneratorGroup makes a group of n neurons emitting the given
// spikes (neuron indices and times in seconds), as Brian's
// SpikeGeneratorGroup. It is a NeuronGroup named "spikegeneratorgroup".
func NewSpikeGeneratorGroup(env *Env, n int, indices []int, times []float64, opts SpikeGeneratorOptions) (*NeuronGroup, error) {
	if len(indices) != len(times) {
		return nil, simerr.New(simerr.ValueError, "Length of the indices and times array must match, but %d != %d", len(indices), len(times))
	}
	g, err := newGroupNamed(env, n, "", GroupOptions{Sched: opts.Sched}, "spikegeneratorgroup")
	if err != nil {
		return nil, err
	}
	sg := &spikeGenerator{g: g, period: opts.Period}
	order := make([]int, len(times))
	for k := range order {
		order[k] = k
		if indices[k] < 0 || indices[k] >= n {
			return nil, simerr.New(simerr.ValueError, "Indices have to be in the range [0, %d[.", n)
		}
		if times[k] < 0 {
			return nil, simerr.New(simerr.ValueError, "Spike times cannot be negative")
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return times[order[a]] < times[order[b]] })
	for _, k := range order {
		sg.idx = append(sg.idx, int32(indices[k]))
		sg.times = append(sg.times, times[k])
	}
	g.ps = append(g.ps, &part{owner: g, name: g.name + "_spike_thresholder", when: "thresholds", order: opts.Order,
		clock: g.clock, prepare: sg.prepare, step: sg.step})
	return g, nil
}

func (sg *spikeGenerator) prepare(rc *runContext) error {
	dt := sg.g.clock.dt
	sg.bins = make([]int64, len(sg.times))
	for k, t := range sg.times {
		sg.bins[k] = int64(math.Round(t / dt))
		if k > 0 && sg.bins[k] == sg.bins[k-1] && sg.idx[k] == sg.idx[k-1] {
			return simerr.New(simerr.ValueError, "Using a dt of %g s, some neurons of SpikeGeneratorGroup '%s' spike more than once during a time step.", dt, sg.g.name)
		}
	}
	sg.periodK = 0
	if sg.period > 0 {
		sg.periodK = int64(math.Round(sg.period / dt))
	}
	// continue from the current time (after restore() or a new run)
	now := sg.g.clock.i
	if sg.periodK > 0 {
		now %= sg.periodK
	}
	sg.pos = sort.Search(len(sg.bins), func(k int) bool { return sg.bins[k] >= now })
	return nil
}

func (sg *spikeGenerator) step(rc *runContext) error {
	g := sg.g
	g.spikes = g.spikes[:0]
	now := g.clock.i
	if sg.periodK > 0 {
		now %= sg.periodK
		if now == 0 {
			sg.pos = 0
		}
	}
	for sg.pos < len(sg.bins) && sg.bins[sg.pos] <= now {
		if sg.bins[sg.pos] == now {
			g.spikes = append(g.spikes, sg.idx[sg.pos])
		}
		sg.pos++
	}
	// Brian reports spikes in index order within a step
	sort.Slice(g.spikes, func(a, b int) bool { return g.spikes[a] < g.spikes[b] })
	return nil
}
