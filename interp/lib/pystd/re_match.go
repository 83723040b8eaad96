package pystd

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gobrian/gobrian/interp"
)

// subject is a searched string with byte/code-point offset conversion.
type subject struct {
	s      string
	ascii  bool
	runeAt []int // byte offset -> code point index (non-ASCII only)
}

func newSubject(s string) *subject {
	sub := &subject{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			sub.ascii = false
			break
		}
	}
	if !sub.ascii {
		sub.runeAt = make([]int, len(s)+1)
		n := 0
		for i := range s {
			sub.runeAt[i] = n
			n++
		}
		sub.runeAt[len(s)] = n
		for i := len(s) - 1; i >= 0; i-- {
			if !utf8.RuneStart(s[i]) {
				sub.runeAt[i] = sub.runeAt[i+1]
			}
		}
	}
	return sub
}

func (s *subject) cp(byteOff int) int {
	if s.ascii || byteOff < 0 {
		return byteOff
	}
	return s.runeAt[byteOff]
}

// byteOff converts a code-point index (clamped) to a byte offset.
func (s *subject) byteOff(cp int) int {
	if cp <= 0 {
		return 0
	}
	if s.ascii {
		return min(cp, len(s.s))
	}
	n := 0
	for i := range s.s {
		if n == cp {
			return i
		}
		n++
	}
	return len(s.s)
}

// reMatch is a Match object; idx holds byte offsets of the groups.
type reMatch struct {
	p        *rePattern
	subj     *subject
	idx      []int
	pos, end int // code points
}

func (*reMatch) Type() *interp.Class { return MatchType }

func (m *reMatch) Truth(th *thread) (bool, error) { return true, nil }

func (m *reMatch) group(th *thread, g value) (value, error) {
	i, err := m.groupIndex(g)
	if err != nil {
		return nil, err
	}
	if m.idx[2*i] < 0 {
		return interp.None, nil
	}
	return interp.Str(m.subj.s[m.idx[2*i]:m.idx[2*i+1]]), nil
}

func (m *reMatch) groupIndex(g value) (int, error) {
	if s, ok := g.(interp.Str); ok {
		for i, n := range m.p.names {
			if n == string(s) && n != "" {
				return i, nil
			}
		}
		return 0, interp.Errorf(interp.IndexError, "no such group")
	}
	n, err := interp.AsInt(g)
	if err != nil || n < 0 || int(n) >= len(m.p.names) {
		return 0, interp.Errorf(interp.IndexError, "no such group")
	}
	return int(n), nil
}

func (m *reMatch) GetItem(th *thread, key value) (value, error) { return m.group(th, key) }

func (m *reMatch) Repr(th *thread) (string, error) {
	g, _ := m.group(th, interp.Int(0))
	return "<re.Match object; span=(" + strconv.Itoa(m.subj.cp(m.idx[0])) + ", " + strconv.Itoa(m.subj.cp(m.idx[1])) +
		"), match=" + interp.ReprStr(string(g.(interp.Str))) + ">", nil
}

func (m *reMatch) groupsTuple(dflt value) interp.Tuple {
	n := len(m.p.names) - 1
	out := make(interp.Tuple, n)
	for i := 1; i <= n; i++ {
		if m.idx[2*i] < 0 {
			out[i-1] = dflt
		} else {
			out[i-1] = interp.Str(m.subj.s[m.idx[2*i]:m.idx[2*i+1]])
		}
	}
	return out
}

func (m *reMatch) Attr(th *thread, name string) (value, error) {
	switch name {
	case "string":
		return interp.Str(m.subj.s), nil
	case "re":
		return m.p, nil
	case "pos":
		return interp.Int(m.pos), nil
	case "endpos":
		return interp.Int(m.end), nil
	case "lastindex", "lastgroup":
		last := -1
		lastEnd := -1
		for i := 1; i < len(m.p.names); i++ {
			if m.idx[2*i] >= 0 && m.idx[2*i+1] >= lastEnd {
				// The last group to close is the outermost one ending last.
				if m.idx[2*i+1] > lastEnd || last < 0 {
					last, lastEnd = i, m.idx[2*i+1]
				}
			}
		}
		if last < 0 {
			return interp.None, nil
		}
		if name == "lastindex" {
			return interp.Int(last), nil
		}
		if m.p.names[last] == "" {
			return interp.None, nil
		}
		return interp.Str(m.p.names[last]), nil
	}
	return bindMethod(matchMethods, m, name)
}

func (m *reMatch) AttrNames() []string {
	return methodNames(matchMethods, "endpos", "lastgroup", "lastindex", "pos", "re", "string")
}

type matchMethod func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error)

var matchMethods map[string]matchMethod

