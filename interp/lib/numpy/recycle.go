package numpy

import (
	"runtime"
	"sync"
	"unsafe"
)

// Large results are recycled: numpy's malloc hands a freed 8 MB buffer
// straight to the next operation, still in cache and without clearing
// it, while a fresh Go allocation clears cold memory first, which costs
// more than the arithmetic. A finalizer on each large result buffer
// returns its storage to a pool once no array (or view) refers to it;
// the pool, like any sync.Pool, empties itself over two GC cycles.
const recycleMin = 1 << 16

// floatBufs holds *[]float64 of storage whose arrays are gone.
var floatBufs sync.Pool

// newFloatsUninit returns n float64s with unspecified contents, for
// results whose every element the caller writes.
func newFloatsUninit(n int) []float64 {
	if n < recycleMin {
		return make([]float64, n)
	}
	var b []float64
	if p, ok := floatBufs.Get().(*[]float64); ok && len(*p) == n {
		b = *p
	} else {
		b = make([]float64, n)
	}
	runtime.SetFinalizer(&b[0], func(p *float64) {
		s := unsafe.Slice(p, n)
		floatBufs.Put(&s)
	})
	return b
}

// newFloatArrayUninit is newArray(Float64, shape) without zeroing.
func newFloatArrayUninit(shape []int) *Array {
	shape = append([]int{}, shape...) // non-nil: a 0-d shape stays 0-d
	return &Array{dtype: Float64, f: newFloatsUninit(sizeOf(shape)), shape: shape, strides: cStrides(shape)}
}
