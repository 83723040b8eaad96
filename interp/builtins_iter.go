package interp

import (
	"strings"
)

// Iteration builtins: iter, next, enumerate, zip, map, filter, sorted, reversed, sum, min, max, any, all.

// iterValue wraps any iterable as a Python iterator object.
func iterValue(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *Generator, *genExpr, *iterObject:
		return x, nil
	case *Instance:
		if _, ok := userMethod(x.Class, "__next__"); ok {
			if _, ok := userMethod(x.Class, "__iter__"); ok {
				fn, _ := userMethod(x.Class, "__iter__")
				return th.callMethod(fn, x, nil)
			}
		}
		if fn, ok := userMethod(x.Class, "__iter__"); ok {
			r, err := th.callMethod(fn, x, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := r.(*Instance); ok {
				if _, ok := userMethod(inst.Class, "__next__"); !ok {
					return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", inst.Class.Name)
				}
				return inst, nil
			}
			return iterValue(th, r)
		}
	}
	it, err := Iterate(th, v)
	if err != nil {
		return nil, err
	}
	name := strings.ToLower(v.Type().Name) + "_iterator"
	if _, ok := v.(*dictView); ok || v.Type() == DictType {
		name = "dict_keyiterator"
	}
	return &iterObject{it: it, name: name}, nil
}

func builtinIter(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("iter", args, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		fn, sentinel := args[0], args[1]
		done := false
		return &iterObject{name: "callable_iterator", it: funcIter(func(th *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			v, err := th.Call(fn, nil, nil)
			if err != nil {
				return nil, false, err
			}
			if eq, _ := Equal(th, v, sentinel); eq {
				done = true
				return nil, false, nil
			}
			return v, true, nil
		})}, nil
	}
	return iterValue(th, args[0])
}

func builtinNext(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("next", args, 1, 2); err != nil {
		return nil, err
	}
	var def Value
	if len(args) == 2 {
		def = args[1]
	}
	switch x := args[0].(type) {
	case Iterator:
		return iterNext(th, x, def)
	case *iterObject:
		return iterNext(th, x.it, def)
	case *Instance:
		if fn, ok := userMethod(x.Class, "__next__"); ok {
			v, err := th.callMethod(fn, x, nil)
			if err != nil && def != nil {
				if e, ok := err.(*Exception); ok && e.IsInstance(StopIteration) {
					return def, nil
				}
			}
			return v, err
		}
	}
	return nil, Errorf(TypeError, "'%s' object is not an iterator", args[0].Type().Name)
}

func builtinEnumerate(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var it Value
	var start Value = Int(0)
	if err := UnpackArgs("enumerate", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	src, err := Iterate(th, it)
	if err != nil {
		return nil, err
	}
	i := start
	return &iterObject{name: "enumerate", it: funcIter(func(th *Thread) (Value, bool, error) {
		v, ok, err := src.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		cur := i
		i, err = Binary(th, Add, i, Int(1))
		return Tuple{cur, v}, true, err
	})}, nil
}

func builtinZip(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	strict := false
	for _, kw := range kwargs {
		if kw.Name != "strict" {
			return nil, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", kw.Name)
		}
		strict, _ = Truth(th, kw.Value)
	}
	its := make([]Iterator, len(args))
	for i, a := range args {
		it, err := Iterate(th, a)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object is not iterable", a.Type().Name)
		}
		its[i] = it
	}
	done := len(its) == 0
	return &iterObject{name: "zip", it: funcIter(func(th *Thread) (Value, bool, error) {
		if done {
			return nil, false, nil
		}
		out := make(Tuple, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done = true
				if strict && i > 0 {
					return nil, false, Errorf(ValueError, "zip() argument %d is shorter than argument 1", i+1)
				}
				return nil, false, nil
			}
			out[i] = v
		}
		return out, true, nil
	})}, nil
}

