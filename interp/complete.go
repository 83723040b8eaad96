package interp

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/gobrian/gobrian/interp/syntax"
)

var pythonKeywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
	"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
	"in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
	"with", "yield",
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// dottedBefore returns the dotted name that ends at rune index cursor.
func dottedBefore(rs []rune, cursor int) (string, int) {
	i := cursor
	for i > 0 && (isIdentRune(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	return string(rs[i:cursor]), i
}

// Complete proposes completions at cursor (a code-point offset): names in
// scope, builtins and keywords; attributes after a dot; keyword arguments
// inside a call; module names after import.
func (s *Session) Complete(code string, cursor int) (matches []string, start, end int) {
	rs := []rune(code)
	if cursor < 0 || cursor > len(rs) {
		cursor = len(rs)
	}
	word, wstart := dottedBefore(rs, cursor)
	lineStart := cursor
	for lineStart > 0 && rs[lineStart-1] != '\n' {
		lineStart--
	}
	line := strings.TrimSpace(string(rs[lineStart:cursor]))
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			matches = append(matches, name)
		}
	}
	// Module names after "import" / "from".
	if strings.HasPrefix(line, "import ") || (strings.HasPrefix(line, "from ") && !strings.Contains(line, " import")) {
		for _, m := range s.moduleNames() {
			// Like IPython, offer submodules only once a dot is typed.
			if !strings.Contains(word, ".") {
				m, _, _ = strings.Cut(m, ".")
			}
			if strings.HasPrefix(m, word) {
				add(m)
			}
		}
		sort.Strings(matches)
		return matches, wstart, cursor
	}
	if strings.HasPrefix(line, "from ") && strings.Contains(line, " import") {
		fields := strings.Fields(line)
		th := s.NewThread(context.Background(), nil)
		if m, err := th.Import(fields[1]); err == nil {
			for _, n := range m.AttrNames() {
				if strings.HasPrefix(n, word) && !strings.HasPrefix(n, "_") {
					add(n)
				}
			}
		}
		sort.Strings(matches)
		return matches, wstart, cursor
	}
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
		base, prefix := word[:dot], word[dot+1:]
		v, ok := s.lookupDotted(base)
		if !ok {
			return nil, cursor, cursor
		}
		th := s.NewThread(context.Background(), nil)
		for _, n := range Dir(th, v) {
			if strings.HasPrefix(n, prefix) && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(n, "_")) {
				add(n)
			}
		}
		return matches, wstart + dot + 1, cursor
	}
	// Keyword arguments of the call the cursor is in.
	if fn := s.enclosingCall(rs, wstart); fn != nil {
		for _, p := range paramNamesOf(fn) {
			if strings.HasPrefix(p, word) {
				add(p + "=")
			}
		}
	}
	var names []string
	names = append(names, s.globals.StrKeys()...)
	for k := range s.builtins {
		names = append(names, k)
	}
	names = append(names, pythonKeywords...)
	sort.Strings(names)
	for _, n := range names {
		if strings.HasPrefix(n, word) && (strings.HasPrefix(word, "_") || !strings.HasPrefix(n, "_")) {
			add(n)
		}
	}
	return matches, wstart, cursor
}

