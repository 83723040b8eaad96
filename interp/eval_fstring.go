package interp

import (
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// strFn evaluates an f-string part straight to a Go string, so the pieces
// of an f-string are not boxed into Str values only to be unboxed again.
type strFn func(fr *frame) (string, error)

// fstringInline is how many parts joinedStr collects on the stack.
const fstringInline = 8

func (c *compiler) joinedStr(n *syntax.JoinedStr) evalFn {
	parts := make([]strFn, len(n.Values))
	for i, e := range n.Values {
		parts[i] = c.strPart(e)
	}
	return func(fr *frame) (Value, error) {
		s, err := joinParts(fr, parts)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
}

// joinParts evaluates the parts in order and concatenates them with a
// single allocation.
func joinParts(fr *frame, parts []strFn) (string, error) {
	var inline [fstringInline]string
	strs := inline[:0]
	if len(parts) > fstringInline {
		strs = make([]string, 0, len(parts))
	}
	total := 0
	for _, p := range parts {
		s, err := p(fr)
		if err != nil {
			return "", err
		}
		strs = append(strs, s)
		total += len(s)
	}
	if len(strs) == 1 {
		return strs[0], nil
	}
	var b strings.Builder
	b.Grow(total)
	for _, s := range strs {
		b.WriteString(s)
	}
	return b.String(), nil
}

// strPart compiles one f-string part: a literal, a {field}, or (in a
// spec) any expression.
func (c *compiler) strPart(e syntax.Expr) strFn {
	switch n := e.(type) {
	case *syntax.Constant:
		if s, ok := n.Value.(string); ok {
			return func(*frame) (string, error) { return s, nil }
		}
	case *syntax.FormattedValue:
		return c.formattedStr(n)
	case *syntax.JoinedStr:
		parts := make([]strFn, len(n.Values))
		for i, v := range n.Values {
			parts[i] = c.strPart(v)
		}
		return func(fr *frame) (string, error) { return joinParts(fr, parts) }
	}
	f := c.expr(e)
	return func(fr *frame) (string, error) {
		v, err := f(fr)
		if err != nil {
			return "", err
		}
		if s, ok := v.(Str); ok {
			return string(s), nil
		}
		return ToStr(fr.th, v)
	}
}

// constSpec reports the text of a format spec made only of literals.
func constSpec(spec *syntax.JoinedStr) (string, bool) {
	var b strings.Builder
	for _, v := range spec.Values {
		k, ok := v.(*syntax.Constant)
		if !ok {
			return "", false
		}
		s, ok := k.Value.(string)
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), true
}

func (c *compiler) formatted(n *syntax.FormattedValue) evalFn {
	f := c.formattedStr(n)
	return func(fr *frame) (Value, error) {
		s, err := f(fr)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
}

// formattedStr compiles {value!conv:spec}; a literal spec is fixed at
// compile time.
func (c *compiler) formattedStr(n *syntax.FormattedValue) strFn {
	val := c.expr(n.Value)
	var spec strFn
	constSp := ""
	if n.Spec != nil {
		if s, ok := constSpec(n.Spec); ok {
			constSp = s
		} else {
			spec = c.strPart(n.Spec)
		}
	}
	conv := n.Conversion
	selfDoc := n.SelfDoc
	if selfDoc != "" && conv == 0 && n.Spec == nil {
		conv = 'r'
	}
	pre := preparseSpec(constSp, spec == nil && conv == 0)
	return func(fr *frame) (string, error) {
		v, err := val(fr)
		if err != nil {
			return "", err
		}
		if s, ok, err := pre.format(v); ok {
			return selfDoc + s, err
		}
		switch conv {
		case 'r':
			s, err := Repr(fr.th, v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 's':
			s, err := ToStr(fr.th, v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 'a':
			s, err := Repr(fr.th, v)
			if err != nil {
				return "", err
			}
			v = Str(ASCIIEscape(s))
		}
		sp := constSp
		if spec != nil {
			if sp, err = spec(fr); err != nil {
				return "", err
			}
		}
		s, err := formatValue(fr.th, v, sp)
		if err != nil {
			return "", err
		}
		return selfDoc + s, nil
	}
}

// parsedSpecs holds a literal format spec parsed once for the two types
// that f-strings format most, int and float.
type parsedSpecs struct {
	intOK, floatOK bool
	intFS, floatFS formatSpec
}

func preparseSpec(spec string, usable bool) parsedSpecs {
	var p parsedSpecs
	if !usable || spec == "" {
		return p
	}
	var err error
	if p.intFS, err = parseFormatSpec(spec, '>', 'd', "int"); err == nil {
		p.intOK = true
	}
	if p.floatFS, err = parseFormatSpec(spec, '>', 0, "float"); err == nil {
		switch p.floatFS.typ {
		case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
			p.floatOK = true
		}
	}
	return p
}

// format formats an int or float with the parsed spec; ok is false for
// other values (and specs that did not parse), which take the general path.
func (p *parsedSpecs) format(v Value) (s string, ok bool, err error) {
	switch x := v.(type) {
	case Int:
		if p.intOK {
			s, err = formatIntParsed(int64(x), nil, p.intFS, "int")
			return s, true, err
		}
	case Float:
		if p.floatOK {
			s, err = formatFloatParsed(float64(x), p.floatFS)
			return s, true, err
		}
	}
	return "", false, nil
}
