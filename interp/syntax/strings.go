package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String literals: escape decoding, implicit concatenation and f-strings.

// strings parses a run of adjacent string tokens into a str Constant or,
// when any part is an f-string, a JoinedStr.
func (p *parser) strings() Expr {
	start := p.tok().pos
	var parts []Expr
	var lit strings.Builder
	isJoined := false
	flush := func(pos Pos) {
		if lit.Len() > 0 {
			parts = append(parts, &Constant{At: At{pos}, Value: lit.String(), Kind: "str"})
			lit.Reset()
		}
	}
	bytesCount, n := 0, 0
	for j := p.i; p.toks[j].kind == tString; j++ {
		n++
		if q := strings.IndexAny(p.toks[j].s, "'\""); strings.ContainsAny(p.toks[j].s[:q], "bB") {
			bytesCount++
		}
	}
	if bytesCount > 0 && bytesCount < n {
		p.errorAt(p.end(&p.toks[p.i+n-1]), "cannot mix bytes and nonbytes literals")
	}
	// CPython reports literal errors after the last string of the run.
	errPos := p.end(&p.toks[p.i+n-1])
	for p.tok().kind == tString {
		t := p.next()
		q := strings.IndexAny(t.s, "'\"")
		prefix := strings.ToLower(t.s[:q])
		n := 1
		if len(t.s)-q >= 6 && t.s[q+1] == t.s[q] && t.s[q+2] == t.s[q] {
			n = 3
		}
		body := t.s[q+n : len(t.s)-n]
		bodyOff := t.off + q + n
		raw := strings.Contains(prefix, "r")
		if strings.Contains(prefix, "b") {
			p.errorAt(t.pos, "bytes literals are not supported")
		}
		if !strings.Contains(prefix, "f") {
			lit.WriteString(p.decode(body, raw, errPos))
			continue
		}
		isJoined = true
		for _, part := range p.fstring(body, bodyOff, raw, 0, t.pos, errPos) {
			if c, ok := part.(*Constant); ok {
				lit.WriteString(c.Value.(string))
				continue
			}
			flush(start)
			parts = append(parts, part)
		}
	}
	if !isJoined {
		return &Constant{At: At{start}, Value: lit.String(), Kind: "str"}
	}
	flush(start)
	return &JoinedStr{At: At{start}, Values: parts}
}

// decode processes backslash escapes of a non-raw literal body.
func (p *parser) decode(body string, raw bool, pos Pos) string {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	s, msg := decodeEscapes(body)
	if msg != "" {
		p.errorAt(pos, "(unicode error) 'unicodeescape' codec can't decode bytes in position %s", msg)
	}
	return s
}

var simpleEscapes = map[byte]string{
	'\n': "", '\\': "\\", '\'': "'", '"': "\"", 'a': "\a", 'b': "\b",
	'f': "\f", 'n': "\n", 'r': "\r", 't': "\t", 'v': "\v",
}

// decodeEscapes returns the decoded text, or a CPython-style message tail
// describing the first bad escape.
func decodeEscapes(s string) (string, string) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			return "", fmt.Sprintf("%d: \\ at end of string", i)
		}
		e := s[i+1]
		if e == '\r' && i+2 < len(s) && s[i+2] == '\n' {
			i += 2
			continue
		}
		if r, ok := simpleEscapes[e]; ok {
			b.WriteString(r)
			i++
			continue
		}
		switch {
		case e >= '0' && e <= '7':
			v, j := 0, i+1
			for ; j < len(s) && j < i+4 && s[j] >= '0' && s[j] <= '7'; j++ {
				v = v*8 + int(s[j]-'0')
			}
			b.WriteRune(rune(v))
			i = j - 1
		case e == 'x' || e == 'u' || e == 'U':
			n := 2
			switch e {
			case 'u':
				n = 4
			case 'U':
				n = 8
			}
			v := 0
			j := i + 2
			for ; j < len(s) && j < i+2+n; j++ {
				d := hexVal(s[j])
				if d < 0 {
					break
				}
				v = v*16 + d
			}
			if j != i+2+n {
				return "", fmt.Sprintf("%d-%d: truncated \\%c%s escape", i, j-1, e, strings.Repeat("X", n))
			}
			if v > utf8.MaxRune {
				return "", fmt.Sprintf("%d-%d: illegal Unicode character", i, j-1)
			}
			b.WriteRune(rune(v))
			i = j - 1
		case e == 'N':
			end := strings.IndexByte(s[i:], '}')
			if i+2 >= len(s) || s[i+2] != '{' {
				return "", fmt.Sprintf("%d-%d: malformed \\N character escape", i, i+1)
			}
			if end < 0 {
				return "", fmt.Sprintf("%d-%d: malformed \\N character escape", i, len(s)-1)
			}
			r, ok := unicodeNames[strings.ToUpper(s[i+3:i+end])]
			if !ok {
				return "", fmt.Sprintf("%d-%d: unknown Unicode character name", i, i+end)
			}
			b.WriteRune(r)
			i += end
		default:
			// Unknown escapes keep their backslash (a DeprecationWarning in CPython).
			b.WriteByte('\\')
		}
	}
	return b.String(), ""
}

