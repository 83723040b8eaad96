package syntax

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies tokens.
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

// token is one lexical token. For strings, s is the whole literal including
// prefix and quotes; for numbers, val holds the decoded value.
type token struct {
	kind tokKind
	s    string
	val  any
	pos  Pos
	off  int // byte offset of the first character
	// endOff is the byte offset just past the token; parser.end turns it
	// into a position, only needed on error paths.
	endOff int
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
	src        string // the text being scanned (a prefix of full)
	full       string // the whole file, for positions and error lines
	file       string
	lineStarts []int
	nonASCII   []bool // per line: whether it holds multi-byte characters
	lastLine   int    // index into lineStarts of the last position computed
	// runeLine, runeOff and runeCol cache the last code-point column
	// computed on a non-ASCII line.
	runeLine, runeOff, runeCol int
	off                        int
	allowMagics                bool

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
	s.runeLine = -1
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
		// Count code points from the last position on this line, so that
		// a long non-ASCII line costs linear time, not quadratic.
		from, n := start, 0
		if s.runeLine == lo && s.runeOff <= off {
			from, n = s.runeOff, s.runeCol
		}
		col = n + utf8.RuneCountInString(s.full[from:off])
		s.runeLine, s.runeOff, s.runeCol = lo, off, col
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
		nonASCII: s.nonASCII, lastLine: s.lastLine, runeLine: -1, off: start, indents: []int{0}, altIndents: []int{0}, baseLevel: 1}
}

func (s *scanner) errAt(kind string, off int, format string, args ...any) *Error {
	p := s.posAt(off)
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), File: s.file, Pos: p, Text: s.lineText(p.Line)}
}

func (s *scanner) emit(kind tokKind, start, end int, text string, val any) {
	s.toks = append(s.toks, token{
		kind: kind, s: text, val: val,
		pos: s.posAt(start), off: start, endOff: end,
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
	// Dense code has a token every two or three bytes.
	s.toks = make([]token, 0, (len(s.src)-s.off)/2+8)
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
			if next+1 == len(src) {
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
