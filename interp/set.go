package interp

type setMethod = func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error)

// newSetFrom builds a set from an iterable.
func newSetFrom(th *Thread, v Value, frozen bool) (*Set, error) {
	s := NewSet()
	s.frozen = frozen
	if v == nil {
		return s, nil
	}
	elems, err := ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	for _, e := range elems {
		if err := s.Add(th, e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setBinary(th *Thread, op Op, a, b *Set) (Value, error) {
	out := NewSet()
	out.frozen = a.frozen
	switch op {
	case BitOr:
		for _, e := range a.Elems() {
			_ = out.Add(th, e)
		}
		for _, e := range b.Elems() {
			if err := out.Add(th, e); err != nil {
				return nil, err
			}
		}
	case BitAnd:
		for _, e := range a.Elems() {
			ok, err := b.Has(th, e)
			if err != nil {
				return nil, err
			}
			if ok {
				_ = out.Add(th, e)
			}
		}
	case Sub:
		for _, e := range a.Elems() {
			ok, err := b.Has(th, e)
			if err != nil {
				return nil, err
			}
			if !ok {
				_ = out.Add(th, e)
			}
		}
	case BitXor:
		for _, e := range a.Elems() {
			if ok, _ := b.Has(th, e); !ok {
				_ = out.Add(th, e)
			}
		}
		for _, e := range b.Elems() {
			if ok, _ := a.Has(th, e); !ok {
				_ = out.Add(th, e)
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

func isSubset(th *Thread, a, b *Set) (bool, error) {
	if a.Len() > b.Len() {
		return false, nil
	}
	for _, e := range a.Elems() {
		ok, err := b.Has(th, e)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func setCompare(th *Thread, op Op, a, b *Set) (Value, error) {
	switch op {
	case Eq, Ne:
		sub, err := isSubset(th, a, b)
		eq := sub && a.Len() == b.Len()
		return Bool(eq == (op == Eq)), err
	case Le:
		r, err := isSubset(th, a, b)
		return Bool(r), err
	case Lt:
		r, err := isSubset(th, a, b)
		return Bool(r && a.Len() < b.Len()), err
	case Ge:
		r, err := isSubset(th, b, a)
		return Bool(r), err
	default:
		r, err := isSubset(th, b, a)
		return Bool(r && a.Len() > b.Len()), err
	}
}

func setArg(th *Thread, v Value) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s, nil
	}
	return newSetFrom(th, v, false)
}

// setPredicate is a one-argument set method whose argument may be any
// iterable, answering pred(receiver, argument-as-set).
func setPredicate(name string, pred func(th *Thread, a, b *Set) (bool, error)) setMethod {
	return func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs(name, args, 1, 1); err != nil {
			return nil, err
		}
		b, err := setArg(th, args[0])
		if err != nil {
			return nil, err
		}
		r, err := pred(th, recv.(*Set), b)
		return Bool(r), err
	}
}

func setOpMethod(op Op, inplace bool) setMethod {
	return func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
		a := recv.(*Set)
		res := a
		if !inplace {
			res = &Set{d: dictCopy(a.d), frozen: a.frozen}
		}
		for _, arg := range args {
			b, err := setArg(th, arg)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(th, op, res, b)
			if err != nil {
				return nil, err
			}
			if inplace {
				res.d = r.(*Set).d
			} else {
				res = r.(*Set)
				res.frozen = a.frozen
			}
		}
		if inplace {
			return None, nil
		}
		return res, nil
	}
}

func init() {
	common := map[string]setMethod{
		"union":                setOpMethod(BitOr, false),
		"intersection":         setOpMethod(BitAnd, false),
		"difference":           setOpMethod(Sub, false),
		"symmetric_difference": setOpMethod(BitXor, false),
		"issubset":             setPredicate("issubset", isSubset),
		"issuperset":           setPredicate("issuperset", func(th *Thread, a, b *Set) (bool, error) { return isSubset(th, b, a) }),
		"isdisjoint": setPredicate("isdisjoint", func(th *Thread, a, b *Set) (bool, error) {
			r, _ := setBinary(th, BitAnd, a, b)
			return r.(*Set).Len() == 0, nil
		}),
		"copy": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			a := recv.(*Set)
			return &Set{d: dictCopy(a.d), frozen: a.frozen}, nil
		},
	}
	addMethods(FrozenSetType, common)
	addMethods(SetType, common)
	addMethods(SetType, map[string]setMethod{
		"add": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("set.add", args, 1, 1); err != nil {
				return nil, err
			}
			return None, recv.(*Set).Add(th, args[0])
		},
		"discard": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("set.discard", args, 1, 1); err != nil {
				return nil, err
			}
			_, err := recv.(*Set).d.Delete(th, args[0])
			return None, err
		},
		"remove": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("set.remove", args, 1, 1); err != nil {
				return nil, err
			}
			ok, err := recv.(*Set).d.Delete(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &Exception{Class: KeyError, Args: Tuple{args[0]}}
			}
			return None, nil
		},
		"pop": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			s := recv.(*Set)
			keys := s.Elems()
			if len(keys) == 0 {
				return nil, Errorf(KeyError, "pop from an empty set")
			}
			_, err := s.d.Delete(th, keys[0])
			return keys[0], err
		},
		"clear": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			recv.(*Set).d.Clear()
			return None, nil
		},
		"update":                      setOpMethod(BitOr, true),
		"intersection_update":         setOpMethod(BitAnd, true),
		"difference_update":           setOpMethod(Sub, true),
		"symmetric_difference_update": setOpMethod(BitXor, true),
	})
}
