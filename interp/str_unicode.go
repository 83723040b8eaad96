package interp

import (
	"strings"
	"unicode"
)

// Python's character classes and case mappings where they differ from Go's
// unicode package: whitespace includes the ASCII separators \x1c-\x1f,
// digits include superscripts, numerics include CJK numerals, and case
// mappings are the full ones (ß.upper() == "SS").

// pyIsSpace is Py_UNICODE_ISSPACE.
func pyIsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// pyIsLineBreak is Py_UNICODE_ISLINEBREAK (str.splitlines boundaries).
func pyIsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func pyIsDecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }

// pyDigitRanges are the characters with Numeric_Type=Digit that are not
// decimal digits (superscripts, subscripts, circled digits).
var pyDigitRanges = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00b2, 0x00b3, 1}, {0x00b9, 0x00b9, 1}, {0x1369, 0x1371, 1},
		{0x19da, 0x19da, 1}, {0x2070, 0x2070, 1}, {0x2074, 0x2079, 1},
		{0x2080, 0x2089, 1}, {0x2460, 0x2468, 1}, {0x2474, 0x247c, 1},
		{0x2488, 0x2490, 1}, {0x24ea, 0x24ea, 1}, {0x24f5, 0x24fd, 1},
		{0x24ff, 0x24ff, 1}, {0x2776, 0x277e, 1}, {0x2780, 0x2788, 1},
		{0x278a, 0x2792, 1},
	},
}

func pyIsDigit(r rune) bool { return pyIsDecimal(r) || unicode.Is(pyDigitRanges, r) }

// pyCJKNumerals are letters (Lo) that Unicode gives a numeric value.
const pyCJKNumerals = "〇一二三四五六七八九十百千万萬億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅"

func pyIsNumeric(r rune) bool {
	return unicode.IsNumber(r) || (r >= 0x3007 && strings.ContainsRune(pyCJKNumerals, r))
}

func pyIsAlpha(r rune) bool { return unicode.IsLetter(r) }

func pyIsAlnum(r rune) bool {
	return pyIsAlpha(r) || pyIsDecimal(r) || pyIsDigit(r) || pyIsNumeric(r)
}

func pyIsCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// pyIsIDStart and pyIsIDContinue approximate XID_Start and XID_Continue.
func pyIsIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
}

func pyIsIDContinue(r rune) bool {
	return pyIsIDStart(r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Mn, r) ||
		unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)
}

// caseFullUpper holds the upper-case mappings that expand to several characters.
var caseFullUpper = map[rune]string{
	'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL",
	'ﬅ': "ST", 'ﬆ': "ST", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
}

// caseFullTitle holds the title-case mappings that expand.
var caseFullTitle = map[rune]string{
	'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl",
	'ﬅ': "St", 'ﬆ': "St", 'ŉ': "ʼN", 'և': "Եւ",
}

func caseWriteUpper(b *strings.Builder, r rune) {
	if s, ok := caseFullUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func caseWriteTitle(b *strings.Builder, r rune) {
	if s, ok := caseFullTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// caseWriteLower writes the lower case of rs[i], applying the final-sigma rule.
func caseWriteLower(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	switch r {
	case 'İ':
		b.WriteString("i̇")
		return
	case 'Σ':
		if caseFinalSigma(rs, i) {
			b.WriteRune('ς')
			return
		}
	}
	b.WriteRune(unicode.ToLower(r))
}

// caseFinalSigma reports whether the capital sigma at i ends a word: a cased
// letter before it and none after it (skipping case-ignorable marks).
func caseFinalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorableRune(rs[j]) {
		j--
	}
	if j < 0 || !pyIsCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorableRune(rs[j]) {
		j++
	}
	return j == len(rs) || !pyIsCased(rs[j])
}

func caseIgnorableRune(r rune) bool {
	return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`' ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func strLower(s string) string {
	if strIsASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		caseWriteLower(&b, rs, i)
	}
	return b.String()
}

func strUpper(s string) string {
	if strIsASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		caseWriteUpper(&b, r)
	}
	return b.String()
}

func strCasefold(s string) string {
	if strIsASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'ς':
			b.WriteRune('σ')
		default:
			if u, ok := caseFullUpper[r]; ok {
				b.WriteString(strings.ToLower(u))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

func strTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			caseWriteLower(&b, rs, i)
		} else {
			caseWriteTitle(&b, r)
		}
		prevCased = pyIsCased(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			caseWriteTitle(&b, r)
		} else {
			caseWriteLower(&b, rs, i)
		}
	}
	return b.String()
}

func strSwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			caseWriteLower(&b, rs, i)
		case unicode.IsLower(r):
			caseWriteUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func pyIsPrintable(r rune) bool { return unicode.IsPrint(r) }
func pyIsLower(r rune) bool     { return unicode.IsLower(r) }
func pyIsUpper(r rune) bool     { return unicode.IsUpper(r) }
func pyIsTitle(r rune) bool     { return unicode.IsTitle(r) }
