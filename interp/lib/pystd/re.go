package pystd

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gobrian/gobrian/interp"
)

// The re module's classes.
var (
	ReError     = interp.NewExceptionClass("error", "re", interp.ExceptionType)
	PatternType = interp.NewClass("Pattern", "re")
	MatchType   = interp.NewClass("Match", "re")
)

// rePattern is a compiled pattern: the Go regexps for search, match
// (anchored at the start) and fullmatch.
type rePattern struct {
	src    string
	flags  int
	search *regexp.Regexp
	match  *regexp.Regexp
	full   *regexp.Regexp
	names  []string // group names by index ("" when unnamed)
	dollar bool     // a single-line $ that may match before a final newline
}

func (*rePattern) Type() *interp.Class { return PatternType }

func compilePattern(src string, flags int) (*rePattern, error) {
	tr, flags, dollar, err := translateRegexpDollar(src, flags)
	if err != nil {
		return nil, interp.Errorf(ReError, "%s", err.Error())
	}
	p := &rePattern{src: src, flags: flags, dollar: dollar}
	if p.search, err = regexp.Compile(tr); err != nil {
		msg := err.Error()
		msg = strings.TrimPrefix(msg, "error parsing regexp: ")
		return nil, interp.Errorf(ReError, "%s", msg)
	}
	p.match = regexp.MustCompile(`\A(?:` + tr + `)`)
	p.full = regexp.MustCompile(`\A(?:` + tr + `)\z`)
	p.names = p.search.SubexpNames()
	if flags&reASCII == 0 {
		p.flags |= reUnicode
	}
	return p, nil
}

var flagNames = []struct {
	bit  int
	name string
}{
	{reTemplate, "re.TEMPLATE"}, {reIgnoreCase, "re.IGNORECASE"}, {reLocale, "re.LOCALE"},
	{reMultiline, "re.MULTILINE"}, {reDotAll, "re.DOTALL"}, {reUnicode, "re.UNICODE"},
	{reVerbose, "re.VERBOSE"}, {reDebug, "re.DEBUG"}, {reASCII, "re.ASCII"},
}

func (p *rePattern) Repr(th *thread) (string, error) {
	s := "re.compile(" + interp.ReprStr(p.src)
	var names []string
	for _, f := range flagNames {
		if p.flags&f.bit != 0 && f.bit != reUnicode {
			names = append(names, f.name)
		}
	}
	if len(names) > 0 {
		s += ", " + strings.Join(names, "|")
	}
	return s + ")", nil
}

func (p *rePattern) Hash(th *thread) (uint64, error) {
	return interp.Hash(th, interp.Tuple{interp.Str(p.src), interp.Int(p.flags)})
}

func (p *rePattern) Compare(th *thread, op interp.Op, other value) (value, error) {
	o, ok := other.(*rePattern)
	if !ok || (op != interp.Eq && op != interp.Ne) {
		return nil, nil
	}
	return interp.Bool((p.src == o.src && p.flags == o.flags) == (op == interp.Eq)), nil
}

func (p *rePattern) groupIndex() *interp.Dict {
	d := interp.NewDict()
	for i, n := range p.names {
		if n != "" {
			d.SetStr(n, interp.Int(i))
		}
	}
	return d
}

func (p *rePattern) Attr(th *thread, name string) (value, error) {
	switch name {
	case "pattern":
		return interp.Str(p.src), nil
	case "flags":
		return reFlag(p.flags), nil
	case "groups":
		return interp.Int(len(p.names) - 1), nil
	case "groupindex":
		return p.groupIndex(), nil
	}
	return bindMethod(patternMethods, p, name)
}

func (p *rePattern) AttrNames() []string {
	return methodNames(patternMethods, "flags", "groupindex", "groups", "pattern")
}

// allMatches returns successive non-overlapping matches as Python 3.7+
// finds them: an empty match right after a non-empty one is kept (Go's
// FindAll drops it).
func (p *rePattern) allMatches(s string, limit int) [][]int {
	ms := p.search.FindAllStringSubmatchIndex(s, -1)
	if p.dollar && strings.HasSuffix(s, "\n") {
		ms = p.addDollarMatches(s, ms)
	}
	var out [][]int
	for k, m := range ms {
		out = append(out, m)
		if m[1] > m[0] && m[1] <= len(s) {
			nextStart := len(s) + 1
			if k+1 < len(ms) {
				nextStart = ms[k+1][0]
			}
			if nextStart != m[1] {
				if e := p.match.FindStringSubmatchIndex(s[m[1]:]); e != nil && e[1] == 0 {
					for i := range e {
						if e[i] >= 0 {
							e[i] += m[1]
						}
					}
					out = append(out, e)
				}
			}
		}
		if limit > 0 && len(out) >= limit {
			return out[:limit]
		}
	}
	return out
}

// strArgs extracts (string, pos, endpos) for the matching methods.
func strArg(fn string, v value) (string, error) {
	s, ok := v.(interp.Str)
	if !ok {
		return "", interp.Errorf(interp.TypeError, "expected string or bytes-like object, got '%s'", v.Type().Name)
	}
	return string(s), nil
}

