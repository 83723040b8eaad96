package interp

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Truth is bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case Float:
		return x != 0, nil
	case Str:
		return len(x) > 0, nil
	case *List:
		return len(x.Elems) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.Len() > 0, nil
	case *BigInt:
		return x.V.Sign() != 0, nil
	case *Range:
		return x.Len() > 0, nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__bool__"); ok {
			r, err := th.callMethod(fn, x, nil)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		if _, ok := userMethod(x.Class, "__len__"); ok {
			n, err := Len(th, x)
			return n > 0, err
		}
		return true, nil
	case HasTruth:
		return x.Truth(th)
	case Sized:
		n, err := x.Len(th)
		return n > 0, err
	}
	return true, nil
}

// Len is len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return utf8.RuneCountInString(string(x)), nil
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case *Range:
		return int(x.Len()), nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__len__"); ok {
			r, err := th.callMethod(fn, x, nil)
			if err != nil {
				return 0, err
			}
			n, err := AsInt(r)
			if err != nil {
				return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
			}
			if n < 0 {
				return 0, Errorf(ValueError, "__len__() should return >= 0")
			}
			return int(n), nil
		}
	case Sized:
		return x.Len(th)
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", v.Type().Name)
}

// seqIndex converts an index value for a sequence of length n.
func seqIndex(th *Thread, what string, key Value, n int) (int, error) {
	var i int64
	switch k := key.(type) {
	case Int:
		i = int64(k)
	case Bool:
		if k {
			i = 1
		}
	case *BigInt:
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	default:
		idx, err := indexOf(th, key)
		if err != nil {
			if what == "str" {
				return 0, Errorf(TypeError, "string indices must be integers, not '%s'", key.Type().Name)
			}
			return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, key.Type().Name)
		}
		i = idx
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		name := what
		if what == "str" {
			name = "string"
		}
		return 0, Errorf(IndexError, "%s index out of range", name)
	}
	return int(i), nil
}

// indexOf is operator.index(v).
func indexOf(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__index__"); ok {
			r, err := th.callMethod(fn, x, nil)
			if err != nil {
				return 0, err
			}
			return AsInt(r)
		}
	case HasIndex:
		return x.Index(th)
	}
	return AsInt(v)
}

// SliceIndices resolves a slice against a length like slice.indices(n).
func SliceIndices(th *Thread, s *Slice, n int) (start, stop, step int, err error) {
	step = 1
	if s.Step != None && s.Step != nil {
		st, err := sliceInt(th, s.Step)
		if err != nil {
			return 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
		}
		step = st
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	clamp := func(v Value, def int) (int, error) {
		if v == nil || v == None {
			return def, nil
		}
		i, err := sliceInt(th, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step > 0 {
		start, err = clamp(s.Start, lower)
		if err == nil {
			stop, err = clamp(s.Stop, upper)
		}
	} else {
		start, err = clamp(s.Start, upper)
		if err == nil {
			stop, err = clamp(s.Stop, lower)
		}
	}
	return
}

func sliceInt(th *Thread, v Value) (int, error) {
	if b, ok := v.(*BigInt); ok {
		if b.V.Sign() < 0 {
			return math.MinInt32, nil
		}
		return math.MaxInt32, nil
	}
	i, err := indexOf(th, v)
	if err != nil {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	if i > math.MaxInt32 {
		i = math.MaxInt32
	} else if i < math.MinInt32 {
		i = math.MinInt32
	}
	return int(i), nil
}

func sliceElems(th *Thread, elems []Value, s *Slice) ([]Value, error) {
	start, stop, step, err := SliceIndices(th, s, len(elems))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if stop <= start {
			return []Value{}, nil
		}
		return append([]Value(nil), elems[start:stop]...), nil
	}
	var out []Value
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, elems[i])
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, elems[i])
		}
	}
	if out == nil {
		out = []Value{}
	}
	return out, nil
}

