package interp

import (
	"strings"
)

// StrFormat is format.format(*args, **kwargs), following CPython's
// Objects/stringlib/unicode_format.h: literal text with {{ and }}, fields
// {name!conv:spec} with automatic or manual numbering, attribute and index
// lookups, and format specs that may themselves contain fields.
func StrFormat(th *Thread, format string, args []Value, kwargs []Kwarg) (string, error) {
	sf := &strFormatter{th: th, args: args, positional: true}
	sf.lookup = func(name string) (Value, error) {
		for _, kw := range kwargs {
			if kw.Name == name {
				return kw.Value, nil
			}
		}
		return nil, &Exception{Class: KeyError, Args: Tuple{Str(name)}}
	}
	return sf.build([]rune(format), 2)
}

// StrFormatMap is format.format_map(mapping).
func StrFormatMap(th *Thread, format string, mapping Value) (string, error) {
	sf := &strFormatter{th: th}
	sf.lookup = func(name string) (Value, error) {
		return formatMappingGet(th, mapping, Str(name))
	}
	return sf.build([]rune(format), 2)
}

// Automatic field numbering states.
const (
	autoInit = iota
	autoAuto
	autoManual
)

type strFormatter struct {
	th         *Thread
	args       []Value
	positional bool // false for format_map: "{0}" is an error
	lookup     func(name string) (Value, error)
	autoState  int
	autoNext   int
}

