package syntax

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexemes: identifiers, string and number literals, operators.

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// identEnd returns the end offset of the identifier starting at off.
func (s *scanner) identEnd(off int) int {
	src := s.src
	for off < len(src) {
		c := src[off]
		if isIdentChar(c) {
			off++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(src[off:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r) {
				off += size
				continue
			}
		}
		break
	}
	return off
}

func (s *scanner) nameOrString() error {
	start := s.off
	end := s.identEnd(start)
	if end < len(s.src) && (s.src[end] == '\'' || s.src[end] == '"') && isStringPrefix(s.src[start:end]) {
		return s.str(start)
	}
	s.off = end
	s.emit(tName, start, end, s.src[start:end], nil)
	return nil
}

func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "f", "b", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at start; s.off is at the
// prefix or the quote.
func (s *scanner) str(start int) error {
	src := s.src
	q := start
	for src[q] != '\'' && src[q] != '"' {
		q++
	}
	quote := src[q]
	triple := q+2 < len(src) && src[q+1] == quote && src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	for {
		if i >= len(src) {
			if triple {
				e := s.errAt("SyntaxError", start, "unterminated triple-quoted string literal (detected at line %d)", s.posAt(len(src)-1).Line)
				e.Incomplete = true
				return e
			}
			return s.errAt("SyntaxError", start, "unterminated string literal (detected at line %d)", s.posAt(i).Line)
		}
		c := src[i]
		switch {
		case c == '\\':
			i += 2
			continue
		case c == '\n' && !triple:
			return s.errAt("SyntaxError", start, "unterminated string literal (detected at line %d)", s.posAt(i).Line)
		case c == quote:
			if !triple {
				i++
				goto closed
			}
			if i+2 < len(src) && src[i+1] == quote && src[i+2] == quote {
				i += 3
				goto closed
			}
		}
		i++
	}
closed:
	if i > len(src) {
		i = len(src)
	}
	s.off = i
	s.emit(tString, start, i, src[start:i], nil)
	return nil
}

// number scans an int or float literal.
func (s *scanner) number() error {
	src := s.src
	start := s.off
	i := start
	digits := func(ok func(byte) bool) bool {
		// Digits with single underscores between them; false on a bad "_".
		if i >= len(src) || !ok(src[i]) {
			return false
		}
		for i < len(src) {
			if ok(src[i]) {
				i++
			} else if src[i] == '_' {
				if i+1 < len(src) && ok(src[i+1]) {
					i++
				} else {
					i++
					return false
				}
			} else {
				break
			}
		}
		return true
	}
	isDec := func(c byte) bool { return c >= '0' && c <= '9' }
	if src[i] == '0' && i+1 < len(src) && strings.IndexByte("xXoObB", src[i+1]) >= 0 {
		var ok func(byte) bool
		var base int
		var name string
		switch src[i+1] | 0x20 {
		case 'x':
			ok = func(c byte) bool { return isDec(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
			base, name = 16, "hexadecimal"
		case 'o':
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
			base, name = 8, "octal"
		default:
			ok = func(c byte) bool { return c == '0' || c == '1' }
			base, name = 2, "binary"
		}
		i += 2
		if i < len(src) && src[i] == '_' {
			i++
		}
		if !digits(ok) || i < len(src) && (isIdentChar(src[i]) || isDec(src[i])) && !keywordFollows(src[i:]) {
			if i < len(src) && isDec(src[i]) && base != 16 {
				return s.errAt("SyntaxError", i, "invalid digit '%c' in %s literal", src[i], name)
			}
			return s.errAt("SyntaxError", i-1, "invalid %s literal", name)
		}
		text := strings.ReplaceAll(src[start+2:i], "_", "")
		s.off = i
		s.emit(tNumber, start, i, src[start:i], intValue(text, base))
		return nil
	}
	isFloat := false
	if src[i] != '.' {
		if !digits(isDec) {
			return s.errAt("SyntaxError", i-1, "invalid decimal literal")
		}
	}
	if i < len(src) && src[i] == '.' {
		isFloat = true
		i++
		if i < len(src) && isDec(src[i]) {
			if !digits(isDec) {
				return s.errAt("SyntaxError", i-1, "invalid decimal literal")
			}
		}
	}
	if i < len(src) && src[i]|0x20 == 'e' {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDec(src[j]) {
			isFloat = true
			i = j
			if !digits(isDec) {
				return s.errAt("SyntaxError", i-1, "invalid decimal literal")
			}
		} else if j > i+1 {
			return s.errAt("SyntaxError", j-1, "invalid decimal literal")
		} else if !keywordFollows(src[i:]) {
			return s.errAt("SyntaxError", i-1, "invalid decimal literal")
		}
	}
	if i < len(src) && src[i]|0x20 == 'j' {
		return s.errAt("SyntaxError", start, "complex numbers are not supported")
	}
	if i < len(src) && (isIdentChar(src[i]) || src[i] >= utf8.RuneSelf) && !keywordFollows(src[i:]) {
		return s.errAt("SyntaxError", i-1, "invalid decimal literal")
	}
	text := strings.ReplaceAll(src[start:i], "_", "")
	s.off = i
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			// Overflow gives ±Inf with a range error, as CPython's float().
			if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
				return s.errAt("SyntaxError", i-1, "invalid decimal literal")
			}
		}
		s.emit(tNumber, start, i, src[start:i], f)
		return nil
	}
	if len(text) > 1 && text[0] == '0' && strings.Trim(text, "0") != "" {
		e := s.errAt("SyntaxError", start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		// CPython's carets run up to the first non-zero digit.
		e.EndCol = e.Pos.Col + strings.IndexAny(src[start:i], "123456789")
		return e
	}
	s.emit(tNumber, start, i, src[start:i], intValue(text, 10))
	return nil
}

// keywordFollows reports whether rest starts with one of the keywords
// CPython 3.11 still accepts directly after a number (as in "1if x else 2").
func keywordFollows(rest string) bool {
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, kw) {
			return true
		}
	}
	return false
}

