package interp

import (
	"math"
	"strings"
	"unicode/utf8"
)

// PercentFormat is format % args (printf-style formatting of str), with
// CPython's PyUnicode_Format semantics and error messages.
func PercentFormat(th *Thread, format string, args Value) (Value, error) {
	pf := percentFormatter{th: th, args: args, arglen: -1, argidx: -2}
	if t, ok := args.(Tuple); ok {
		pf.tuple, pf.arglen, pf.argidx = t, len(t), 0
	} else if isFormatMapping(args) {
		pf.dict = args
	}
	s, err := pf.run(format)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// isFormatMapping mirrors PyMapping_Check for '%': anything subscriptable
// other than tuple and str (so '%s' % [1] and '%s' % array work, and
// '%(name)s' % d looks names up).
func isFormatMapping(v Value) bool {
	switch v.(type) {
	case Tuple, Str:
		return false
	case *Dict, *List, Indexable:
		return true
	}
	return false
}

type percentFormatter struct {
	th     *Thread
	args   Value // the current argument source: the tuple, or one value
	tuple  Tuple
	dict   Value // set when args is a mapping
	arglen int   // -1 for a single value
	argidx int
	out    strings.Builder
}

// percent conversion flags.
const (
	pctLJust = 1 << iota
	pctSign
	pctBlank
	pctAlt
	pctZero
)

type percentArg struct {
	ch    rune
	flags int
	width int // -1 when absent
	prec  int // -1 when absent
	sign  bool
}

func (pf *percentFormatter) nextArg() (Value, error) {
	if pf.argidx < pf.arglen {
		i := pf.argidx
		pf.argidx++
		if pf.arglen < 0 {
			return pf.args, nil
		}
		return pf.tuple[i], nil
	}
	return nil, Errorf(TypeError, "not enough arguments for format string")
}

func (pf *percentFormatter) run(format string) (string, error) {
	rs := []rune(format)
	pf.out.Grow(len(format) + 16)
	pos := 0
	for pos < len(rs) {
		start := pos
		for pos < len(rs) && rs[pos] != '%' {
			pos++
		}
		for _, r := range rs[start:pos] {
			pf.out.WriteRune(r)
		}
		if pos == len(rs) {
			break
		}
		pos++ // the '%'
		if err := pf.conversion(rs, &pos); err != nil {
			return "", err
		}
	}
	if pf.argidx < pf.arglen && pf.dict == nil {
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return pf.out.String(), nil
}

// conversion handles one "%..." spec starting after the '%'.
func (pf *percentFormatter) conversion(rs []rune, pos *int) error {
	if *pos < len(rs) && rs[*pos] == '%' {
		*pos++
		pf.out.WriteByte('%')
		return nil
	}
	arg := percentArg{width: -1, prec: -1}
	exhausted := false
	read := func() {
		if *pos < len(rs) {
			arg.ch = rs[*pos]
			*pos++
		} else {
			exhausted = true
		}
	}
	if *pos < len(rs) && rs[*pos] == '(' {
		if pf.dict == nil {
			return Errorf(TypeError, "format requires a mapping")
		}
		*pos++
		keyStart, depth := *pos, 1
		for depth > 0 && *pos < len(rs) {
			switch rs[*pos] {
			case ')':
				depth--
			case '(':
				depth++
			}
			*pos++
		}
		if depth > 0 {
			return Errorf(ValueError, "incomplete format key")
		}
		key := Str(string(rs[keyStart : *pos-1]))
		v, err := formatMappingGet(pf.th, pf.dict, key)
		if err != nil {
			return err
		}
		pf.args, pf.arglen, pf.argidx = v, -1, -2
	}
	read()
	for !exhausted {
		switch arg.ch {
		case '-':
			arg.flags |= pctLJust
		case '+':
			arg.flags |= pctSign
		case ' ':
			arg.flags |= pctBlank
		case '#':
			arg.flags |= pctAlt
		case '0':
			arg.flags |= pctZero
		default:
			goto width
		}
		read()
	}
width:
	if !exhausted && arg.ch == '*' {
		n, err := pf.starArg()
		if err != nil {
			return err
		}
		if n < 0 {
			arg.flags |= pctLJust
			n = -n
		}
		arg.width = n
		read()
	} else if !exhausted && arg.ch >= '0' && arg.ch <= '9' {
		arg.width = int(arg.ch - '0')
		for read(); !exhausted && arg.ch >= '0' && arg.ch <= '9'; read() {
			if arg.width > (math.MaxInt64-int(arg.ch-'0'))/10 {
				return Errorf(ValueError, "width too big")
			}
			arg.width = arg.width*10 + int(arg.ch-'0')
		}
	}
	if !exhausted && arg.ch == '.' {
		arg.prec = 0
		read()
		if !exhausted && arg.ch == '*' {
			n, err := pf.starArg()
			if err != nil {
				return err
			}
			arg.prec = max(n, 0)
			read()
		} else if !exhausted && arg.ch >= '0' && arg.ch <= '9' {
			arg.prec = int(arg.ch - '0')
			for read(); !exhausted && arg.ch >= '0' && arg.ch <= '9'; read() {
				if arg.prec > (math.MaxInt32-int(arg.ch-'0'))/10 {
					return Errorf(ValueError, "precision too big")
				}
				arg.prec = arg.prec*10 + int(arg.ch-'0')
			}
		}
	}
	if !exhausted && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L') {
		read()
	}
	if exhausted {
		return Errorf(ValueError, "incomplete format")
	}
	if arg.width > maxFormatWidth || arg.prec > maxFormatWidth {
		return Errorf(MemoryError, "format width or precision is too large")
	}
	v, err := pf.nextArg()
	if err != nil {
		return err
	}
	s, err := pf.convert(&arg, v, *pos-1)
	if err != nil {
		return err
	}
	pf.output(&arg, s)
	return nil
}

// starArg reads the int argument of a '*' width or precision.
func (pf *percentFormatter) starArg() (int, error) {
	v, err := pf.nextArg()
	if err != nil {
		return 0, err
	}
	switch x := v.(type) {
	case Int:
		if x > maxFormatWidth || x < -maxFormatWidth {
			return 0, Errorf(MemoryError, "format width or precision is too large")
		}
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return 0, Errorf(TypeError, "* wants int")
}

// convert produces the text of one conversion before padding.
func (pf *percentFormatter) convert(arg *percentArg, v Value, index int) (string, error) {
	switch arg.ch {
	case 's':
		return formatArgStr(pf.th, v)
	case 'r':
		return formatArgRepr(pf.th, v)
	case 'a':
		s, err := formatArgRepr(pf.th, v)
		return ASCIIEscape(s), err
	case 'd', 'i', 'u', 'o', 'x', 'X':
		arg.sign = true
		return percentInt(pf.th, arg, v)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		arg.sign = true
		f, err := percentFloatArg(pf.th, v)
		if err != nil {
			return "", err
		}
		prec := arg.prec
		if prec < 0 {
			prec = 6
		}
		var flags dtoaFlags
		if arg.flags&pctAlt != 0 {
			flags |= dtoaAlt
		}
		upper := arg.ch == 'E' || arg.ch == 'F' || arg.ch == 'G'
		code := byte(arg.ch)
		if upper {
			code += 'a' - 'A'
		}
		return string(appendPyFloat(nil, f, code, prec, flags, upper)), nil
	case 'c':
		return percentChar(pf.th, v)
	}
	shown := '?'
	if arg.ch >= 31 && arg.ch <= 126 {
		shown = arg.ch
	}
	return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, arg.ch, index)
}

// output pads s as unicode_format_arg_output does.
func (pf *percentFormatter) output(arg *percentArg, s string) {
	fill := ' '
	if arg.sign && arg.flags&pctZero != 0 {
		fill = '0'
	}
	n := utf8.RuneCountInString(s)
	if (arg.width < 0 || arg.width <= n) && (arg.prec < 0 || arg.prec >= n) &&
		arg.flags&(pctSign|pctBlank) == 0 {
		pf.out.WriteString(s)
		return
	}
	if (arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && n > arg.prec {
		s = truncateCodePoints(s, arg.prec)
		n = arg.prec
	}
	var signch byte
	if arg.sign {
		switch {
		case len(s) > 0 && (s[0] == '-' || s[0] == '+'):
			signch = s[0]
			s = s[1:]
			n--
		case arg.flags&pctSign != 0:
			signch = '+'
		case arg.flags&pctBlank != 0:
			signch = ' '
		}
	}
	width := max(arg.width, n)
	if signch != 0 {
		if fill != ' ' {
			pf.out.WriteByte(signch)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if arg.flags&pctAlt != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o') {
		prefix, s = s[:2], s[2:]
		if fill != ' ' {
			pf.out.WriteString(prefix)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && arg.flags&pctLJust == 0 {
		writeFillRunes(&pf.out, fill, width-n)
		width = n
	}
	if fill == ' ' {
		if signch != 0 {
			pf.out.WriteByte(signch)
		}
		pf.out.WriteString(prefix)
	}
	pf.out.WriteString(s)
	if width > n {
		writeFillRunes(&pf.out, ' ', width-n)
	}
}
