package expr

import (
	"cmp"
	"math"
	"slices"
	"unsafe"
)

// RefractoryGate carries a group's not_refractory flags between time
// steps as a bitmap, so that the fused LIF kernel reads neither
// lastspike nor not_refractory for every neuron at every step: the
// state it streams through is v alone (plus one bit per neuron).
//
// It relies on what Brian's refractoriness is: a neuron's flag falls only
// when it spikes (the threshold sets not_refractory = False and
// lastspike = t) and rises at the first step where
// timestep(t - lastspike, dt) >= timestep(refractory, dt), which is
// monotone in t. The neurons in refractoriness are therefore kept in a
// queue in spike order, and each step only its front is tested, with the
// same formula the state updater evaluates, so the flags (and the float
// not_refractory users see) are bit for bit what the full computation
// gives. Anything else that writes either variable must call Invalidate;
// the next step then recomputes every flag.
//
// A lazy gate does not write not_refractory as the flags change (a store
// to a line not in cache per spike and per end of refractoriness): the
// caller guarantees that nothing reads the variable during the run and
// calls Materialize at its end.
type RefractoryGate struct {
	bits   []uint64 // bit j: not_refractory[j] != 0
	queue  []int32  // refractory neurons, in order of lastspike
	head   int      // queue[head:] is live
	runs   []gateRun
	run0   int     // runs[run0:] is live
	tailLS float64 // lastspike of the last queued neuron
	valid  bool
	lazy   bool
	stale  bool // lazy: not_refractory differs from the flags
	// sortQueue's buffers, kept: fresh memory costs page faults
	keys, sortedKeys []float64
	sorted, count    []int32
}

// gateRun is a run of queued neurons with the same lastspike (those of one
// step's spikes), up to queue index end: the test is made once per run,
// without reading lastspike from memory.
type gateRun struct {
	ls  float64
	end int
}

// NewRefractoryGate returns an invalid gate for n neurons: the first
// Advance computes every flag.
func NewRefractoryGate(n int) *RefractoryGate {
	return &RefractoryGate{bits: make([]uint64, (n+63)/64)}
}

// Invalidate makes the next Advance recompute every flag from lastspike.
func (g *RefractoryGate) Invalidate() { g.valid = false }

// SetLazy chooses whether Advance writes not_refractory as flags rise
// (and whether the caller's threshold writes it as they fall); see the
// type's documentation.
func (g *RefractoryGate) SetLazy(lazy bool) { g.lazy = lazy }

// Lazy reports whether the gate is lazy.
func (g *RefractoryGate) Lazy() bool { return g.lazy }

// Materialize writes the flags into not_refractory where a lazy gate left
// it behind.
func (g *RefractoryGate) Materialize(nr []float64) {
	if !g.stale {
		return
	}
	for j := range nr {
		if v := g.bit(j); nr[j] != v {
			nr[j] = v
		}
	}
	g.stale = false
}

// Spiked records the neurons the threshold just made refractory at time
// t (their not_refractory set to 0 and lastspike to t by the caller).
func (g *RefractoryGate) Spiked(idx []int32, t float64) {
	if !g.valid || len(idx) == 0 {
		return
	}
	for _, j := range idx {
		g.bits[j>>6] &^= 1 << (j & 63)
	}
	g.stale = g.stale || g.lazy
	if t < g.tailLS || t != t {
		// out of order (a lastspike in the future was set): the flags
		// are right, the queue is not; start again
		g.valid = false
		return
	}
	if g.head > len(g.queue)/2 && g.head > 1024 {
		g.queue = append(g.queue[:0], g.queue[g.head:]...)
		live := g.runs[g.run0:]
		for k := range live {
			live[k].end -= g.head
		}
		g.runs = append(g.runs[:0], live...)
		g.head, g.run0 = 0, 0
	}
	g.queue = append(g.queue, idx...)
	g.runs = append(g.runs, gateRun{ls: t, end: len(g.queue)})
	g.tailLS = t
}

// bit is neuron j's flag as 0 or 1.
func (g *RefractoryGate) bit(j int) float64 { return float64(g.bits[j>>6] >> (j & 63) & 1) }

// bytes is the bitmap's first byte, for the vector kernel.
func (g *RefractoryGate) bytes() *byte { return (*byte)(unsafe.Pointer(unsafe.SliceData(g.bits))) }

