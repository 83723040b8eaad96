package interp

import (
	"sort"
	"strings"
)

// Fallback standard module collections: defaultdict, Counter, OrderedDict,
// namedtuple and deque.

var (
	defaultDictType = NewClass("defaultdict", "collections", DictType)
	counterType     = NewClass("Counter", "collections", DictType)
	orderedDictType = NewClass("OrderedDict", "collections", DictType)
	dequeType       = NewClass("deque", "collections")
)

// dictLike is a dict subclass value: a *Dict plus behaviour on missing keys.
type dictLike struct {
	cls     *Class
	d       *Dict
	factory Value // defaultdict's default_factory, or nil
}

func (x *dictLike) Type() *Class { return x.cls }

// GetItem returns d[key], creating it (defaultdict) or 0 (Counter).
func (x *dictLike) GetItem(th *Thread, key Value) (Value, error) {
	v, ok, err := x.d.Get(th, key)
	if err != nil || ok {
		return v, err
	}
	switch {
	case x.cls == counterType:
		return Int(0), nil
	case x.factory != nil && x.factory != None:
		v, err := th.Call(x.factory, nil, nil)
		if err != nil {
			return nil, err
		}
		return v, x.d.Set(th, key, v)
	}
	return nil, &Exception{Class: KeyError, Args: Tuple{key}}
}

// SetItem is d[key] = v.
func (x *dictLike) SetItem(th *Thread, key, v Value) error { return x.d.Set(th, key, v) }

// DelItem is del d[key].
func (x *dictLike) DelItem(th *Thread, key Value) error { return DelItem(th, x.d, key) }

// Iterate yields keys.
func (x *dictLike) Iterate(th *Thread) (Iterator, error) { return dictKeyIter(x.d), nil }

// Len is the number of keys.
func (x *dictLike) Len(th *Thread) (int, error) { return x.d.Len(), nil }

// Contains tests keys.
func (x *dictLike) Contains(th *Thread, k Value) (bool, error) {
	_, ok, err := x.d.Get(th, k)
	return ok, err
}

// Compare supports == with dicts.
func (x *dictLike) Compare(th *Thread, op Op, other Value) (Value, error) {
	if op != Eq && op != Ne {
		return nil, nil
	}
	od, ok := other.(*Dict)
	if o, isLike := other.(*dictLike); isLike {
		od, ok = o.d, true
	}
	if !ok {
		return nil, nil
	}
	eq, err := dictEqual(th, x.d, od)
	return Bool(eq == (op == Eq)), err
}

// Repr is defaultdict(<class 'list'>, {...}), Counter({...}) or
// OrderedDict([...]).
func (x *dictLike) Repr(th *Thread) (string, error) {
	switch x.cls {
	case defaultDictType:
		f := "None"
		if x.factory != nil && x.factory != None {
			var err error
			if f, err = Repr(th, x.factory); err != nil {
				return "", err
			}
		}
		body, err := Repr(th, x.d)
		return "defaultdict(" + f + ", " + body + ")", err
	case counterType:
		if x.d.Len() == 0 {
			return "Counter()", nil
		}
		items, err := counterMostCommon(th, x.d)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(items))
		for i, it := range items {
			k, _ := Repr(th, it[0])
			v, _ := Repr(th, it[1])
			parts[i] = k + ": " + v
		}
		return "Counter({" + strings.Join(parts, ", ") + "})", nil
	}
	if x.d.Len() == 0 {
		return "OrderedDict()", nil
	}
	var items []Value
	x.d.Items(func(k, v Value) bool { items = append(items, Tuple{k, v}); return true })
	body, err := Repr(th, NewList(items))
	return "OrderedDict(" + body + ")", err
}

// counterMostCommon sorts items by count, descending, stable.
func counterMostCommon(th *Thread, d *Dict) ([]Tuple, error) {
	var items []Tuple
	d.Items(func(k, v Value) bool { items = append(items, Tuple{k, v}); return true })
	var err error
	sort.SliceStable(items, func(i, j int) bool {
		gt, e := CompareBool(th, Gt, items[i][1], items[j][1])
		if e != nil {
			err = e
		}
		return gt
	})
	return items, err
}