type patternMethod func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error)

var patternMethods map[string]patternMethod

func init() {
	matcher := func(name string, pick func(p *rePattern) *regexp.Regexp) patternMethod {
		return func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			var sv value
			var pos, endpos value = interp.Int(0), interp.None
			if err := interp.UnpackArgs(name, args, kw, "string", &sv, "pos?", &pos, "endpos?", &endpos); err != nil {
				return nil, err
			}
			s, err := strArg(name, sv)
			if err != nil {
				return nil, err
			}
			subj := newSubject(s)
			n := utf8.RuneCountInString(s)
			ps, err := interp.AsInt(pos)
			if err != nil {
				return nil, err
			}
			start := int(max(min(ps, int64(n)), 0))
			end := n
			if endpos != interp.None {
				e, err := interp.AsInt(endpos)
				if err != nil {
					return nil, err
				}
				end = int(max(min(e, int64(n)), int64(start)))
			}
			bs, be := subj.byteOff(start), subj.byteOff(end)
			re := pick(p)
			idx := re.FindStringSubmatchIndex(s[bs:be])
			if p.dollar && be > bs && s[be-1] == '\n' && re != p.full {
				// $ before the final newline: search without it too and
				// keep the leftmost match.
				if alt := re.FindStringSubmatchIndex(s[bs : be-1]); alt != nil && (idx == nil || alt[0] < idx[0]) {
					idx = alt
				}
			}
			if idx == nil {
				return interp.None, nil
			}
			for i := range idx {
				if idx[i] >= 0 {
					idx[i] += bs
				}
			}
			return &reMatch{p: p, subj: subj, idx: idx, pos: start, end: end}, nil
		}
	}
	patternMethods = map[string]patternMethod{
		"search":    matcher("search", func(p *rePattern) *regexp.Regexp { return p.search }),
		"match":     matcher("match", func(p *rePattern) *regexp.Regexp { return p.match }),
		"fullmatch": matcher("fullmatch", func(p *rePattern) *regexp.Regexp { return p.full }),
		"findall": func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			s, err := oneString("findall", args, kw)
			if err != nil {
				return nil, err
			}
			subj := newSubject(s)
			var out []value
			for _, idx := range p.allMatches(s, 0) {
				m := &reMatch{p: p, subj: subj, idx: idx}
				switch ng := len(p.names) - 1; ng {
				case 0:
					out = append(out, interp.Str(s[idx[0]:idx[1]]))
				case 1:
					out = append(out, m.groupsTuple(interp.Str(""))[0])
				default:
					out = append(out, m.groupsTuple(interp.Str("")))
				}
			}
			return interp.NewList(out), nil
		},
		"finditer": func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			s, err := oneString("finditer", args, kw)
			if err != nil {
				return nil, err
			}
			subj := newSubject(s)
			n := utf8.RuneCountInString(s)
			all := p.allMatches(s, 0)
			var ms []value
			for _, idx := range all {
				ms = append(ms, &reMatch{p: p, subj: subj, idx: idx, end: n})
			}
			it := newIter("chain", sliceNext(ms))
			it.cls = callableIteratorType
			return it, nil
		},
		"sub": func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			r, _, err := p.sub(th, "sub", args, kw)
			return r, err
		},
		"subn": func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			r, n, err := p.sub(th, "subn", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.Tuple{r, interp.Int(n)}, nil
		},
		"split": func(p *rePattern, th *thread, args []value, kw []kwarg) (value, error) {
			var sv value
			maxsplit := 0
			if err := interp.UnpackArgs("split", args, kw, "string", &sv, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			s, err := strArg("split", sv)
			if err != nil {
				return nil, err
			}
			subj := newSubject(s)
			var out []value
			last := 0
			for _, idx := range p.allMatches(s, maxsplit) {
				out = append(out, interp.Str(s[last:idx[0]]))
				m := &reMatch{p: p, subj: subj, idx: idx}
				out = append(out, m.groupsTuple(interp.None)...)
				last = idx[1]
			}
			out = append(out, interp.Str(s[last:]))
			return interp.NewList(out), nil
		},
	}
}

var callableIteratorType = interp.NewClass("callable_iterator", "builtins")

func oneString(fn string, args []value, kw []kwarg) (string, error) {
	var sv, pos, endpos value
	if err := interp.UnpackArgs(fn, args, kw, "string", &sv, "pos?", &pos, "endpos?", &endpos); err != nil {
		return "", err
	}
	return strArg(fn, sv)
}

