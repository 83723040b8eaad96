package interp

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"
)

// Dict is an insertion-ordered hash map, the representation of dict and of
// namespaces (module members, class attributes, instance attributes).
// Entries are kept in insertion order; table is an open-addressing index
// into them (linear probing), which allocates nothing per key.
type Dict struct {
	entries []dictEntry // insertion order; deleted entries have a nil key
	table   []int32     // slotEmpty, slotDeleted or an index into entries
	live    int
	used    int // table slots not empty (live + tombstones)
	// ver changes whenever a key is added or removed (not on value
	// updates), so namespace lookups can cache positions.
	ver uint64
}

const (
	slotEmpty   = -1
	slotDeleted = -2
)

// dictEntry is one slot of the insertion-ordered entries; a deleted
// entry has a nil key (live keys are never nil), which keeps entries at
// five words.
type dictEntry struct {
	key, value Value
	hash       uint64
}

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// newDictSized makes an empty dict with room for n entries.
func newDictSized(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		d.rebuild(n)
	}
	return d
}

func (*Dict) Type() *Class { return DictType }

// Len is the number of entries.
func (d *Dict) Len() int { return d.live }

// slot finds k's table slot: (slot, entry index) with entry -1 when absent;
// free is the first reusable slot seen on the probe path.
func (d *Dict) slot(th *Thread, k Value, h uint64) (slot, entry, free int, err error) {
	free = -1
	n := len(d.table)
	if n == 0 {
		return -1, -1, -1, nil
	}
	mask := n - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := d.table[i]
		switch s {
		case slotEmpty:
			if free < 0 {
				free = i
			}
			return i, -1, free, nil
		case slotDeleted:
			if free < 0 {
				free = i
			}
			continue
		}
		e := &d.entries[s]
		if e.hash != h {
			continue
		}
		if ks, ok := k.(Str); ok {
			if es, ok := e.key.(Str); ok {
				if ks == es {
					return i, int(s), free, nil
				}
				continue
			}
		}
		eq, err := Equal(th, e.key, k)
		if err != nil {
			return -1, -1, -1, err
		}
		if eq {
			return i, int(s), free, nil
		}
	}
}

func (d *Dict) find(th *Thread, k Value, h uint64) (int, error) {
	_, e, _, err := d.slot(th, k, h)
	return e, err
}

// findStr is find for a str key with a known hash; it never fails.
func (d *Dict) findStr(name string, h uint64) int {
	n := len(d.table)
	if n == 0 {
		return -1
	}
	mask := n - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := d.table[i]
		if s == slotEmpty {
			return -1
		}
		if s == slotDeleted {
			continue
		}
		e := &d.entries[s]
		if e.hash == h {
			if k, ok := e.key.(Str); ok && string(k) == name {
				return int(s)
			}
		}
	}
}

// rebuild compacts entries and re-indexes them in a table sized for n
// live entries.
func (d *Dict) rebuild(n int) {
	size := 8
	for size*3 < (n+1)*4 {
		size *= 2
	}
	if d.live < len(d.entries) {
		kept := make([]dictEntry, 0, d.live+1)
		for _, e := range d.entries {
			if e.key != nil {
				kept = append(kept, e)
			}
		}
		d.entries = kept
	}
	d.table = make([]int32, size)
	for i := range d.table {
		d.table[i] = slotEmpty
	}
	mask := size - 1
	for idx, e := range d.entries {
		i := int(e.hash) & mask
		for d.table[i] != slotEmpty {
			i = (i + 1) & mask
		}
		d.table[i] = int32(idx)
	}
	d.used = len(d.entries)
	d.ver++
}

// insert appends a new entry for a key known to be absent.
func (d *Dict) insert(k, v Value, h uint64, free int) {
	if n := len(d.entries); n == cap(d.entries) && n >= 256 {
		// Double rather than let append grow by 1.25x.
		grown := make([]dictEntry, n, 2*n)
		copy(grown, d.entries)
		d.entries = grown
	}
	if free < 0 || (d.used+1)*4 > len(d.table)*3 {
		d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
		d.live++
		d.rebuild(d.live)
		return
	}
	if d.table[free] == slotEmpty {
		d.used++
	}
	d.table[free] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
	d.live++
	d.ver++
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
	_, i, free, err := d.slot(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	d.insert(k, v, h, free)
	return nil
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(th *Thread, k Value) (bool, error) {
	h, err := Hash(th, k)
	if err != nil {
		return false, err
	}
	s, i, _, err := d.slot(th, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(s, i)
	return true, nil
}

func (d *Dict) removeAt(s, i int) {
	d.table[s] = slotDeleted
	d.entries[i].key, d.entries[i].value = nil, nil
	d.live--
	d.ver++
	if len(d.entries) > 32 && d.live < len(d.entries)/2 {
		d.rebuild(d.live)
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.ver++
	d.entries = nil
	d.table = nil
	d.live = 0
	d.used = 0
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
		if e.key != nil && !f(e.key, e.value) {
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
	a, b := toRatOf(v), toRatOf(w)
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
