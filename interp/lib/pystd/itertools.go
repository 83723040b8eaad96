package pystd

import (
	"fmt"

	"github.com/gobrian/gobrian/interp"
)

func itertoolsModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("itertools")
	def(m, "count", itCount)
	def(m, "cycle", itCycle)
	def(m, "repeat", itRepeat)
	def(m, "accumulate", itAccumulate)
	m.Members.SetStr("chain", &chainType{interp.NewBuiltin("chain", itChain)})
	def(m, "compress", itCompress)
	def(m, "dropwhile", itPredicate("dropwhile", true))
	def(m, "takewhile", itPredicate("takewhile", false))
	def(m, "filterfalse", itFilterfalse)
	def(m, "groupby", itGroupby)
	def(m, "islice", itIslice)
	def(m, "pairwise", itPairwise)
	def(m, "starmap", itStarmap)
	def(m, "zip_longest", itZipLongest)
	def(m, "product", itProduct)
	def(m, "permutations", itPermutations)
	def(m, "combinations", itCombinations(false))
	def(m, "combinations_with_replacement", itCombinations(true))
	def(m, "tee", itTee)
	return m, nil
}

// chainType is itertools.chain: callable, with chain.from_iterable.
type chainType struct{ *interp.Builtin }

func (c *chainType) Attr(th *thread, name string) (value, error) {
	if name == "from_iterable" {
		return method("from_iterable", func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("from_iterable", args, kw, 1, 1); err != nil {
				return nil, err
			}
			outer, err := interp.Iterate(th, args[0])
			if err != nil {
				return nil, err
			}
			return chainOf(outer), nil
		}), nil
	}
	return nil, nil
}

func (c *chainType) AttrNames() []string { return []string{"from_iterable"} }

func (c *chainType) Repr(th *thread) (string, error) { return "<class 'itertools.chain'>", nil }

// chainOf flattens an iterator of iterables.
func chainOf(outer interp.Iterator) *iterObj {
	var cur interp.Iterator
	return newIter("chain", func(th *thread) (value, bool, error) {
		for {
			if cur == nil {
				it, ok, err := outer.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				if cur, err = interp.Iterate(th, it); err != nil {
					return nil, false, err
				}
			}
			v, ok, err := cur.Next(th)
			if err != nil {
				return nil, false, err
			}
			if ok {
				return v, true, nil
			}
			cur = nil
		}
	})
}

func itChain(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("chain", kw); err != nil {
		return nil, err
	}
	return chainOf(funcIter(sliceNext(args))), nil
}

func itCount(th *thread, args []value, kw []kwarg) (value, error) {
	var start, step value = interp.Int(0), interp.Int(1)
	if err := interp.UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	for _, v := range []value{start, step} {
		if _, ok := interp.AsFloat(v); !ok {
			return nil, interp.Errorf(interp.TypeError, "a number is required")
		}
	}
	cur := start
	it := newIter("count", func(th *thread) (value, bool, error) {
		v := cur
		next, err := interp.Binary(th, interp.Add, cur, step)
		cur = next
		return v, true, err
	})
	it.repr = func(th *thread) (string, error) {
		s, err := repr(th, cur)
		if err != nil {
			return "", err
		}
		if i, ok := step.(interp.Int); ok && i == 1 {
			return "count(" + s + ")", nil
		}
		st, err := repr(th, step)
		return "count(" + s + ", " + st + ")", err
	}
	return it, nil
}

