package pystd

import (
	"sort"

	"github.com/gobrian/gobrian/interp"
)

// heapq and bisect operate on Python lists in place, with the exact
// sifting order of CPython's heapq.py so that heap layouts print the same.

func less(th *thread, a, b value) (bool, error) { return interp.CompareBool(th, interp.Lt, a, b) }

func listArg(fn string, v value) (*interp.List, error) {
	l, ok := v.(*interp.List)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "%s() argument 1 must be list, not %s", fn, v.Type().Name)
	}
	return l, nil
}

// heapFn is a heapq function of a list (its first argument) taking n
// positional arguments in all.
func heapFn(name string, n int, f func(th *thread, h *interp.List, args []value) (value, error)) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs(name, args, kw, n, n); err != nil {
			return nil, err
		}
		h, err := listArg(name, args[0])
		if err != nil {
			return nil, err
		}
		return f(th, h, args)
	}
}

// siftDown moves heap[pos] up towards startpos (heapq._siftdown).
func siftDown(th *thread, heap []value, startpos, pos int) error {
	item := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		lt, err := less(th, item, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		heap[pos] = parent
		pos = parentpos
	}
	heap[pos] = item
	return nil
}

// siftUp moves the smaller child up until a leaf, then sifts down
// (heapq._siftup).
func siftUp(th *thread, heap []value, pos int) error {
	endpos := len(heap)
	startpos := pos
	item := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, err := less(th, heap[childpos], heap[rightpos])
			if err != nil {
				return err
			}
			if !lt {
				childpos = rightpos
			}
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = item
	return siftDown(th, heap, startpos, pos)
}

func heapqModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("heapq")
	def(m, "heappush", heapFn("heappush", 2, func(th *thread, h *interp.List, args []value) (value, error) {
		h.Elems = append(h.Elems, args[1])
		return interp.None, siftDown(th, h.Elems, 0, len(h.Elems)-1)
	}))
	pop := func(name string, h *interp.List) (value, error) {
		if len(h.Elems) == 0 {
			return nil, interp.Errorf(interp.IndexError, "index out of range")
		}
		last := h.Elems[len(h.Elems)-1]
		h.Elems = h.Elems[:len(h.Elems)-1]
		if len(h.Elems) == 0 {
			return last, nil
		}
		ret := h.Elems[0]
		h.Elems[0] = last
		return ret, siftUp(th, h.Elems, 0)
	}
	def(m, "heappop", heapFn("heappop", 1, func(th *thread, h *interp.List, args []value) (value, error) {
		return pop("heappop", h)
	}))
	def(m, "heapify", heapFn("heapify", 1, func(th *thread, h *interp.List, args []value) (value, error) {
		for i := len(h.Elems)/2 - 1; i >= 0; i-- {
			if err := siftUp(th, h.Elems, i); err != nil {
				return nil, err
			}
		}
		return interp.None, nil
	}))
	def(m, "heapreplace", heapFn("heapreplace", 2, func(th *thread, h *interp.List, args []value) (value, error) {
		if len(h.Elems) == 0 {
			return nil, interp.Errorf(interp.IndexError, "index out of range")
		}
		ret := h.Elems[0]
		h.Elems[0] = args[1]
		return ret, siftUp(th, h.Elems, 0)
	}))
	def(m, "heappushpop", heapFn("heappushpop", 2, func(th *thread, h *interp.List, args []value) (value, error) {
		item := args[1]
		if len(h.Elems) > 0 {
			lt, err := less(th, h.Elems[0], item)
			if err != nil {
				return nil, err
			}
			if lt {
				item, h.Elems[0] = h.Elems[0], item
				if err := siftUp(th, h.Elems, 0); err != nil {
					return nil, err
				}
			}
		}
		return item, nil
	}))
	nbest := func(name string, largest bool) nativeFn {
		return func(th *thread, args []value, kw []kwarg) (value, error) {
			var n int
			var iterable value
			var key value = interp.None
			if err := interp.UnpackArgs(name, args, kw, "n", &n, "iterable", &iterable, "key?", &key); err != nil {
				return nil, err
			}
			items, err := interp.ToSlice(th, iterable)
			if err != nil {
				return nil, err
			}
			items = append([]value(nil), items...)
			if err := sortValues(th, items, key, largest); err != nil {
				return nil, err
			}
			n = max(min(n, len(items)), 0)
			return interp.NewList(items[:n]), nil
		}
	}
	def(m, "nlargest", nbest("nlargest", true))
	def(m, "nsmallest", nbest("nsmallest", false))
	def(m, "merge", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := checkKw("merge", kw, "key", "reverse"); err != nil {
			return nil, err
		}
		var all []value
		for _, a := range args {
			xs, err := interp.ToSlice(th, a)
			if err != nil {
				return nil, err
			}
			all = append(all, xs...)
		}
		rev, err := truth(th, kwGet(kw, "reverse", interp.False))
		if err != nil {
			return nil, err
		}
		if err := sortValues(th, all, kwGet(kw, "key", interp.None), rev); err != nil {
			return nil, err
		}
		return newIter("chain", sliceNext(all)), nil
	})
	return m, nil
}