func init() {
	bound := func(name string, f func(m *reMatch, i int) value) matchMethod {
		return func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			var g value = interp.Int(0)
			if len(args) == 1 {
				g = args[0]
			}
			i, err := m.groupIndex(g)
			if err != nil {
				return nil, err
			}
			return f(m, i), nil
		}
	}
	matchMethods = map[string]matchMethod{
		"group": func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error) {
			if len(args) == 0 {
				return m.group(th, interp.Int(0))
			}
			if len(args) == 1 {
				return m.group(th, args[0])
			}
			out := make(interp.Tuple, len(args))
			for i, a := range args {
				v, err := m.group(th, a)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		},
		"groups": func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error) {
			var dflt value = interp.None
			if err := interp.UnpackArgs("groups", args, kw, "default?", &dflt); err != nil {
				return nil, err
			}
			return m.groupsTuple(dflt), nil
		},
		"groupdict": func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error) {
			var dflt value = interp.None
			if err := interp.UnpackArgs("groupdict", args, kw, "default?", &dflt); err != nil {
				return nil, err
			}
			d := interp.NewDict()
			all := m.groupsTuple(dflt)
			for i, n := range m.p.names {
				if n != "" {
					d.SetStr(n, all[i-1])
				}
			}
			return d, nil
		},
		"start": bound("start", func(m *reMatch, i int) value { return interp.Int(m.subj.cp(m.idx[2*i])) }),
		"end":   bound("end", func(m *reMatch, i int) value { return interp.Int(m.subj.cp(m.idx[2*i+1])) }),
		"span": bound("span", func(m *reMatch, i int) value {
			return interp.Tuple{interp.Int(m.subj.cp(m.idx[2*i])), interp.Int(m.subj.cp(m.idx[2*i+1]))}
		}),
		"expand": func(m *reMatch, th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("expand", args, kw, 1, 1); err != nil {
				return nil, err
			}
			t, ok := args[0].(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "expected str instance, %s found", args[0].Type().Name)
			}
			parts, err := parseTemplate(string(t), m.p)
			if err != nil {
				return nil, err
			}
			return interp.Str(expandTemplate(parts, m)), nil
		},
	}
}

// templatePart is a literal (group < 0) or a group reference.
type templatePart struct {
	lit   string
	group int
}

// parseTemplate parses a sub() replacement: escapes, \1, \g<name>.
func parseTemplate(t string, p *rePattern) ([]templatePart, error) {
	var parts []templatePart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, templatePart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	ngroups := len(p.names) - 1
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '\\' || i+1 == len(t) {
			lit.WriteByte(c)
			continue
		}
		i++
		c = t[i]
		switch {
		case c == 'g':
			end := strings.IndexByte(t[i:], '>')
			if i+1 >= len(t) || t[i+1] != '<' || end < 0 {
				return nil, interp.Errorf(ReError, "missing < at position %d", i+1)
			}
			name := t[i+2 : i+end]
			g := -1
			if n, err := strconv.Atoi(name); err == nil {
				if n > ngroups {
					return nil, interp.Errorf(ReError, "invalid group reference %d at position %d", n, i+2)
				}
				g = n
			} else {
				for j, nm := range p.names {
					if nm == name && nm != "" {
						g = j
					}
				}
				if g < 0 {
					return nil, interp.Errorf(interp.IndexError, "unknown group name '%s'", name)
				}
			}
			flush()
			parts = append(parts, templatePart{group: g})
			i += end
		case c >= '0' && c <= '9':
			j := i + 1
			if j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(t[i:j])
			if c == '0' {
				lit.WriteByte(0)
				continue
			}
			if n > ngroups {
				return nil, interp.Errorf(ReError, "invalid group reference %d at position %d", n, i)
			}
			flush()
			parts = append(parts, templatePart{group: n})
			i = j - 1
		default:
			if e, ok := map[byte]string{'n': "\n", 't': "\t", 'r': "\r", 'f': "\f", 'v': "\v", 'a': "\a", 'b': "\b", '\\': "\\"}[c]; ok {
				lit.WriteString(e)
			} else if c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return nil, interp.Errorf(ReError, "bad escape \\%c at position %d", c, i-1)
			} else {
				lit.WriteByte('\\')
				lit.WriteByte(c)
			}
		}
	}
	flush()
	return parts, nil
}

func expandTemplate(parts []templatePart, m *reMatch) string {
	var b strings.Builder
	for _, p := range parts {
		if p.group < 0 {
			b.WriteString(p.lit)
		} else if m.idx[2*p.group] >= 0 {
			b.WriteString(m.subj.s[m.idx[2*p.group]:m.idx[2*p.group+1]])
		}
	}
	return b.String()
}
