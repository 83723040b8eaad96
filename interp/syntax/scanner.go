package syntax

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tOp
	tMagic
)

func (k tokKind) String() string {
	return [...]string{"EOF", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING", "OP", "MAGIC"}[k]
}

// token is one lexical token. For strings, s is the whole literal including
// prefix and quotes; for numbers, val holds the decoded value.
type token struct {
	kind tokKind
	s    string
	val  any
	pos  Pos
	end  Pos // exclusive end
	off  int // byte offset of the first character
	// level is the bracket depth in force before this token.
	level int
}

// Limits shared with CPython, which keep recursion bounded.
const (
	maxParenDepth  = 200
	maxIndentDepth = 100
)

type bracket struct {
	ch  byte
	pos Pos
}

// scanner turns source text into tokens. It scans the whole input up front;
// the parser then walks the token slice, which makes backtracking cheap.
type scanner struct {
	src         string // the text being scanned (a prefix of full)
	full        string // the whole file, for positions and error lines
	file        string
	lineStarts  []int
	nonASCII    []bool // per line: whether it holds multi-byte characters
	lastLine    int    // index into lineStarts of the last position computed
	off         int
	allowMagics bool

	indents    []int // columns, tabs to multiples of 8
	altIndents []int // columns, tabs as width 1 (for TabError)
	parens     []bracket
	toks       []token
	// lazy is set with an error CPython finds only when the parser asks
	// for the token (indentation, unclosed brackets at EOF).
	lazy bool
	// baseLevel is the bracket depth the scan starts in (1 for f-string
	// expressions, which are implicitly parenthesised).
	baseLevel int
}

func newScanner(file, src string, allowMagics bool) *scanner {
	s := &scanner{src: src, full: src, file: file, allowMagics: allowMagics}
	s.lineStarts = append(s.lineStarts, 0)
	s.nonASCII = append(s.nonASCII, false)
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n':
			s.lineStarts = append(s.lineStarts, i+1)
			s.nonASCII = append(s.nonASCII, false)
		case c >= utf8.RuneSelf:
			s.nonASCII[len(s.nonASCII)-1] = true
		}
	}
	s.indents = []int{0}
	s.altIndents = []int{0}
	return s
}

// splitLines returns the source lines without their terminators.
func splitLines(src string) []string {
	lines := strings.Split(src, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// posAt converts a byte offset into a 1-based line and code-point column.
func (s *scanner) posAt(off int) Pos {
	if off > len(s.full) {
		off = len(s.full)
	}
	lo := s.lastLine
	// Scanning moves forward, so the cached line or the next is usual.
	if lo >= len(s.lineStarts) || s.lineStarts[lo] > off || lo+1 < len(s.lineStarts) && s.lineStarts[lo+1] <= off {
		if lo+2 < len(s.lineStarts) && s.lineStarts[lo+1] <= off && s.lineStarts[lo+2] > off {
			lo++
		} else {
			lo = sort.SearchInts(s.lineStarts, off+1) - 1
		}
	}
	s.lastLine = lo
	start := s.lineStarts[lo]
	col := off - start
	if s.nonASCII[lo] {
		col = utf8.RuneCountInString(s.full[start:off])
	}
	return Pos{Line: lo + 1, Col: col + 1}
}

// lineText returns the text of 1-based line n.
func (s *scanner) lineText(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.full)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n] - 1
	}
	if start > end {
		return ""
	}
	return strings.TrimSuffix(s.full[start:end], "\r")
}

// sub returns a scanner for the f-string expression in full[start:end],
// which scans as if inside brackets and reports positions in the file.
func (s *scanner) sub(start, end int) *scanner {
	return &scanner{src: s.full[:end], full: s.full, file: s.file, lineStarts: s.lineStarts,
		nonASCII: s.nonASCII, lastLine: s.lastLine, off: start, indents: []int{0}, altIndents: []int{0}, baseLevel: 1}
}

func (s *scanner) errAt(kind string, off int, format string, args ...any) *Error {
	p := s.posAt(off)
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), File: s.file, Pos: p, Text: s.lineText(p.Line)}
}

func (s *scanner) emit(kind tokKind, start, end int, text string, val any) {
	s.toks = append(s.toks, token{
		kind: kind, s: text, val: val,
		pos: s.posAt(start), end: s.posAt(end), off: start,
		level: len(s.parens) + s.baseLevel,
	})
}

func (s *scanner) lastKind() tokKind {
	if len(s.toks) == 0 {
		return tNewline
	}
	return s.toks[len(s.toks)-1].kind
}

// scan tokenises the whole source. On an error it stops there, ends the
// tokens with EOF and returns the error; s.lazy then tells whether CPython
// reports it only once the parser reaches it (see parser.fail).
func (s *scanner) scan() ([]token, *Error) {
	// Typical Python has a token every 3-4 bytes.
	s.toks = make([]token, 0, (len(s.src)-s.off)/3+8)
	if err := s.run(); err != nil {
		e := err.(*Error)
		s.emit(tEOF, s.off, s.off, "", nil)
		return s.toks, e
	}
	return s.toks, nil
}