func builtinMap(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iterate(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return &iterObject{name: "map", it: funcIter(func(th *Thread) (Value, bool, error) {
		vals := make([]Value, len(its))
		for i, it := range its {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			vals[i] = v
		}
		r, err := th.Call(fn, vals, nil)
		return r, err == nil, err
	})}, nil
}

func builtinFilter(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := Iterate(th, args[1])
	if err != nil {
		return nil, err
	}
	return &iterObject{name: "filter", it: funcIter(func(th *Thread) (Value, bool, error) {
		for {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return nil, false, err
			}
			keep := v
			if fn != None {
				keep, err = th.Call(fn, []Value{v}, nil)
				if err != nil {
					return nil, false, err
				}
			}
			t, err := Truth(th, keep)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	})}, nil
}

func builtinSorted(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	var key, reverse Value = None, False
	if err := UnpackArgs("sorted", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	elems, err := ToSlice(th, args[0])
	if err != nil {
		return nil, err
	}
	rev, err := Truth(th, reverse)
	if err != nil {
		return nil, err
	}
	out, err := sortValues(th, elems, key, rev)
	return NewList(out), err
}

func builtinReversed(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	var elems []Value
	switch x := args[0].(type) {
	case *List:
		elems = x.Elems
	case Tuple:
		elems = x
	case Str, *Range:
		var err error
		elems, err = ToSlice(th, x)
		if err != nil {
			return nil, err
		}
	case *Instance:
		if fn, ok := userMethod(x.Class, "__reversed__"); ok {
			return th.callMethod(fn, x, nil)
		}
		n, err := Len(th, x)
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object is not reversible", x.Class.Name)
		}
		i := n - 1
		return &iterObject{name: "reversed", it: funcIter(func(th *Thread) (Value, bool, error) {
			if i < 0 {
				return nil, false, nil
			}
			v, err := GetItem(th, x, Int(i))
			i--
			return v, err == nil, err
		})}, nil
	case *Dict:
		elems = x.Keys()
	default:
		if _, ok := x.(Indexable); ok {
			var err error
			elems, err = ToSlice(th, x)
			if err != nil {
				return nil, err
			}
		} else {
			return nil, Errorf(TypeError, "'%s' object is not reversible", x.Type().Name)
		}
	}
	i := len(elems) - 1
	name := strings.ToLower(args[0].Type().Name) + "_reverseiterator"
	if _, ok := args[0].(*List); ok {
		name = "list_reverseiterator"
	} else {
		name = "reversed"
	}
	return &iterObject{name: name, it: funcIter(func(th *Thread) (Value, bool, error) {
		if i < 0 || i >= len(elems) {
			return nil, false, nil
		}
		v := elems[i]
		i--
		return v, true, nil
	})}, nil
}

func builtinSum(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var it Value
	var start Value = Int(0)
	if err := UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	if _, ok := start.(Str); ok {
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	src, err := Iterate(th, it)
	if err != nil {
		return nil, err
	}
	acc := start
	// Like CPython, keep a machine-int running total unboxed while every
	// item is an int and nothing overflows; 3.11 adds floats left to right.
	if a, ok := start.(Int); ok {
		total := int64(a)
		for {
			v, ok, err := src.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return mkInt(total), nil
			}
			if b, ok := v.(Int); ok {
				if t, overflow := addInt64(total, int64(b)); !overflow {
					total = t
					continue
				}
			}
			acc, err = Binary(th, Add, mkInt(total), v)
			if err != nil {
				return nil, err
			}
			break
		}
	}
	for {
		v, ok, err := src.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return acc, nil
		}
		if a, ok := acc.(Int); ok {
			if b, ok := v.(Int); ok {
				acc = addInt(a, b)
				continue
			}
		}
		if a, ok := acc.(Float); ok {
			if b, ok := v.(Float); ok {
				acc = a + b
				continue
			}
		}
		acc, err = Binary(th, Add, acc, v)
		if err != nil {
			return nil, err
		}
	}
}

func minMax(th *Thread, name string, op Op, args []Value, kwargs []Kwarg) (Value, error) {
	var key, def Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
	}
	if key == None {
		key = nil
	}
	var elems []Value
	if len(args) == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) == 1 {
		var err error
		elems, err = ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(elems) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		elems = args
	}
	best := elems[0]
	bestKey := best
	if key != nil {
		k, err := th.Call(key, []Value{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, e := range elems[1:] {
		k := e
		if key != nil {
			var err error
			k, err = th.Call(key, []Value{e}, nil)
			if err != nil {
				return nil, err
			}
		}
		better, err := CompareBool(th, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = e, k
		}
	}
	return best, nil
}

func builtinAny(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	return anyAll(th, "any", args, true)
}

func builtinAll(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	return anyAll(th, "all", args, false)
}

func anyAll(th *Thread, name string, args []Value, want bool) (Value, error) {
	if err := checkArgs(name, args, 1, 1); err != nil {
		return nil, err
	}
	it, err := Iterate(th, args[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return Bool(!want), nil
		}
		t, err := Truth(th, v)
		if err != nil {
			return nil, err
		}
		if t == want {
			return Bool(want), nil
		}
	}
}

// addInt64 adds with an overflow report.
func addInt64(a, b int64) (int64, bool) {
	c := a + b
	return c, (c > a) != (b > 0)
}
