package pystd

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// jsonEncoder holds json.dumps options.
type jsonEncoder struct {
	indent      *string // nil: single line
	itemSep     string
	keySep      string
	sortKeys    bool
	ensureASCII bool
	allowNaN    bool
	skipKeys    bool
	defaultFn   value
	active      map[any]bool // containers being encoded (cycle check)
}

func newJSONEncoder(th *thread, kw []kwarg) (*jsonEncoder, error) {
	if err := checkKw("dumps", kw, "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
		"indent", "separators", "default", "sort_keys"); err != nil {
		return nil, err
	}
	e := &jsonEncoder{itemSep: ", ", keySep: ": ", ensureASCII: true, allowNaN: true, active: map[any]bool{}}
	var err error
	flag := func(name string, dflt bool) bool {
		t, ferr := truth(th, kwGet(kw, name, interp.Bool(dflt)))
		if ferr != nil {
			err = ferr
		}
		return t
	}
	e.sortKeys = flag("sort_keys", false)
	e.ensureASCII = flag("ensure_ascii", true)
	e.allowNaN = flag("allow_nan", true)
	e.skipKeys = flag("skipkeys", false)
	if err != nil {
		return nil, err
	}
	if ind := kwGet(kw, "indent", interp.None); ind != interp.None {
		var s string
		switch x := ind.(type) {
		case interp.Str:
			s = string(x)
		default:
			n, err := interp.AsInt(ind)
			if err != nil {
				return nil, err
			}
			s = strings.Repeat(" ", int(max(n, 0)))
		}
		e.indent = &s
		e.itemSep = ","
	}
	if seps := kwGet(kw, "separators", interp.None); seps != interp.None {
		parts, err := interp.ToSlice(th, seps)
		if err != nil {
			return nil, err
		}
		if len(parts) != 2 {
			return nil, interp.Errorf(interp.ValueError, "too many values to unpack (expected 2)")
		}
		a, ok1 := parts[0].(interp.Str)
		b, ok2 := parts[1].(interp.Str)
		if !ok1 || !ok2 {
			return nil, interp.Errorf(interp.TypeError, "make_encoder() argument 6 must be str")
		}
		e.itemSep, e.keySep = string(a), string(b)
	}
	e.defaultFn = kwGet(kw, "default", interp.None)
	return e, nil
}

// jsonQuote encodes a string as a JSON string literal.
func jsonQuote(s string, ensureASCII bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (ensureASCII && r > 0x7e):
				if r > 0xffff {
					r -= 0x10000
					b.WriteString(`\u` + hex4(0xd800+(r>>10)) + `\u` + hex4(0xdc00+(r&0x3ff)))
				} else {
					b.WriteString(`\u` + hex4(r))
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func hex4(r rune) string {
	s := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 4-len(s)) + s
}

func (e *jsonEncoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return "", interp.Errorf(interp.ValueError, "Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN", nil
		}
		if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return interp.FormatFloatRepr(f), nil
}

func (e *jsonEncoder) newline(b *strings.Builder, depth int) {
	if e.indent == nil {
		return
	}
	b.WriteByte('\n')
	for i := 0; i < depth; i++ {
		b.WriteString(*e.indent)
	}
}

func (e *jsonEncoder) encode(th *thread, b *strings.Builder, v value, depth int) error {
	if err := th.CheckInterrupt(); err != nil {
		return err
	}
	switch x := v.(type) {
	case interp.NoneType:
		b.WriteString("null")
		return nil
	case interp.Bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
		return nil
	case interp.Int:
		b.WriteString(strconv.FormatInt(int64(x), 10))
		return nil
	case *interp.BigInt:
		b.WriteString(x.V.String())
		return nil
	case interp.Float:
		s, err := e.float(float64(x))
		b.WriteString(s)
		return err
	case interp.Str:
		b.WriteString(jsonQuote(string(x), e.ensureASCII))
		return nil
	case *interp.List:
		return e.encodeSeq(th, b, x, x.Elems, depth)
	case interp.Tuple:
		return e.encodeSeq(th, b, nil, x, depth)
	case *ntValue:
		return e.encodeSeq(th, b, nil, x.items, depth)
	case *interp.Dict:
		return e.encodeDict(th, b, x, x, depth)
	case *dictObj:
		return e.encodeDict(th, b, x, x.d, depth)
	}
	if f, ok := v.(interp.HasFloat); ok && v.Type().IsSubclass(interp.FloatType) {
		fv, err := f.Float(th)
		if err != nil {
			return err
		}
		s, err := e.float(fv)
		b.WriteString(s)
		return err
	}
	if e.defaultFn == interp.None {
		return interp.Errorf(interp.TypeError, "Object of type %s is not JSON serializable", v.Type().Name)
	}
	if hashable(v) {
		if e.active[v] {
			return interp.Errorf(interp.ValueError, "Circular reference detected")
		}
		e.active[v] = true
		defer delete(e.active, v)
	}
	r, err := th.Call(e.defaultFn, []value{v}, nil)
	if err != nil {
		return err
	}
	return e.encode(th, b, r, depth)
}

// hashable reports whether v can key a Go map (pointer-like values).
func hashable(v value) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	m := map[any]bool{}
	m[v] = true
	return true
}

