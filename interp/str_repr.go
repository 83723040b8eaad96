package interp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const reprHexDigits = "0123456789abcdef"

// ReprStr is CPython's repr of a str: single quotes unless the text holds a
// single quote and no double quote; backslash escapes for the quote,
// backslash, \t \n \r and non-printable characters; printable non-ASCII
// characters kept as they are.
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				writeEscape(&b, rune(c))
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(r) // invalid UTF-8 cannot come from Python; keep the output valid
		} else if unicode.IsPrint(r) {
			b.WriteString(s[i : i+size])
		} else {
			writeEscape(&b, r)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

// ASCIIEscape turns the non-ASCII characters of s into \x, \u or \U
// escapes: ascii(x) is ASCIIEscape(repr(x)).
func ASCIIEscape(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			writeEscape(&b, r)
		}
	}
	return b.String()
}

// writeEscape writes r as \xHH, \uHHHH or \UHHHHHHHH.
func writeEscape(b *strings.Builder, r rune) {
	n := 8
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		n = 2
	case r < 0x10000:
		b.WriteString(`\u`)
		n = 4
	default:
		b.WriteString(`\U`)
	}
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b.WriteByte(reprHexDigits[(r>>uint(shift))&0xf])
	}
}

// strError makes an exception with a literal message (which may hold '%').
func strError(cls *Class, msg string) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(msg)}}
}