// Attr gives the dict methods (bound to the underlying dict) plus the
// subclass extras.
func (x *dictLike) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "default_factory":
		return orNone(x.factory), nil
	case "most_common":
		if x.cls != counterType {
			return nil, nil
		}
		return NewBuiltin("most_common", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			items, err := counterMostCommon(th, x.d)
			if err != nil {
				return nil, err
			}
			if len(args) == 1 && args[0] != None {
				n, err := AsInt(args[0])
				if err != nil {
					return nil, err
				}
				if int(n) < len(items) {
					items = items[:max(n, 0)]
				}
			}
			out := make([]Value, len(items))
			for i, it := range items {
				out[i] = it
			}
			return NewList(out), nil
		}), nil
	case "update":
		if x.cls != counterType {
			break
		}
		return NewBuiltin("update", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, counterAdd(th, x.d, args, kw)
		}), nil
	case "total":
		if x.cls != counterType {
			return nil, nil
		}
		return NewBuiltin("total", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			var acc Value = Int(0)
			var err error
			x.d.Items(func(_, v Value) bool { acc, err = Binary(th, Add, acc, v); return err == nil })
			return acc, err
		}), nil
	}
	if m, ok := DictType.Dict.GetStr(name); ok {
		if md, ok := m.(*methodDesc); ok {
			return md.bind(x.d), nil
		}
	}
	return nil, nil
}

// AttrNames lists the dict methods.
func (x *dictLike) AttrNames() []string { return DictType.Dict.StrKeys() }

// counterAdd counts an iterable or adds a mapping's counts.
func counterAdd(th *Thread, d *Dict, args []Value, kw []Kwarg) error {
	add := func(k, n Value) error {
		cur, ok, err := d.Get(th, k)
		if err != nil {
			return err
		}
		if !ok {
			cur = Int(0)
		}
		v, err := Binary(th, Add, cur, n)
		if err != nil {
			return err
		}
		return d.Set(th, k, v)
	}
	if len(args) == 1 {
		src := args[0]
		if x, ok := src.(*dictLike); ok {
			src = x.d
		}
		if m, ok := src.(*Dict); ok {
			var err error
			m.Items(func(k, v Value) bool { err = add(k, v); return err == nil })
			if err != nil {
				return err
			}
		} else {
			elems, err := ToSlice(th, src)
			if err != nil {
				return err
			}
			for _, e := range elems {
				if err := add(e, Int(1)); err != nil {
					return err
				}
			}
		}
	}
	for _, k := range kw {
		if err := add(Str(k.Name), k.Value); err != nil {
			return err
		}
	}
	return nil
}

// namedTuple is an instance of a class made by namedtuple().
type namedTuple struct {
	cls    *Class
	fields []string
	vals   Tuple
}

func (n *namedTuple) Type() *Class { return n.cls }

// GetItem indexes like a tuple.
func (n *namedTuple) GetItem(th *Thread, key Value) (Value, error) { return GetItem(th, n.vals, key) }

// Iterate yields the values.
func (n *namedTuple) Iterate(th *Thread) (Iterator, error) { return &sliceIter{elems: n.vals}, nil }

// Len is the number of fields.
func (n *namedTuple) Len(th *Thread) (int, error) { return len(n.vals), nil }

// Hash is the tuple's hash.
func (n *namedTuple) Hash(th *Thread) (uint64, error) { return Hash(th, n.vals) }

// Compare compares as tuples.
func (n *namedTuple) Compare(th *Thread, op Op, other Value) (Value, error) {
	switch o := other.(type) {
	case *namedTuple:
		return Compare(th, op, n.vals, o.vals)
	case Tuple:
		return Compare(th, op, n.vals, o)
	}
	return nil, nil
}

// Repr is Point(x=1, y=2).
func (n *namedTuple) Repr(th *Thread) (string, error) {
	parts := make([]string, len(n.vals))
	for i, v := range n.vals {
		s, err := Repr(th, v)
		if err != nil {
			return "", err
		}
		parts[i] = n.fields[i] + "=" + s
	}
	return n.cls.Name + "(" + strings.Join(parts, ", ") + ")", nil
}

// Attr gives fields, _fields, _asdict and _replace.
func (n *namedTuple) Attr(th *Thread, name string) (Value, error) {
	for i, f := range n.fields {
		if f == name {
			return n.vals[i], nil
		}
	}
	switch name {
	case "_asdict":
		return NewBuiltin("_asdict", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			d := NewDict()
			for i, f := range n.fields {
				d.SetStr(f, n.vals[i])
			}
			return d, nil
		}), nil
	case "_replace":
		return NewBuiltin("_replace", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			vals := append(Tuple{}, n.vals...)
		next:
			for _, k := range kw {
				for i, f := range n.fields {
					if f == k.Name {
						vals[i] = k.Value
						continue next
					}
				}
				return nil, Errorf(ValueError, "Got unexpected field names: ['%s']", k.Name)
			}
			return &namedTuple{cls: n.cls, fields: n.fields, vals: vals}, nil
		}), nil
	case "count", "index":
		m, _ := TupleType.Dict.GetStr(name)
		return m.(*methodDesc).bind(n.vals), nil
	}
	return nil, nil
}

