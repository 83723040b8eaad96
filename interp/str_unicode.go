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

func pyIsDigit(r rune) bool { return pyIsDecimal(r) || unicode.Is(pyDigitExtra, r) }

func pyIsNumeric(r rune) bool {
	return unicode.IsNumber(r) || unicode.Is(pyNumericExtra, r)
}

func pyIsAlpha(r rune) bool { return unicode.IsLetter(r) }

func pyIsAlnum(r rune) bool {
	return pyIsAlpha(r) || pyIsDecimal(r) || pyIsDigit(r) || pyIsNumeric(r)
}

// pyIsCased: Python's "cased" is Lowercase, Uppercase (which include the
// Other_Lowercase/Other_Uppercase properties, e.g. ª and Ⓐ) or titlecase.
func pyIsCased(r rune) bool { return pyIsUpper(r) || pyIsLower(r) || unicode.IsTitle(r) }

// pyIsIDStart and pyIsIDContinue are Python's XID_Start and XID_Continue:
// ID_Start and ID_Continue less the characters that NFKC normalisation
// turns into non-identifiers.
func pyIsIDStart(r rune) bool {
	if r == '_' {
		return true
	}
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space) && !notXIDContinue(r) &&
		r != 0x0e33 && r != 0x0eb3 && r != 0xff9e && r != 0xff9f
}

func pyIsIDContinue(r rune) bool {
	if pyIsIDStart(r) || r == 0x0e33 || r == 0x0eb3 || r == 0xff9e || r == 0xff9f {
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space) && !notXIDContinue(r)
}

// notXIDContinue lists the ID_Continue characters that are not XID_Continue.
func notXIDContinue(r rune) bool {
	switch {
	case r == 0x037a, r == 0x309b, r == 0x309c, r >= 0xfc5e && r <= 0xfc63, r == 0xfdfa, r == 0xfdfb:
		return true
	case r >= 0xfe70 && r <= 0xfe7e:
		return r%2 == 0
	}
	return false
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
		switch f, ok := caseFoldSpecial[r]; {
		case ok:
			b.WriteString(f)
		case r == 'İ':
			b.WriteString("i̇")
		default:
			b.WriteRune(unicode.ToLower(r))
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
		case pyIsUpper(r):
			caseWriteLower(&b, rs, i)
		case pyIsLower(r):
			caseWriteUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func pyIsPrintable(r rune) bool { return unicode.IsPrint(r) }
func pyIsLower(r rune) bool     { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func pyIsUpper(r rune) bool     { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func pyIsTitle(r rune) bool     { return unicode.IsTitle(r) }
