package pystd

import (
	"github.com/gobrian/gobrian/interp"
)

// CopyError is copy.Error.
var CopyError = interp.NewExceptionClass("Error", "copy", interp.ExceptionType)

func copyModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("copy")
	m.Set("Error", CopyError)
	def(m, "copy", func(th *thread, args []value, kw []kwarg) (value, error) {
		var x value
		if err := interp.UnpackArgs("copy", args, kw, "x", &x); err != nil {
			return nil, err
		}
		return shallowCopy(th, x)
	})
	def(m, "deepcopy", func(th *thread, args []value, kw []kwarg) (value, error) {
		var x value
		var memo value = interp.None
		if err := interp.UnpackArgs("deepcopy", args, kw, "x", &x, "memo?", &memo); err != nil {
			return nil, err
		}
		dc := &deepCopier{memo: map[any]value{}}
		return dc.copy(th, x)
	})
	return m, nil
}

// userCopyHook calls __copy__ / __deepcopy__ when a class defines it.
func userCopyHook(th *thread, x value, name string, args ...value) (value, bool, error) {
	inst, ok := x.(*interp.Instance)
	if !ok {
		return nil, false, nil
	}
	fn, ok := inst.Class.Lookup(name)
	if !ok {
		return nil, false, nil
	}
	r, err := th.Call(fn, append([]value{inst}, args...), nil)
	return r, true, err
}

func shallowCopy(th *thread, x value) (value, error) {
	if r, ok, err := userCopyHook(th, x, "__copy__"); ok {
		return r, err
	}
	switch v := x.(type) {
	case *interp.List:
		return interp.NewList(append([]value(nil), v.Elems...)), nil
	case *interp.Dict:
		d := interp.NewDict()
		var err error
		v.Items(func(k, val value) bool { err = d.Set(th, k, val); return err == nil })
		return d, err
	case *interp.Set:
		if v.Type() == interp.FrozenSetType {
			return v, nil
		}
		s := interp.NewSet()
		for _, e := range v.Elems() {
			if err := s.Add(th, e); err != nil {
				return nil, err
			}
		}
		return s, nil
	case *dictObj:
		return v.copyObj(), nil
	case *deque:
		return &deque{cls: v.cls, maxlen: v.maxlen, elems: append([]value(nil), v.elems...)}, nil
	case *interp.Instance:
		d := interp.NewDict()
		var err error
		v.Dict.Items(func(k, val value) bool { err = d.Set(th, k, val); return err == nil })
		return &interp.Instance{Class: v.Class, Dict: d}, err
	case interp.HasAttrs:
		// Natives such as arrays offer copy().
		if c, err := v.Attr(th, "copy"); err == nil && c != nil && interp.IsCallable(c) {
			return th.Call(c, nil, nil)
		}
	}
	return x, nil
}

// deepCopier copies recursively, preserving sharing and cycles through
// its memo (keyed by object identity).
type deepCopier struct {
	memo   map[any]value
	pyMemo *interp.Dict
}

func identityKey(x value) (any, bool) {
	switch v := x.(type) {
	case *interp.List, *interp.Dict, *interp.Set, *interp.Instance, *dictObj, *deque, *ntValue:
		return v, true
	}
	return nil, false
}

func (dc *deepCopier) copy(th *thread, x value) (value, error) {
	if err := th.CheckInterrupt(); err != nil {
		return nil, err
	}
	key, keyed := identityKey(x)
	if keyed {
		if r, ok := dc.memo[key]; ok {
			return r, nil
		}
	}
	if inst, ok := x.(*interp.Instance); ok {
		if fn, ok := inst.Class.Lookup("__deepcopy__"); ok {
			if dc.pyMemo == nil {
				dc.pyMemo = interp.NewDict()
			}
			return th.Call(fn, []value{inst, dc.pyMemo}, nil)
		}
	}
	switch v := x.(type) {
	case *interp.List:
		out := interp.NewList(make([]value, 0, len(v.Elems)))
		dc.memo[key] = out
		var err error
		if out.Elems, err = dc.appendCopies(th, out.Elems, v.Elems); err != nil {
			return nil, err
		}
		return out, nil
	case interp.Tuple:
		out := make(interp.Tuple, len(v))
		changed := false
		for i, e := range v {
			c, err := dc.copy(th, e)
			if err != nil {
				return nil, err
			}
			out[i] = c
			changed = changed || c != e
		}
		if !changed {
			return v, nil
		}
		return out, nil
	case *ntValue:
		items, err := dc.copy(th, v.items)
		if err != nil {
			return nil, err
		}
		out := &ntValue{cls: v.cls, info: v.info, items: items.(interp.Tuple)}
		dc.memo[key] = out
		return out, nil
	case *interp.Dict:
		out := interp.NewDict()
		dc.memo[key] = out
		return out, dc.copyItems(th, v, out)
	case *dictObj:
		out := &dictObj{cls: v.cls, kind: v.kind, d: interp.NewDict(), factory: v.factory}
		dc.memo[key] = out
		return out, dc.copyItems(th, v.d, out.d)
	case *interp.Set:
		if v.Type() == interp.FrozenSetType {
			// CPython rebuilds frozensets through __reduce_ex__.
			elems := make([]value, 0, v.Len())
			for _, e := range v.Elems() {
				c, err := dc.copy(th, e)
				if err != nil {
					return nil, err
				}
				elems = append(elems, c)
			}
			return interp.FrozenSetType.New(th, interp.FrozenSetType, []value{interp.NewList(elems)}, nil)
		}
		out := interp.NewSet()
		dc.memo[key] = out
		for _, e := range v.Elems() {
			c, err := dc.copy(th, e)
			if err != nil {
				return nil, err
			}
			if err := out.Add(th, c); err != nil {
				return nil, err
			}
		}
		return out, nil
	case *deque:
		out := &deque{cls: v.cls, maxlen: v.maxlen}
		dc.memo[key] = out
		var err error
		if out.elems, err = dc.appendCopies(th, out.elems, v.elems); err != nil {
			return nil, err
		}
		return out, nil
	case *interp.Instance:
		if r, ok, err := userCopyHook(th, x, "__copy__"); ok && err != nil {
			return r, err
		}
		out := &interp.Instance{Class: v.Class, Dict: interp.NewDict()}
		dc.memo[key] = out
		return out, dc.copyItems(th, v.Dict, out.Dict)
	case interp.HasAttrs:
		if c, err := v.Attr(th, "copy"); err == nil && c != nil && interp.IsCallable(c) {
			return th.Call(c, nil, nil)
		}
	}
	return x, nil
}

// appendCopies appends deep copies of src to dst.
func (dc *deepCopier) appendCopies(th *thread, dst, src []value) ([]value, error) {
	for _, e := range src {
		c, err := dc.copy(th, e)
		if err != nil {
			return nil, err
		}
		dst = append(dst, c)
	}
	return dst, nil
}

func (dc *deepCopier) copyItems(th *thread, src, dst *interp.Dict) error {
	var err error
	src.Items(func(k, v value) bool {
		var ck, cv value
		if ck, err = dc.copy(th, k); err != nil {
			return false
		}
		if cv, err = dc.copy(th, v); err != nil {
			return false
		}
		err = dst.Set(th, ck, cv)
		return err == nil
	})
	return err
}
