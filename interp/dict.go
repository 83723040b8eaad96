package interp

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"
)

// Dict is an insertion-ordered hash map, the representation of dict and of
// namespaces (module members, class attributes, instance attributes).
type Dict struct {
	entries []dictEntry // insertion order; deleted entries have deleted=true
	index   map[uint64][]int
	live    int
	// ver changes whenever a key is added or removed (not on value
	// updates), so namespace lookups can cache positions.
	ver uint64
}

type dictEntry struct {
	key, value Value
	hash       uint64
	deleted    bool
}

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{index: map[uint64][]int{}} }

func (*Dict) Type() *Class { return DictType }

// Len is the number of entries.
func (d *Dict) Len() int { return d.live }

func (d *Dict) find(th *Thread, k Value, h uint64) (int, error) {
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if e.deleted {
			continue
		}
		eq, err := Equal(th, e.key, k)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// Get looks k up; ok is false when absent. Unhashable keys are a TypeError.
func (d *Dict) Get(th *Thread, k Value) (v Value, ok bool, err error) {
	h, err := Hash(th, k)
	if err != nil {
		return nil, false, err
	}
	i, err := d.find(th, k, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set binds k to v, keeping k's original position if present.
func (d *Dict) Set(th *Thread, k, v Value) error {
	h, err := Hash(th, k)
	if err != nil {
		return err
	}
	i, err := d.find(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	d.index[h] = append(d.index[h], len(d.entries))
	d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
	d.live++
	d.ver++
	return nil
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(th *Thread, k Value) (bool, error) {
	h, err := Hash(th, k)
	if err != nil {
		return false, err
	}
	i, err := d.find(th, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.entries[i].deleted = true
	d.entries[i].key, d.entries[i].value = nil, nil
	d.live--
	d.ver++
	idx := d.index[h]
	for j, x := range idx {
		if x == i {
			d.index[h] = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	if len(d.index[h]) == 0 {
		delete(d.index, h)
	}
	if len(d.entries) > 32 && d.live < len(d.entries)/2 {
		d.compact()
	}
	return true, nil
}

func (d *Dict) compact() {
	d.ver++
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live)
	d.index = make(map[uint64][]int, d.live)
	for _, e := range old {
		if !e.deleted {
			d.index[e.hash] = append(d.index[e.hash], len(d.entries))
			d.entries = append(d.entries, e)
		}
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.ver++
	d.entries = nil
	d.index = map[uint64][]int{}
	d.live = 0
}

// GetStr and SetStr are the fast paths for namespaces keyed by str; they
// never fail because str keys hash without user code.
func (d *Dict) GetStr(name string) (Value, bool) {
	return d.getStrHashed(name, strHash(name))
}

// SetStr binds a str key.
func (d *Dict) SetStr(name string, v Value) { d.setStrHashed(name, strHash(name), v) }

// DeleteStr removes a str key.
func (d *Dict) DeleteStr(name string) bool {
	ok, _ := d.Delete(nil, Str(name))
	return ok
}

// Items calls f for each entry in order until f returns false.
// The dict must not change during the walk.
func (d *Dict) Items(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if !e.deleted && !f(e.key, e.value) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	d.Items(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// StrKeys returns the str keys in order.
func (d *Dict) StrKeys() []string {
	out := make([]string, 0, d.live)
	d.Items(func(k, _ Value) bool {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
		return true
	})
	return out
}

var hashSeed = maphash.MakeSeed()

// Hash is hash(v) for dict and set keys. Numbers that compare equal hash
// equal (1 == 1.0 == True), as in Python.
func Hash(th *Thread, v Value) (uint64, error) {
	switch x := v.(type) {
	case Str:
		return maphash.String(hashSeed, string(x)), nil
	case Int:
		return uint64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Float:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
			return uint64(int64(f)), nil
		}
		return math.Float64bits(f), nil
	case *BigInt:
		return maphash.String(hashSeed, x.V.String()), nil
	case NoneType:
		return 0x9e3779b9, nil
	case Tuple:
		var h uint64 = 0x345678
		for _, e := range x {
			eh, err := Hash(th, e)
			if err != nil {
				return 0, err
			}
			h = (h ^ eh) * 1000003
		}
		return h, nil
	case HasHash:
		return x.Hash(th)
	case *List, *Dict:
		return 0, Errorf(TypeError, "unhashable type: '%s'", v.Type().Name)
	}
	if hook := userHash; hook != nil {
		if h, ok, err := hook(th, v); ok || err != nil {
			return h, err
		}
	}
	return identityHash(v), nil
}

// identityHash hashes objects compared by identity (functions, classes,
// instances without __hash__).
func identityHash(v Value) uint64 {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return uint64(rv.Pointer())
	}
	return maphash.String(hashSeed, rv.Type().String())
}

// Equal is v == w as a Go bool, for dict keys, list.index, "in" and the like.
func Equal(th *Thread, v, w Value) (bool, error) {
	switch x := v.(type) {
	case Str:
		y, ok := w.(Str)
		return ok && x == y, nil
	case Int, Bool, Float, *BigInt:
		if a, ok := numericRat(x); ok {
			if b, ok := numericRat(w); ok {
				return a == b || ratEqual(x, w), nil
			}
		}
	case NoneType:
		_, ok := w.(NoneType)
		return ok, nil
	case Tuple:
		y, ok := w.(Tuple)
		if !ok || len(x) != len(y) {
			break
		}
		for i := range x {
			eq, err := Equal(th, x[i], y[i])
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	if hook := userEqual; hook != nil {
		if eq, ok, err := hook(th, v, w); ok || err != nil {
			return eq, err
		}
	}
	return identical(v, w), nil
}

// numericRat returns a float64 view of a number, used for fast equality.
func numericRat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case Float:
		return float64(x), true
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.V).Float64()
		return f, true
	}
	return 0, false
}

// ratEqual compares numbers exactly when float64 views may have rounded.
func ratEqual(v, w Value) bool {
	toRat := func(x Value) *big.Rat {
		switch y := x.(type) {
		case Int:
			return new(big.Rat).SetInt64(int64(y))
		case Bool:
			if y {
				return big.NewRat(1, 1)
			}
			return new(big.Rat)
		case Float:
			f := float64(y)
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return nil
			}
			return new(big.Rat).SetFloat64(f)
		case *BigInt:
			return new(big.Rat).SetInt(y.V)
		}
		return nil
	}
	a, b := toRat(v), toRat(w)
	return a != nil && b != nil && a.Cmp(b) == 0
}

// identical is Python's "is" for values without value semantics.
func identical(v, w Value) bool {
	rv, rw := reflect.ValueOf(v), reflect.ValueOf(w)
	if rv.Type() != rw.Type() {
		return false
	}
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return rv.Pointer() == rw.Pointer()
	}
	return rv.Type().Comparable() && v == w
}

// userHash and userEqual let the evaluator route hashing and equality of
// user-class instances through __hash__ and __eq__. They are set once at
// package initialisation by the evaluator, never afterwards.
var (
	userHash  func(th *Thread, v Value) (uint64, bool, error)
	userEqual func(th *Thread, v, w Value) (bool, bool, error)
)