// unicodeNames is the small subset of Unicode character names that \N{...}
// accepts; scientific notebooks mostly want Greek letters and units.
var unicodeNames = map[string]rune{
	"BULLET": '•', "DEGREE SIGN": '°', "MICRO SIGN": 'µ', "OHM SIGN": 'Ω',
	"EN DASH": '–', "EM DASH": '—', "HORIZONTAL ELLIPSIS": '…', "MULTIPLICATION SIGN": '×',
	"PLUS-MINUS SIGN": '±', "INFINITY": '∞', "RIGHTWARDS ARROW": '→', "NO-BREAK SPACE": '\u00a0',
	"GREEK SMALL LETTER ALPHA": 'α', "GREEK SMALL LETTER BETA": 'β', "GREEK SMALL LETTER GAMMA": 'γ',
	"GREEK SMALL LETTER DELTA": 'δ', "GREEK SMALL LETTER EPSILON": 'ε', "GREEK SMALL LETTER ETA": 'η',
	"GREEK SMALL LETTER THETA": 'θ', "GREEK SMALL LETTER LAMDA": 'λ', "GREEK SMALL LETTER MU": 'μ',
	"GREEK SMALL LETTER NU": 'ν', "GREEK SMALL LETTER PI": 'π', "GREEK SMALL LETTER RHO": 'ρ',
	"GREEK SMALL LETTER SIGMA": 'σ', "GREEK SMALL LETTER TAU": 'τ', "GREEK SMALL LETTER PHI": 'φ',
	"GREEK SMALL LETTER OMEGA": 'ω', "GREEK CAPITAL LETTER DELTA": 'Δ', "GREEK CAPITAL LETTER OMEGA": 'Ω',
	"GREEK CAPITAL LETTER SIGMA": 'Σ', "GREEK CAPITAL LETTER PI": 'Π', "GREEK CAPITAL LETTER PHI": 'Φ',
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// fstring parses an f-string body (source text between the quotes, at byte
// offset base of the file) into Constant and FormattedValue parts.
func (p *parser) fstring(body string, base int, raw bool, nesting int, pos, errPos Pos) []Expr {
	parts, _ := p.fstringParts(body, 0, base, raw, nesting, pos, errPos, false)
	return parts
}

// fstringParts parses from body[i] to the end, or, inside a format spec,
// up to the closing '}' whose index it returns.
func (p *parser) fstringParts(body string, i, base int, raw bool, nesting int, pos, errPos Pos, inSpec bool) ([]Expr, int) {
	var parts []Expr
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			if s := p.decode(lit.String(), raw, errPos); s != "" {
				parts = append(parts, &Constant{At: At{pos}, Value: s, Kind: "str"})
			}
			lit.Reset()
		}
	}
	for i < len(body) {
		c := body[i]
		switch {
		case c == '{':
			if !inSpec && i+1 < len(body) && body[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			flush()
			var fv *FormattedValue
			fv, i = p.fstringField(body, i+1, base, raw, nesting, pos, errPos)
			parts = append(parts, fv)
		case c == '}':
			if inSpec {
				flush()
				return parts, i
			}
			if i+1 < len(body) && body[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			p.errorAt(errPos, "f-string: single '}' is not allowed")
		case c == '\\' && !raw && i+1 < len(body):
			if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
				end := strings.IndexByte(body[i:], '}')
				if end < 0 {
					end = len(body) - i - 1
				}
				lit.WriteString(body[i : i+end+1])
				i += end + 1
				continue
			}
			if body[i+1] == '{' || body[i+1] == '}' {
				// A lone backslash before a field stays literal.
				lit.WriteString(`\\`)
				i++
				continue
			}
			lit.WriteString(body[i : i+2])
			i += 2
		default:
			lit.WriteByte(c)
			i++
		}
	}
	if inSpec {
		p.errorAt(errPos, "f-string: expecting '}'")
	}
	flush()
	return parts, i
}

