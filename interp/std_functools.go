package interp

// Fallback standard modules functools and itertools (subsets).

func functoolsModule(th *Thread) (*Module, error) {
	m := NewModule("functools")
	m.Set("reduce", NewBuiltin("reduce", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeError, "reduce expected at least 2 arguments, got %d", len(args))
		}
		it, err := Iterate(th, args[1])
		if err != nil {
			return nil, err
		}
		var acc Value
		if len(args) == 3 {
			acc = args[2]
		}
		for {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if acc == nil {
				acc = v
				continue
			}
			if acc, err = th.Call(args[0], []Value{acc, v}, nil); err != nil {
				return nil, err
			}
		}
		if acc == nil {
			return nil, Errorf(TypeError, "reduce() of empty iterable with no initial value")
		}
		return acc, nil
	}))
	m.Set("partial", NewBuiltin("partial", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		pre := append([]Value(nil), args[1:]...)
		preKw := append([]Kwarg(nil), kw...)
		return NewBuiltin("partial", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
			all := append(append([]Value(nil), pre...), a...)
			kws := append([]Kwarg(nil), preKw...)
		next:
			for _, x := range k {
				for i := range kws {
					if kws[i].Name == x.Name {
						kws[i].Value = x.Value
						continue next
					}
				}
				kws = append(kws, x)
			}
			return th.Call(fn, all, kws)
		}), nil
	}))
	// wraps(f) copies the name and docstring onto the wrapper.
	m.Set("wraps", NewBuiltin("wraps", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "wraps() takes exactly one argument")
		}
		src := args[0]
		return NewBuiltin("decorator", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
			if len(a) != 1 {
				return nil, Errorf(TypeError, "decorator takes one argument")
			}
			if dst, ok := a[0].(*Function); ok {
				if f, ok := src.(*Function); ok {
					dst.Name, dst.QualName, dst.Doc = f.Name, f.QualName, f.Doc
				}
			}
			return a[0], nil
		}), nil
	}))
	cache := func(th *Thread, fn Value) Value {
		memo := NewDict()
		return NewBuiltin("cached", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
			key := Tuple(append([]Value(nil), a...))
			if v, ok, err := memo.Get(th, key); err != nil || ok {
				return v, err
			}
			v, err := th.Call(fn, a, k)
			if err != nil {
				return nil, err
			}
			if len(k) == 0 {
				if err := memo.Set(th, key, v); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}
	m.Set("cache", NewBuiltin("cache", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "cache() takes exactly one argument")
		}
		return cache(th, args[0]), nil
	}))
	m.Set("lru_cache", NewBuiltin("lru_cache", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 && IsCallable(args[0]) {
			return cache(th, args[0]), nil
		}
		return NewBuiltin("lru_cache", func(th *Thread, a []Value, k []Kwarg) (Value, error) {
			if len(a) != 1 {
				return nil, Errorf(TypeError, "lru_cache decorator takes one argument")
			}
			return cache(th, a[0]), nil
		}), nil
	}))
	return m, nil
}

func iterOf(name string, next func(th *Thread) (Value, bool, error)) Value {
	return &iterObject{name: name, it: funcIter(next)}
}