func (p *rePattern) sub(th *thread, fn string, args []value, kw []kwarg) (value, int, error) {
	var repl, sv value
	count := 0
	if err := interp.UnpackArgs(fn, args, kw, "repl", &repl, "string", &sv, "count?", &count); err != nil {
		return nil, 0, err
	}
	s, err := strArg(fn, sv)
	if err != nil {
		return nil, 0, err
	}
	var parts []templatePart
	if t, ok := repl.(interp.Str); ok {
		if parts, err = parseTemplate(string(t), p); err != nil {
			return nil, 0, err
		}
	} else if !interp.IsCallable(repl) {
		return nil, 0, interp.Errorf(interp.TypeError, "expected str or callable, got %s", repl.Type().Name)
	}
	subj := newSubject(s)
	n := utf8.RuneCountInString(s)
	var b strings.Builder
	last := 0
	ms := p.allMatches(s, count)
	for _, idx := range ms {
		b.WriteString(s[last:idx[0]])
		m := &reMatch{p: p, subj: subj, idx: idx, end: n}
		if parts != nil || repl.Type() == interp.StrType {
			b.WriteString(expandTemplate(parts, m))
		} else {
			r, err := th.Call(repl, []value{m}, nil)
			if err != nil {
				return nil, 0, err
			}
			rs, ok := r.(interp.Str)
			if !ok {
				return nil, 0, interp.Errorf(interp.TypeError, "expected str instance, %s found", r.Type().Name)
			}
			b.WriteString(string(rs))
		}
		last = idx[1]
	}
	b.WriteString(s[last:])
	return interp.Str(b.String()), len(ms), nil
}

func reModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("re")
	cache := map[string]*rePattern{}
	compile := func(pv value, flags value) (*rePattern, error) {
		if p, ok := pv.(*rePattern); ok {
			if f, _ := interp.AsInt(flags); f != 0 {
				return nil, interp.Errorf(interp.ValueError, "cannot process flags argument with a compiled pattern")
			}
			return p, nil
		}
		s, ok := pv.(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "first argument must be string or compiled pattern")
		}
		f, err := interp.AsInt(flags)
		if err != nil {
			return nil, err
		}
		key := strconv.FormatInt(f, 10) + ":" + string(s)
		if p, ok := cache[key]; ok {
			return p, nil
		}
		p, err := compilePattern(string(s), int(f))
		if err != nil {
			return nil, err
		}
		if len(cache) > 512 {
			clear(cache)
		}
		cache[key] = p
		return p, nil
	}
	for _, f := range flagNames {
		long := strings.TrimPrefix(f.name, "re.")
		m.Set(long, reFlag(f.bit))
	}
	for short, long := range map[string]string{"I": "IGNORECASE", "L": "LOCALE", "M": "MULTILINE", "S": "DOTALL",
		"U": "UNICODE", "X": "VERBOSE", "A": "ASCII", "T": "TEMPLATE"} {
		v, _ := m.Members.GetStr(long)
		m.Set(short, v)
	}
	m.Set("NOFLAG", reFlag(0))
	m.Set("RegexFlag", RegexFlagType)
	m.Set("error", ReError)
	m.Set("Pattern", PatternType)
	m.Set("Match", MatchType)
	def(m, "compile", func(th *thread, args []value, kw []kwarg) (value, error) {
		var pv value
		var flags value = interp.Int(0)
		if err := interp.UnpackArgs("compile", args, kw, "pattern", &pv, "flags?", &flags); err != nil {
			return nil, err
		}
		return compile(pv, flags)
	})
	// Module-level functions: (pattern, ...args, flags=0).
	forward := func(name string, nargs int) {
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			var flags value = interp.Int(0)
			var rest []kwarg
			for _, k := range kw {
				if k.Name == "flags" {
					flags = k.Value
				} else {
					rest = append(rest, k)
				}
			}
			if len(args) > nargs+1 {
				flags = args[nargs+1]
				args = args[:nargs+1]
			}
			if len(args) == 0 {
				return nil, interp.Errorf(interp.TypeError, "%s() missing required argument 'pattern' (pos 1)", name)
			}
			p, err := compile(args[0], flags)
			if err != nil {
				return nil, err
			}
			return patternMethods[name](p, th, args[1:], rest)
		})
	}
	forward("search", 1)
	forward("match", 1)
	forward("fullmatch", 1)
	forward("findall", 1)
	forward("finditer", 1)
	forward("split", 2)
	forward("sub", 3)
	forward("subn", 3)
	def(m, "escape", func(th *thread, args []value, kw []kwarg) (value, error) {
		var s string
		if err := interp.UnpackArgs("escape", args, kw, "pattern", &s); err != nil {
			return nil, err
		}
		return interp.Str(reEscape(s)), nil
	})
	def(m, "purge", func(th *thread, args []value, kw []kwarg) (value, error) {
		clear(cache)
		return interp.None, nil
	})
	return m, nil
}

// addDollarMatches adds the matches whose $ matched before the final
// newline: those of the string without it that end there and overlap
// nothing already found.
func (p *rePattern) addDollarMatches(s string, ms [][]int) [][]int {
	n := len(s) - 1
	for _, m := range p.search.FindAllStringSubmatchIndex(s[:n], -1) {
		if m[1] != n {
			continue
		}
		overlaps := false
		pos := len(ms)
		for i, o := range ms {
			if o[0] < m[1] && m[0] < o[1] || o[0] == m[0] {
				overlaps = true
				break
			}
			if o[0] >= m[1] && pos == len(ms) {
				pos = i
			}
		}
		if !overlaps {
			ms = append(ms[:pos], append([][]int{m}, ms[pos:]...)...)
		}
	}
	return ms
}
