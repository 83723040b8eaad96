package interp

import (
	"strconv"
	"strings"
)

// Character classes and case mappings compared with CPython, block by
// block over the code points that notebooks meet (Latin, Greek, Cyrillic,
// symbols, CJK punctuation and numerals, fullwidth forms).

var unicodeBlocks = [][2]int{{0, 0x600}, {0x1e00, 0x2200}, {0x2460, 0x2800}, {0x3000, 0x3100},
	{0x4e00, 0x4f00}, {0xfb00, 0xfb50}, {0xff00, 0xfff0}}

func unicodeCases() []oracleCase {
	preds := []string{"isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isspace",
		"isprintable", "islower", "isupper", "istitle", "isidentifier"}
	var cases []oracleCase
	for _, blk := range unicodeBlocks {
		for lo := blk[0]; lo < blk[1]; lo += 256 {
			lo, hi := lo, min(lo+256, blk[1])
			rng := "range(" + strconv.Itoa(lo) + ", " + strconv.Itoa(hi) + ")"
			for _, p := range preds {
				p := p
				cases = append(cases, oracleCase{
					"''.join('1' if chr(c)." + p + "() else '0' for c in " + rng + ")",
					func() (Value, error) {
						var b strings.Builder
						for c := lo; c < hi; c++ {
							m, _ := StrMethod(nil, Str(string(rune(c))), p)
							v, err := m.(*Builtin).Fn(nil, nil, nil)
							if err != nil {
								return nil, err
							}
							if v == True {
								b.WriteByte('1')
							} else {
								b.WriteByte('0')
							}
						}
						return Str(b.String()), nil
					}})
			}
			for _, m := range []string{"upper", "lower", "title", "casefold", "swapcase"} {
				m := m
				cases = append(cases, oracleCase{
					"[chr(c)." + m + "() for c in " + rng + "]",
					func() (Value, error) {
						out := make([]Value, 0, hi-lo)
						for c := lo; c < hi; c++ {
							f, _ := StrMethod(nil, Str(string(rune(c))), m)
							v, err := f.(*Builtin).Fn(nil, nil, nil)
							if err != nil {
								return nil, err
							}
							out = append(out, v)
						}
						return NewList(out), nil
					}})
			}
			cases = append(cases, oracleCase{
				"repr(''.join(chr(c) for c in " + rng + "))",
				func() (Value, error) {
					var b strings.Builder
					for c := lo; c < hi; c++ {
						b.WriteRune(rune(c))
					}
					return Str(ReprStr(b.String())), nil
				}})
		}
	}
	return cases
}
