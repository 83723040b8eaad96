package sim

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gobrian/gobrian/sim/expr"
)

// chunkSize is the number of elements one task processes; chunks (not
// goroutines) own random streams, so results do not depend on GOMAXPROCS.
const chunkSize = 4 * expr.BlockSize

// compiled is a program with one frame and random stream per worker.
type compiled struct {
	prog   *expr.Program
	frames []*expr.Frame
}

func newCompiled(p *expr.Program) *compiled {
	w := max(1, runtime.GOMAXPROCS(0))
	c := &compiled{prog: p, frames: make([]*expr.Frame, w)}
	for k := range w {
		c.frames[k] = p.NewFrame()
	}
	return c
}

// exec runs the program over [lo, hi), in parallel for large ranges. The
// random stream of each chunk is keyed by (key, step, chunk index).
func (c *compiled) exec(lo, hi int, key, step uint64, sink func(chunk, lo int, vals []float64)) {
	forChunks(lo, hi, len(c.frames), func(w, ch, a, b int) {
		c.run(w, ch, a, b, key, step, sink)
	})
}

// run executes chunk ch = [a, b) on worker w's frame.
func (c *compiled) run(w, ch, a, b int, key, step uint64, sink func(chunk, lo int, vals []float64)) {
	c.frames[w].Seed(key, step<<24^uint64(ch))
	var s func(int, []float64)
	if sink != nil {
		s = func(l int, v []float64) { sink(ch, l, v) }
	}
	c.prog.Exec(c.frames[w], a, b, s)
}

// runCrossing runs chunk ch = [a, b) like run and appends the elements
// crossing the threshold to out, in one fused pass; ok is false when the
// program has no fused form (nothing ran).
func (c *compiled) runCrossing(w, ch, a, b int, key, step uint64, x *expr.Crossing, out []int32) ([]int32, bool) {
	c.frames[w].Seed(key, step<<24^uint64(ch))
	return c.prog.ExecCrossing(c.frames[w], a, b, x, out)
}

// forChunks calls fn for each chunk of [lo, hi), spreading chunks over up
// to maxWorkers goroutines.
func forChunks(lo, hi, maxWorkers int, fn func(worker, chunk, a, b int)) {
	n := hi - lo
	if n <= 0 {
		return
	}
	chunks := (n + chunkSize - 1) / chunkSize
	bounds := func(ch int) (int, int) {
		a := lo + ch*chunkSize
		return a, min(a+chunkSize, hi)
	}
	workers := min(maxWorkers, chunks)
	if workers <= 1 {
		for ch := range chunks {
			a, b := bounds(ch)
			fn(0, ch, a, b)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				ch := int(next.Add(1) - 1)
				if ch >= chunks {
					return
				}
				a, b := bounds(ch)
				fn(w, ch, a, b)
			}
		}()
	}
	wg.Wait()
}

// execIndices runs the program for the listed elements (serially: used
// for resets and indexed setters, which touch few elements).
func (c *compiled) execIndices(idx []int32, key, step uint64, sink func(idx []int32, vals []float64)) {
	if len(idx) == 0 {
		return
	}
	c.frames[0].Seed(key, step<<24^0xFFFFFF)
	c.prog.ExecIndices(c.frames[0], idx, sink)
}
