package pystd

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
)

const (
	asciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	asciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits         = "0123456789"
	punctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace     = " \t\n\r\x0b\x0c"
)

func stringModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("string")
	m.Set("ascii_lowercase", interp.Str(asciiLowercase))
	m.Set("ascii_uppercase", interp.Str(asciiUppercase))
	m.Set("ascii_letters", interp.Str(asciiLowercase+asciiUppercase))
	m.Set("digits", interp.Str(digits))
	m.Set("hexdigits", interp.Str("0123456789abcdefABCDEF"))
	m.Set("octdigits", interp.Str("01234567"))
	m.Set("punctuation", interp.Str(punctuation))
	m.Set("whitespace", interp.Str(whitespace))
	m.Set("printable", interp.Str(digits+asciiLowercase+asciiUppercase+punctuation+whitespace))
	def(m, "capwords", func(th *thread, args []value, kw []kwarg) (value, error) {
		var s string
		var sep value = interp.None
		if err := interp.UnpackArgs("capwords", args, kw, "s", &s, "sep?", &sep); err != nil {
			return nil, err
		}
		var words []string
		joiner := " "
		if sp, ok := sep.(interp.Str); ok {
			words = strings.Split(s, string(sp))
			joiner = string(sp)
		} else {
			words = strings.Fields(s)
		}
		for i, w := range words {
			c, err := interp.CallStrMethod(th, interp.Str(w), "capitalize", nil, nil)
			if err != nil {
				return nil, err
			}
			words[i] = string(c.(interp.Str))
		}
		return interp.Str(strings.Join(words, joiner)), nil
	})
	m.Set("Template", TemplateType)
	return m, nil
}

// TemplateType is string.Template.
var TemplateType = interp.NewClass("Template", "string")

type template struct {
	cls  *interp.Class
	text string
}

func (t *template) Type() *interp.Class { return t.cls }

func (t *template) Attr(th *thread, name string) (value, error) {
	switch name {
	case "template":
		return interp.Str(t.text), nil
	case "substitute", "safe_substitute":
		safe := name == "safe_substitute"
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			lookup := func(key string) (value, bool, error) {
				for _, k := range kw {
					if k.Name == key {
						return k.Value, true, nil
					}
				}
				if len(args) > 0 {
					v, err := interp.GetItem(th, args[0], interp.Str(key))
					if err != nil {
						if e, ok := err.(*interp.Exception); ok && e.IsInstance(interp.KeyError) {
							return nil, false, nil
						}
						return nil, false, err
					}
					return v, true, nil
				}
				return nil, false, nil
			}
			return t.substitute(th, lookup, safe)
		}), nil
	}
	return nil, nil
}

func (t *template) AttrNames() []string { return []string{"safe_substitute", "substitute", "template"} }

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (t *template) substitute(th *thread, lookup func(string) (value, bool, error), safe bool) (value, error) {
	s := t.text
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			b.WriteByte(s[i])
			continue
		}
		start := i
		if i+1 < len(s) && s[i+1] == '$' {
			b.WriteByte('$')
			i++
			continue
		}
		var name string
		end := i + 1
		if end < len(s) && s[end] == '{' {
			j := strings.IndexByte(s[end:], '}')
			if j > 0 {
				name = s[end+1 : end+j]
				end += j + 1
			}
		} else {
			for end < len(s) && (isIdentStart(s[end]) || end > i+1 && s[end] >= '0' && s[end] <= '9') {
				end++
			}
			name = s[i+1 : end]
		}
		if name == "" {
			if safe {
				b.WriteByte('$')
				continue
			}
			line := strings.Count(s[:start], "\n") + 1
			col := start - strings.LastIndexByte(s[:start], '\n')
			return nil, interp.Errorf(interp.ValueError, "Invalid placeholder in string: line %d, col %d", line, col)
		}
		v, ok, err := lookup(name)
		if err != nil {
			return nil, err
		}
		if !ok {
			if safe {
				b.WriteString(s[start:end])
				i = end - 1
				continue
			}
			return nil, &interp.Exception{Class: interp.KeyError, Args: interp.Tuple{interp.Str(name)}}
		}
		str, err := interp.ToStr(th, v)
		if err != nil {
			return nil, err
		}
		b.WriteString(str)
		i = end - 1
	}
	return interp.Str(b.String()), nil
}

func init() {
	TemplateType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		var text string
		if err := interp.UnpackArgs("Template", args, kw, "template", &text); err != nil {
			return nil, err
		}
		return &template{cls: cls, text: text}, nil
	}
}