// build expands one format string; depth limits nested specs.
func (sf *strFormatter) build(rs []rune, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var out strings.Builder
	pos := 0
	for pos < len(rs) {
		start := pos
		var c rune
		markup := false
		for pos < len(rs) {
			c = rs[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= len(rs)
		litEnd := pos
		if c == '}' && markup && (atEnd || rs[pos] != '}') {
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' && markup {
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		if markup {
			if rs[pos] == c {
				pos++ // escaped brace: keep one
				markup = false
			} else {
				litEnd--
			}
		}
		out.WriteString(string(rs[start:litEnd]))
		if !markup {
			continue
		}
		f, err := parseReplacementField(rs, &pos)
		if err != nil {
			return "", err
		}
		s, err := sf.render(f, depth)
		if err != nil {
			return "", err
		}
		out.WriteString(s)
	}
	return out.String(), nil
}

// replacementField is one {name!conv:spec}.
type replacementField struct {
	name       []rune
	conversion rune
	spec       []rune
	nested     bool // spec contains fields to expand first
}

// parseReplacementField parses after the opening '{' up to its '}'.
func parseReplacementField(rs []rune, pos *int) (replacementField, error) {
	var f replacementField
	start := *pos
	var c rune
	for *pos < len(rs) {
		c = rs[*pos]
		*pos++
		if c == '{' {
			return f, Errorf(ValueError, "unexpected '{' in field name")
		}
		if c == '[' {
			for *pos < len(rs) && rs[*pos] != ']' {
				*pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.name = rs[start:max(start, *pos-1)]
	if c != '!' && c != ':' {
		if c != '}' {
			return f, Errorf(ValueError, "expected '}' before end of string")
		}
		return f, nil
	}
	if c == '!' {
		if *pos >= len(rs) {
			return f, Errorf(ValueError, "end of string while looking for conversion specifier")
		}
		f.conversion = rs[*pos]
		*pos++
		if *pos < len(rs) {
			c = rs[*pos]
			*pos++
			if c == '}' {
				return f, nil
			}
			if c != ':' {
				return f, Errorf(ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, count := *pos, 1
	for *pos < len(rs) {
		c = rs[*pos]
		*pos++
		switch c {
		case '{':
			f.nested = true
			count++
		case '}':
			count--
			if count == 0 {
				f.spec = rs[specStart : *pos-1]
				return f, nil
			}
		}
	}
	return f, Errorf(ValueError, "unmatched '{' in format spec")
}

func (sf *strFormatter) render(f replacementField, depth int) (string, error) {
	obj, err := sf.fieldValue(f.name)
	if err != nil {
		return "", err
	}
	if f.conversion != 0 {
		var s string
		switch f.conversion {
		case 'r':
			s, err = formatArgRepr(sf.th, obj)
		case 's':
			s, err = formatArgStr(sf.th, obj)
		case 'a':
			s, err = formatArgRepr(sf.th, obj)
			s = ASCIIEscape(s)
		default:
			if f.conversion > 32 && f.conversion < 127 {
				return "", Errorf(ValueError, "Unknown conversion specifier %c", f.conversion)
			}
			return "", Errorf(ValueError, "Unknown conversion specifier \\x%x", f.conversion)
		}
		if err != nil {
			return "", err
		}
		obj = Str(s)
	}
	spec := string(f.spec)
	if f.nested {
		spec, err = sf.build(f.spec, depth-1)
		if err != nil {
			return "", err
		}
	}
	return FormatValue(sf.th, obj, spec)
}

// fieldValue resolves a field name: "", "0", "name", then .attr and [key].
func (sf *strFormatter) fieldValue(name []rune) (Value, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	idx, err := formatFieldIndex(first)
	if err != nil {
		return nil, err
	}
	empty := len(first) == 0
	if empty || idx >= 0 {
		if sf.autoState == autoInit {
			sf.autoState = autoManual
			if empty {
				sf.autoState = autoAuto
			}
		}
		switch {
		case sf.autoState == autoManual && empty:
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		case sf.autoState == autoAuto && !empty:
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = sf.autoNext
			sf.autoNext++
		}
	}
	var obj Value
	if idx < 0 {
		obj, err = sf.lookup(string(first))
		if err != nil {
			return nil, err
		}
	} else {
		if !sf.positional {
			return nil, Errorf(ValueError, "Format string contains positional fields")
		}
		if idx >= len(sf.args) {
			return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = sf.args[idx]
	}
	for len(rest) > 0 {
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			attr := rest[1:j]
			rest = rest[j:]
			if len(attr) == 0 {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			obj, err = GetAttr(sf.th, obj, string(attr))
		case '[':
			j := 1
			for j < len(rest) && rest[j] != ']' {
				j++
			}
			if j == len(rest) {
				return nil, Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:j]
			rest = rest[j+1:]
			if len(key) == 0 {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			var k int
			k, err = formatFieldIndex(key)
			if err != nil {
				return nil, err
			}
			if k >= 0 {
				obj, err = formatGetItem(sf.th, obj, Int(k))
			} else {
				obj, err = formatGetItem(sf.th, obj, Str(string(key)))
			}
		default:
			return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// formatFieldIndex returns the integer a field name part spells, or -1.
func formatFieldIndex(s []rune) (int, error) {
	if len(s) == 0 {
		return -1, nil
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1, nil
		}
		if n > (1<<62)/10 {
			return 0, Errorf(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

// formatGetItem is obj[key] for the built-in containers and Indexable.
func formatGetItem(th *Thread, obj, key Value) (Value, error) {
	switch x := obj.(type) {
	case Tuple:
		return formatSeqItem(x, key, "tuple")
	case *List:
		return formatSeqItem(x.Elems, key, "list")
	case Str:
		return StrGetItem(x, key)
	case *Dict:
		return formatMappingGet(th, x, key)
	case Indexable:
		return x.GetItem(th, key)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", obj.Type().Name)
}

func formatSeqItem(elems []Value, key Value, typeName string) (Value, error) {
	i, ok := key.(Int)
	if !ok {
		return nil, Errorf(TypeError, "%s indices must be integers or slices, not %s", typeName, key.Type().Name)
	}
	if i < 0 {
		i += Int(len(elems))
	}
	if i < 0 || int(i) >= len(elems) {
		return nil, Errorf(IndexError, "%s index out of range", typeName)
	}
	return elems[i], nil
}
