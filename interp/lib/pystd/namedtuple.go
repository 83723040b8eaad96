package pystd

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/gobrian/gobrian/interp"
)

// ntInfo describes one namedtuple class.
type ntInfo struct {
	name     string
	fields   []string
	defaults interp.Tuple // for the rightmost fields
}

// ntValue is an instance of a namedtuple class (or a user subclass).
type ntValue struct {
	cls   *interp.Class
	info  *ntInfo
	items interp.Tuple
}

func (v *ntValue) Type() *interp.Class { return v.cls }

func (v *ntValue) Len(th *thread) (int, error) { return len(v.items), nil }

func (v *ntValue) GetItem(th *thread, key value) (value, error) {
	return interp.GetItem(th, v.items, key)
}

func (v *ntValue) Iterate(th *thread) (interp.Iterator, error) { return interp.Iterate(th, v.items) }

func (v *ntValue) Contains(th *thread, item value) (bool, error) {
	return interp.Contains(th, v.items, item)
}

func (v *ntValue) Hash(th *thread) (uint64, error) { return interp.Hash(th, v.items) }

// asTuple unwraps namedtuples so that they compare and combine as tuples.
func asTuple(v value) (interp.Tuple, bool) {
	switch x := v.(type) {
	case interp.Tuple:
		return x, true
	case *ntValue:
		return x.items, true
	}
	return nil, false
}

func (v *ntValue) Compare(th *thread, op interp.Op, other value) (value, error) {
	o, ok := asTuple(other)
	if !ok {
		return nil, nil
	}
	return interp.Compare(th, op, v.items, o)
}

func (v *ntValue) Binary(th *thread, op interp.Op, other value, reflected bool) (value, error) {
	if o, ok := asTuple(other); ok {
		if reflected {
			return interp.Binary(th, op, o, v.items)
		}
		return interp.Binary(th, op, v.items, o)
	}
	if reflected {
		return interp.Binary(th, op, other, v.items)
	}
	return interp.Binary(th, op, v.items, other)
}

func (v *ntValue) Repr(th *thread) (string, error) {
	var b strings.Builder
	b.WriteString(v.cls.Name)
	b.WriteByte('(')
	for i, f := range v.info.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := repr(th, v.items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(f + "=" + s)
	}
	b.WriteByte(')')
	return b.String(), nil
}

func (v *ntValue) Attr(th *thread, name string) (value, error) {
	for i, f := range v.info.fields {
		if f == name {
			return v.items[i], nil
		}
	}
	switch name {
	case "_asdict":
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			d := interp.NewDict()
			for i, f := range v.info.fields {
				d.SetStr(f, v.items[i])
			}
			return d, nil
		}), nil
	case "_replace":
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if len(args) > 0 {
				return nil, interp.Errorf(interp.TypeError, "%s._replace() takes 1 positional argument but %d were given", v.info.name, len(args)+1)
			}
			items := append(interp.Tuple(nil), v.items...)
			var bad []string
			for _, k := range kw {
				found := false
				for i, f := range v.info.fields {
					if f == k.Name {
						items[i], found = k.Value, true
					}
				}
				if !found {
					bad = append(bad, "'"+k.Name+"'")
				}
			}
			if len(bad) > 0 {
				return nil, interp.Errorf(interp.ValueError, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
			}
			return &ntValue{cls: v.cls, info: v.info, items: items}, nil
		}), nil
	case "count", "index":
		m, _ := interp.TupleType.Dict.GetStr(name)
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			return th.Call(m, append([]value{v.items}, args...), kw)
		}), nil
	}
	return nil, nil
}

func (v *ntValue) AttrNames() []string {
	return append(append([]string(nil), v.info.fields...), "_asdict", "_fields", "_replace", "count", "index")
}

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// makeNamedTuple validates names as collections.namedtuple does and builds
// the class.
func makeNamedTuple(typename, module string, fields []string, defaults interp.Tuple) (*interp.Class, error) {
	return buildNamedTuple(typename, module, fields, defaults, false)
}

