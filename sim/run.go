package sim

import (
	"context"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/gobrian/gobrian/sim/simerr"
)

// runContext is what parts see while preparing and running.
type runContext struct {
	resolver Resolver
	key      uint64 // random stream key of this run
	// next is each part's successor in the schedule; a group fuses its
	// threshold into its state update when nothing runs in between.
	next map[*part]*part
	// gated are the groups whose not_refractory flags a RefractoryGate
	// keeps during this run
	gated []*NeuronGroup
}

// slotRank orders "before_X" < "X" < "after_X" by Brian's schedule.
func slotRank(when string) (int, error) {
	sub := 1
	base := when
	if s, ok := strings.CutPrefix(when, "before_"); ok {
		base, sub = s, 0
	} else if s, ok := strings.CutPrefix(when, "after_"); ok {
		base, sub = s, 2
	}
	for k, s := range DefaultSchedule() {
		if s == base {
			return 3*k + sub, nil
		}
	}
	return 0, simerr.New(simerr.ValueError, "Unknown scheduling slot '%s'", when)
}

type scheduled struct {
	p    *part
	rank int
}

func (n *Network) schedule() ([]scheduled, error) {
	var out []scheduled
	for _, o := range n.objects {
		if !o.Active() {
			continue
		}
		for _, p := range o.parts() {
			r, err := slotRank(p.when)
			if err != nil {
				return nil, objectErr(o.Name(), err)
			}
			out = append(out, scheduled{p, r})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.rank != y.rank {
			return x.rank < y.rank
		}
		if x.p.order != y.p.order {
			return x.p.order < y.p.order
		}
		return x.p.name < y.p.name
	})
	return out, nil
}

func (n *Network) run(ctx context.Context, duration float64, opts RunOptions) error {
	if n.running {
		return simerr.New("RuntimeError", "The network is already running.")
	}
	if duration < 0 {
		return simerr.New(simerr.ValueError, "Duration has to be non-negative, is %g s.", duration)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	n.running = true
	defer func() { n.running = false }()
	n.stopped = false
	sched, err := n.schedule()
	if err != nil {
		return err
	}
	// clocks: each starts at the network time
	var clocks []*Clock
	seen := map[*Clock]bool{}
	for _, s := range sched {
		if c := s.p.clock; !seen[c] {
			seen[c] = true
			clocks = append(clocks, c)
		}
	}
	start := n.t
	end := start + duration
	ends := make(map[*Clock]int64, len(clocks))
	for _, c := range clocks {
		c.setT(start)
		ends[c] = int64(math.Round(end / c.dt))
	}
	rc := &runContext{resolver: opts.Resolver, key: n.env.nextStream(), next: map[*part]*part{}}
	for k := 1; k < len(sched); k++ {
		rc.next[sched[k-1].p] = sched[k].p
	}
	for _, s := range sched {
		if s.p.prepare != nil {
			if err := s.p.prepare(rc); err != nil {
				oe := objectErr(s.p.owner.Name(), err)
				if e, ok := oe.(*simerr.ObjectError); ok {
					e.Preparing = true
				}
				return oe
			}
		}
	}
	rc.settleGates(sched)
	defer rc.finishGates()
	wall := time.Now()
	period := opts.ReportPeriod
	if period <= 0 {
		period = 10 * time.Second
	}
	lastReport := wall
	if opts.Report != nil {
		opts.Report(Progress{Start: start, Duration: duration})
	}
	done := ctx.Done()
	current := make([]*Clock, 0, len(clocks))
	for {
		// the clocks due next: those at the smallest time not yet finished
		current = current[:0]
		tmin := math.Inf(1)
		for _, c := range clocks {
			if c.i < ends[c] {
				tmin = math.Min(tmin, c.T())
			}
		}
		if math.IsInf(tmin, 1) || n.stopped {
			break
		}
		for _, c := range clocks {
			if c.i < ends[c] && math.Abs(c.T()-tmin) < 1e-3*c.dt {
				current = append(current, c)
			}
		}
		select {
		case <-done:
			n.t = tmin
			return &simerr.Error{Type: simerr.Interrupted, Msg: "", Err: ctx.Err()}
		default:
		}
		for _, s := range sched {
			if !isCurrent(s.p.clock, current) {
				continue
			}
			if err := s.p.step(rc); err != nil {
				n.t = tmin
				return objectErr(s.p.owner.Name(), err)
			}
		}
		for _, c := range current {
			c.setStep(c.i + 1)
		}
		if opts.Report != nil && time.Since(lastReport) >= period {
			lastReport = time.Now()
			opts.Report(Progress{Start: start, Duration: duration, Elapsed: tmin - start, Wall: time.Since(wall)})
		}
	}
	n.t = end
	if n.stopped {
		n.t = math.Inf(1)
		for _, c := range clocks {
			n.t = math.Min(n.t, c.T())
		}
		if len(clocks) == 0 {
			n.t = start
		}
	}
	if opts.Report != nil {
		opts.Report(Progress{Start: start, Duration: duration, Elapsed: n.t - start, Wall: time.Since(wall), Done: true})
	}
	return nil
}

func isCurrent(c *Clock, cur []*Clock) bool {
	for _, x := range cur {
		if x == c {
			return true
		}
	}
	return false
}
