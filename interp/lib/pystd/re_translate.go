package pystd

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Python's re flag values.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256
)

// reSyntaxError is a pattern error: Python's re.error message text.
type reSyntaxError struct{ msg string }

func (e *reSyntaxError) Error() string { return e.msg }

func reErr(format string, args ...any) error { return &reSyntaxError{fmt.Sprintf(format, args...)} }

// Unicode-aware classes (Python str patterns) spelled for Go's RE2.
const (
	uniWord  = `\p{L}\p{N}_`
	uniSpace = `\t\n\v\f\r \x{1c}-\x{1f}\x{85}\p{Z}`
)

// translateRegexp rewrites a Python pattern into Go RE2 syntax, folding
// the flags in. Constructs RE2 cannot express (look-around, back
// references, atomic groups, possessive quantifiers, conditionals) are
// reported as errors naming the construct.
func translateRegexp(pat string, flags int) (string, int, error) {
	tr, f, _, err := translateRegexpDollar(pat, flags)
	return tr, f, err
}

// translateRegexpDollar is translateRegexp that also reports whether the
// pattern uses a single-line $.
func translateRegexpDollar(pat string, flags int) (string, int, bool, error) {
	// Global inline flags at the start, e.g. "(?ix)".
	if strings.HasPrefix(pat, "(?") {
		j := 2
		for j < len(pat) && strings.IndexByte("aiLmsux", pat[j]) >= 0 {
			j++
		}
		if j > 2 && j < len(pat) && pat[j] == ')' {
			for _, c := range pat[2:j] {
				flags |= map[rune]int{'a': reASCII, 'i': reIgnoreCase, 'L': reLocale, 'm': reMultiline,
					's': reDotAll, 'u': reUnicode, 'x': reVerbose}[c]
			}
			pat = pat[j+1:]
		}
	}
	verbose := flags&reVerbose != 0
	ascii := flags&reASCII != 0
	var b strings.Builder
	var prefix string
	if flags&reIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&reMultiline != 0 {
		prefix += "m"
	}
	if flags&reDotAll != 0 {
		prefix += "s"
	}
	if prefix != "" {
		b.WriteString("(?" + prefix + ")")
	}
	inClass := false
	dollar := false
	classStart := -1 // index in pat just after "[" or "[^"
	i := 0
	for i < len(pat) {
		r, size := utf8.DecodeRuneInString(pat[i:])
		pos := i
		switch {
		case r == '\\':
			if i+1 >= len(pat) {
				return "", 0, false, reErr("bad escape (end of pattern) at position %d", i)
			}
			n, w := utf8.DecodeRuneInString(pat[i+1:])
			i += 1 + w
			switch {
			case n >= '1' && n <= '9' && !inClass:
				// Octal escapes need three digits; anything else is a group reference.
				if i+1 < len(pat) && isOctal(n) && isOctal(rune(pat[i])) && isOctal(rune(pat[i+1])) {
					fmt.Fprintf(&b, `\x{%x}`, octal(pat[i-1:i+2]))
					i += 2
					continue
				}
				return "", 0, false, reErr("backreferences are not supported (\\%c at position %d)", n, pos)
			case n >= '0' && n <= '7':
				j := i
				for j < len(pat) && j < i+2 && isOctal(rune(pat[j])) {
					j++
				}
				fmt.Fprintf(&b, `\x{%x}`, octal(pat[i-1:j]))
				i = j
			case n == 'd' || n == 'D':
				if ascii {
					b.WriteString(`\` + string(n))
				} else if n == 'd' {
					b.WriteString(`\p{Nd}`)
				} else {
					b.WriteString(`\P{Nd}`)
				}
			case n == 'w' || n == 'W' || n == 's' || n == 'S':
				if ascii {
					if n == 's' {
						b.WriteString(wrapClass(`\t\n\v\f\r `, inClass, false))
					} else if n == 'S' && !inClass {
						b.WriteString(`[^\t\n\v\f\r ]`)
					} else {
						b.WriteString(`\` + string(n))
					}
					continue
				}
				set := uniWord
				if n == 's' || n == 'S' {
					set = uniSpace
				}
				negated := n == 'W' || n == 'S'
				if negated && inClass {
					b.WriteString(`\` + string(n)) // best effort: ASCII inside a class
				} else {
					b.WriteString(wrapClass(set, inClass, negated))
				}
			case n == 'Z':
				b.WriteString(`\z`)
			case n == 'A' || n == 'b' || n == 'B':
				if inClass && n == 'b' {
					b.WriteString(`\x08`)
				} else {
					b.WriteString(`\` + string(n))
				}
			case n == 'a' || n == 'f' || n == 'n' || n == 'r' || n == 't' || n == 'v':
				b.WriteString(`\` + string(n))
			case n == 'x':
				if i+2 > len(pat) || !isHex(pat[i:i+2]) {
					return "", 0, false, reErr("incomplete escape \\x at position %d", pos)
				}
				fmt.Fprintf(&b, `\x{%s}`, pat[i:i+2])
				i += 2
			case n == 'u' || n == 'U':
				k := 4
				if n == 'U' {
					k = 8
				}
				if i+k > len(pat) || !isHex(pat[i:i+k]) {
					return "", 0, false, reErr("incomplete escape \\%c at position %d", n, pos)
				}
				fmt.Fprintf(&b, `\x{%s}`, pat[i:i+k])
				i += k
			case n < 128 && (n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z'):
				return "", 0, false, reErr("bad escape \\%c at position %d", n, pos)
			default:
				b.WriteString(regexp.QuoteMeta(string(n)))
			}
			continue
		case inClass:
			i += size
			switch {
			case r == ']' && pos != classStart:
				inClass = false
				b.WriteByte(']')
			case r == ']' || r == '[':
				b.WriteString(`\` + string(r))
			default:
				b.WriteRune(r)
			}
			continue
		case verbose && (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'):
			i += size
			continue
		case verbose && r == '#':
			for i < len(pat) && pat[i] != '\n' {
				i++
			}
			continue
		case r == '[':
			inClass = true
			b.WriteByte('[')
			i++
			if i < len(pat) && pat[i] == '^' {
				b.WriteByte('^')
				i++
			}
			classStart = i
			continue
		case r == '(' && strings.HasPrefix(pat[i:], "(?"):
			rest := pat[i+2:]
			switch {
			case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "P<"):
				b.WriteString("(?" + rest[:1])
				i += 3
			case strings.HasPrefix(rest, "P="):
				return "", 0, false, reErr("backreferences are not supported ((?P=...) at position %d)", pos)
			case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
				return "", 0, false, reErr("look-ahead assertions are not supported (at position %d)", pos)
			case strings.HasPrefix(rest, "<=") || strings.HasPrefix(rest, "<!"):
				return "", 0, false, reErr("look-behind assertions are not supported (at position %d)", pos)
			case strings.HasPrefix(rest, ">"):
				return "", 0, false, reErr("atomic groups are not supported (at position %d)", pos)
			case strings.HasPrefix(rest, "("):
				return "", 0, false, reErr("conditional groups are not supported (at position %d)", pos)
			case strings.HasPrefix(rest, "#"):
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					return "", 0, false, reErr("missing ), unterminated comment at position %d", pos)
				}
				i += 2 + end + 1
			default:
				// Scoped flags: (?i:...) or (?-i:...).
				j := 0
				for j < len(rest) && strings.IndexByte("aiLmsux-", rest[j]) >= 0 {
					j++
				}
				if j == 0 || j >= len(rest) || (rest[j] != ':' && rest[j] != ')') {
					return "", 0, false, reErr("unknown extension ?%c at position %d", rest[0], pos+1)
				}
				if rest[j] == ')' {
					return "", 0, false, reErr("global flags not at the start of the expression at position %d", pos)
				}
				var keep strings.Builder
				for _, c := range rest[:j] {
					if strings.ContainsRune("ims-", c) {
						keep.WriteRune(c)
					}
				}
				f := strings.TrimSuffix(keep.String(), "-")
				if f == "" {
					b.WriteString("(?:")
				} else {
					b.WriteString("(?" + f + ":")
				}
				i += 2 + j + 1
			}
			continue
		case r == '{':
			// Python's {,n} means {0,n}; a brace that is not a valid
			// repeat is a literal.
			end := strings.IndexByte(pat[i:], '}')
			if end > 0 {
				body := pat[i+1 : i+end]
				if isRepeat(body) {
					if strings.HasPrefix(body, ",") {
						body = "0" + body
					}
					b.WriteString("{" + body + "}")
					i += end + 1
					if err := checkPossessive(pat, i); err != nil {
						return "", 0, false, err
					}
					continue
				}
			}
			b.WriteString(`\{`)
			i++
			continue
		case r == '}':
			b.WriteString(`\}`)
			i++
			continue
		case r == '$' && flags&reMultiline == 0:
			// Python's $ also matches before a final newline; the
			// matcher retries without that newline (see dollarEnd).
			b.WriteByte('$')
			i++
			dollar = true
			continue
		case r == '*' || r == '+' || r == '?':
			b.WriteRune(r)
			i++
			if i < len(pat) && pat[i] == '+' {
				return "", 0, false, reErr("possessive quantifiers are not supported (at position %d)", pos)
			}
			continue
		}
		b.WriteRune(r)
		i += size
	}
	if inClass {
		return "", 0, false, reErr("unterminated character set at position %d", classStart-1)
	}
	return b.String(), flags, dollar, nil
}

func checkPossessive(pat string, i int) error {
	if i < len(pat) && pat[i] == '+' {
		return reErr("possessive quantifiers are not supported (at position %d)", i)
	}
	return nil
}

func wrapClass(set string, inClass, negated bool) string {
	if inClass {
		return set
	}
	if negated {
		return "[^" + set + "]"
	}
	return "[" + set + "]"
}

func isRepeat(body string) bool {
	lo, hi, comma := strings.Cut(body, ",")
	allDigits := func(s string) bool {
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if !comma {
		return lo != "" && allDigits(lo)
	}
	return allDigits(lo) && allDigits(hi) && (lo != "" || hi != "")
}

func isOctal(r rune) bool { return r >= '0' && r <= '7' }

func octal(s string) int {
	n := 0
	for _, c := range s {
		n = n*8 + int(c-'0')
	}
	return n
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// reEscape is re.escape: special characters get a backslash.
func reEscape(s string) string {
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune(special, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
