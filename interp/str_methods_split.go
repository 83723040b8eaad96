package interp

import (
	"strings"
	"unicode/utf8"
)

// str methods that cut the text: join, strip, partition, split,
// splitlines.

func strJoin(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strOneArg("join", args, kwargs); err != nil {
		return nil, err
	}
	var items []Value
	switch x := args[0].(type) {
	case Str:
		for _, r := range string(x) {
			items = append(items, Str(string(r)))
		}
	case *Dict:
		items = x.Keys()
	case *List:
		// Read in place: no user code runs while joining.
		items = x.Elems
	case Tuple, Iterable:
		var err error
		if items, err = ToSlice(th, x); err != nil {
			return nil, err
		}
	default:
		return nil, Errorf(TypeError, "can only join an iterable")
	}
	total := len(s) * max(len(items)-1, 0)
	for i, it := range items {
		str, ok := it.(Str)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		total += len(str)
	}
	var b strings.Builder
	b.Grow(total)
	for i, it := range items {
		str := it.(Str)
		if i > 0 {
			b.WriteString(s)
		}
		b.WriteString(string(str))
	}
	return Str(b.String()), nil
}

func strStripper(name string, left, right bool) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := strClinicArgs(name, args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		cut := pyIsSpace
		if len(args) == 1 && args[0] != None {
			chars, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "%s arg must be None or str", name)
			}
			cut = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, cut)
		}
		if right {
			s = strings.TrimRightFunc(s, cut)
		}
		return Str(s), nil
	}
}

func strPartitioner(name string, fromRight bool) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := strOneArg(name, args, kwargs); err != nil {
			return nil, err
		}
		sep, err := strArgStr(args[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		i := strings.Index(s, sep)
		if fromRight {
			i = strings.LastIndex(s, sep)
		}
		switch {
		case i >= 0:
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		case fromRight:
			return Tuple{Str(""), Str(""), Str(s)}, nil
		}
		return Tuple{Str(s), Str(""), Str("")}, nil
	}
}

func strSplitter(name string, fromRight bool) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		slots, err := strKwArgs(name, args, kwargs, "sep", "maxsplit")
		if err != nil {
			return nil, err
		}
		maxsplit := int64(-1)
		if slots[1] != nil {
			if maxsplit, err = AsInt(slots[1]); err != nil {
				return nil, err
			}
		}
		var parts []string
		if slots[0] == nil || slots[0] == None {
			parts = strSplitWhitespace(s, int(max(maxsplit, -1)), fromRight)
		} else {
			sep, ok := slots[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str or None, not %s", slots[0].Type().Name)
			}
			if sep == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			parts = strSplitSep(s, string(sep), int(max(maxsplit, -1)), fromRight)
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = Str(p)
		}
		return NewList(out), nil
	}
}

// strSplitSep splits on sep at most maxsplit times (all when negative).
func strSplitSep(s, sep string, maxsplit int, fromRight bool) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	if !fromRight {
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var rev []string
	for len(rev) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	out := make([]string, 0, len(rev)+1)
	out = append(out, s)
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// strSplitWhitespace is split() with no separator: runs of whitespace
// separate fields and leading/trailing whitespace yields nothing; after
// maxsplit splits the rest (stripped on the split side only) is one field.
func strSplitWhitespace(s string, maxsplit int, fromRight bool) []string {
	rs := []rune(s)
	var out []string
	if !fromRight {
		i := 0
		for {
			for i < len(rs) && pyIsSpace(rs[i]) {
				i++
			}
			if i == len(rs) {
				return out
			}
			if maxsplit >= 0 && len(out) == maxsplit {
				return append(out, string(rs[i:]))
			}
			j := i
			for j < len(rs) && !pyIsSpace(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		}
	}
	j := len(rs)
	for {
		for j > 0 && pyIsSpace(rs[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, string(rs[:j]))
			break
		}
		i := j
		for i > 0 && !pyIsSpace(rs[i-1]) {
			i--
		}
		out = append(out, string(rs[i:j]))
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strSplitlines(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	slots, err := strKwArgs("splitlines", args, kwargs, "keepends")
	if err != nil {
		return nil, err
	}
	keep := false
	if slots[0] != nil {
		k, err := AsInt(slots[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	var out []Value
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !pyIsLineBreak(r) {
			i += size
			continue
		}
		eol := i + size
		if r == '\r' && eol < len(s) && s[eol] == '\n' {
			eol++
		}
		if keep {
			out = append(out, Str(s[start:eol]))
		} else {
			out = append(out, Str(s[start:i]))
		}
		start, i = eol, eol
	}
	if start < len(s) {
		out = append(out, Str(s[start:]))
	}
	return NewList(out), nil
}