// GetItem is v[key].
func GetItem(th *Thread, v, key Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			if i < 0 {
				i += Int(len(x.Elems))
			}
			if i >= 0 && int(i) < len(x.Elems) {
				return x.Elems[i], nil
			}
			return nil, Errorf(IndexError, "list index out of range")
		}
		if s, ok := key.(*Slice); ok {
			e, err := sliceElems(th, x.Elems, s)
			return NewList(e), err
		}
		i, err := seqIndex(th, "list", key, len(x.Elems))
		if err != nil {
			return nil, err
		}
		return x.Elems[i], nil
	case Tuple:
		if s, ok := key.(*Slice); ok {
			e, err := sliceElems(th, x, s)
			return Tuple(e), err
		}
		i, err := seqIndex(th, "tuple", key, len(x))
		if err != nil {
			return nil, err
		}
		return x[i], nil
	case *Dict:
		r, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: Tuple{key}}
		}
		return r, nil
	case Str:
		return strGetItem(th, x, key)
	case *Range:
		return rangeGetItem(th, x, key)
	case *Instance:
		if fn, ok := userMethod(x.Class, "__getitem__"); ok {
			return th.callMethod(fn, x, []Value{key})
		}
	case *Class:
		if fn, ok := x.Lookup("__class_getitem__"); ok {
			return th.Call(bindAttr(fn, x, x), []Value{key}, nil)
		}
		// list[int] and friends: generic aliases are accepted as-is.
		if x.Module == "builtins" {
			return x, nil
		}
	case Indexable:
		return guard(func() (Value, error) { return x.GetItem(th, key) })
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", v.Type().Name)
}

func strGetItem(th *Thread, s Str, key Value) (Value, error) {
	if sl, ok := key.(*Slice); ok {
		runes := []rune(string(s))
		start, stop, step, err := SliceIndices(th, sl, len(runes))
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		if step > 0 {
			for i := start; i < stop; i += step {
				b.WriteRune(runes[i])
			}
		} else {
			for i := start; i > stop; i += step {
				b.WriteRune(runes[i])
			}
		}
		return Str(b.String()), nil
	}
	if isASCII(string(s)) {
		i, err := seqIndex(th, "str", key, len(s))
		if err != nil {
			return nil, err
		}
		return Str(s[i : i+1]), nil
	}
	runes := []rune(string(s))
	i, err := seqIndex(th, "str", key, len(runes))
	if err != nil {
		return nil, err
	}
	return Str(string(runes[i])), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func rangeGetItem(th *Thread, r *Range, key Value) (Value, error) {
	n := r.Len()
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := SliceIndices(th, s, int(n))
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
	}
	i, err := seqIndex(th, "range object", key, int(n))
	if err != nil {
		return nil, err
	}
	return Int(r.Start + int64(i)*r.Step), nil
}

// SetItem is v[key] = x.
func SetItem(th *Thread, v, key, x Value) error {
	switch o := v.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return listSetSlice(th, o, s, x)
		}
		i, err := seqIndex(th, "list", key, len(o.Elems))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == IndexError {
				return Errorf(IndexError, "list assignment index out of range")
			}
			return err
		}
		o.Elems[i] = x
		return nil
	case *Dict:
		return o.Set(th, key, x)
	case *Instance:
		if fn, ok := userMethod(o.Class, "__setitem__"); ok {
			_, err := th.callMethod(fn, o, []Value{key, x})
			return err
		}
	case HasSetItem:
		_, err := guard(func() (Value, error) { return nil, o.SetItem(th, key, x) })
		return err
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", v.Type().Name)
}

func listSetSlice(th *Thread, l *List, s *Slice, x Value) error {
	src, err := ToSlice(th, x)
	if err != nil {
		return Errorf(TypeError, "must assign iterable to extended slice")
	}
	src = append([]Value(nil), src...)
	start, stop, step, err := SliceIndices(th, s, len(l.Elems))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.Elems)-(stop-start)+len(src))
		out = append(out, l.Elems[:start]...)
		out = append(out, src...)
		out = append(out, l.Elems[stop:]...)
		l.Elems = out
		return nil
	}
	var idx []int
	if step > 0 {
		for i := start; i < stop; i += step {
			idx = append(idx, i)
		}
	} else {
		for i := start; i > stop; i += step {
			idx = append(idx, i)
		}
	}
	if len(idx) != len(src) {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), len(idx))
	}
	for j, i := range idx {
		l.Elems[i] = src[j]
	}
	return nil
}

// DelItem is del v[key].
func DelItem(th *Thread, v, key Value) error {
	switch o := v.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, stop, step, err := SliceIndices(th, s, len(o.Elems))
			if err != nil {
				return err
			}
			del := map[int]bool{}
			if step > 0 {
				for i := start; i < stop; i += step {
					del[i] = true
				}
			} else {
				for i := start; i > stop; i += step {
					del[i] = true
				}
			}
			out := o.Elems[:0:0]
			for i, e := range o.Elems {
				if !del[i] {
					out = append(out, e)
				}
			}
			o.Elems = out
			return nil
		}
		i, err := seqIndex(th, "list", key, len(o.Elems))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == IndexError {
				return Errorf(IndexError, "list assignment index out of range")
			}
			return err
		}
		copy(o.Elems[i:], o.Elems[i+1:])
		o.Elems[len(o.Elems)-1] = nil
		o.Elems = o.Elems[:len(o.Elems)-1]
		return nil
	case *Dict:
		ok, err := o.Delete(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return &Exception{Class: KeyError, Args: Tuple{key}}
		}
		return nil
	case *Instance:
		if fn, ok := userMethod(o.Class, "__delitem__"); ok {
			_, err := th.callMethod(fn, o, []Value{key})
			return err
		}
	case HasDelItem:
		return o.DelItem(th, key)
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", v.Type().Name)
}

