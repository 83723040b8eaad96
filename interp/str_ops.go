package interp

import (
	"math/big"
	"strings"
	"unicode/utf8"
)

// Operators on str: indexing, slicing, "in", repetition and comparison.
// Python indexes a str by code point; ASCII text (the common case) is
// indexed by byte directly.

// strIsASCII reports whether s has only ASCII characters.
func strIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen is len(s) in code points.
func StrLen(s Str) int { return utf8.RuneCountInString(string(s)) }

// StrGetItem is s[key] for an int-like key or a slice.
func StrGetItem(s Str, key Value) (Value, error) {
	if sl, ok := key.(*Slice); ok {
		return strSlice(string(s), sl)
	}
	i, err := strIndexValue(key)
	if err != nil {
		return nil, err
	}
	if strIsASCII(string(s)) {
		n := int64(len(s))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return s[i : i+1], nil
	}
	rs := []rune(string(s))
	n := int64(len(rs))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "string index out of range")
	}
	return Str(string(rs[i])), nil
}

// strIndexValue converts a subscript to an index.
func strIndexValue(key Value) (int64, error) {
	switch k := key.(type) {
	case Int:
		return int64(k), nil
	case Bool:
		if k {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		return k.Index(nil)
	}
	return 0, Errorf(TypeError, "string indices must be integers, not '%s'", key.Type().Name)
}

// strSliceIndex converts one slice bound (None → ok false).
func strSliceIndex(v Value) (n int64, ok bool, err error) {
	switch x := v.(type) {
	case nil, NoneType:
		return 0, false, nil
	case Int:
		return int64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		// Clamped, as PySlice_GetIndicesEx does.
		if x.V.Sign() < 0 {
			return -1 << 62, true, nil
		}
		return 1 << 62, true, nil
	case HasIndex:
		i, err := x.Index(nil)
		return i, true, err
	}
	return 0, false, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
}

// strSliceBounds resolves a slice against a sequence of length n, as
// PySlice_AdjustIndices: start, stop, step and the number of items.
func strSliceBounds(sl *Slice, n int) (start, stop, step, count int, err error) {
	st, hasStep, err := strSliceIndex(sl.Step)
	if err != nil {
		return
	}
	if !hasStep {
		st = 1
	}
	if st == 0 {
		err = Errorf(ValueError, "slice step cannot be zero")
		return
	}
	lo, hasLo, err := strSliceIndex(sl.Start)
	if err != nil {
		return
	}
	hi, hasHi, err := strSliceIndex(sl.Stop)
	if err != nil {
		return
	}
	ln := int64(n)
	adjust := func(i int64, has bool, dflt int64) int64 {
		if !has {
			return dflt
		}
		if i < 0 {
			i += ln
			if i < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if i >= ln {
			if st < 0 {
				return ln - 1
			}
			return ln
		}
		return i
	}
	if st > 0 {
		lo, hi = adjust(lo, hasLo, 0), adjust(hi, hasHi, ln)
	} else {
		lo, hi = adjust(lo, hasLo, ln-1), adjust(hi, hasHi, -1)
	}
	var cnt int64
	switch {
	case st > 0 && lo < hi:
		cnt = (hi-lo-1)/st + 1
	case st < 0 && hi < lo:
		cnt = (lo-hi-1)/(-st) + 1
	}
	return int(lo), int(hi), int(st), int(cnt), nil
}

func strSlice(s string, sl *Slice) (Value, error) {
	ascii := strIsASCII(s)
	var rs []rune
	n := len(s)
	if !ascii {
		rs = []rune(s)
		n = len(rs)
	}
	start, _, step, count, err := strSliceBounds(sl, n)
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if ascii {
			return Str(s[start : start+count]), nil
		}
		return Str(string(rs[start : start+count])), nil
	}
	var b strings.Builder
	b.Grow(count)
	for i, k := start, 0; k < count; i, k = i+step, k+1 {
		if ascii {
			b.WriteByte(s[i])
		} else {
			b.WriteRune(rs[i])
		}
	}
	return Str(b.String()), nil
}

// StrContains is "item in s".
func StrContains(s Str, item Value) (bool, error) {
	sub, ok := item.(Str)
	if !ok {
		return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", item.Type().Name)
	}
	return strings.Contains(string(s), string(sub)), nil
}

// maxStrBytes bounds the strings that repetition, padding, replace and
// expandtabs build (256 MB), so that a typo raises MemoryError instead of
// exhausting the kernel's memory.
const maxStrBytes = 1 << 28

// StrMul is s*n (and n*s): n copies of s, empty for n <= 0.
func StrMul(s Str, n Value) (Value, error) {
	var k int64
	switch x := n.(type) {
	case Int:
		k = int64(x)
	case Bool:
		if x {
			k = 1
		}
	case *BigInt:
		if x.V.Sign() < 0 || len(s) == 0 {
			return Str(""), nil
		}
		if x.V.Cmp(big.NewInt(1<<62)) > 0 {
			return nil, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, Errorf(MemoryError, "repeated string is too long")
	case HasIndex:
		i, err := x.Index(nil)
		if err != nil {
			return nil, err
		}
		k = i
	default:
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	if k <= 0 || len(s) == 0 {
		return Str(""), nil
	}
	if k > maxStrBytes/int64(len(s)) {
		return nil, Errorf(MemoryError, "repeated string is too long")
	}
	return Str(strings.Repeat(string(s), int(k))), nil
}

// StrCompare is "x op y" for a str x. Ordering compares code points, which
// is byte order in UTF-8. It returns (nil, nil), NotImplemented, when y is
// not a str and op is an ordering; == and != then answer False and True.
func StrCompare(op Op, x Str, y Value) (Value, error) {
	ys, ok := y.(Str)
	if !ok {
		switch op {
		case Eq:
			return False, nil
		case Ne:
			return True, nil
		}
		return nil, nil
	}
	c := strings.Compare(string(x), string(ys))
	var r bool
	switch op {
	case Lt:
		r = c < 0
	case Le:
		r = c <= 0
	case Eq:
		r = c == 0
	case Ne:
		r = c != 0
	case Gt:
		r = c > 0
	case Ge:
		r = c >= 0
	default:
		return nil, nil
	}
	return Bool(r), nil
}
