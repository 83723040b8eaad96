package numpy

import (
	"runtime"
	"sync"
)

// parallelMin is the element count from which elementwise kernels split
// across cores; below it goroutine start-up costs more than it saves.
const parallelMin = 1 << 16

// parallelFor runs fn over [0, n) in contiguous chunks, one per core.
func parallelFor(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		fn(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, hi)
	}
	wg.Wait()
}

// parallelFor2 runs a in a new goroutine while running b, then waits.
func parallelFor2(a, b func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		a()
	}()
	b()
	<-done
}
