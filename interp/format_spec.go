package interp

import (
	"strings"
	"unicode/utf8"
)

// The format-spec mini-language of format(x, spec), str.format and
// f-strings, parsed as CPython's parse_internal_render_format_spec does.

// formatSpec is a parsed format spec.
type formatSpec struct {
	fill     rune
	align    byte // '<', '>', '^', '='
	sign     byte // 0, '+', '-', ' '
	noNeg0   bool // 'z'
	alt      bool // '#'
	width    int  // -1 when absent
	grouping byte // 0, ',' or '_'
	groupBy4 bool // '_' with b, o, x, X: groups of four
	prec     int  // -1 when absent
	typ      rune // the default type when absent
}

// maxFormatWidth bounds widths and precisions so that a typo cannot make
// the kernel allocate gigabytes; CPython would try and fail with MemoryError.
const maxFormatWidth = 1 << 22

// parseFormatSpec parses spec for an object of type typeName whose default
// alignment is defaultAlign ('<' for str, '>' for numbers) and default
// presentation type defaultType ('s' for str, 'd' for int, none for float).
func parseFormatSpec(spec string, defaultAlign byte, defaultType rune, typeName string) (formatSpec, error) {
	fs := formatSpec{fill: ' ', align: defaultAlign, width: -1, prec: -1, typ: defaultType}
	rs := []rune(spec)
	pos := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	fillGiven, alignGiven := false, false
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.fill, fs.align = rs[0], byte(rs[1])
		fillGiven, alignGiven = true, true
		pos = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.align = byte(rs[0])
		alignGiven = true
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		fs.sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		fs.noNeg0 = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		fs.alt = true
		pos++
	}
	if !fillGiven && pos < len(rs) && rs[pos] == '0' {
		fs.fill = '0'
		if !alignGiven && defaultAlign == '>' {
			fs.align = '='
		}
		pos++
	}
	n, consumed, err := specInteger(rs, &pos)
	if err != nil {
		return fs, err
	}
	if consumed > 0 {
		fs.width = n
	}
	if pos < len(rs) && rs[pos] == ',' {
		fs.grouping = ','
		pos++
	}
	if pos < len(rs) && rs[pos] == '_' {
		if fs.grouping != 0 {
			return fs, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
		fs.grouping = '_'
		pos++
	}
	if pos < len(rs) && rs[pos] == ',' && fs.grouping == '_' {
		return fs, Errorf(ValueError, "Cannot specify both ',' and '_'.")
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		n, consumed, err := specInteger(rs, &pos)
		if err != nil {
			return fs, err
		}
		if consumed == 0 {
			return fs, Errorf(ValueError, "Format specifier missing precision")
		}
		fs.prec = n
	}
	if len(rs)-pos > 1 {
		return fs, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(rs) {
		fs.typ = rs[pos]
	}
	if fs.grouping != 0 {
		switch fs.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.grouping == '_' {
				fs.groupBy4 = true
				break
			}
			return fs, badGroupingType(fs.grouping, fs.typ)
		default:
			return fs, badGroupingType(fs.grouping, fs.typ)
		}
	}
	return fs, nil
}

func badGroupingType(sep byte, typ rune) error {
	if typ > 32 && typ < 128 {
		return Errorf(ValueError, "Cannot specify '%c' with '%c'.", sep, typ)
	}
	return Errorf(ValueError, "Cannot specify '%c' with '\\x%x'.", sep, typ)
}