func (s *scanner) run() error {
	atLineStart := s.baseLevel == 0
	src := s.src
	for {
		if atLineStart && len(s.parens) == 0 {
			atLineStart = false
			blank, err := s.indentation()
			if err != nil {
				s.lazy = true
				return err
			}
			if blank {
				atLineStart = true
				continue
			}
			if s.off >= len(src) {
				break
			}
			if s.allowMagics {
				start := s.off
				end := strings.IndexByte(src[start:], '\n')
				if end < 0 {
					end = len(src)
				} else {
					end += start
				}
				line := strings.TrimRight(src[start:end], " \t\r")
				if src[start] == '%' || src[start] == '!' {
					s.off = end
					s.emit(tMagic, start, end, line, nil)
					continue
				}
				if m := helpMagic(line); m != "" {
					s.off = end
					s.emit(tMagic, start, end, m, nil)
					continue
				}
			}
		}
		if s.off >= len(src) {
			break
		}
		c := src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			s.off++
		case c == '#':
			for s.off < len(src) && src[s.off] != '\n' {
				s.off++
			}
		case c == '\n':
			if len(s.parens) == 0 && s.baseLevel == 0 {
				if k := s.lastKind(); k != tNewline && k != tIndent && k != tDedent {
					s.emit(tNewline, s.off, s.off+1, "", nil)
				}
				atLineStart = true
			}
			s.off++
		case c == '\\':
			next := s.off + 1
			if next < len(src) && src[next] == '\r' {
				next++
			}
			if next >= len(src) {
				e := s.errAt("SyntaxError", s.off, "unexpected EOF while parsing")
				e.Incomplete, s.lazy = true, true
				return e
			}
			if src[next] != '\n' {
				s.lazy = true
				return s.errAt("SyntaxError", s.off+1, "unexpected character after line continuation character")
			}
			if strings.TrimSpace(src[next+1:]) == "" {
				e := s.errAt("SyntaxError", next, "unexpected EOF while parsing")
				e.Incomplete, s.lazy = true, true
				return e
			}
			s.off = next + 1
		case isIdentStart(c):
			if err := s.nameOrString(); err != nil {
				return err
			}
		case c >= '0' && c <= '9' || c == '.' && s.off+1 < len(src) && src[s.off+1] >= '0' && src[s.off+1] <= '9':
			if err := s.number(); err != nil {
				return err
			}
		case c == '\'' || c == '"':
			if err := s.str(s.off); err != nil {
				return err
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(src[s.off:])
			if unicode.IsLetter(r) || r == '_' {
				if err := s.nameOrString(); err != nil {
					return err
				}
				continue
			}
			_ = size
			if !unicode.IsPrint(r) {
				return s.errAt("SyntaxError", s.off, "invalid non-printable character U+%04X", r)
			}
			return s.errAt("SyntaxError", s.off, "invalid character '%c' (U+%04X)", r, r)
		default:
			if err := s.operator(); err != nil {
				return err
			}
		}
	}
	if len(s.parens) > 0 {
		b := s.parens[len(s.parens)-1]
		s.lazy = true
		return &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("'%c' was never closed", b.ch), File: s.file, Pos: b.pos, Text: s.lineText(b.pos.Line), Incomplete: true}
	}
	if s.baseLevel == 0 {
		if k := s.lastKind(); k != tNewline && k != tIndent && k != tDedent && len(s.toks) > 0 {
			s.emit(tNewline, len(src), len(src), "", nil)
		}
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.emit(tDedent, len(src), len(src), "", nil)
		}
	}
	s.emit(tEOF, len(src), len(src), "", nil)
	return nil
}

// indentation measures the indentation of the line at s.off and emits
// INDENT/DEDENT tokens. It reports blank (whitespace/comment-only) lines,
// which it consumes entirely.
func (s *scanner) indentation() (blank bool, err error) {
	src := s.src
	col, alt := 0, 0
	start := s.off
	for s.off < len(src) {
		switch src[s.off] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		s.off++
	}
done:
	if s.off >= len(src) {
		return false, nil
	}
	switch src[s.off] {
	case '#', '\n', '\r':
		for s.off < len(src) && src[s.off] != '\n' {
			s.off++
		}
		if s.off < len(src) {
			s.off++
		}
		return true, nil
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			return false, s.errAt("TabError", start, "inconsistent use of tabs and spaces in indentation")
		}
	case col > s.indents[top]:
		if len(s.indents) > maxIndentDepth {
			return false, s.errAt("IndentationError", s.off, "too many levels of indentation")
		}
		if alt <= s.altIndents[top] {
			return false, s.errAt("TabError", start, "inconsistent use of tabs and spaces in indentation")
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(tIndent, start, s.off, "", nil)
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.emit(tDedent, s.off, s.off, "", nil)
		}
		top = len(s.indents) - 1
		if col != s.indents[top] {
			e := s.errAt("IndentationError", s.off, "unindent does not match any outer indentation level")
			e.Pos.Col = utf8.RuneCountInString(e.Text) + 1
			return false, e
		}
		if alt != s.altIndents[top] {
			return false, s.errAt("TabError", start, "inconsistent use of tabs and spaces in indentation")
		}
	}
	return false, nil
}

// helpMagic turns IPython's help syntax ("obj?", "obj??", "?obj") into
// the equivalent line magic text ("%pinfo obj", "%pinfo2 obj"), or "".
func helpMagic(line string) string {
	name, magic := "", ""
	switch {
	case strings.HasSuffix(line, "??"):
		name, magic = line[:len(line)-2], "%pinfo2 "
	case strings.HasSuffix(line, "?"):
		name, magic = line[:len(line)-1], "%pinfo "
	case strings.HasPrefix(line, "??"):
		name, magic = line[2:], "%pinfo2 "
	case strings.HasPrefix(line, "?"):
		name, magic = line[1:], "%pinfo "
	default:
		return ""
	}
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		return ""
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" {
			return ""
		}
		for _, r := range part {
			if r != '_' && r != '*' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return ""
			}
		}
	}
	return magic + name
}

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
		return s.errAt("SyntaxError", start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
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
