package pystd

import "github.com/gobrian/gobrian/interp"

// The combinatoric iterators: product, permutations, combinations.

// pools materialises the argument iterables of the combinatoric iterators.
func pools(th *thread, args []value) ([][]value, error) {
	out := make([][]value, len(args))
	for i, a := range args {
		xs, err := interp.ToSlice(th, a)
		if err != nil {
			return nil, err
		}
		out[i] = append([]value(nil), xs...)
	}
	return out, nil
}

func itProduct(th *thread, args []value, kw []kwarg) (value, error) {
	if err := checkKw("product", kw, "repeat"); err != nil {
		return nil, err
	}
	repeat, err := interp.AsInt(kwGet(kw, "repeat", interp.Int(1)))
	if err != nil {
		return nil, err
	}
	if repeat < 0 {
		return nil, interp.Errorf(interp.ValueError, "repeat argument cannot be negative")
	}
	ps, err := pools(th, args)
	if err != nil {
		return nil, err
	}
	var all [][]value
	for r := int64(0); r < repeat; r++ {
		all = append(all, ps...)
	}
	idx := make([]int, len(all))
	started, finished := false, false
	for _, p := range all {
		if len(p) == 0 {
			finished = true
		}
	}
	return newIter("product", func(th *thread) (value, bool, error) {
		if finished {
			return nil, false, nil
		}
		if started {
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				finished = true
				return nil, false, nil
			}
		}
		started = true
		t := make(interp.Tuple, len(idx))
		for i, j := range idx {
			t[i] = all[i][j]
		}
		return t, true, nil
	}), nil
}

func itPermutations(th *thread, args []value, kw []kwarg) (value, error) {
	var iterable value
	var rv value = interp.None
	if err := interp.UnpackArgs("permutations", args, kw, "iterable", &iterable, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := interp.ToSlice(th, iterable)
	if err != nil {
		return nil, err
	}
	pool = append([]value(nil), pool...)
	n := len(pool)
	r := n
	if rv != interp.None {
		x, err := interp.AsInt(rv)
		if err != nil {
			return nil, err
		}
		if x < 0 {
			return nil, interp.Errorf(interp.ValueError, "r must be non-negative")
		}
		r = int(x)
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	started, finished := false, r > n
	emit := func() value {
		t := make(interp.Tuple, r)
		for i := 0; i < r; i++ {
			t[i] = pool[indices[i]]
		}
		return t
	}
	return newIter("permutations", func(th *thread) (value, bool, error) {
		if finished {
			return nil, false, nil
		}
		if !started {
			started = true
			return emit(), true, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = first
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return emit(), true, nil
			}
		}
		finished = true
		return nil, false, nil
	}), nil
}

func itCombinations(replace bool) nativeFn {
	name := "combinations"
	if replace {
		name = "combinations_with_replacement"
	}
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		var iterable value
		var r int
		if err := interp.UnpackArgs(name, args, kw, "iterable", &iterable, "r", &r); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, interp.Errorf(interp.ValueError, "r must be non-negative")
		}
		pool, err := interp.ToSlice(th, iterable)
		if err != nil {
			return nil, err
		}
		pool = append([]value(nil), pool...)
		n := len(pool)
		indices := make([]int, r)
		if !replace {
			for i := range indices {
				indices[i] = i
			}
		}
		started := false
		finished := (!replace && r > n) || (replace && n == 0 && r > 0)
		emit := func() value {
			t := make(interp.Tuple, r)
			for i, j := range indices {
				t[i] = pool[j]
			}
			return t
		}
		return newIter(name, func(th *thread) (value, bool, error) {
			if finished {
				return nil, false, nil
			}
			if !started {
				started = true
				return emit(), true, nil
			}
			i := r - 1
			if replace {
				for ; i >= 0 && indices[i] == n-1; i-- {
				}
				if i < 0 {
					finished = true
					return nil, false, nil
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
				return emit(), true, nil
			}
			for ; i >= 0 && indices[i] == i+n-r; i-- {
			}
			if i < 0 {
				finished = true
				return nil, false, nil
			}
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
			return emit(), true, nil
		}), nil
	}
}