func itCycle(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("cycle", args, kw, 1, 1); err != nil {
		return nil, err
	}
	src, err := interp.Iterate(th, args[0])
	if err != nil {
		return nil, err
	}
	var saved []value
	i, exhausted := 0, false
	return newIter("cycle", func(th *thread) (value, bool, error) {
		if !exhausted {
			v, ok, err := src.Next(th)
			if err != nil {
				return nil, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			exhausted = true
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}), nil
}

func itRepeat(th *thread, args []value, kw []kwarg) (value, error) {
	var obj value
	var times value = interp.None
	if err := interp.UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	n := int64(-1)
	if times != interp.None {
		t, err := interp.AsInt(times)
		if err != nil {
			return nil, err
		}
		n = max(t, 0)
	}
	it := newIter("repeat", func(th *thread) (value, bool, error) {
		if n == 0 {
			return nil, false, nil
		}
		if n > 0 {
			n--
		}
		return obj, true, nil
	})
	it.repr = func(th *thread) (string, error) {
		s, err := repr(th, obj)
		if n >= 0 {
			return fmt.Sprintf("repeat(%s, %d)", s, n), err
		}
		return "repeat(" + s + ")", err
	}
	return it, nil
}

func itAccumulate(th *thread, args []value, kw []kwarg) (value, error) {
	var iterable value
	var fn, initial value = interp.None, interp.None
	if err := interp.UnpackArgs("accumulate", args, kw, "iterable", &iterable, "func?", &fn, "initial?", &initial); err != nil {
		return nil, err
	}
	src, err := interp.Iterate(th, iterable)
	if err != nil {
		return nil, err
	}
	var acc value
	if initial != interp.None {
		acc = initial
	}
	first := true
	return newIter("accumulate", func(th *thread) (value, bool, error) {
		if first && acc != nil {
			first = false
			return acc, true, nil
		}
		first = false
		v, ok, err := src.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		if acc == nil {
			acc = v
		} else if fn == interp.None {
			acc, err = interp.Binary(th, interp.Add, acc, v)
		} else {
			acc, err = th.Call(fn, []value{acc, v}, nil)
		}
		return acc, err == nil, err
	}), nil
}

func itCompress(th *thread, args []value, kw []kwarg) (value, error) {
	var data, sel value
	if err := interp.UnpackArgs("compress", args, kw, "data", &data, "selectors", &sel); err != nil {
		return nil, err
	}
	d, err := interp.Iterate(th, data)
	if err != nil {
		return nil, err
	}
	s, err := interp.Iterate(th, sel)
	if err != nil {
		return nil, err
	}
	return newIter("compress", func(th *thread) (value, bool, error) {
		for {
			v, ok, err := d.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			c, ok, err := s.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			if t, err := truth(th, c); err != nil || t {
				return v, err == nil, err
			}
		}
	}), nil
}

// itPredicate implements dropwhile (drop true) and takewhile.
func itPredicate(name string, drop bool) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		pred, src, err := funcAndIter(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		switching := true
		return newIter(name, func(th *thread) (value, bool, error) {
			for {
				v, ok, err := src.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				if !switching {
					return v, true, nil
				}
				r, err := th.Call(pred, []value{v}, nil)
				if err != nil {
					return nil, false, err
				}
				t, err := truth(th, r)
				if err != nil {
					return nil, false, err
				}
				if drop {
					if t {
						continue
					}
					switching = false
					return v, true, nil
				}
				if !t {
					switching = false
					return nil, false, nil
				}
				return v, true, nil
			}
		}), nil
	}
}

// funcAndIter unpacks the (function, iterable) arguments of name.
func funcAndIter(th *thread, name string, args []value, kw []kwarg) (value, interp.Iterator, error) {
	if err := nargs(name, args, kw, 2, 2); err != nil {
		return nil, nil, err
	}
	src, err := interp.Iterate(th, args[1])
	return args[0], src, err
}

func itFilterfalse(th *thread, args []value, kw []kwarg) (value, error) {
	pred, src, err := funcAndIter(th, "filterfalse", args, kw)
	if err != nil {
		return nil, err
	}
	return newIter("filterfalse", func(th *thread) (value, bool, error) {
		for {
			v, ok, err := src.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			r := v
			if pred != interp.None {
				if r, err = th.Call(pred, []value{v}, nil); err != nil {
					return nil, false, err
				}
			}
			t, err := truth(th, r)
			if err != nil {
				return nil, false, err
			}
			if !t {
				return v, true, nil
			}
		}
	}), nil
}

func itGroupby(th *thread, args []value, kw []kwarg) (value, error) {
	var iterable value
	var key value = interp.None
	if err := interp.UnpackArgs("groupby", args, kw, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	src, err := interp.Iterate(th, iterable)
	if err != nil {
		return nil, err
	}
	keyOf := func(v value) (value, error) {
		if key == interp.None {
			return v, nil
		}
		return th.Call(key, []value{v}, nil)
	}
	// pendV/pendK are the next unconsumed element and its key.
	var pendV, pendK, curKey value
	exhausted := false
	group := 0
	advance := func(th *thread) error {
		v, ok, err := src.Next(th)
		if err != nil {
			return err
		}
		if !ok {
			exhausted, pendV, pendK = true, nil, nil
			return nil
		}
		k, err := keyOf(v)
		pendV, pendK = v, k
		return err
	}
	return newIter("groupby", func(th *thread) (value, bool, error) {
		for {
			if pendV == nil && !exhausted {
				if err := advance(th); err != nil {
					return nil, false, err
				}
			}
			if exhausted {
				return nil, false, nil
			}
			if group == 0 {
				break
			}
			// Skip what is left of the previous group.
			eq, err := interp.Equal(th, pendK, curKey)
			if err != nil {
				return nil, false, err
			}
			if !eq {
				break
			}
			pendV = nil
		}
		group++
		myGroup := group
		curKey = pendK
		k := curKey
		grouper := newIter("_grouper", func(th *thread) (value, bool, error) {
			if myGroup != group {
				return nil, false, nil
			}
			if pendV == nil {
				if err := advance(th); err != nil || exhausted {
					return nil, false, err
				}
			}
			if eq, err := interp.Equal(th, pendK, k); err != nil || !eq {
				return nil, false, err
			}
			v := pendV
			pendV = nil
			return v, true, nil
		})
		return interp.Tuple{k, grouper}, true, nil
	}), nil
}

func itIslice(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("islice", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 4 {
		return nil, interp.Errorf(interp.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	toIdx := func(v value, what string) (int64, bool, error) {
		if v == interp.None {
			return 0, false, nil
		}
		i, err := interp.AsInt(v)
		if err != nil || i < 0 {
			return 0, false, interp.Errorf(interp.ValueError, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
		}
		return i, true, nil
	}
	var start, stop, step int64 = 0, 0, 1
	var hasStop bool
	var err error
	if len(args) == 2 {
		if stop, hasStop, err = toIdx(args[1], "Stop"); err != nil {
			return nil, err
		}
	} else {
		if start, _, err = toIdx(args[1], "Indices"); err != nil {
			return nil, interp.Errorf(interp.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
		}
		if stop, hasStop, err = toIdx(args[2], "Stop"); err != nil {
			return nil, err
		}
		if len(args) == 4 && args[3] != interp.None {
			s, err := interp.AsInt(args[3])
			if err != nil || s <= 0 {
				return nil, interp.Errorf(interp.ValueError, "Step for islice() must be a positive integer or None.")
			}
			step = s
		}
	}
	src, err := interp.Iterate(th, args[0])
	if err != nil {
		return nil, err
	}
	var pos int64
	next := start
	return newIter("islice", func(th *thread) (value, bool, error) {
		for {
			if hasStop && next >= stop {
				// Consume up to stop as CPython does.
				for pos < stop {
					if _, ok, err := src.Next(th); err != nil || !ok {
						return nil, false, err
					}
					pos++
				}
				return nil, false, nil
			}
			v, ok, err := src.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			pos++
			if pos-1 == next {
				next += step
				return v, true, nil
			}
		}
	}), nil
}

func itPairwise(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("pairwise", args, kw, 1, 1); err != nil {
		return nil, err
	}
	src, err := interp.Iterate(th, args[0])
	if err != nil {
		return nil, err
	}
	var prev value
	return newIter("pairwise", func(th *thread) (value, bool, error) {
		if prev == nil {
			v, ok, err := src.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			prev = v
		}
		v, ok, err := src.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		t := interp.Tuple{prev, v}
		prev = v
		return t, true, nil
	}), nil
}

func itStarmap(th *thread, args []value, kw []kwarg) (value, error) {
	fn, src, err := funcAndIter(th, "starmap", args, kw)
	if err != nil {
		return nil, err
	}
	return newIter("starmap", func(th *thread) (value, bool, error) {
		v, ok, err := src.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		a, err := interp.ToSlice(th, v)
		if err != nil {
			return nil, false, err
		}
		r, err := th.Call(fn, a, nil)
		return r, err == nil, err
	}), nil
}

func itZipLongest(th *thread, args []value, kw []kwarg) (value, error) {
	if err := checkKw("zip_longest", kw, "fillvalue"); err != nil {
		return nil, err
	}
	fill := kwGet(kw, "fillvalue", interp.None)
	its := make([]interp.Iterator, len(args))
	for i, a := range args {
		it, err := interp.Iterate(th, a)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "zip_longest argument #%d must support iteration", i+1)
		}
		its[i] = it
	}
	done := make([]bool, len(its))
	active := len(its)
	return newIter("zip_longest", func(th *thread) (value, bool, error) {
		if active == 0 {
			return nil, false, nil
		}
		t := make(interp.Tuple, len(its))
		for i, it := range its {
			if done[i] {
				t[i] = fill
				continue
			}
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done[i] = true
				active--
				if active == 0 {
					return nil, false, nil
				}
				v = fill
			}
			t[i] = v
		}
		return t, true, nil
	}), nil
}

func itTee(th *thread, args []value, kw []kwarg) (value, error) {
	var iterable value
	n := 2
	if err := interp.UnpackArgs("tee", args, kw, "iterable", &iterable, "n?", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, interp.Errorf(interp.ValueError, "n must be >= 0")
	}
	src, err := interp.Iterate(th, iterable)
	if err != nil {
		return nil, err
	}
	// A shared buffer; each copy keeps its own position.
	var buf []value
	srcDone := false
	out := make(interp.Tuple, n)
	for k := 0; k < n; k++ {
		pos := 0
		out[k] = newIter("_tee", func(th *thread) (value, bool, error) {
			if pos == len(buf) {
				if srcDone {
					return nil, false, nil
				}
				v, ok, err := src.Next(th)
				if err != nil || !ok {
					srcDone = !ok
					return nil, false, err
				}
				buf = append(buf, v)
			}
			pos++
			return buf[pos-1], true, nil
		})
	}
	return out, nil
}