// AttrNames lists the fields.
func (n *namedTuple) AttrNames() []string {
	return append([]string{"_asdict", "_fields", "_replace"}, n.fields...)
}

func newNamedTupleClass(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	var name, fieldsV Value
	var defaults Value = None
	if err := UnpackArgs("namedtuple", args, kw, "typename", &name, "field_names", &fieldsV, "defaults?", &defaults, "rename?", new(Value), "module?", new(Value)); err != nil {
		return nil, err
	}
	tn, ok := name.(Str)
	if !ok {
		return nil, Errorf(TypeError, "namedtuple() typename must be str")
	}
	var fields []string
	if s, ok := fieldsV.(Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		elems, err := ToSlice(th, fieldsV)
		if err != nil {
			return nil, err
		}
		for _, e := range elems {
			s, ok := e.(Str)
			if !ok {
				return nil, Errorf(TypeError, "Type names and field names must be strings")
			}
			fields = append(fields, string(s))
		}
	}
	var defs []Value
	if defaults != None {
		d, err := ToSlice(th, defaults)
		if err != nil {
			return nil, err
		}
		defs = d
	}
	cls := NewClass(string(tn), "__main__", TupleType)
	fieldTuple := make(Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = Str(f)
	}
	cls.Dict.SetStr("_fields", fieldTuple)
	cls.New = func(th *Thread, c *Class, args []Value, kw []Kwarg) (Value, error) {
		vals := make(Tuple, len(fields))
		if len(args) > len(fields) {
			return nil, Errorf(TypeError, "%s() takes %d positional arguments but %d were given", c.Name, len(fields)+1, len(args)+1)
		}
		copy(vals, args)
	next:
		for _, k := range kw {
			for i, f := range fields {
				if f == k.Name {
					if vals[i] != nil {
						return nil, Errorf(TypeError, "%s() got multiple values for argument '%s'", c.Name, f)
					}
					vals[i] = k.Value
					continue next
				}
			}
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", c.Name, k.Name)
		}
		var missing []string
		for i := range vals {
			if vals[i] == nil {
				if j := i - (len(fields) - len(defs)); j >= 0 {
					vals[i] = defs[j]
				} else {
					missing = append(missing, fields[i])
				}
			}
		}
		if len(missing) > 0 {
			return nil, Errorf(TypeError, "%s() missing %d required positional argument%s: %s", c.Name, len(missing), plural(len(missing)), quoteList(missing))
		}
		return &namedTuple{cls: c, fields: fields, vals: vals}, nil
	}
	return cls, nil
}

// deque is collections.deque (a slice; appendleft is O(n), fine here).
type deque struct {
	elems  []Value
	maxlen int // -1 for unbounded
}

func (*deque) Type() *Class { return dequeType }

func (q *deque) trim(fromLeft bool) {
	if q.maxlen < 0 {
		return
	}
	for len(q.elems) > q.maxlen {
		if fromLeft {
			q.elems = q.elems[1:]
		} else {
			q.elems = q.elems[:len(q.elems)-1]
		}
	}
}

// GetItem indexes like a list.
func (q *deque) GetItem(th *Thread, key Value) (Value, error) {
	i, err := seqIndex(th, "deque", key, len(q.elems))
	if err != nil {
		return nil, err
	}
	return q.elems[i], nil
}

// Iterate yields the elements.
func (q *deque) Iterate(th *Thread) (Iterator, error) { return &sliceIter{elems: q.elems}, nil }

// Len is the number of elements.
func (q *deque) Len(th *Thread) (int, error) { return len(q.elems), nil }

// Repr is deque([1, 2]).
func (q *deque) Repr(th *Thread) (string, error) {
	s, err := reprSeq(th, nil, q.elems, "[", "]")
	if q.maxlen >= 0 {
		return "deque(" + s + ", maxlen=" + itoa(int64(q.maxlen)) + ")", err
	}
	return "deque(" + s + ")", err
}