func (e *jsonEncoder) enter(id any) error {
	if id == nil {
		return nil
	}
	if e.active[id] {
		return interp.Errorf(interp.ValueError, "Circular reference detected")
	}
	e.active[id] = true
	return nil
}

func (e *jsonEncoder) encodeSeq(th *thread, b *strings.Builder, id *interp.List, elems []value, depth int) error {
	if len(elems) == 0 {
		b.WriteString("[]")
		return nil
	}
	if id != nil {
		if err := e.enter(id); err != nil {
			return err
		}
		defer delete(e.active, id)
	}
	b.WriteByte('[')
	for i, el := range elems {
		if i > 0 {
			b.WriteString(e.itemSep)
		}
		e.newline(b, depth+1)
		if err := e.encode(th, b, el, depth+1); err != nil {
			return err
		}
	}
	e.newline(b, depth)
	b.WriteByte(']')
	return nil
}

// jsonKey converts a dict key as json does; ok is false to skip it.
func (e *jsonEncoder) jsonKey(k value) (string, bool, error) {
	switch x := k.(type) {
	case interp.Str:
		return string(x), true, nil
	case interp.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case interp.NoneType:
		return "null", true, nil
	case interp.Int:
		return strconv.FormatInt(int64(x), 10), true, nil
	case *interp.BigInt:
		return x.V.String(), true, nil
	case interp.Float:
		s, err := e.float(float64(x))
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, interp.Errorf(interp.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *jsonEncoder) encodeDict(th *thread, b *strings.Builder, id value, d *interp.Dict, depth int) error {
	if d.Len() == 0 {
		b.WriteString("{}")
		return nil
	}
	if err := e.enter(id); err != nil {
		return err
	}
	defer delete(e.active, id)
	type kv struct {
		k   string
		raw value
		v   value
	}
	var items []kv
	var err error
	d.Items(func(k, v value) bool {
		var s string
		var ok bool
		s, ok, err = e.jsonKey(k)
		if ok {
			items = append(items, kv{s, k, v})
		}
		return err == nil
	})
	if err != nil {
		return err
	}
	if e.sortKeys {
		var serr error
		sort.SliceStable(items, func(i, j int) bool {
			lt, err := interp.CompareBool(th, interp.Lt, items[i].raw, items[j].raw)
			if err != nil && serr == nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
	}
	b.WriteByte('{')
	for i, it := range items {
		if i > 0 {
			b.WriteString(e.itemSep)
		}
		e.newline(b, depth+1)
		b.WriteString(jsonQuote(it.k, e.ensureASCII))
		b.WriteString(e.keySep)
		if err := e.encode(th, b, it.v, depth+1); err != nil {
			return err
		}
	}
	e.newline(b, depth)
	b.WriteByte('}')
	return nil
}

func jsonDumps(th *thread, args []value, kw []kwarg) (value, error) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "dumps() takes 1 positional argument but %d were given", len(args))
	}
	e, err := newJSONEncoder(th, kw)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := e.encode(th, &b, args[0], 0); err != nil {
		return nil, err
	}
	return interp.Str(b.String()), nil
}
