package interp

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// errorInfo converts any error from a cell into what the kernel reports.
func (s *Session) errorInfo(th *Thread, err error) *ErrorInfo {
	switch e := err.(type) {
	case *syntax.Error:
		return syntaxErrorInfo(e)
	case *Exception:
		lines := FormatException(th, e)
		return &ErrorInfo{Ename: e.Class.Name, Evalue: exceptionStr(th, e), Traceback: lines}
	}
	msg := err.Error()
	return &ErrorInfo{Ename: "SystemError", Evalue: msg, Traceback: []string{"SystemError: " + msg}}
}

// syntaxErrorInfo formats a parse error as CPython prints it.
func syntaxErrorInfo(e *syntax.Error) *ErrorInfo {
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	lines := []string{fmt.Sprintf("  File \"%s\", line %d", e.File, e.Pos.Line)}
	if e.Text != "" {
		text := strings.TrimRight(e.Text, "\r\n")
		stripped := strings.TrimLeft(text, " \t\f")
		indent := len([]rune(text)) - len([]rune(stripped))
		lines = append(lines, "    "+stripped)
		col := e.Pos.Col - indent
		if col < 1 {
			col = 1
		}
		width := 1
		if e.EndCol > e.Pos.Col {
			width = e.EndCol - e.Pos.Col
		}
		lines = append(lines, "    "+strings.Repeat(" ", col-1)+strings.Repeat("^", width))
	}
	lines = append(lines, kind+": "+e.Msg)
	return &ErrorInfo{Ename: kind, Evalue: e.Msg, Traceback: lines}
}

// exceptionStr is str(e), falling back to the raw message on error.
func exceptionStr(th *Thread, e *Exception) string {
	if _, ok := userMethod(e.Class, "__str__"); ok && th != nil {
		if s, err := ToStr(th, e); err == nil {
			return s
		}
	}
	return excMessage(th, e)
}

// excMessage is BaseException.__str__.
func excMessage(th *Thread, e *Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 2:
		if n, ok := e.Args[0].(Int); ok && e.Class.IsSubclass(OSError) {
			msg, _ := ToStr(th, e.Args[1])
			s := fmt.Sprintf("[Errno %d] %s", n, msg)
			if e.Attrs != nil {
				if fn, ok := e.Attrs.GetStr("filename"); ok && fn != None {
					r, _ := Repr(th, fn)
					s += ": " + r
				}
			}
			return s
		}
	case 1:
		if e.Class.IsSubclass(KeyError) {
			s, _ := Repr(th, e.Args[0])
			return s
		}
		s, _ := ToStr(th, e.Args[0])
		return s
	}
	s, _ := Repr(th, e.Args)
	return s
}

// excLastLine is the final traceback line: "module.Name: message".
func excLastLine(th *Thread, e *Exception) string {
	name := e.Class.Name
	if m := e.Class.Module; m != "" && m != "builtins" && m != "__main__" {
		name = e.Class.Module + "." + name
	}
	msg := exceptionStr(th, e)
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// FormatException renders an exception and its chain as CPython's
// traceback.print_exception does, one line per element.
func FormatException(th *Thread, e *Exception) []string {
	return formatChain(th, e, map[*Exception]bool{})
}

func formatChain(th *Thread, e *Exception, seen map[*Exception]bool) []string {
	seen[e] = true
	e.flushTraceback()
	var out []string
	if e.Cause != nil && !seen[e.Cause] {
		out = append(out, formatChain(th, e.Cause, seen)...)
		out = append(out, "", "The above exception was the direct cause of the following exception:", "")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		out = append(out, formatChain(th, e.Context, seen)...)
		out = append(out, "", "During handling of the above exception, another exception occurred:", "")
	}
	if len(e.Traceback) > 0 {
		out = append(out, "Traceback (most recent call last):")
		out = append(out, formatFrames(e.Traceback)...)
	}
	out = append(out, excLastLine(th, e))
	out = append(out, e.Notes...)
	return out
}

// formatFrames prints frames, collapsing runs of identical ones after
// three like CPython ("[Previous line repeated N more times]").
func formatFrames(frames []Frame) []string {
	var out []string
	var last Frame
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			out = append(out, fmt.Sprintf("  [Previous line repeated %d more time%s]", n, s))
		}
	}
	for i, f := range frames {
		if i > 0 && f == last {
			count++
		} else {
			flush()
			last = f
			count = 1
		}
		if count > 3 {
			continue
		}
		out = append(out, fmt.Sprintf("  File \"%s\", line %d, in %s", f.File, f.Line, f.Function))
		if f.Source != "" {
			out = append(out, "    "+f.Source)
		}
	}
	flush()
	return out
}
