package interp

import (
	"sort"
)

func init() {
	addMethods(ListType, map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error){
		"append": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("list.append", args, 1, 1); err != nil {
				return nil, err
			}
			l := recv.(*List)
			l.Elems = appendValue(l.Elems, args[0])
			return None, nil
		},
		"extend": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("list.extend", args, 1, 1); err != nil {
				return nil, err
			}
			l := recv.(*List)
			elems, err := ToSlice(th, args[0])
			if err != nil {
				return nil, err
			}
			l.Elems = append(l.Elems, elems...)
			return None, nil
		},
		"pop": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			l := recv.(*List)
			if err := checkArgs("pop", args, 0, 1); err != nil {
				return nil, err
			}
			if len(l.Elems) == 0 {
				return nil, Errorf(IndexError, "pop from empty list")
			}
			i := len(l.Elems) - 1
			if len(args) == 1 {
				j, err := seqIndex(th, "list", args[0], len(l.Elems))
				if err != nil {
					if e, ok := err.(*Exception); ok && e.Class == IndexError {
						return nil, Errorf(IndexError, "pop index out of range")
					}
					return nil, err
				}
				i = j
			}
			v := l.Elems[i]
			copy(l.Elems[i:], l.Elems[i+1:])
			l.Elems[len(l.Elems)-1] = nil
			l.Elems = l.Elems[:len(l.Elems)-1]
			return v, nil
		},
		"insert": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("insert", args, 2, 2); err != nil {
				return nil, err
			}
			l := recv.(*List)
			i64, err := indexOf(th, args[0])
			if err != nil {
				return nil, err
			}
			n := int64(len(l.Elems))
			if i64 < 0 {
				i64 += n
				if i64 < 0 {
					i64 = 0
				}
			}
			if i64 > n {
				i64 = n
			}
			i := int(i64)
			l.Elems = append(l.Elems, nil)
			copy(l.Elems[i+1:], l.Elems[i:])
			l.Elems[i] = args[1]
			return None, nil
		},
		"remove": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("list.remove", args, 1, 1); err != nil {
				return nil, err
			}
			l := recv.(*List)
			for i, e := range l.Elems {
				eq, err := Equal(th, e, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					l.Elems = append(l.Elems[:i], l.Elems[i+1:]...)
					return None, nil
				}
			}
			return nil, Errorf(ValueError, "list.remove(x): x not in list")
		},
		"index": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("index", args, 1, 3); err != nil {
				return nil, err
			}
			return seqFind(th, recv.(*List).Elems, args, "list")
		},
		"count": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("list.count", args, 1, 1); err != nil {
				return nil, err
			}
			return seqCount(th, recv.(*List).Elems, args[0])
		},
		"clear": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			recv.(*List).Elems = nil
			return None, nil
		},
		"copy": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return NewList(append([]Value(nil), recv.(*List).Elems...)), nil
		},
		"reverse": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			e := recv.(*List).Elems
			for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
				e[i], e[j] = e[j], e[i]
			}
			return None, nil
		},
		"sort": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if len(args) > 0 {
				return nil, Errorf(TypeError, "sort() takes no positional arguments")
			}
			var key, reverse Value = None, False
			if err := UnpackArgs("sort", nil, kw, "key?", &key, "reverse?", &reverse); err != nil {
				return nil, err
			}
			l := recv.(*List)
			rev, err := Truth(th, reverse)
			if err != nil {
				return nil, err
			}
			sorted, err := sortValues(th, l.Elems, key, rev)
			if err != nil {
				return nil, err
			}
			l.Elems = sorted
			return None, nil
		},
	})
}

// appendValue appends with doubling growth: Go's append grows large slices
// by only 1.25x, which copies a list built by append() about five times.
func appendValue(s []Value, v Value) []Value {
	if len(s) == cap(s) && len(s) >= 256 {
		grown := make([]Value, len(s), 2*len(s))
		copy(grown, s)
		s = grown
	}
	return append(s, v)
}

func seqFind(th *Thread, elems []Value, args []Value, what string) (Value, error) {
	start, stop := 0, len(elems)
	if len(args) > 1 {
		s := &Slice{Start: args[1], Stop: None, Step: None}
		if len(args) > 2 {
			s.Stop = args[2]
		}
		a, b, _, err := SliceIndices(th, s, len(elems))
		if err != nil {
			return nil, err
		}
		start, stop = a, b
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(th, elems[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if what == "tuple" {
		return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
	}
	r, err := Repr(th, args[0])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r)
}

func seqCount(th *Thread, elems []Value, x Value) (Value, error) {
	n := 0
	for _, e := range elems {
		eq, err := Equal(th, e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

// sortValues is a stable sort with optional key and reverse, comparing
// with "<" as Python's list.sort does.
func sortValues(th *Thread, elems []Value, key Value, reverse bool) ([]Value, error) {
	keys := elems
	if key != nil && key != None {
		keys = make([]Value, len(elems))
		for i, e := range elems {
			k, err := th.Call(key, []Value{e}, nil)
			if err != nil {
				return nil, err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(elems))
	for i := range idx {
		idx[i] = i
	}
	var err error
	less := func(a, b Value) bool {
		if err != nil {
			return false
		}
		var lt bool
		lt, err = CompareBool(th, Lt, a, b)
		return lt
	}
	if reverse {
		// Reverse stability: sort by "b < a" keeps equal elements in order.
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[j]], keys[idx[i]]) })
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[i]], keys[idx[j]]) })
	}
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(elems))
	for i, j := range idx {
		out[i] = elems[j]
	}
	return out, nil
}