// sortValues is a stable sort like sorted(key=..., reverse=...).
func sortValues(th *thread, items []value, key value, reverse bool) error {
	keys := items
	if key != interp.None {
		keys = make([]value, len(items))
		for i, it := range items {
			k, err := th.Call(key, []value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var serr error
	sort.SliceStable(idx, func(a, b int) bool {
		if serr != nil {
			return false
		}
		x, y := keys[idx[a]], keys[idx[b]]
		if reverse {
			x, y = y, x
		}
		lt, err := less(th, x, y)
		if err != nil {
			serr = err
		}
		return lt
	})
	if serr != nil {
		return serr
	}
	sorted := make([]value, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

// bisectIndex finds the insertion point in a[lo:hi] (bisect_left when
// left, else bisect_right), comparing key(a[i]) with x.
func bisectIndex(th *thread, a value, x value, lo, hi int, key value, left bool) (int, error) {
	for lo < hi {
		mid := (lo + hi) / 2
		v, err := interp.GetItem(th, a, interp.Int(mid))
		if err != nil {
			return 0, err
		}
		if key != interp.None {
			if v, err = th.Call(key, []value{v}, nil); err != nil {
				return 0, err
			}
		}
		var goLeft bool
		if left {
			lt, err := less(th, v, x)
			if err != nil {
				return 0, err
			}
			goLeft = !lt
		} else {
			goLeft, err = less(th, x, v)
			if err != nil {
				return 0, err
			}
		}
		if goLeft {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("bisect")
	for _, variant := range []struct {
		name   string
		left   bool
		insert bool
	}{{"bisect_left", true, false}, {"bisect_right", false, false}, {"insort_left", true, true}, {"insort_right", false, true}} {
		v := variant
		fn := func(th *thread, args []value, kw []kwarg) (value, error) {
			var a, x value
			lo := 0
			var hiV, key value = interp.None, interp.None
			if err := interp.UnpackArgs(v.name, args, kw, "a", &a, "x", &x, "lo?", &lo, "hi?", &hiV, "key?", &key); err != nil {
				return nil, err
			}
			if lo < 0 {
				return nil, interp.Errorf(interp.ValueError, "lo must be non-negative")
			}
			hi, err := interp.Len(th, a)
			if err != nil {
				return nil, err
			}
			if hiV != interp.None {
				h, err := interp.AsInt(hiV)
				if err != nil {
					return nil, err
				}
				hi = int(h)
			}
			kx := x
			if v.insert && key != interp.None {
				if kx, err = th.Call(key, []value{x}, nil); err != nil {
					return nil, err
				}
			}
			i, err := bisectIndex(th, a, kx, lo, hi, key, v.left)
			if err != nil {
				return nil, err
			}
			if !v.insert {
				return interp.Int(i), nil
			}
			ins, err := interp.GetAttr(th, a, "insert")
			if err != nil {
				return nil, err
			}
			_, err = th.Call(ins, []value{interp.Int(i), x}, nil)
			return interp.None, err
		}
		def(m, v.name, fn)
	}
	b, _ := m.Members.GetStr("bisect_right")
	m.Set("bisect", b)
	in, _ := m.Members.GetStr("insort_right")
	m.Set("insort", in)
	return m, nil
}
