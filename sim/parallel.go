package sim

import (
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/gobrian/gobrian/sim/expr"
)

// chunkSize is the number of elements one task processes; chunks (not
// goroutines) own random streams, so results do not depend on GOMAXPROCS.
const chunkSize = 16 * expr.BlockSize

// compiled is a program with one frame and random stream per worker.
type compiled struct {
	prog   *expr.Program
	frames []*expr.Frame
	pcgs   []*rand.PCG
}

func newCompiled(p *expr.Program) *compiled {
	w := max(1, runtime.GOMAXPROCS(0))
	c := &compiled{prog: p, frames: make([]*expr.Frame, w), pcgs: make([]*rand.PCG, w)}
	for k := range w {
		c.frames[k] = p.NewFrame()
		c.pcgs[k] = rand.NewPCG(0, 0)
		c.frames[k].Rand = rand.New(c.pcgs[k])
	}
	return c
}

// exec runs the program over [lo, hi), in parallel for large ranges. The
// random stream of each chunk is keyed by (key, step, chunk index).
func (c *compiled) exec(lo, hi int, key, step uint64, sink func(chunk, lo int, vals []float64)) {
	n := hi - lo
	if n <= 0 {
		return
	}
	chunks := (n + chunkSize - 1) / chunkSize
	run := func(w, ch int) {
		a := lo + ch*chunkSize
		b := min(a+chunkSize, hi)
		c.pcgs[w].Seed(key, step<<24^uint64(ch))
		var s func(int, []float64)
		if sink != nil {
			s = func(l int, v []float64) { sink(ch, l, v) }
		}
		c.prog.Exec(c.frames[w], a, b, s)
	}
	workers := min(len(c.frames), chunks)
	if workers <= 1 {
		for ch := range chunks {
			run(0, ch)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				ch := next
				next++
				mu.Unlock()
				if ch >= chunks {
					return
				}
				run(w, ch)
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
	c.pcgs[0].Seed(key, step<<24^0xFFFFFF)
	c.prog.ExecIndices(c.frames[0], idx, sink)
}
