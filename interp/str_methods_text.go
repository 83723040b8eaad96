package interp

import (
	"strings"
	"unicode/utf8"
)

// str methods on the whole text: case, predicates, padding, tabs,
// encode and format.

func strNoArgs(name string, f func(s string) Value) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := strNoKw("str."+name, kwargs); err != nil {
			return nil, err
		}
		if len(args) > 0 {
			return nil, Errorf(TypeError, "str.%s() takes no arguments (%d given)", name, len(args))
		}
		return f(s), nil
	}
}

// strPredicate is an is*() method: true when s is non-empty and every
// character satisfies pred.
func strPredicate(name string, pred func(rune) bool) strMethodFn {
	return strNoArgs(name, func(s string) Value {
		if s == "" {
			return False
		}
		for _, r := range s {
			if !pred(r) {
				return False
			}
		}
		return True
	})
}

func strIsPrintable(s string) Value {
	for _, r := range s {
		if !pyIsPrintable(r) {
			return False
		}
	}
	return True
}

func strIsIdentifier(s string) Value {
	for i, r := range s {
		if i == 0 && !pyIsIDStart(r) || i > 0 && !pyIsIDContinue(r) {
			return False
		}
	}
	return Bool(s != "")
}

// strCaseTest is islower/isupper: some cased character, and none of the
// other case.
func strCaseTest(s string, want, other func(rune) bool) Value {
	cased := false
	for _, r := range s {
		if other(r) || pyIsTitle(r) {
			return False
		}
		if want(r) {
			cased = true
		}
	}
	return Bool(cased)
}

func strIsLower(s string) Value { return strCaseTest(s, pyIsLower, pyIsUpper) }
func strIsUpper(s string) Value { return strCaseTest(s, pyIsUpper, pyIsLower) }

func strIsTitle(s string) Value {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case pyIsUpper(r) || pyIsTitle(r):
			if prevCased {
				return False
			}
			prevCased, cased = true, true
		case pyIsLower(r):
			if !prevCased {
				return False
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased)
}

// strFillArgs reads (width, fillchar=' ') of center/ljust/rjust.
func strFillArgs(name string, args []Value, kwargs []Kwarg) (int, rune, error) {
	if err := strClinicArgs(name, args, kwargs, 1, 2); err != nil {
		return 0, 0, err
	}
	w, err := AsInt(args[0])
	if err != nil {
		return 0, 0, err
	}
	if w > maxStrBytes {
		return 0, 0, Errorf(MemoryError, "%s() width %d is too large", name, w)
	}
	fill := ' '
	if len(args) == 2 {
		f, ok := args[1].(Str)
		if !ok {
			return 0, 0, Errorf(TypeError, "The fill character must be a unicode character, not %s", args[1].Type().Name)
		}
		if utf8.RuneCountInString(string(f)) != 1 {
			return 0, 0, Errorf(TypeError, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(string(f))
	}
	return int(w), fill, nil
}

func strPad(name string) strMethodFn {
	return func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
		width, fill, err := strFillArgs(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		n := utf8.RuneCountInString(s)
		if width <= n {
			return Str(s), nil
		}
		marg := width - n
		left := 0
		switch name {
		case "center":
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		var b strings.Builder
		writeFillRunes(&b, fill, left)
		b.WriteString(s)
		writeFillRunes(&b, fill, marg-left)
		return Str(b.String()), nil
	}
}

func strZfill(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strOneArg("zfill", args, kwargs); err != nil {
		return nil, err
	}
	w, err := AsInt(args[0])
	if err != nil {
		return nil, err
	}
	if w > maxStrBytes {
		return nil, Errorf(MemoryError, "zfill() width %d is too large", w)
	}
	n := utf8.RuneCountInString(s)
	if int(w) <= n {
		return Str(s), nil
	}
	zeros := strings.Repeat("0", int(w)-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return Str(s[:1] + zeros + s[1:]), nil
	}
	return Str(zeros + s), nil
}

func strEncode(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	slots, err := strKwArgs("encode", args, kwargs, "encoding", "errors")
	if err != nil {
		return nil, err
	}
	enc := "utf-8"
	if slots[0] != nil {
		e, ok := slots[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "encode() argument 'encoding' must be str, not %s", slots[0].Type().Name)
		}
		enc = string(e)
	}
	switch strings.ReplaceAll(strings.ToLower(enc), "_", "-") {
	case "utf-8", "utf8", "ascii", "latin-1", "latin1", "iso-8859-1":
		return nil, Errorf(NotImplementedError, "str.encode() is not supported: gobrian has no bytes type")
	}
	return nil, Errorf(LookupError, "unknown encoding: %s", enc)
}

func strExpandtabs(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	slots, err := strKwArgs("expandtabs", args, kwargs, "tabsize")
	if err != nil {
		return nil, err
	}
	tab := int64(8)
	if slots[0] != nil {
		if tab, err = AsInt(slots[0]); err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	col := int64(0)
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				incr := tab - col%tab
				if int64(b.Len())+incr > maxStrBytes {
					return nil, Errorf(MemoryError, "new string is too long")
				}
				b.WriteString(strings.Repeat(" ", int(incr)))
				col += incr
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return Str(b.String()), nil
}

func strFormatMethod(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	out, err := StrFormat(th, s, args, kwargs)
	if err != nil {
		return nil, err
	}
	return Str(out), nil
}

func strFormatMapMethod(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strOneArg("format_map", args, kwargs); err != nil {
		return nil, err
	}
	out, err := StrFormatMap(th, s, args[0])
	if err != nil {
		return nil, err
	}
	return Str(out), nil
}
