package kernel

import (
	"fmt"
	"regexp"
	"strings"
)

// ANSI colours IPython's Neutral scheme uses in tracebacks.
const (
	ansiRed   = "\x1b[0;31m"
	ansiGreen = "\x1b[0;32m"
	ansiCyan  = "\x1b[0;36m"
	ansiReset = "\x1b[0m"
)

var (
	frameLine = regexp.MustCompile(`^\s*File "([^"]*)", line (\d+)(?:, in (.*))?$`)
	cellName  = regexp.MustCompile(`^<(?:cell |ipython-input-)(\d+)(?:-[0-9a-f]+)?>$`)
	excLine   = regexp.MustCompile(`^([A-Za-z_][\w.]*)(: .*)?$`)
)

// ColorTraceback renders CPython's plain traceback lines the way IPython
// shows them in a notebook: a red rule and exception header, frames as
// "Cell In[N], line L" with the failing source line marked, and the
// exception name in red. Lines it does not recognise pass unchanged.
func ColorTraceback(e ErrorInfo) []string {
	lines := splitLines(e.Traceback)
	if len(lines) == 0 {
		return []string{fmt.Sprintf("%s%s%s: %s", ansiRed, e.Ename, ansiReset, e.Evalue)}
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case line == "Traceback (most recent call last):":
			name := upcomingException(lines[i+1:], e.Ename)
			out = append(out,
				ansiRed+strings.Repeat("-", 75)+ansiReset,
				fmt.Sprintf("%s%s%s%s Traceback (most recent call last)", ansiRed, name, ansiReset, strings.Repeat(" ", max(1, 41-len(name)))))
		case frameLine.MatchString(line):
			m := frameLine.FindStringSubmatch(line)
			var b strings.Builder
			if c := cellName.FindStringSubmatch(m[1]); c != nil {
				fmt.Fprintf(&b, "Cell %sIn[%s], line %s%s", ansiGreen, c[1], m[2], ansiReset)
				if m[3] != "" && m[3] != "<module>" {
					fmt.Fprintf(&b, ", in %s%s%s", ansiCyan, m[3], ansiReset)
				}
			} else {
				fmt.Fprintf(&b, "File %s%s:%s%s", ansiGreen, m[1], m[2], ansiReset)
				if m[3] != "" {
					fmt.Fprintf(&b, ", in %s%s%s", ansiCyan, m[3], ansiReset)
				}
			}
			// The indented lines that follow are the source and carets.
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "    ") {
				i++
				src := lines[i][4:]
				if strings.TrimSpace(src) != "" && strings.Trim(src, " ^~") == "" {
					// Carets line up under the source after "----> N ".
					fmt.Fprintf(&b, "\n%s%s", strings.Repeat(" ", len("----> ")+len(m[2])+1), src)
					continue
				}
				fmt.Fprintf(&b, "\n%s----> %s%s %s", ansiGreen, m[2], ansiReset, src)
			}
			out = append(out, b.String()+"\n")
		case excLine.MatchString(line) && !strings.HasPrefix(line, " "):
			m := excLine.FindStringSubmatch(line)
			out = append(out, ansiRed+m[1]+ansiReset+m[2])
		default:
			out = append(out, line)
		}
	}
	return out
}

// upcomingException finds the exception name ending the traceback chunk
// that starts at lines.
func upcomingException(lines []string, fallback string) string {
	for _, l := range lines {
		if l == "" || strings.HasPrefix(l, " ") {
			continue
		}
		if m := excLine.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return fallback
}

func splitLines(tb []string) []string {
	var out []string
	for _, t := range tb {
		out = append(out, strings.Split(strings.TrimRight(t, "\n"), "\n")...)
	}
	return out
}