// Iterate returns an iterator over any iterable value.
func Iterate(th *Thread, v Value) (Iterator, error) {
	switch x := v.(type) {
	case *List:
		return &sliceIter{list: x}, nil
	case Tuple:
		return &sliceIter{elems: x}, nil
	case *Range:
		return &rangeIter{cur: x.Start, step: x.Step, n: x.Len()}, nil
	case Str:
		s := string(x)
		i := 0
		return funcIter(func(*Thread) (Value, bool, error) {
			if i >= len(s) {
				return nil, false, nil
			}
			_, n := utf8.DecodeRuneInString(s[i:])
			r := Str(s[i : i+n])
			i += n
			return r, true, nil
		}), nil
	case *Dict:
		return dictKeyIter(x), nil
	case *Set:
		return &sliceIter{elems: x.Elems()}, nil
	case *Instance:
		if fn, ok := userMethod(x.Class, "__iter__"); ok {
			it, err := th.callMethod(fn, x, nil)
			if err != nil {
				return nil, err
			}
			return asIterator(th, it)
		}
		if fn, ok := userMethod(x.Class, "__getitem__"); ok {
			i := 0
			return funcIter(func(th *Thread) (Value, bool, error) {
				r, err := th.callMethod(fn, x, []Value{Int(i)})
				if err != nil {
					if e, ok := err.(*Exception); ok && (e.IsInstance(IndexError) || e.IsInstance(StopIteration)) {
						return nil, false, nil
					}
					return nil, false, err
				}
				i++
				return r, true, nil
			}), nil
		}
	case Iterable:
		return x.Iterate(th)
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", v.Type().Name)
}

// asIterator adapts the result of __iter__ to a Go Iterator.
func asIterator(th *Thread, it Value) (Iterator, error) {
	if inst, ok := it.(*Instance); ok {
		next, ok := userMethod(inst.Class, "__next__")
		if !ok {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", inst.Class.Name)
		}
		return funcIter(func(th *Thread) (Value, bool, error) {
			r, err := th.callMethod(next, inst, nil)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.IsInstance(StopIteration) {
					return nil, false, nil
				}
				return nil, false, err
			}
			return r, true, nil
		}), nil
	}
	return Iterate(th, it)
}

func dictKeyIter(d *Dict) Iterator {
	i := 0
	n := d.Len()
	return funcIter(func(*Thread) (Value, bool, error) {
		if d.Len() != n {
			return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
		}
		for i < len(d.entries) {
			e := &d.entries[i]
			i++
			if e.key != nil {
				return e.key, true, nil
			}
		}
		return nil, false, nil
	})
}

// ToSlice collects an iterable's items (a list or tuple is not copied).
func ToSlice(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case Tuple:
		return x, nil
	case *List:
		return x.Elems, nil
	}
	it, err := Iterate(th, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		e, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, e)
		if len(out)&1023 == 0 {
			if err := th.CheckInterrupt(); err != nil {
				return nil, err
			}
		}
	}
}

// Contains is "item in v".
func Contains(th *Thread, v, item Value) (bool, error) {
	switch x := v.(type) {
	case *List:
		return elemsContain(th, x.Elems, item)
	case Tuple:
		return elemsContain(th, x, item)
	case *Dict:
		_, ok, err := x.Get(th, item)
		return ok, err
	case *Set:
		return x.Has(th, item)
	case Str:
		s, ok := item.(Str)
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return strings.Contains(string(x), string(s)), nil
	case *Range:
		if i, ok := item.(Int); ok {
			n := x.Len()
			if n == 0 {
				return false, nil
			}
			d := int64(i) - x.Start
			if d%x.Step != 0 {
				return false, nil
			}
			k := d / x.Step
			return k >= 0 && k < n, nil
		}
	case *Instance:
		if fn, ok := userMethod(x.Class, "__contains__"); ok {
			r, err := th.callMethod(fn, x, []Value{item})
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
	case HasContains:
		return x.Contains(th, item)
	}
	it, err := Iterate(th, v)
	if err != nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", v.Type().Name)
	}
	for {
		e, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(th, e, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

func elemsContain(th *Thread, elems []Value, item Value) (bool, error) {
	for _, e := range elems {
		if isSame(e, item) {
			return true, nil
		}
		eq, err := Equal(th, e, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