// fstringField parses "expr[=][!c][:spec]}" starting after the '{' at
// body[i-1]; it returns the field and the index after its '}'.
func (p *parser) fstringField(body string, i, base int, raw bool, nesting int, pos, errPos Pos) (*FormattedValue, int) {
	if nesting >= 2 {
		p.errorAt(errPos, "f-string: expressions nested too deeply")
	}
	start := i
	var stack []byte // open brackets inside the expression
	var quote byte
	exprEnd, selfDocEnd := -1, -1
scan:
	for ; i < len(body); i++ {
		c := body[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			if c == '\\' {
				p.errorAt(errPos, "f-string expression part cannot include a backslash")
			}
			continue
		}
		switch c {
		case '\\':
			p.errorAt(errPos, "f-string expression part cannot include a backslash")
		case '#':
			p.errorAt(errPos, "f-string expression part cannot include '#'")
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					exprEnd = i
					break scan
				}
				p.errorAt(errPos, "f-string: unmatched '%c'", c)
			}
			if open := stack[len(stack)-1]; open != opening(c) {
				p.errorAt(errPos, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			stack = stack[:len(stack)-1]
		case '!':
			if len(stack) == 0 && !(i+1 < len(body) && body[i+1] == '=') {
				exprEnd = i
				break scan
			}
		case ':':
			if len(stack) == 0 {
				exprEnd = i
				break scan
			}
		case '=':
			if len(stack) == 0 {
				next := byte(0)
				if i+1 < len(body) {
					next = body[i+1]
				}
				prev := body[i-1]
				if next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>' {
					exprEnd = i
					j := i + 1
					for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n') {
						j++
					}
					selfDocEnd = j
					i = j
					break scan
				}
				if next == '=' {
					i++
				}
			}
		}
	}
	if quote != 0 {
		p.errorAt(errPos, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.errorAt(errPos, "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if exprEnd < 0 {
		p.errorAt(errPos, "f-string: expecting '}'")
	}
	if strings.TrimSpace(body[start:exprEnd]) == "" {
		if body[exprEnd] == '}' {
			p.errorAt(errPos, "f-string: empty expression not allowed")
		}
		p.errorAt(errPos, "f-string: expression required before '%c'", body[exprEnd])
	}
	fv := &FormattedValue{At: At{p.sc.posAt(base + start - 1)}, Value: p.subExpr(base+start, base+exprEnd)}
	if selfDocEnd >= 0 {
		fv.SelfDoc = body[start:selfDocEnd]
	}
	if i < len(body) && body[i] == '!' {
		if i+1 >= len(body) {
			p.errorAt(errPos, "f-string: expecting '}'")
		}
		conv := body[i+1]
		if conv != 's' && conv != 'r' && conv != 'a' {
			p.errorAt(errPos, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = rune(conv)
		i += 2
		if i >= len(body) || body[i] != ':' && body[i] != '}' {
			p.errorAt(errPos, "f-string: expecting '}'")
		}
	}
	if i < len(body) && body[i] == ':' {
		specParts, end := p.fstringParts(body, i+1, base, raw, nesting+1, pos, errPos, true)
		fv.Spec = &JoinedStr{At: At{pos}, Values: specParts}
		i = end
	}
	if i >= len(body) || body[i] != '}' {
		p.errorAt(errPos, "f-string: expecting '}'")
	}
	if fv.SelfDoc != "" && fv.Conversion == 0 && fv.Spec == nil {
		// f"{x=}" shows the repr, as CPython does.
		fv.Conversion = 'r'
	}
	return fv, i + 1
}

// subExpr parses the f-string expression in the file's bytes [start, end),
// implicitly parenthesised as CPython does.
func (p *parser) subExpr(start, end int) Expr {
	sc := p.sc.sub(start, end)
	toks, scanErr := sc.scan()
	if scanErr != nil {
		scanErr.Incomplete = false
		if strings.HasSuffix(scanErr.Msg, "was never closed") {
			scanErr.Msg = "f-string: " + scanErr.Msg
		}
		p.fail(scanErr)
	}
	sub := &parser{sc: sc, toks: toks, fn: p.fn, loop: p.loop, depth: p.depth, outer: p}
	defer func() {
		// CPython prefixes errors inside the expression with "f-string: ".
		if r := recover(); r != nil {
			if b, ok := r.(bailout); ok && !strings.HasPrefix(b.err.Msg, "f-string") {
				b.err.Msg = "f-string: " + b.err.Msg
			}
			panic(r)
		}
	}()
	var e Expr
	if sub.isOp("**") {
		sub.errorAt(p.sc.posAt(start), "cannot use double starred expression here")
	}
	if sub.isKw("yield") {
		e = sub.yieldExpr()
	} else {
		e = sub.starExpressions()
		if sub.isKw("for") {
			// The expression is implicitly parenthesised: a bare generator.
			e = sub.comprehension("gen", e, nil)
		}
		if s, ok := e.(*Starred); ok {
			sub.errorNode(s, "cannot use starred expression here")
		}
	}
	if sub.tok().kind != tEOF {
		if sub.isOp("=") {
			sub.errorAt(sub.tok().pos, "f-string: expecting '}'")
		}
		sub.missingComma()
	}
	if p.late == nil {
		p.late = sub.late
	}
	return e
}