// HasLIFKernel reports whether the program has the fused LIF form that
// Advance and Crossing.Flags work with.
func (p *Program) HasLIFKernel() bool { return p.lif != nil }

// Advance brings the flags to the current step of a program whose fused
// LIF form computes not_refractory (ok is false otherwise, and the gate
// must not be used): it runs the program's scalar part (t) and raises the
// flags whose refractoriness ends now.
func (p *Program) Advance(f *Frame, g *RefractoryGate) (ok bool) {
	K := p.lif
	if K == nil || (len(p.vars[K.gate])+63)/64 != len(g.bits) {
		return false
	}
	f.prelude()
	limit := K.ts.k * K.ts.c.c
	base := f.sval(K.ts.a) + 1e-3*K.ts.c.c
	nr, ls := p.vars[K.gate], p.vars[K.last]
	if !g.valid {
		g.rebuild(nr, ls, base, limit, K.ts.c.c)
		return true
	}
	for ; g.run0 < len(g.runs); g.run0++ {
		r := g.runs[g.run0]
		if !(base-r.ls >= limit) {
			break
		}
		for _, j := range g.queue[g.head:r.end] {
			if !g.lazy {
				nr[j] = 1
			}
			g.bits[j>>6] |= 1 << (j & 63)
		}
		g.stale = g.stale || g.lazy
		g.head = r.end
	}
	return true
}

// rebuild computes every flag as the state updater does and queues the
// refractory neurons by lastspike; those whose lastspike is NaN stay
// refractory for ever and are not queued.
func (g *RefractoryGate) rebuild(nr, ls []float64, base, limit, dt float64) {
	clear(g.bits)
	g.queue, g.head = g.queue[:0], 0
	g.stale = false
	for j := range nr {
		on := base-ls[j] >= limit
		if v := b2f(on); nr[j] != v {
			nr[j] = v
		}
		if on {
			g.bits[j>>6] |= 1 << (j & 63)
		} else if !math.IsNaN(ls[j]) {
			g.queue = append(g.queue, int32(j))
		}
	}
	g.sortQueue(ls, dt)
	g.runs, g.run0 = g.runs[:0], 0
	for k, j := range g.queue {
		if n := len(g.runs); n > 0 && g.runs[n-1].ls == ls[j] {
			g.runs[n-1].end = k + 1
		} else {
			g.runs = append(g.runs, gateRun{ls: ls[j], end: k + 1})
		}
	}
	g.tailLS = math.Inf(-1)
	if n := len(g.runs); n > 0 {
		g.tailLS = g.runs[n-1].ls
	}
	g.valid = true
}

// sortQueue orders the queue by lastspike. Spike times lie on the time
// step grid, so a counting sort by step is exact and linear; other values
// (set by the user) fall back to a comparison sort.
func (g *RefractoryGate) sortQueue(ls []float64, dt float64) {
	q := g.queue
	if len(q) < 2 {
		return
	}
	keys := resize(&g.keys, len(q))
	lo, hi := math.Inf(1), math.Inf(-1)
	for k, j := range q {
		x := ls[j]
		keys[k] = x
		lo, hi = min(lo, x), max(hi, x)
	}
	if span := (hi - lo) / dt; dt > 0 && span < 1<<16 {
		count := resize(&g.count, int(span)+3)
		clear(count)
		for _, x := range keys {
			count[int((x-lo)/dt+0.5)+1]++
		}
		for k := 1; k < len(count); k++ {
			count[k] += count[k-1]
		}
		sorted, sortedKeys := resize(&g.sorted, len(q)), resize(&g.sortedKeys, len(q))
		for k, x := range keys {
			s := int((x-lo)/dt + 0.5)
			sorted[count[s]], sortedKeys[count[s]] = q[k], x
			count[s]++
		}
		if slices.IsSorted(sortedKeys) {
			g.queue, g.sorted = sorted, q
			return
		}
	}
	slices.SortStableFunc(q, func(a, b int32) int { return cmp.Compare(ls[a], ls[b]) })
}

// resize returns *buf with length n, reallocated only to grow.
func resize[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n, n+n/4)
	}
	*buf = (*buf)[:n]
	return *buf
}