// Attr gives the deque methods.
func (q *deque) Attr(th *Thread, name string) (Value, error) {
	m := func(fn func(args []Value) (Value, error)) Value {
		return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) { return fn(args) })
	}
	one := func(args []Value) error { return checkArgs(name, args, 1, 1) }
	switch name {
	case "append":
		return m(func(a []Value) (Value, error) {
			if err := one(a); err != nil {
				return nil, err
			}
			q.elems = append(q.elems, a[0])
			q.trim(true)
			return None, nil
		}), nil
	case "appendleft":
		return m(func(a []Value) (Value, error) {
			if err := one(a); err != nil {
				return nil, err
			}
			q.elems = append([]Value{a[0]}, q.elems...)
			q.trim(false)
			return None, nil
		}), nil
	case "extend":
		return m(func(a []Value) (Value, error) {
			if err := one(a); err != nil {
				return nil, err
			}
			e, err := ToSlice(th, a[0])
			if err != nil {
				return nil, err
			}
			q.elems = append(q.elems, e...)
			q.trim(true)
			return None, nil
		}), nil
	case "pop", "popleft":
		return m(func(a []Value) (Value, error) {
			if len(q.elems) == 0 {
				return nil, Errorf(IndexError, "pop from an empty deque")
			}
			var v Value
			if name == "pop" {
				v = q.elems[len(q.elems)-1]
				q.elems = q.elems[:len(q.elems)-1]
			} else {
				v = q.elems[0]
				q.elems = q.elems[1:]
			}
			return v, nil
		}), nil
	case "rotate":
		return m(func(a []Value) (Value, error) {
			n := int64(1)
			if len(a) == 1 {
				var err error
				if n, err = AsInt(a[0]); err != nil {
					return nil, err
				}
			}
			if l := int64(len(q.elems)); l > 0 {
				n = ((n % l) + l) % l
				q.elems = append(append([]Value{}, q.elems[l-n:]...), q.elems[:l-n]...)
			}
			return None, nil
		}), nil
	case "clear":
		return m(func(a []Value) (Value, error) { q.elems = nil; return None, nil }), nil
	case "maxlen":
		if q.maxlen < 0 {
			return None, nil
		}
		return Int(q.maxlen), nil
	}
	return nil, nil
}

// AttrNames lists the deque methods.
func (q *deque) AttrNames() []string {
	return []string{"append", "appendleft", "clear", "extend", "maxlen", "pop", "popleft", "rotate"}
}

func init() {
	defaultDictType.New = func(th *Thread, c *Class, args []Value, kw []Kwarg) (Value, error) {
		x := &dictLike{cls: c, d: NewDict(), factory: None}
		if len(args) > 0 {
			if args[0] != None && !IsCallable(args[0]) {
				return nil, Errorf(TypeError, "first argument must be callable or None")
			}
			x.factory = args[0]
			args = args[1:]
		}
		return x, dictUpdate(th, x.d, args, kw)
	}
	counterType.New = func(th *Thread, c *Class, args []Value, kw []Kwarg) (Value, error) {
		x := &dictLike{cls: c, d: NewDict()}
		return x, counterAdd(th, x.d, args, kw)
	}
	orderedDictType.New = func(th *Thread, c *Class, args []Value, kw []Kwarg) (Value, error) {
		x := &dictLike{cls: c, d: NewDict()}
		return x, dictUpdate(th, x.d, args, kw)
	}
	dequeType.New = func(th *Thread, c *Class, args []Value, kw []Kwarg) (Value, error) {
		var src, maxlen Value = None, None
		if err := UnpackArgs("deque", args, kw, "iterable?", &src, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		q := &deque{maxlen: -1}
		if maxlen != None {
			n, err := AsInt(maxlen)
			if err != nil {
				return nil, err
			}
			q.maxlen = int(n)
		}
		if src != None {
			e, err := ToSlice(th, src)
			if err != nil {
				return nil, err
			}
			q.elems = append([]Value(nil), e...)
			q.trim(true)
		}
		return q, nil
	}
}

func collectionsModule(th *Thread) (*Module, error) {
	m := NewModule("collections")
	m.Set("defaultdict", defaultDictType)
	m.Set("Counter", counterType)
	m.Set("OrderedDict", orderedDictType)
	m.Set("deque", dequeType)
	m.Set("namedtuple", NewBuiltin("namedtuple", newNamedTupleClass))
	return m, nil
}