// intValue returns an int64 when the literal fits, else a *big.Int.
func intValue(text string, base int) any {
	if v, err := strconv.ParseInt(text, base, 64); err == nil {
		return v
	}
	b, _ := new(big.Int).SetString(text, base)
	return b
}

var operators3 = [...]string{"**=", "//=", ">>=", "<<=", "..."}
var operators2 = [...]string{"<>", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

const operators1 = "+-*/%@&|^~<>()[]{},:.;="

func (s *scanner) operator() error {
	src := s.src
	start := s.off
	rest := src[start:]
	if len(rest) < 2 || strings.IndexByte("=*/<>.-:!+%&|^@", rest[1]) < 0 {
		return s.single(start)
	}
	for _, op := range operators3 {
		if strings.HasPrefix(rest, op) {
			s.off += 3
			s.emit(tOp, start, s.off, op, nil)
			return nil
		}
	}
	for _, op := range operators2 {
		if strings.HasPrefix(rest, op) {
			s.off += 2
			s.emit(tOp, start, s.off, op, nil)
			return nil
		}
	}
	return s.single(start)
}

// single scans a one-character operator or bracket.
func (s *scanner) single(start int) error {
	src := s.src
	c := src[start]
	if strings.IndexByte(operators1, c) < 0 {
		// "$", "?", "!" and the like: a token the parser rejects.
		s.emit(tOp, start, start+1, src[start:start+1], nil)
		s.off++
		return nil
	}
	switch c {
	case '(', '[', '{':
		if len(s.parens)+s.baseLevel >= maxParenDepth {
			return s.errAt("SyntaxError", start, "too many nested parentheses")
		}
		s.emit(tOp, start, start+1, src[start:start+1], nil)
		s.parens = append(s.parens, bracket{c, s.posAt(start)})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			return s.errAt("SyntaxError", start, "unmatched '%c'", c)
		}
		open := s.parens[len(s.parens)-1]
		if open.ch != opening(c) {
			if open.pos.Line != s.posAt(start).Line {
				return s.errAt("SyntaxError", start, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
			}
			return s.errAt("SyntaxError", start, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		s.parens = s.parens[:len(s.parens)-1]
		s.emit(tOp, start, start+1, src[start:start+1], nil)
	default:
		s.emit(tOp, start, start+1, src[start:start+1], nil)
	}
	s.off++
	return nil
}

func opening(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}
