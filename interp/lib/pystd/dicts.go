package pystd

import (
	"sort"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// The dict subclasses of collections. Instances wrap an *interp.Dict, so
// isinstance(x, dict) holds and the dict methods are delegated to it.
var (
	DefaultDictType = interp.NewClass("defaultdict", "collections", interp.DictType)
	OrderedDictType = interp.NewClass("OrderedDict", "collections", interp.DictType)
	CounterType     = interp.NewClass("Counter", "collections", interp.DictType)
)

type dictKind int

const (
	kindDefault dictKind = iota
	kindOrdered
	kindCounter
)

// dictObj is a defaultdict, OrderedDict or Counter (or a user subclass).
type dictObj struct {
	cls     *interp.Class
	kind    dictKind
	d       *interp.Dict
	factory value // defaultdict's default_factory
	inRepr  bool  // guards repr of self-containing values
}

func (o *dictObj) Type() *interp.Class { return o.cls }

func (o *dictObj) Len(th *thread) (int, error) { return o.d.Len(), nil }

func (o *dictObj) Iterate(th *thread) (interp.Iterator, error) { return interp.Iterate(th, o.d) }

func (o *dictObj) Contains(th *thread, k value) (bool, error) {
	_, ok, err := o.d.Get(th, k)
	return ok, err
}

func (o *dictObj) Truth(th *thread) (bool, error) { return o.d.Len() > 0, nil }

func (o *dictObj) GetItem(th *thread, k value) (value, error) {
	v, ok, err := o.d.Get(th, k)
	if err != nil || ok {
		return v, err
	}
	// A user subclass may define __missing__.
	if m, found := o.cls.Lookup("__missing__"); found {
		if _, isFn := m.(*interp.Function); isFn {
			return th.Call(m, []value{o, k}, nil)
		}
	}
	switch o.kind {
	case kindCounter:
		return interp.Int(0), nil
	case kindDefault:
		if o.factory != interp.None {
			v, err := th.Call(o.factory, nil, nil)
			if err != nil {
				return nil, err
			}
			return v, o.d.Set(th, k, v)
		}
	}
	return nil, &interp.Exception{Class: interp.KeyError, Args: interp.Tuple{k}}
}

func (o *dictObj) SetItem(th *thread, k, v value) error { return o.d.Set(th, k, v) }

func (o *dictObj) DelItem(th *thread, k value) error {
	ok, err := o.d.Delete(th, k)
	if err != nil {
		return err
	}
	if !ok && o.kind != kindCounter {
		return &interp.Exception{Class: interp.KeyError, Args: interp.Tuple{k}}
	}
	return nil
}

// innerDict returns the dict behind a dict-like value.
func innerDict(v value) (*interp.Dict, bool) {
	switch x := v.(type) {
	case *interp.Dict:
		return x, true
	case *dictObj:
		return x.d, true
	}
	return nil, false
}

func (o *dictObj) Compare(th *thread, op interp.Op, other value) (value, error) {
	if op != interp.Eq && op != interp.Ne {
		return nil, nil
	}
	od, ok := innerDict(other)
	if !ok {
		return nil, nil
	}
	var eq bool
	var err error
	oo, isObj := other.(*dictObj)
	switch {
	case o.kind == kindCounter && isObj && oo.kind == kindCounter:
		eq, err = counterEqual(th, o.d, od)
	case o.kind == kindOrdered && isObj && oo.kind == kindOrdered:
		eq, err = orderedEqual(th, o.d, od)
	default:
		var r value
		r, err = interp.Compare(th, interp.Eq, o.d, od)
		if err == nil {
			eq, err = truth(th, r)
		}
	}
	if err != nil {
		return nil, err
	}
	return interp.Bool(eq == (op == interp.Eq)), nil
}

func orderedEqual(th *thread, a, b *interp.Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	ka, kb := a.Keys(), b.Keys()
	for i := range ka {
		eq, err := interp.Equal(th, ka[i], kb[i])
		if err != nil || !eq {
			return false, err
		}
		va, _, _ := a.Get(th, ka[i])
		vb, _, _ := b.Get(th, kb[i])
		if eq, err = interp.Equal(th, va, vb); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// counterEqual treats missing elements as zero counts (Python 3.10+).
func counterEqual(th *thread, a, b *interp.Dict) (bool, error) {
	check := func(x, y *interp.Dict) (bool, error) {
		for _, k := range x.Keys() {
			vx, _, _ := x.Get(th, k)
			vy, ok, err := y.Get(th, k)
			if err != nil {
				return false, err
			}
			if !ok {
				vy = interp.Int(0)
			}
			if eq, err := interp.Equal(th, vx, vy); err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	if ok, err := check(a, b); err != nil || !ok {
		return false, err
	}
	return check(b, a)
}

func (o *dictObj) Repr(th *thread) (string, error) {
	// The inner dict's repr guards defaultdict; the others build new
	// values and need their own guard, like CPython's recursive_repr.
	if o.kind != kindDefault {
		if o.inRepr {
			return "...", nil
		}
		o.inRepr = true
		defer func() { o.inRepr = false }()
	}
	name := o.cls.Name
	switch o.kind {
	case kindDefault:
		f := "None"
		if o.factory != interp.None {
			var err error
			if f, err = repr(th, o.factory); err != nil {
				return "", err
			}
		}
		d, err := repr(th, o.d)
		if err != nil {
			return "", err
		}
		return name + "(" + f + ", " + d + ")", nil
	case kindOrdered:
		if o.d.Len() == 0 {
			return name + "()", nil
		}
		var parts []string
		var err error
		o.d.Items(func(k, v value) bool {
			var s string
			s, err = repr(th, interp.Tuple{k, v})
			parts = append(parts, s)
			return err == nil
		})
		if err != nil {
			return "", err
		}
		return name + "([" + strings.Join(parts, ", ") + "])", nil
	}
	if o.d.Len() == 0 {
		return name + "()", nil
	}
	items, err := o.mostCommon(th, -1)
	if err != nil {
		// Unorderable counts: show the dict as is.
		items = nil
		o.d.Items(func(k, v value) bool { items = append(items, interp.Tuple{k, v}); return true })
	}
	d := interp.NewDict()
	for _, it := range items {
		t := it.(interp.Tuple)
		if err := d.Set(th, t[0], t[1]); err != nil {
			return "", err
		}
	}
	s, err := repr(th, d)
	return name + "(" + s + ")", err
}

// mostCommon sorts items by count, descending and stable.
func (o *dictObj) mostCommon(th *thread, n int) ([]value, error) {
	var items []interp.Tuple
	o.d.Items(func(k, v value) bool { items = append(items, interp.Tuple{k, v}); return true })
	var serr error
	sort.SliceStable(items, func(i, j int) bool {
		if serr != nil {
			return false
		}
		lt, err := interp.CompareBool(th, interp.Gt, items[i][1], items[j][1])
		if err != nil {
			serr = err
		}
		return lt
	})
	if serr != nil {
		return nil, serr
	}
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	out := make([]value, len(items))
	for i, t := range items {
		out[i] = t
	}
	return out, nil
}

func (o *dictObj) copyObj() *dictObj {
	c := &dictObj{cls: o.cls, kind: o.kind, d: interp.NewDict(), factory: o.factory}
	o.d.Items(func(k, v value) bool { _ = c.d.Set(nil, k, v); return true })
	return c
}

func (o *dictObj) Attr(th *thread, name string) (value, error) {
	if o.kind == kindDefault && name == "default_factory" {
		return o.factory, nil
	}
	if f, ok := dictObjMethods[name]; ok && f.kinds&(1<<o.kind) != 0 {
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			return f.fn(o, th, args, kw)
		}), nil
	}
	if m, ok := interp.DictType.Dict.GetStr(name); ok && name != "fromkeys" {
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			return th.Call(m, append([]value{o.d}, args...), kw)
		}), nil
	}
	return nil, nil
}

func (o *dictObj) SetAttr(th *thread, name string, v value) error {
	if o.kind == kindDefault && name == "default_factory" {
		o.factory = v
		return nil
	}
	return interp.Errorf(interp.AttributeError, "'%s' object has no attribute '%s'", o.cls.Name, name)
}

func (o *dictObj) AttrNames() []string {
	names := interp.DictType.Dict.StrKeys()
	for n, f := range dictObjMethods {
		if f.kinds&(1<<o.kind) != 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func (o *dictObj) Binary(th *thread, op interp.Op, other value, reflected bool) (value, error) {
	oo, ok := other.(*dictObj)
	if o.kind != kindCounter || !ok || oo.kind != kindCounter {
		return nil, nil
	}
	a, b := o, oo
	if reflected {
		a, b = oo, o
	}
	return counterArith(th, op, a, b)
}

func (o *dictObj) Unary(th *thread, op interp.Op) (value, error) {
	if o.kind != kindCounter {
		return nil, nil
	}
	empty := &dictObj{cls: CounterType, kind: kindCounter, d: interp.NewDict()}
	switch op {
	case interp.Pos:
		return counterArith(th, interp.Add, o, empty)
	case interp.Neg:
		return counterArith(th, interp.Sub, empty, o)
	}
	return nil, nil
}

// counterArith implements Counter's +, -, | and &: results keep only
// positive counts.
func counterArith(th *thread, op interp.Op, a, b *dictObj) (value, error) {
	res := &dictObj{cls: CounterType, kind: kindCounter, d: interp.NewDict()}
	zero := interp.Int(0)
	keep := func(k, v value) error {
		pos, err := interp.CompareBool(th, interp.Gt, v, zero)
		if err != nil || !pos {
			return err
		}
		return res.d.Set(th, k, v)
	}
	var err error
	a.d.Items(func(k, va value) bool {
		vb, ok, e := b.d.Get(th, k)
		if e != nil {
			err = e
			return false
		}
		if !ok {
			vb = zero
		}
		var nv value
		switch op {
		case interp.Add:
			nv, err = interp.Binary(th, interp.Add, va, vb)
		case interp.Sub:
			nv, err = interp.Binary(th, interp.Sub, va, vb)
		case interp.BitOr, interp.BitAnd:
			var lt bool
			lt, err = interp.CompareBool(th, interp.Lt, va, vb)
			if lt == (op == interp.BitOr) {
				nv = vb
			} else {
				nv = va
			}
		default:
			err = errNotImpl
		}
		if err == nil {
			err = keep(k, nv)
		}
		return err == nil
	})
	if err == errNotImpl {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if op == interp.BitAnd {
		return res, nil
	}
	b.d.Items(func(k, vb value) bool {
		if _, ok, _ := a.d.Get(th, k); ok {
			return true
		}
		if op == interp.Sub {
			vb, err = interp.Binary(th, interp.Sub, zero, vb)
			if err != nil {
				return false
			}
		}
		err = keep(k, vb)
		return err == nil
	})
	return res, err
}

var errNotImpl = interp.Errorf(interp.NotImplementedError, "")

type dictObjMethod struct {
	kinds int // bit set of dictKind
	fn    func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error)
}

const (
	bitDefault = 1 << kindDefault
	bitOrdered = 1 << kindOrdered
	bitCounter = 1 << kindCounter
	bitAll     = bitDefault | bitOrdered | bitCounter
)

var dictObjMethods map[string]dictObjMethod

func init() {
	dictObjMethods = map[string]dictObjMethod{
		"copy": {bitAll, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			return o.copyObj(), nil
		}},
		"__missing__": {bitDefault | bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("__missing__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return o.GetItem(th, args[0])
		}},
		"move_to_end": {bitOrdered, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			var key value
			last := true
			if err := interp.UnpackArgs("move_to_end", args, kw, "key", &key, "last?", &last); err != nil {
				return nil, err
			}
			v, ok, err := o.d.Get(th, key)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &interp.Exception{Class: interp.KeyError, Args: interp.Tuple{key}}
			}
			if last {
				_, _ = o.d.Delete(th, key)
				return interp.None, o.d.Set(th, key, v)
			}
			nd := interp.NewDict()
			_ = nd.Set(th, key, v)
			o.d.Items(func(k, x value) bool {
				if eq, _ := interp.Equal(th, k, key); !eq {
					_ = nd.Set(th, k, x)
				}
				return true
			})
			*o.d = *nd
			return interp.None, nil
		}},
		"popitem": {bitOrdered, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			last := true
			if err := interp.UnpackArgs("popitem", args, kw, "last?", &last); err != nil {
				return nil, err
			}
			keys := o.d.Keys()
			if len(keys) == 0 {
				return nil, interp.Errorf(interp.KeyError, "dictionary is empty")
			}
			k := keys[0]
			if last {
				k = keys[len(keys)-1]
			}
			v, _, _ := o.d.Get(th, k)
			_, err := o.d.Delete(th, k)
			return interp.Tuple{k, v}, err
		}},
		"most_common": {bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			var n value = interp.None
			if err := interp.UnpackArgs("most_common", args, kw, "n?", &n); err != nil {
				return nil, err
			}
			limit := -1
			if n != interp.None {
				i, err := interp.AsInt(n)
				if err != nil {
					return nil, err
				}
				limit = max(int(i), 0)
			}
			items, err := o.mostCommon(th, limit)
			if err != nil {
				return nil, err
			}
			return interp.NewList(items), nil
		}},
		"elements": {bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			var out []value
			var err error
			o.d.Items(func(k, v value) bool {
				n, e := interp.AsInt(v)
				if e != nil {
					err = e
					return false
				}
				for i := int64(0); i < n; i++ {
					out = append(out, k)
				}
				return true
			})
			if err != nil {
				return nil, err
			}
			return newIter("chain", sliceNext(out)), nil
		}},
		"total": {bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			var acc value = interp.Int(0)
			var err error
			o.d.Items(func(k, v value) bool {
				acc, err = interp.Binary(th, interp.Add, acc, v)
				return err == nil
			})
			return acc, err
		}},
		"update": {bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			return interp.None, counterUpdate(th, o, args, kw, interp.Add)
		}},
		"subtract": {bitCounter, func(o *dictObj, th *thread, args []value, kw []kwarg) (value, error) {
			return interp.None, counterUpdate(th, o, args, kw, interp.Sub)
		}},
	}
}