// specInteger reads a decimal width or precision at *pos.
func specInteger(rs []rune, pos *int) (n, consumed int, err error) {
	for *pos < len(rs) && rs[*pos] >= '0' && rs[*pos] <= '9' {
		if n > (1<<62)/10 {
			return 0, 0, Errorf(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(rs[*pos]-'0')
		*pos++
		consumed++
	}
	if n > maxFormatWidth {
		return 0, 0, Errorf(MemoryError, "format width or precision %d is too large", n)
	}
	return n, consumed, nil
}

func unknownFormatCode(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// formatPadText aligns s within fs.width using fs.fill (str formatting).
func formatPadText(s string, fs *formatSpec) string {
	n := utf8.RuneCountInString(s)
	if fs.width <= n {
		return s
	}
	total := fs.width - n
	left := 0
	switch fs.align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	var b strings.Builder
	b.Grow(len(s) + total*utf8.RuneLen(fs.fill))
	writeFillRunes(&b, fs.fill, left)
	b.WriteString(s)
	writeFillRunes(&b, fs.fill, total-left)
	return b.String()
}

func writeFillRunes(b *strings.Builder, r rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(r)
	}
}

// formattedNumber is a formatted number split as CPython's fill_number sees it.
type formattedNumber struct {
	neg        bool
	prefix     string // "0x" and friends
	digits     string // integer digits, grouped and zero-padded
	hasDecimal bool
	remainder  string // fraction, exponent, '%', or the 'c' character
}

// splitFormattedNumber splits a formatted float ("-12.5e+03%") into its parts.
func splitFormattedNumber(s string) formattedNumber {
	var p formattedNumber
	if strings.HasPrefix(s, "-") {
		p.neg, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	p.digits = s[:i]
	if i < len(s) && s[i] == '.' {
		p.hasDecimal = true
		i++
	}
	p.remainder = s[i:]
	return p
}

// layoutFormattedNumber lays out a number like CPython's calc_number_widths and
// fill_number: |lpad|sign|prefix|spad|grouped digits|.|remainder|rpad|.
func layoutFormattedNumber(p formattedNumber, fs *formatSpec) string {
	sign := ""
	switch {
	case p.neg:
		sign = "-"
	case fs.sign == '+':
		sign = "+"
	case fs.sign == ' ':
		sign = " "
	}
	nonDigits := len(sign) + len(p.prefix) + utf8.RuneCountInString(p.remainder)
	if p.hasDecimal {
		nonDigits++
	}
	minWidth := 0
	if fs.fill == '0' && fs.align == '=' {
		minWidth = fs.width - nonDigits
	}
	grouped := ""
	if p.digits != "" {
		group := 0
		switch {
		case fs.groupBy4:
			group = 4
		case fs.grouping != 0:
			group = 3
		}
		grouped = groupThousands(p.digits, minWidth, group, fs.grouping)
	}
	var lpad, spad, rpad int
	if pad := fs.width - nonDigits - len(grouped); pad > 0 {
		switch fs.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	if lpad+spad+rpad == 0 && sign == "" && p.prefix == "" && !p.hasDecimal && p.remainder == "" {
		return grouped
	}
	var b strings.Builder
	b.Grow(lpad + spad + rpad + len(sign) + len(p.prefix) + len(grouped) + 1 + len(p.remainder))
	writeFillRunes(&b, fs.fill, lpad)
	b.WriteString(sign)
	b.WriteString(p.prefix)
	writeFillRunes(&b, fs.fill, spad)
	b.WriteString(grouped)
	if p.hasDecimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	writeFillRunes(&b, fs.fill, rpad)
	return b.String()
}

// groupThousands inserts a separator every group digits from the right
// (group 0: none) and left-pads with zeros, separators included, up to
// minWidth characters: CPython's _PyUnicode_InsertThousandsGrouping.
func groupThousands(digits string, minWidth, group int, sep byte) string {
	if group == 0 && len(digits) >= minWidth {
		return digits
	}
	out := make([]byte, 0, max(len(digits)*2, minWidth)+1) // built reversed
	remaining := len(digits)
	pos := len(digits)
	emit := func(l int, useSep bool) {
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		if useSep {
			out = append(out, sep)
		}
		for i := 0; i < nChars; i++ {
			out = append(out, digits[pos-1-i])
		}
		pos -= nChars
		out = appendZeroDigits(out, nZeros)
		remaining -= nChars
		minWidth -= l
	}
	if group > 0 {
		for first := true; ; first = false {
			emit(min(group, max(remaining, minWidth, 1)), !first)
			if remaining <= 0 && minWidth <= 0 {
				break
			}
			minWidth--
		}
	} else {
		emit(max(remaining, minWidth, 1), false)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}