// buildNamedTuple is makeNamedTuple; renamed fields ("_1") may start with
// an underscore.
func buildNamedTuple(typename, module string, fields []string, defaults interp.Tuple, renamed bool) (*interp.Class, error) {
	for i, n := range append([]string{typename}, fields...) {
		if renamed && i > 0 {
			continue
		}
		if !isIdentifier(n) {
			return nil, interp.Errorf(interp.ValueError, "Type names and field names must be valid identifiers: %s", interp.ReprStr(n))
		}
		if pyKeywords[n] {
			return nil, interp.Errorf(interp.ValueError, "Type names and field names cannot be a keyword: %s", interp.ReprStr(n))
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !renamed {
			return nil, interp.Errorf(interp.ValueError, "Field names cannot start with an underscore: %s", interp.ReprStr(f))
		}
		if seen[f] {
			return nil, interp.Errorf(interp.ValueError, "Encountered duplicate field name: %s", interp.ReprStr(f))
		}
		seen[f] = true
	}
	if len(defaults) > len(fields) {
		return nil, interp.Errorf(interp.TypeError, "Got more default values than field names")
	}
	info := &ntInfo{name: typename, fields: fields, defaults: defaults}
	cls := interp.NewClass(typename, module, interp.TupleType)
	fieldTuple := make(interp.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = interp.Str(f)
	}
	cls.Dict.SetStr("_fields", fieldTuple)
	fd := interp.NewDict()
	for i, d := range defaults {
		fd.SetStr(fields[len(fields)-len(defaults)+i], d)
	}
	cls.Dict.SetStr("_field_defaults", fd)
	cls.Doc = fmt.Sprintf("%s(%s)", typename, strings.Join(fields, ", "))
	cls.Dict.SetStr("__doc__", interp.Str(cls.Doc))
	cls.New = func(th *thread, c *interp.Class, args []value, kw []kwarg) (value, error) {
		items, err := ntBind(info, args, kw)
		if err != nil {
			return nil, err
		}
		return &ntValue{cls: c, info: info, items: items}, nil
	}
	cls.Dict.SetStr("_make", method("_make", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("_make", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := interp.ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != len(fields) {
			return nil, interp.Errorf(interp.TypeError, "Expected %d arguments, got %d", len(fields), len(items))
		}
		return &ntValue{cls: cls, info: info, items: append(interp.Tuple(nil), items...)}, nil
	}))
	return cls, nil
}

// ntBind binds constructor arguments to fields with __new__'s messages.
func ntBind(info *ntInfo, args []value, kw []kwarg) (interp.Tuple, error) {
	n := len(info.fields)
	fn := info.name + ".__new__()"
	if len(args) > n {
		return nil, interp.Errorf(interp.TypeError, "%s takes %d positional arguments but %d were given", fn, n+1, len(args)+1)
	}
	items := make(interp.Tuple, n)
	copy(items, args)
	for _, k := range kw {
		i := -1
		for j, f := range info.fields {
			if f == k.Name {
				i = j
			}
		}
		if i < 0 {
			return nil, interp.Errorf(interp.TypeError, "%s got an unexpected keyword argument '%s'", fn, k.Name)
		}
		if items[i] != nil {
			return nil, interp.Errorf(interp.TypeError, "%s got multiple values for argument '%s'", fn, k.Name)
		}
		items[i] = k.Value
	}
	firstDefault := n - len(info.defaults)
	var missing []string
	for i := range items {
		if items[i] == nil {
			if i >= firstDefault {
				items[i] = info.defaults[i-firstDefault]
				continue
			}
			missing = append(missing, "'"+info.fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		if len(missing) > 1 {
			list = strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
		}
		return nil, interp.Errorf(interp.TypeError, "%s missing %d required positional argument%s: %s", fn, len(missing), plural(len(missing)), list)
	}
	return items, nil
}

// namedtupleFn is collections.namedtuple.
func namedtupleFn(th *thread, args []value, kw []kwarg) (value, error) {
	var typename string
	var fieldNames value
	var rename bool
	var defaults, module value = interp.None, interp.None
	if err := interp.UnpackArgs("namedtuple", args, kw, "typename", &typename, "field_names", &fieldNames,
		"rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := fieldNames.(interp.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := interp.ToSlice(th, fieldNames)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := interp.ToStr(th, it)
			if err != nil {
				return nil, err
			}
			fields = append(fields, s)
		}
	}
	if rename {
		seen := map[string]bool{}
		for i, f := range fields {
			if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = fmt.Sprintf("_%d", i)
			}
			seen[f] = true
		}
	}
	var defs interp.Tuple
	if defaults != interp.None {
		items, err := interp.ToSlice(th, defaults)
		if err != nil {
			return nil, err
		}
		defs = append(interp.Tuple(nil), items...)
	}
	mod := "__main__"
	if s, ok := module.(interp.Str); ok {
		mod = string(s)
	}
	return buildNamedTuple(typename, mod, fields, defs, rename)
}
