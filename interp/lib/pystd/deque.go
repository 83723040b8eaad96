package pystd

import (
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// DequeType is the class of collections.deque.
var DequeType = interp.NewClass("deque", "collections")

// deque is collections.deque, a slice with an optional maximum length
// (appending to a full deque drops from the other end).
type deque struct {
	cls    *interp.Class
	elems  []value
	maxlen int // -1: unbounded
	// inRepr marks a repr in progress, so that a deque containing itself
	// prints [...] instead of recursing forever.
	inRepr bool
}

func (d *deque) Type() *interp.Class { return d.cls }

func (d *deque) Len(th *thread) (int, error) { return len(d.elems), nil }

func (d *deque) Truth(th *thread) (bool, error) { return len(d.elems) > 0, nil }

func (d *deque) Iterate(th *thread) (interp.Iterator, error) {
	i, n := 0, len(d.elems)
	return funcIter(func(th *thread) (value, bool, error) {
		if len(d.elems) != n {
			return nil, false, interp.Errorf(interp.RuntimeError, "deque mutated during iteration")
		}
		if i >= n {
			return nil, false, nil
		}
		i++
		return d.elems[i-1], true, nil
	}), nil
}

func (d *deque) Contains(th *thread, item value) (bool, error) {
	for _, e := range d.elems {
		if eq, err := interp.Equal(th, e, item); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (d *deque) index(th *thread, key value) (int, error) {
	if _, ok := key.(*interp.Slice); ok {
		return 0, interp.Errorf(interp.TypeError, "sequence index must be integer, not 'slice'")
	}
	i, err := interp.AsInt(key)
	if err != nil {
		return 0, interp.Errorf(interp.TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	if i < 0 {
		i += int64(len(d.elems))
	}
	if i < 0 || i >= int64(len(d.elems)) {
		return 0, interp.Errorf(interp.IndexError, "deque index out of range")
	}
	return int(i), nil
}

func (d *deque) GetItem(th *thread, key value) (value, error) {
	i, err := d.index(th, key)
	if err != nil {
		return nil, err
	}
	return d.elems[i], nil
}

func (d *deque) SetItem(th *thread, key, v value) error {
	i, err := d.index(th, key)
	if err != nil {
		return err
	}
	d.elems[i] = v
	return nil
}

func (d *deque) DelItem(th *thread, key value) error {
	i, err := d.index(th, key)
	if err != nil {
		return err
	}
	d.elems = append(d.elems[:i], d.elems[i+1:]...)
	return nil
}

func (d *deque) Repr(th *thread) (string, error) {
	if d.inRepr {
		return "[...]", nil
	}
	d.inRepr = true
	defer func() { d.inRepr = false }()
	parts := make([]string, len(d.elems))
	for i, e := range d.elems {
		s, err := repr(th, e)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	s := d.cls.Name + "([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += ", maxlen=" + itoa(d.maxlen)
	}
	return s + ")", nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func (d *deque) Compare(th *thread, op interp.Op, other value) (value, error) {
	o, ok := other.(*deque)
	if !ok {
		return nil, nil
	}
	return interp.Compare(th, op, interp.NewList(d.elems), interp.NewList(o.elems))
}

func (d *deque) Binary(th *thread, op interp.Op, other value, reflected bool) (value, error) {
	switch op {
	case interp.Add:
		o, ok := other.(*deque)
		if !ok || reflected {
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "can only concatenate deque (not \"%s\") to deque", other.Type().Name)
			}
			return nil, nil
		}
		nd := &deque{cls: d.cls, maxlen: d.maxlen, elems: append([]value(nil), d.elems...)}
		for _, e := range o.elems {
			nd.push(e, false)
		}
		return nd, nil
	case interp.Mul:
		n, err := interp.AsInt(other)
		if err != nil {
			return nil, nil
		}
		nd := &deque{cls: d.cls, maxlen: d.maxlen}
		for i := int64(0); i < n; i++ {
			for _, e := range d.elems {
				nd.push(e, false)
			}
		}
		return nd, nil
	}
	return nil, nil
}

func (d *deque) Inplace(th *thread, op interp.Op, other value) (value, error) {
	if op != interp.Add {
		return nil, nil
	}
	xs, err := interp.ToSlice(th, other)
	if err != nil {
		return nil, err
	}
	for _, e := range append([]value(nil), xs...) {
		d.push(e, false)
	}
	return d, nil
}

// push appends on the right (or left), dropping from the other end when
// the deque is full.
func (d *deque) push(v value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if left {
		d.elems = append([]value{v}, d.elems...)
		if d.maxlen > 0 && len(d.elems) > d.maxlen {
			d.elems = d.elems[:d.maxlen]
		}
		return
	}
	d.elems = append(d.elems, v)
	if d.maxlen > 0 && len(d.elems) > d.maxlen {
		d.elems = d.elems[len(d.elems)-d.maxlen:]
	}
}

func (d *deque) Attr(th *thread, name string) (value, error) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return interp.None, nil
		}
		return interp.Int(d.maxlen), nil
	}
	return bindMethod(dequeMethods, d, name)
}

func (d *deque) AttrNames() []string {
	return methodNames(dequeMethods, "maxlen")
}

type dequeMethod func(d *deque, th *thread, args []value, kw []kwarg) (value, error)

var dequeMethods map[string]dequeMethod

func init() {
	one := func(name string, f func(d *deque, th *thread, v value) (value, error)) dequeMethod {
		return func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 1, 1); err != nil {
				return nil, interp.Errorf(interp.TypeError, "deque.%s() takes exactly one argument (%d given)", name, len(args))
			}
			return f(d, th, args[0])
		}
	}
	pop := func(left bool) dequeMethod {
		return func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			if len(d.elems) == 0 {
				return nil, interp.Errorf(interp.IndexError, "pop from an empty deque")
			}
			if left {
				v := d.elems[0]
				d.elems = d.elems[1:]
				return v, nil
			}
			v := d.elems[len(d.elems)-1]
			d.elems = d.elems[:len(d.elems)-1]
			return v, nil
		}
	}
	extend := func(left bool) func(d *deque, th *thread, v value) (value, error) {
		return func(d *deque, th *thread, v value) (value, error) {
			xs, err := interp.ToSlice(th, v)
			if err != nil {
				return nil, err
			}
			for _, e := range append([]value(nil), xs...) {
				d.push(e, left)
			}
			return interp.None, nil
		}
	}
	dequeMethods = map[string]dequeMethod{
		"append":     one("append", func(d *deque, th *thread, v value) (value, error) { d.push(v, false); return interp.None, nil }),
		"appendleft": one("appendleft", func(d *deque, th *thread, v value) (value, error) { d.push(v, true); return interp.None, nil }),
		"pop":        pop(false),
		"popleft":    pop(true),
		"extend":     one("extend", extend(false)),
		"extendleft": one("extendleft", extend(true)),
		"clear": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			d.elems = nil
			return interp.None, nil
		},
		"copy": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			return &deque{cls: d.cls, maxlen: d.maxlen, elems: append([]value(nil), d.elems...)}, nil
		},
		"reverse": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			for i, j := 0, len(d.elems)-1; i < j; i, j = i+1, j-1 {
				d.elems[i], d.elems[j] = d.elems[j], d.elems[i]
			}
			return interp.None, nil
		},
		"rotate": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			n := 1
			if err := interp.UnpackArgs("rotate", args, kw, "n?", &n); err != nil {
				return nil, err
			}
			if l := len(d.elems); l > 1 {
				n = ((n % l) + l) % l
				d.elems = append(d.elems[l-n:], d.elems[:l-n]...)
			}
			return interp.None, nil
		},
		"count": one("count", func(d *deque, th *thread, v value) (value, error) {
			c := 0
			for _, e := range d.elems {
				eq, err := interp.Equal(th, e, v)
				if err != nil {
					return nil, err
				}
				if eq {
					c++
				}
			}
			return interp.Int(c), nil
		}),
		"index": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			if len(args) < 1 {
				return nil, interp.Errorf(interp.TypeError, "index expected at least 1 argument, got 0")
			}
			for i, e := range d.elems {
				eq, err := interp.Equal(th, e, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return interp.Int(i), nil
				}
			}
			s, _ := repr(th, args[0])
			return nil, interp.Errorf(interp.ValueError, "%s is not in deque", s)
		},
		"remove": one("remove", func(d *deque, th *thread, v value) (value, error) {
			for i, e := range d.elems {
				eq, err := interp.Equal(th, e, v)
				if err != nil {
					return nil, err
				}
				if eq {
					d.elems = append(d.elems[:i], d.elems[i+1:]...)
					return interp.None, nil
				}
			}
			return nil, interp.Errorf(interp.ValueError, "deque.remove(x): x not in deque")
		}),
		"insert": func(d *deque, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("insert", args, kw, 2, 2); err != nil {
				return nil, err
			}
			if d.maxlen >= 0 && len(d.elems) >= d.maxlen {
				return nil, interp.Errorf(interp.IndexError, "deque already at its maximum size")
			}
			i64, err := interp.AsInt(args[0])
			if err != nil {
				return nil, err
			}
			i, n := int(i64), len(d.elems)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			d.elems = append(d.elems[:i], append([]value{args[1]}, d.elems[i:]...)...)
			return interp.None, nil
		},
	}
	DequeType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		var iterable, maxlen value = interp.None, interp.None
		if err := interp.UnpackArgs("deque", args, kw, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		d := &deque{cls: cls, maxlen: -1}
		if maxlen != interp.None {
			n, err := interp.AsInt(maxlen)
			if err != nil {
				return nil, interp.Errorf(interp.TypeError, "an integer is required")
			}
			if n < 0 {
				return nil, interp.Errorf(interp.ValueError, "maxlen must be non-negative")
			}
			d.maxlen = int(n)
		}
		if iterable != interp.None {
			if _, err := extend(false)(d, th, iterable); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
}
