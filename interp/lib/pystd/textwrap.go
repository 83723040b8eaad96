package pystd

import (
	"strings"
	"unicode"

	"github.com/gobrian/gobrian/interp"
)

// textWrapper holds textwrap.TextWrapper's options.
type textWrapper struct {
	width             int
	initialIndent     string
	subsequentIndent  string
	expandTabs        bool
	replaceWhitespace bool
	breakLongWords    bool
	dropWhitespace    bool
	breakOnHyphens    bool
	tabsize           int
	maxLines          int // 0: unlimited
	placeholder       string
}

func newTextWrapper(th *thread, width int, kw []kwarg) (*textWrapper, error) {
	w := &textWrapper{width: width, expandTabs: true, replaceWhitespace: true, breakLongWords: true,
		dropWhitespace: true, breakOnHyphens: true, tabsize: 8, placeholder: " [...]"}
	for _, k := range kw {
		var err error
		str := func(dst *string) {
			s, ok := k.Value.(interp.Str)
			if !ok {
				err = interp.Errorf(interp.TypeError, "%s must be str", k.Name)
			}
			*dst = string(s)
		}
		flag := func(dst *bool) { *dst, err = truth(th, k.Value) }
		num := func(dst *int) {
			n, e := interp.AsInt(k.Value)
			*dst, err = int(n), e
		}
		switch k.Name {
		case "width":
			num(&w.width)
		case "initial_indent":
			str(&w.initialIndent)
		case "subsequent_indent":
			str(&w.subsequentIndent)
		case "expand_tabs":
			flag(&w.expandTabs)
		case "replace_whitespace":
			flag(&w.replaceWhitespace)
		case "break_long_words":
			flag(&w.breakLongWords)
		case "drop_whitespace":
			flag(&w.dropWhitespace)
		case "break_on_hyphens":
			flag(&w.breakOnHyphens)
		case "tabsize":
			num(&w.tabsize)
		case "max_lines":
			if k.Value != interp.None {
				num(&w.maxLines)
			}
		case "placeholder":
			str(&w.placeholder)
		case "fix_sentence_endings":
		default:
			return nil, interp.Errorf(interp.TypeError, "TextWrapper.__init__() got an unexpected keyword argument '%s'", k.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	return w, nil
}

func rlen(s string) int { return len([]rune(s)) }

// expandTabsStr is str.expandtabs.
func expandTabsStr(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func isPyWhitespace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}

func isLetter(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isWordCh(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r)
}
func isWordPun(r rune) bool { return isWordCh(r) || strings.ContainsRune("!\"'&.,?", r) }

// chunks splits text as TextWrapper._split: whitespace runs and words,
// words broken after hyphens and around em-dashes.
func (w *textWrapper) chunks(text string) []string {
	rs := []rune(text)
	var out []string
	i := 0
	for i < len(rs) {
		if isPyWhitespace(rs[i]) {
			j := i
			for j < len(rs) && isPyWhitespace(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
			continue
		}
		if !w.breakOnHyphens {
			j := i
			for j < len(rs) && !isPyWhitespace(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
			continue
		}
		// An em-dash between words is a chunk of its own.
		if rs[i] == '-' && i > 0 && isWordPun(rs[i-1]) {
			j := i
			for j < len(rs) && rs[j] == '-' {
				j++
			}
			if j-i >= 2 && j < len(rs) && isWordCh(rs[j]) {
				out = append(out, string(rs[i:j]))
				i = j
				continue
			}
		}
		j := i + 1
		for {
			if j >= len(rs) || isPyWhitespace(rs[j]) {
				break
			}
			if rs[j] == '-' && w.hyphenBreak(rs, j) {
				j++
				break
			}
			if isWordPun(rs[j-1]) && j+2 < len(rs) && rs[j] == '-' && rs[j+1] == '-' {
				k := j
				for k < len(rs) && rs[k] == '-' {
					k++
				}
				if k < len(rs) && isWordCh(rs[k]) {
					break
				}
			}
			j++
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// hyphenBreak reports whether the hyphen at h ends a chunk.
func (w *textWrapper) hyphenBreak(rs []rune, h int) bool {
	before := h >= 2 && isLetter(rs[h-1]) && isLetter(rs[h-2]) ||
		h >= 3 && isLetter(rs[h-1]) && rs[h-2] == '-' && isLetter(rs[h-3])
	if !before {
		return false
	}
	k := h + 1
	if k >= len(rs) || !isLetter(rs[k]) {
		return false
	}
	k++
	if k < len(rs) && rs[k] == '-' {
		k++
	}
	return k < len(rs) && isLetter(rs[k])
}

func (w *textWrapper) wrap(text string) ([]string, error) {
	if w.width <= 0 {
		return nil, interp.Errorf(interp.ValueError, "invalid width %d (must be > 0)", w.width)
	}
	if w.maxLines > 0 {
		indent := w.initialIndent
		if w.maxLines > 1 {
			indent = w.subsequentIndent
		}
		if rlen(indent)+rlen(strings.TrimLeft(w.placeholder, " \t\n\r\v\f")) > w.width {
			return nil, interp.Errorf(interp.ValueError, "placeholder too large for max width")
		}
	}
	if w.expandTabs {
		text = expandTabsStr(text, w.tabsize)
	}
	if w.replaceWhitespace {
		text = strings.Map(func(r rune) rune {
			if isPyWhitespace(r) {
				return ' '
			}
			return r
		}, text)
	}
	chunks := w.chunks(text)
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	blank := func(s string) bool { return strings.TrimFunc(s, isPyWhitespace) == "" }
	var lines []string
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		indent := w.initialIndent
		if len(lines) > 0 {
			indent = w.subsequentIndent
		}
		width := w.width - rlen(indent)
		if w.dropWhitespace && blank(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := rlen(chunks[len(chunks)-1])
			if curLen+l > width {
				break
			}
			cur = append(cur, chunks[len(chunks)-1])
			chunks = chunks[:len(chunks)-1]
			curLen += l
		}
		if len(chunks) > 0 && rlen(chunks[len(chunks)-1]) > width {
			chunks, cur, curLen = w.handleLongWord(chunks, cur, curLen, width)
		}
		if w.dropWhitespace && len(cur) > 0 && blank(cur[len(cur)-1]) {
			curLen -= rlen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		if w.maxLines == 0 || len(lines)+1 < w.maxLines ||
			(len(chunks) == 0 || w.dropWhitespace && len(chunks) == 1 && blank(chunks[0])) && curLen <= width {
			lines = append(lines, indent+strings.Join(cur, ""))
			continue
		}
		placed := false
		for len(cur) > 0 {
			if !blank(cur[len(cur)-1]) && curLen+rlen(w.placeholder) <= width {
				cur = append(cur, w.placeholder)
				lines = append(lines, indent+strings.Join(cur, ""))
				placed = true
				break
			}
			curLen -= rlen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := strings.TrimRightFunc(lines[len(lines)-1], isPyWhitespace)
				if rlen(prev)+rlen(w.placeholder) <= w.width {
					lines[len(lines)-1] = prev + w.placeholder
					break
				}
			}
			lines = append(lines, indent+strings.TrimLeftFunc(w.placeholder, isPyWhitespace))
		}
		break
	}
	return lines, nil
}

func (w *textWrapper) handleLongWord(chunks, cur []string, curLen, width int) ([]string, []string, int) {
	spaceLeft := 1
	if width >= 1 {
		spaceLeft = width - curLen
	}
	if w.breakLongWords {
		chunk := []rune(chunks[len(chunks)-1])
		end := spaceLeft
		if w.breakOnHyphens && len(chunk) > spaceLeft {
			hyphen := -1
			for k := min(spaceLeft, len(chunk)) - 1; k >= 0; k-- {
				if chunk[k] == '-' {
					hyphen = k
					break
				}
			}
			if hyphen > 0 && strings.Trim(string(chunk[:hyphen]), "-") != "" {
				end = hyphen + 1
			}
		}
		end = min(end, len(chunk))
		cur = append(cur, string(chunk[:end]))
		curLen += end
		chunks[len(chunks)-1] = string(chunk[end:])
	} else if len(cur) == 0 {
		cur = append(cur, chunks[len(chunks)-1])
		curLen += rlen(chunks[len(chunks)-1])
		chunks = chunks[:len(chunks)-1]
	}
	return chunks, cur, curLen
}

// dedent is textwrap.dedent.
func dedent(text string) string {
	lines := strings.Split(text, "\n")
	margin := ""
	haveMargin := false
	for i, l := range lines {
		if strings.Trim(l, " \t") == "" {
			lines[i] = ""
			continue
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case !haveMargin:
			margin, haveMargin = indent, true
		case strings.HasPrefix(indent, margin):
		case strings.HasPrefix(margin, indent):
			margin = indent
		default:
			k := 0
			for k < len(margin) && k < len(indent) && margin[k] == indent[k] {
				k++
			}
			margin = margin[:k]
		}
	}
	if margin != "" {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, margin)
		}
	}
	return strings.Join(lines, "\n")
}

// splitLinesKeep is str.splitlines(True) for the common line endings.
func splitLinesKeep(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r")
		if i < 0 {
			out = append(out, s)
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func textwrapModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("textwrap")
	wrapArgs := func(name string, args []value, kw []kwarg) (string, *textWrapper, error) {
		if len(args) < 1 || len(args) > 2 {
			return "", nil, interp.Errorf(interp.TypeError, "%s() takes from 1 to 2 positional arguments but %d were given", name, len(args))
		}
		text, ok := args[0].(interp.Str)
		if !ok {
			return "", nil, interp.Errorf(interp.TypeError, "expected str, got %s", args[0].Type().Name)
		}
		width := 70
		if len(args) == 2 {
			n, err := interp.AsInt(args[1])
			if err != nil {
				return "", nil, err
			}
			width = int(n)
		}
		w, err := newTextWrapper(th, width, kw)
		return string(text), w, err
	}
	def(m, "wrap", func(th *thread, args []value, kw []kwarg) (value, error) {
		text, w, err := wrapArgs("wrap", args, kw)
		if err != nil {
			return nil, err
		}
		lines, err := w.wrap(text)
		if err != nil {
			return nil, err
		}
		return strList(lines), nil
	})
	def(m, "fill", func(th *thread, args []value, kw []kwarg) (value, error) {
		text, w, err := wrapArgs("fill", args, kw)
		if err != nil {
			return nil, err
		}
		lines, err := w.wrap(text)
		return interp.Str(strings.Join(lines, "\n")), err
	})
	def(m, "shorten", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) != 2 && kwGet(kw, "width", nil) == nil {
			return nil, interp.Errorf(interp.TypeError, "shorten() missing 1 required positional argument: 'width'")
		}
		text, w, err := wrapArgs("shorten", args, kw)
		if err != nil {
			return nil, err
		}
		w.maxLines = 1
		lines, err := w.wrap(strings.Join(strings.FieldsFunc(text, isPyWhitespace), " "))
		return interp.Str(strings.Join(lines, "\n")), err
	})
	def(m, "dedent", func(th *thread, args []value, kw []kwarg) (value, error) {
		var text string
		if err := interp.UnpackArgs("dedent", args, kw, "text", &text); err != nil {
			return nil, err
		}
		return interp.Str(dedent(text)), nil
	})
	def(m, "indent", func(th *thread, args []value, kw []kwarg) (value, error) {
		var text, prefix string
		var pred value = interp.None
		if err := interp.UnpackArgs("indent", args, kw, "text", &text, "prefix", &prefix, "predicate?", &pred); err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, line := range splitLinesKeep(text) {
			add := strings.TrimFunc(line, isPyWhitespace) != ""
			if pred != interp.None {
				r, err := th.Call(pred, []value{interp.Str(line)}, nil)
				if err != nil {
					return nil, err
				}
				if add, err = truth(th, r); err != nil {
					return nil, err
				}
			}
			if add {
				b.WriteString(prefix)
			}
			b.WriteString(line)
		}
		return interp.Str(b.String()), nil
	})
	return m, nil
}
