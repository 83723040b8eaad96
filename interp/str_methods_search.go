package interp

import (
	"strings"
	"unicode/utf8"
)

// str methods that search: find, index, count, startswith, replace,
// removeprefix.

// strRange is s[start:end] for find-like methods, in code points and in
// bytes. As in CPython's ADJUST_INDICES, start is not clipped to the length
// (only to length+1 here), so that find("", 99) fails as it should.
type strRange struct {
	s            string
	start, end   int // rune indices after adjustment
	bstart, bend int // the same as byte offsets
	ascii        bool
}

func newStrRange(s string, startV, endV Value) (strRange, error) {
	r := strRange{s: s, ascii: strIsASCII(s)}
	n := len(s)
	if !r.ascii {
		n = utf8.RuneCountInString(s)
	}
	start, hasStart, err := strSliceIndex(startV)
	if err != nil {
		return r, err
	}
	end, hasEnd, err := strSliceIndex(endV)
	if err != nil {
		return r, err
	}
	if !hasStart {
		start = 0
	}
	if !hasEnd {
		end = int64(n)
	}
	ln := int64(n)
	if end > ln {
		end = ln
	} else if end < 0 {
		end = max(end+ln, 0)
	}
	if start < 0 {
		start = max(start+ln, 0)
	}
	r.start, r.end = int(min(start, ln+1)), int(end)
	r.bstart, r.bend = r.byteOffset(min(r.start, n)), r.byteOffset(r.end)
	return r, nil
}

// strRangeArgs is newStrRange over the optional start, end in args[1:3].
func strRangeArgs(s string, args []Value) (strRange, error) {
	var startV, endV Value = None, None
	if len(args) > 1 {
		startV = args[1]
	}
	if len(args) > 2 {
		endV = args[2]
	}
	return newStrRange(s, startV, endV)
}

func (r strRange) byteOffset(i int) int {
	if r.ascii {
		return i
	}
	for b := range r.s {
		if i == 0 {
			return b
		}
		i--
	}
	return len(r.s)
}

// runeIndex converts a byte offset into s to a code point index.
func (r strRange) runeIndex(b int) int {
	if r.ascii {
		return b
	}
	return utf8.RuneCountInString(r.s[:b])
}

// findArgs parses (sub[, start[, end]]).
func findArgs(name string, s string, args []Value, kwargs []Kwarg) (string, strRange, error) {
	if err := strVarArgs(name, args, kwargs, 1, 3); err != nil {
		return "", strRange{}, err
	}
	sub, err := strArgStr(args[0])
	if err != nil {
		return "", strRange{}, err
	}
	r, err := strRangeArgs(s, args)
	return sub, r, err
}

func strCount(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	sub, r, err := findArgs("count", s, args, kwargs)
	if err != nil {
		return nil, err
	}
	if r.end-r.start < utf8.RuneCountInString(sub) {
		return Int(0), nil
	}
	if sub == "" {
		return Int(r.end - r.start + 1), nil
	}
	return Int(strings.Count(s[r.bstart:r.bend], sub)), nil
}

func strFinder(name string, fromRight, raise bool) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		sub, r, err := findArgs(name, s, args, kwargs)
		if err != nil {
			return nil, err
		}
		pos := -1
		if r.end-r.start >= utf8.RuneCountInString(sub) {
			var i int
			if fromRight {
				i = strings.LastIndex(s[r.bstart:r.bend], sub)
			} else {
				i = strings.Index(s[r.bstart:r.bend], sub)
			}
			if i >= 0 {
				pos = r.runeIndex(r.bstart + i)
			}
		}
		if pos < 0 && raise {
			return nil, Errorf(ValueError, "substring not found")
		}
		return Int(pos), nil
	}
}

func strAffix(name string) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := strVarArgs(name, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		r, err := strRangeArgs(s, args)
		if err != nil {
			return nil, err
		}
		var cands []Value
		switch x := args[0].(type) {
		case Str:
			cands = []Value{x}
		case Tuple:
			cands = x
		default:
			return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
		}
		for _, c := range cands {
			sub, ok := c.(Str)
			if !ok {
				return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, c.Type().Name)
			}
			if r.end-utf8.RuneCountInString(string(sub)) < r.start {
				continue
			}
			part := s[r.bstart:r.bend]
			if name == "startswith" && strings.HasPrefix(part, string(sub)) ||
				name == "endswith" && strings.HasSuffix(part, string(sub)) {
				return True, nil
			}
		}
		return False, nil
	}
}

func strRemover(name string, trim func(s, affix string) string) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := strOneArg(name, args, kwargs); err != nil {
			return nil, err
		}
		affix, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "%s() argument must be str, not %s", name, args[0].Type().Name)
		}
		return Str(trim(s, string(affix))), nil
	}
}

func strReplace(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strClinicArgs("replace", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	var parts [2]string
	for i := range parts {
		p, ok := args[i].(Str)
		if !ok {
			return nil, Errorf(TypeError, "replace() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
		parts[i] = string(p)
	}
	count := int64(-1)
	if len(args) == 3 {
		var err error
		if count, err = AsInt(args[2]); err != nil {
			return nil, err
		}
	}
	if count < 0 {
		count = -1
	}
	n := int64(strings.Count(s, parts[0]))
	if count >= 0 {
		n = min(n, count)
	}
	if int64(len(s))+n*int64(len(parts[1])-len(parts[0])) > maxStrBytes {
		return nil, Errorf(MemoryError, "replace string is too long")
	}
	return Str(strings.Replace(s, parts[0], parts[1], int(max(count, -1)))), nil
}