func (s *Session) moduleNames() []string {
	set := map[string]bool{}
	for k := range s.opts.Modules {
		set[k] = true
	}
	for k := range s.stdModules {
		set[k] = true
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// lookupDotted resolves a.b.c through globals, builtins and attributes,
// without calling user code other than attribute access.
func (s *Session) lookupDotted(name string) (Value, bool) {
	parts := strings.Split(name, ".")
	v, ok := s.globals.GetStr(parts[0])
	if !ok {
		v, ok = s.builtins[parts[0]]
	}
	if !ok {
		return nil, false
	}
	th := s.NewThread(context.Background(), nil)
	for _, p := range parts[1:] {
		next, err := getAttrOpt(th, v, p)
		if err != nil || next == nil {
			return nil, false
		}
		v = next
	}
	return v, true
}

// enclosingCall finds the callable whose argument list contains pos.
func (s *Session) enclosingCall(rs []rune, pos int) Value {
	depth := 0
	for i := pos - 1; i >= 0; i-- {
		switch rs[i] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			depth--
			if depth < 0 {
				return nil
			}
		case '(':
			if depth > 0 {
				depth--
				continue
			}
			name, _ := dottedBefore(rs, i)
			if name == "" {
				return nil
			}
			v, ok := s.lookupDotted(name)
			if !ok {
				return nil
			}
			return v
		case '\n':
			if depth == 0 {
				// Keep scanning: calls span lines.
			}
		}
	}
	return nil
}

// paramNamesOf lists the keyword-capable parameters of a callable.
func paramNamesOf(v Value) []string {
	switch f := v.(type) {
	case *Function:
		c := f.code
		var out []string
		out = append(out, c.localNames[c.nPosOnly:c.nArgs]...)
		out = append(out, c.kwonly...)
		return out
	case *BoundMethod:
		names := paramNamesOf(f.Fn)
		if len(names) > 0 {
			return names[1:]
		}
	case *Class:
		if init, ok := userMethod(f, "__init__"); ok {
			names := paramNamesOf(init)
			if len(names) > 0 {
				return names[1:]
			}
		}
	}
	return nil
}

// Inspect returns help text for the name at cursor (shift-tab).
func (s *Session) Inspect(code string, cursor, detail int) (string, bool) {
	rs := []rune(code)
	if cursor < 0 || cursor > len(rs) {
		cursor = len(rs)
	}
	end := cursor
	for end < len(rs) && isIdentRune(rs[end]) {
		end++
	}
	name, _ := dottedBefore(rs, end)
	name = strings.Trim(name, ".")
	if name == "" {
		// Inside a call: inspect the callable.
		if i := strings.LastIndexByte(string(rs[:cursor]), '('); i >= 0 {
			name, _ = dottedBefore([]rune(string(rs[:cursor])[:i]), len([]rune(string(rs[:cursor])[:i])))
		}
	}
	if name == "" {
		return "", false
	}
	v, ok := s.lookupDotted(name)
	if !ok {
		return "", false
	}
	th := s.NewThread(context.Background(), nil)
	var b strings.Builder
	switch f := v.(type) {
	case *Function:
		b.WriteString("Signature: " + f.Name + signature(f) + "\n")
		if d, ok := f.Doc.(Str); ok {
			b.WriteString("Docstring: " + string(d) + "\n")
		} else {
			b.WriteString("Docstring: <no docstring>\n")
		}
	case *BoundMethod:
		if fn, ok := f.Fn.(*Function); ok {
			b.WriteString("Signature: " + fn.Name + signature(fn) + "\n")
			if d, ok := fn.Doc.(Str); ok {
				b.WriteString("Docstring: " + string(d) + "\n")
			}
		}
	case *Class:
		if init, ok := userMethod(f, "__init__"); ok {
			if fn, ok := init.(*Function); ok {
				b.WriteString("Init signature: " + f.Name + strings.Replace(signature(fn), "(self, ", "(", 1) + "\n")
			}
		}
		if f.Doc != "" {
			b.WriteString("Docstring: " + f.Doc + "\n")
		}
	case *Builtin:
		if f.Doc != "" {
			b.WriteString("Docstring: " + f.Doc + "\n")
		} else {
			b.WriteString("Docstring: <no docstring>\n")
		}
	case HasDoc:
		b.WriteString("Docstring: " + f.Doc() + "\n")
	default:
		r, err := Repr(th, v)
		if err == nil {
			if len(r) > 200 {
				r = r[:200] + "..."
			}
			b.WriteString("String form: " + r + "\n")
		}
		if d, ok := v.(HasDoc); ok {
			b.WriteString("Docstring: " + d.Doc() + "\n")
		}
	}
	b.WriteString("Type: " + v.Type().Name + "\n")
	return b.String(), true
}

// IsComplete reports whether code is ready to run: "complete",
// "incomplete" (with the indent for the next line) or "invalid".
func (s *Session) IsComplete(code string) (status, indent string) {
	file, err := syntax.Parse("<cell>", code, true)
	lines := strings.Split(strings.TrimRight(code, " \t"), "\n")
	last := ""
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			last = lines[i]
			break
		}
	}
	lead := last[:len(last)-len(strings.TrimLeft(last, " \t"))]
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Incomplete {
			if strings.HasSuffix(strings.TrimSpace(last), ":") {
				return "incomplete", lead + "    "
			}
			return "incomplete", lead
		}
		return "invalid", ""
	}
	// A compound statement at the end may still grow until the code ends
	// in a newline, as IPython decides. Indented continuation lines of a
	// bracketed expression ("x = [1,\n 2]") do not open a block.
	if n := len(file.Body); n > 0 && isCompound(file.Body[n-1]) &&
		strings.Contains(code, "\n") && !strings.HasSuffix(strings.TrimRight(code, " \t"), "\n") {
		return "incomplete", lead
	}
	return "complete", ""
}

// isCompound reports whether a statement has a body a following line can extend.
func isCompound(st syntax.Stmt) bool {
	switch st.(type) {
	case *syntax.If, *syntax.For, *syntax.While, *syntax.FunctionDef, *syntax.ClassDef, *syntax.Try, *syntax.With:
		return true
	}
	return false
}