func itertoolsModule(th *Thread) (*Module, error) {
	m := NewModule("itertools")
	m.Set("count", NewBuiltin("count", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var start, step Value = Int(0), Int(1)
		if err := UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
			return nil, err
		}
		cur := start
		return iterOf("count", func(th *Thread) (Value, bool, error) {
			v := cur
			var err error
			cur, err = Binary(th, Add, cur, step)
			return v, err == nil, err
		}), nil
	}))
	m.Set("repeat", NewBuiltin("repeat", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var obj Value
		var times Value = None
		if err := UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
			return nil, err
		}
		n := int64(-1)
		if times != None {
			var err error
			if n, err = AsInt(times); err != nil {
				return nil, err
			}
		}
		return iterOf("repeat", func(th *Thread) (Value, bool, error) {
			if n == 0 {
				return nil, false, nil
			}
			if n > 0 {
				n--
			}
			return obj, true, nil
		}), nil
	}))
	m.Set("cycle", NewBuiltin("cycle", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "cycle expected 1 argument, got %d", len(args))
		}
		elems, err := ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		elems = append([]Value(nil), elems...)
		i := 0
		return iterOf("cycle", func(th *Thread) (Value, bool, error) {
			if len(elems) == 0 {
				return nil, false, nil
			}
			v := elems[i%len(elems)]
			i++
			return v, true, nil
		}), nil
	}))
	m.Set("chain", NewBuiltin("chain", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		srcs := append([]Value(nil), args...)
		var cur Iterator
		return iterOf("chain", func(th *Thread) (Value, bool, error) {
			for {
				if cur == nil {
					if len(srcs) == 0 {
						return nil, false, nil
					}
					it, err := Iterate(th, srcs[0])
					if err != nil {
						return nil, false, err
					}
					cur, srcs = it, srcs[1:]
				}
				v, ok, err := cur.Next(th)
				if err != nil || ok {
					return v, ok, err
				}
				cur = nil
			}
		}), nil
	}))
	m.Set("islice", NewBuiltin("islice", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 4 {
			return nil, Errorf(TypeError, "islice expected 2 to 4 arguments")
		}
		it, err := Iterate(th, args[0])
		if err != nil {
			return nil, err
		}
		start, stop, step := int64(0), int64(-1), int64(1)
		bound := func(v Value, def int64) (int64, error) {
			if v == None {
				return def, nil
			}
			return AsInt(v)
		}
		if len(args) == 2 {
			if stop, err = bound(args[1], -1); err != nil {
				return nil, err
			}
		} else {
			if start, err = bound(args[1], 0); err != nil {
				return nil, err
			}
			if stop, err = bound(args[2], -1); err != nil {
				return nil, err
			}
			if len(args) == 4 {
				if step, err = bound(args[3], 1); err != nil {
					return nil, err
				}
			}
		}
		i := int64(0)
		next := start
		return iterOf("islice", func(th *Thread) (Value, bool, error) {
			for {
				if stop >= 0 && next >= stop {
					return nil, false, nil
				}
				v, ok, err := it.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				cur := i
				i++
				if cur == next {
					next += step
					return v, true, nil
				}
			}
		}), nil
	}))
	m.Set("product", NewBuiltin("product", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		repeat := int64(1)
		for _, k := range kw {
			if k.Name == "repeat" {
				r, err := AsInt(k.Value)
				if err != nil {
					return nil, err
				}
				repeat = r
			}
		}
		var pools [][]Value
		for r := int64(0); r < repeat; r++ {
			for _, a := range args {
				e, err := ToSlice(th, a)
				if err != nil {
					return nil, err
				}
				pools = append(pools, append([]Value(nil), e...))
			}
		}
		results := []Tuple{{}}
		for _, pool := range pools {
			var next []Tuple
			for _, r := range results {
				for _, x := range pool {
					next = append(next, append(append(Tuple{}, r...), x))
				}
			}
			results = next
		}
		i := 0
		return iterOf("product", func(th *Thread) (Value, bool, error) {
			if i >= len(results) {
				return nil, false, nil
			}
			i++
			return results[i-1], true, nil
		}), nil
	}))
	combos := func(name string, perm bool) *Builtin {
		return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			var src, rv Value = nil, None
			if err := UnpackArgs(name, args, kw, "iterable", &src, "r?", &rv); err != nil {
				return nil, err
			}
			pool, err := ToSlice(th, src)
			if err != nil {
				return nil, err
			}
			r := int64(len(pool))
			if rv != None {
				if r, err = AsInt(rv); err != nil {
					return nil, err
				}
			} else if !perm {
				return nil, Errorf(TypeError, "combinations() missing required argument 'r' (pos 2)")
			}
			var out []Value
			used := make([]bool, len(pool))
			var cur Tuple
			var rec func(start int)
			rec = func(start int) {
				if int64(len(cur)) == r {
					out = append(out, append(Tuple{}, cur...))
					return
				}
				for i := 0; i < len(pool); i++ {
					if perm {
						if used[i] {
							continue
						}
						used[i] = true
						cur = append(cur, pool[i])
						rec(0)
						cur = cur[:len(cur)-1]
						used[i] = false
					} else if i >= start {
						cur = append(cur, pool[i])
						rec(i + 1)
						cur = cur[:len(cur)-1]
					}
				}
			}
			if r >= 0 && r <= int64(len(pool)) {
				rec(0)
			}
			i := 0
			return iterOf(name, func(th *Thread) (Value, bool, error) {
				if i >= len(out) {
					return nil, false, nil
				}
				i++
				return out[i-1], true, nil
			}), nil
		})
	}
	m.Set("combinations", combos("combinations", false))
	m.Set("permutations", combos("permutations", true))
	m.Set("accumulate", NewBuiltin("accumulate", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var src, fn, initial Value = nil, None, None
		if err := UnpackArgs("accumulate", args, kw, "iterable", &src, "func?", &fn, "initial?", &initial); err != nil {
			return nil, err
		}
		it, err := Iterate(th, src)
		if err != nil {
			return nil, err
		}
		var acc Value
		pendingInitial := initial != None
		return iterOf("accumulate", func(th *Thread) (Value, bool, error) {
			if pendingInitial {
				pendingInitial = false
				acc = initial
				return acc, true, nil
			}
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			if acc == nil {
				acc = v
			} else if fn == None {
				acc, err = Binary(th, Add, acc, v)
			} else {
				acc, err = th.Call(fn, []Value{acc, v}, nil)
			}
			return acc, err == nil, err
		}), nil
	}))
	m.Set("zip_longest", NewBuiltin("zip_longest", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var fill Value = None
		for _, k := range kw {
			if k.Name == "fillvalue" {
				fill = k.Value
			}
		}
		its := make([]Iterator, len(args))
		for i, a := range args {
			it, err := Iterate(th, a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		done := make([]bool, len(its))
		return iterOf("zip_longest", func(th *Thread) (Value, bool, error) {
			out := make(Tuple, len(its))
			alive := false
			for i, it := range its {
				if done[i] {
					out[i] = fill
					continue
				}
				v, ok, err := it.Next(th)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					done[i] = true
					out[i] = fill
					continue
				}
				alive = true
				out[i] = v
			}
			return out, alive, nil
		}), nil
	}))
	return m, nil
}