// counterUpdate adds (or subtracts) counts from a mapping or iterable.
func counterUpdate(th *thread, o *dictObj, args []value, kw []kwarg, op interp.Op) error {
	if len(args) > 1 {
		return interp.Errorf(interp.TypeError, "expected at most 1 arguments, got %d", len(args))
	}
	add := func(k, n value) error {
		cur, ok, err := o.d.Get(th, k)
		if err != nil {
			return err
		}
		if !ok {
			cur = interp.Int(0)
		}
		nv, err := interp.Binary(th, op, cur, n)
		if err != nil {
			return err
		}
		return o.d.Set(th, k, nv)
	}
	if len(args) == 1 && args[0] != interp.None {
		if d, ok := innerDict(args[0]); ok {
			var err error
			d.Items(func(k, v value) bool { err = add(k, v); return err == nil })
			if err != nil {
				return err
			}
		} else if err := iterate(th, args[0], func(k value) error { return add(k, interp.Int(1)) }); err != nil {
			return err
		}
	}
	for _, k := range kw {
		if err := add(interp.Str(k.Name), k.Value); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	DefaultDictType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		var factory value = interp.None
		if len(args) > 0 {
			factory, args = args[0], args[1:]
			if factory != interp.None && !interp.IsCallable(factory) {
				return nil, interp.Errorf(interp.TypeError, "first argument must be callable or None")
			}
		}
		d, err := interp.DictType.New(th, interp.DictType, args, kw)
		if err != nil {
			return nil, err
		}
		return &dictObj{cls: cls, kind: kindDefault, d: d.(*interp.Dict), factory: factory}, nil
	}
	OrderedDictType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		d, err := interp.DictType.New(th, interp.DictType, args, kw)
		if err != nil {
			return nil, err
		}
		return &dictObj{cls: cls, kind: kindOrdered, d: d.(*interp.Dict)}, nil
	}
	CounterType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		o := &dictObj{cls: cls, kind: kindCounter, d: interp.NewDict()}
		return o, counterUpdate(th, o, args, kw, interp.Add)
	}
	for _, c := range []*interp.Class{DefaultDictType, OrderedDictType, CounterType} {
		cls := c
		cls.Dict.SetStr("fromkeys", method("fromkeys", func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("fromkeys", args, kw, 1, 2); err != nil {
				return nil, err
			}
			if cls == CounterType {
				return nil, interp.Errorf(interp.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
			}
			var v value = interp.None
			if len(args) == 2 {
				v = args[1]
			}
			obj, err := cls.New(th, cls, nil, nil)
			if err != nil {
				return nil, err
			}
			o := obj.(*dictObj)
			return o, iterate(th, args[0], func(k value) error { return o.d.Set(th, k, v) })
		}))
	}
}
