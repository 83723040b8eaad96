package interp

import "strings"

type dictMethod = func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error)

func init() {
	addMethods(DictType, map[string]dictMethod{
		"get": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("get", args, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := recv.(*Dict).Get(th, args[0])
			if err != nil || ok {
				return v, err
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		},
		"keys": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: recv.(*Dict), kind: 0}, nil
		},
		"values": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: recv.(*Dict), kind: 1}, nil
		},
		"items": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: recv.(*Dict), kind: 2}, nil
		},
		"pop": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("pop", args, 1, 2); err != nil {
				return nil, err
			}
			d := recv.(*Dict)
			v, ok, err := d.Get(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, &Exception{Class: KeyError, Args: Tuple{args[0]}}
			}
			_, err = d.Delete(th, args[0])
			return v, err
		},
		"popitem": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			d := recv.(*Dict)
			keys := d.Keys()
			if len(keys) == 0 {
				return nil, Errorf(KeyError, "popitem(): dictionary is empty")
			}
			k := keys[len(keys)-1]
			v, _, _ := d.Get(th, k)
			_, err := d.Delete(th, k)
			return Tuple{k, v}, err
		},
		"setdefault": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("setdefault", args, 1, 2); err != nil {
				return nil, err
			}
			d := recv.(*Dict)
			v, ok, err := d.Get(th, args[0])
			if err != nil || ok {
				return v, err
			}
			var def Value = None
			if len(args) == 2 {
				def = args[1]
			}
			return def, d.Set(th, args[0], def)
		},
		"update": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("update", args, 0, 1); err != nil {
				return nil, err
			}
			return None, dictUpdate(th, recv.(*Dict), args, kw)
		},
		"clear": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			recv.(*Dict).Clear()
			return None, nil
		},
		"copy": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			return dictCopy(recv.(*Dict)), nil
		},
	})
	DictType.Dict.SetStr("fromkeys", &ClassMethod{Fn: NewBuiltin("fromkeys", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeError, "fromkeys expected at least 1 argument, got %d", len(args)-1)
		}
		keys, err := ToSlice(th, args[1])
		if err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 3 {
			v = args[2]
		}
		d := NewDict()
		for _, k := range keys {
			if err := d.Set(th, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	})})
}

func dictCopy(d *Dict) *Dict {
	out := NewDict()
	d.Items(func(k, v Value) bool { _ = out.Set(nil, k, v); return true })
	return out
}

// dictUpdate implements dict.update and dict(...) arguments.
func dictUpdate(th *Thread, d *Dict, args []Value, kwargs []Kwarg) error {
	if len(args) == 1 {
		switch src := args[0].(type) {
		case *Dict:
			var err error
			src.Items(func(k, v Value) bool { err = d.Set(th, k, v); return err == nil })
			if err != nil {
				return err
			}
		default:
			if keysFn, err := getAttrOpt(th, src, "keys"); err == nil && keysFn != nil {
				if _, isInst := src.(*Instance); isInst || !isSeqLike(src) {
					ks, err := th.Call(keysFn, nil, nil)
					if err != nil {
						return err
					}
					keys, err := ToSlice(th, ks)
					if err != nil {
						return err
					}
					for _, k := range keys {
						v, err := GetItem(th, src, k)
						if err != nil {
							return err
						}
						if err := d.Set(th, k, v); err != nil {
							return err
						}
					}
					break
				}
			}
			it, err := Iterate(th, src)
			if err != nil {
				return err
			}
			for i := 0; ; i++ {
				e, ok, err := it.Next(th)
				if err != nil {
					return err
				}
				if !ok {
					break
				}
				pair, err := ToSlice(th, e)
				if err != nil {
					return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				if err := d.Set(th, pair[0], pair[1]); err != nil {
					return err
				}
			}
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return nil
}

func isSeqLike(v Value) bool {
	switch v.(type) {
	case *List, Tuple, *Set, Str, *Range, *dictView:
		return true
	}
	return false
}

func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	eq := true
	var err error
	a.Items(func(k, v Value) bool {
		w, ok, e := b.Get(th, k)
		if e != nil {
			err = e
			return false
		}
		if !ok {
			eq = false
			return false
		}
		same, e := Equal(th, v, w)
		if e != nil {
			err = e
			return false
		}
		eq = same
		return same
	})
	return eq, err
}

// dictView is dict.keys(), dict.values() or dict.items().
type dictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

func (v *dictView) Type() *Class {
	switch v.kind {
	case 0:
		return DictKeysType
	case 1:
		return DictValuesType
	}
	return DictItemsType
}

func (v *dictView) elems() []Value {
	out := make([]Value, 0, v.d.Len())
	v.d.Items(func(k, x Value) bool {
		switch v.kind {
		case 0:
			out = append(out, k)
		case 1:
			out = append(out, x)
		default:
			out = append(out, Tuple{k, x})
		}
		return true
	})
	return out
}

// Iterate walks the live dict.
func (v *dictView) Iterate(th *Thread) (Iterator, error) {
	if v.kind == 0 {
		return dictKeyIter(v.d), nil
	}
	d := v.d
	i, n := 0, d.Len()
	return funcIter(func(*Thread) (Value, bool, error) {
		if d.Len() != n {
			return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
		}
		for i < len(d.entries) {
			e := &d.entries[i]
			i++
			if e.key != nil {
				if v.kind == 1 {
					return e.value, true, nil
				}
				return Tuple{e.key, e.value}, true, nil
			}
		}
		return nil, false, nil
	}), nil
}

// Len is the dict's size.
func (v *dictView) Len(th *Thread) (int, error) { return v.d.Len(), nil }

// Contains tests keys (or items / values).
func (v *dictView) Contains(th *Thread, item Value) (bool, error) {
	switch v.kind {
	case 0:
		_, ok, err := v.d.Get(th, item)
		return ok, err
	case 2:
		t, ok := item.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		x, ok, err := v.d.Get(th, t[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(th, x, t[1])
	}
	return elemsContain(th, v.elems(), item)
}

// Repr is dict_keys([...]).
func (v *dictView) Repr(th *Thread) (string, error) {
	s, err := reprSeq(th, nil, v.elems(), "[", "]")
	return v.Type().Name + "(" + s + ")", err
}

// Binary supports set operations on key views.
func (v *dictView) Binary(th *Thread, op Op, other Value, reflected bool) (Value, error) {
	if v.kind == 1 {
		return nil, nil
	}
	a := NewSet()
	for _, e := range v.elems() {
		if err := a.Add(th, e); err != nil {
			return nil, err
		}
	}
	elems, err := ToSlice(th, other)
	if err != nil {
		return nil, nil
	}
	b := NewSet()
	for _, e := range elems {
		if err := b.Add(th, e); err != nil {
			return nil, err
		}
	}
	if reflected {
		a, b = b, a
	}
	return setBinary(th, op, a, b)
}

func dictViewNames(v *dictView) string { return strings.TrimPrefix(v.Type().Name, "dict_") }
