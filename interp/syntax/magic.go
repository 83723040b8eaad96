package syntax

import (
	"strings"
	"unicode"
)

// IPython conventions: cell and line magics, shell escapes, help syntax,
// and the dedenting of an indented cell.

// dedentCell removes the indentation of the first non-blank line from every
// line that starts with it, as IPython's leading_indent transform does, so
// that a pasted indented snippet runs.
func dedentCell(src string) string {
	rest := src
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" {
			break
		}
		rest = after
	}
	indent := rest[:len(rest)-len(strings.TrimLeft(rest, " \t"))]
	if indent == "" {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, indent)
	}
	return strings.Join(lines, "")
}

// cellMagic recognises "%%name args" on the first line of a cell.
func cellMagic(src string) *Magic {
	rest := strings.TrimLeft(src, " \t\r\n")
	if !strings.HasPrefix(rest, "%%") {
		return nil
	}
	line := 1 + strings.Count(src[:len(src)-len(rest)], "\n")
	first, body, _ := strings.Cut(rest, "\n")
	first = strings.TrimRight(first, " \t\r")
	name, args, _ := strings.Cut(first[2:], " ")
	return &Magic{At: At{Pos{line, 1}}, Name: name, Args: strings.TrimSpace(args), Cell: &body}
}

// magic builds the statement for a line magic or shell escape token.
func magic(t *token) *Magic {
	m := &Magic{At: At{t.pos}}
	text := t.s
	if text[0] == '!' {
		m.Shell = true
		m.Args = strings.TrimSpace(text[1:])
		return m
	}
	text = text[1:]
	name, args, _ := strings.Cut(text, " ")
	if i := strings.IndexByte(name, '\t'); i >= 0 {
		name, args = name[:i], name[i+1:]+" "+args
	}
	m.Name = name
	m.Args = strings.TrimSpace(args)
	return m
}

// helpMagic turns IPython's help syntax ("obj?", "obj??", "?obj") into
// the equivalent line magic text ("%pinfo obj", "%pinfo2 obj"), or "".
func helpMagic(line string) string {
	name, prefix := "", ""
	switch {
	case strings.HasSuffix(line, "??"):
		name, prefix = line[:len(line)-2], "%pinfo2 "
	case strings.HasSuffix(line, "?"):
		name, prefix = line[:len(line)-1], "%pinfo "
	case strings.HasPrefix(line, "??"):
		name, prefix = line[2:], "%pinfo2 "
	case strings.HasPrefix(line, "?"):
		name, prefix = line[1:], "%pinfo "
	default:
		return ""
	}
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		return ""
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" {
			return ""
		}
		for _, r := range part {
			if r != '_' && r != '*' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return ""
			}
		}
	}
	return prefix + name
}
