package interp

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gobrian/gobrian/interp/syntax"
)

// UsageError is IPython's error for a bad magic.
var UsageError = NewClass("UsageError", "", ExceptionType)

// magic compiles an IPython magic statement: it runs through the session.
func (c *compiler) magic(n *syntax.Magic) execFn {
	return func(fr *frame) (ctl, error) {
		_, err := fr.th.session.runMagic(fr, n)
		return ctlNext, err
	}
}

// magicExpr compiles a magic that ends a cell, whose value is displayed.
func (c *compiler) magicExpr(n *syntax.Magic) evalFn {
	return func(fr *frame) (Value, error) {
		return fr.th.session.runMagic(fr, n)
	}
}

// runMagic executes %name args (or %%name with the cell body, or !cmd).
func (s *Session) runMagic(fr *frame, n *syntax.Magic) (Value, error) {
	th := fr.th
	if n.Shell {
		return nil, runShell(th, n.Args)
	}
	args := strings.TrimSpace(n.Args)
	if n.Cell != nil {
		switch n.Name {
		case "time":
			return s.timeCode(th, *n.Cell, true)
		case "timeit":
			return nil, s.timeit(th, args, *n.Cell)
		case "capture", "writefile", "html", "HTML", "latex", "markdown", "javascript", "js", "svg", "bash", "sh", "script":
			return nil, s.cellMagicOther(th, n.Name, args, *n.Cell)
		}
		return nil, Errorf(UsageError, "Cell magic `%%%%%s` not found.", n.Name)
	}
	switch n.Name {
	case "matplotlib":
		s.config["matplotlib"] = args
		return None, nil
	case "load_ext", "reload_ext", "autoreload", "aimport", "precision", "xmode", "colors":
		return None, nil
	case "time":
		return s.timeCode(th, args, false)
	case "timeit":
		return None, s.timeit(th, args, "")
	case "who":
		names := s.userNames()
		if len(names) == 0 {
			th.Stdout("Interactive namespace is empty.\n")
		} else {
			th.Stdout(strings.Join(names, "\t") + "\t\n")
		}
		return None, nil
	case "who_ls":
		names := s.userNames()
		out := make([]Value, len(names))
		for i, n := range names {
			out[i] = Str(n)
		}
		return NewList(out), nil
	case "reset":
		if !strings.Contains(args, "-f") {
			return nil, Errorf(UsageError, "%%reset needs -f in a kernel without stdin confirmation")
		}
		keep := map[string]bool{"__name__": true, "__builtins__": true}
		for _, k := range s.globals.StrKeys() {
			if !keep[k] {
				s.globals.DeleteStr(k)
			}
		}
		return None, nil
	case "pwd":
		wd, err := os.Getwd()
		if err != nil {
			return nil, Errorf(OSError, "%s", err.Error())
		}
		return Str(wd), nil
	case "cd":
		dir := args
		if dir == "" {
			dir, _ = os.UserHomeDir()
		}
		if strings.HasPrefix(dir, "~") {
			home, _ := os.UserHomeDir()
			dir = home + dir[1:]
		}
		if err := os.Chdir(dir); err != nil {
			return nil, Errorf(UsageError, "[Errno 2] No such file or directory: %s", reprStr(dir))
		}
		wd, _ := os.Getwd()
		th.Stdout(wd + "\n")
		return None, nil
	case "config":
		if k, v, ok := strings.Cut(args, "="); ok {
			s.config[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
		return None, nil
	case "env":
		if k, v, ok := strings.Cut(args, "="); ok {
			os.Setenv(strings.TrimSpace(k), strings.TrimSpace(v))
			return None, nil
		}
		if args != "" {
			return Str(os.Getenv(args)), nil
		}
		return None, nil
	}
	return nil, Errorf(UsageError, "Line magic function `%%%s` not found.", n.Name)
}

// userNames lists the interactive variables for %who.
func (s *Session) userNames() []string {
	var out []string
	for _, k := range s.globals.StrKeys() {
		if strings.HasPrefix(k, "_") {
			continue
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func runShell(th *Thread, cmdline string) error {
	cmd := exec.CommandContext(th.Context(), "/bin/sh", "-c", cmdline)
	out, err := cmd.CombinedOutput()
	th.Stdout(string(out))
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			return Errorf(OSError, "%s", err.Error())
		}
	}
	return nil
}

func (s *Session) cellMagicOther(th *Thread, name, args, body string) error {
	if th.out == nil {
		return nil
	}
	switch name {
	case "html", "HTML":
		th.out.Display(map[string]string{"text/html": body, "text/plain": "<IPython.core.display.HTML object>"}, map[string]any{}, "", false)
	case "markdown":
		th.out.Display(map[string]string{"text/markdown": body, "text/plain": "<IPython.core.display.Markdown object>"}, map[string]any{}, "", false)
	case "latex":
		th.out.Display(map[string]string{"text/latex": body, "text/plain": "<IPython.core.display.Latex object>"}, map[string]any{}, "", false)
	case "svg":
		th.out.Display(map[string]string{"image/svg+xml": body, "text/plain": "<IPython.core.display.SVG object>"}, map[string]any{}, "", false)
	case "javascript", "js":
		th.out.Display(map[string]string{"application/javascript": body, "text/plain": "<IPython.core.display.Javascript object>"}, map[string]any{}, "", false)
	case "bash", "sh", "script":
		return runShell(th, body)
	case "writefile":
		fn := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "-a"))
		flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		verb := "Writing"
		if strings.HasPrefix(strings.TrimSpace(args), "-a") {
			flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
			verb = "Appending to"
		} else if _, err := os.Stat(fn); err == nil {
			verb = "Overwriting"
		}
		f, err := os.OpenFile(fn, flag, 0o644)
		if err != nil {
			return Errorf(OSError, "%s", err.Error())
		}
		defer f.Close()
		if _, err := f.WriteString(body); err != nil {
			return Errorf(OSError, "%s", err.Error())
		}
		th.Stdout(verb + " " + fn + "\n")
	case "capture":
		_, err := s.runNested(th, body)
		return err
	}
	return nil
}

// runNested executes source in the session namespace from inside a cell
// (%%time, %timeit), returning its last expression's value.
func (s *Session) runNested(th *Thread, src string) (Value, error) {
	name := "<timed exec>"
	body, last, lastLine, c, err := s.compileCell(name, src, true)
	if err != nil {
		return nil, err
	}
	fr := &frame{th: th, code: c, globals: s.globals}
	th.frames = append(th.frames, fr)
	defer func() { th.frames = th.frames[:len(th.frames)-1] }()
	v, err := runCompiledCell(fr, body, last, lastLine)
	if v == nil && err == nil {
		v = None
	}
	return v, err
}

func cpuTimes() (user, sys float64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime), tv(ru.Stime)
}

// formatTime is IPython's _format_time: three significant digits with
// s, ms, µs or ns; minutes and hours for long spans.
func formatTime(t float64) string {
	if t >= 60 {
		var parts []string
		rest := t
		for _, u := range []struct {
			name string
			secs float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			v := math.Floor(rest / u.secs)
			if v > 0 {
				parts = append(parts, fmt.Sprintf("%.0f%s", v, u.name))
				rest -= v * u.secs
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if t > 0 {
		// -int(floor(log10(t)) // 3), as IPython computes it.
		order = min(-int(math.Floor(math.Floor(math.Log10(t))/3)), 3)
		if order < 0 {
			order = 0
		}
	}
	return pyGFormat(t*scale[order], 3) + " " + units[order]
}

// pyGFormat is Python's "%.*g".
func pyGFormat(v float64, prec int) string {
	s, err := FormatValue(nil, Float(v), "."+strconv.Itoa(prec)+"g")
	if err != nil {
		return strconv.FormatFloat(v, 'g', prec, 64)
	}
	return s
}

func (s *Session) timeCode(th *Thread, src string, cell bool) (Value, error) {
	u0, s0 := cpuTimes()
	w0 := time.Now()
	v, err := s.runNested(th, src)
	wall := time.Since(w0).Seconds()
	u1, s1 := cpuTimes()
	user, sys := u1-u0, s1-s0
	th.Stdout(fmt.Sprintf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
		formatTime(user), formatTime(sys), formatTime(user+sys), formatTime(wall)))
	if err != nil {
		return nil, err
	}
	if cell {
		if v != nil && v != None && th.out != nil {
			b, err := MimeBundle(th, v)
			if err != nil {
				return nil, err
			}
			th.out.Display(b, map[string]any{}, "", false)
		}
		return None, nil
	}
	return v, nil
}

// timeit implements %timeit and %%timeit with IPython's output format:
// line holds the options (and, for %timeit, the statement), cell the body
// of %%timeit.
func (s *Session) timeit(th *Thread, line, cell string) error {
	number, repeat := 0, 7
	quiet := false
	src := cell
	fields := strings.Fields(line)
	if cell == "" {
		// Line magic: options precede the statement.
		rest := line
		for {
			rest = strings.TrimSpace(rest)
			if !strings.HasPrefix(rest, "-") {
				break
			}
			f := strings.Fields(rest)
			switch f[0] {
			case "-n", "-r":
				if len(f) < 2 {
					return Errorf(UsageError, "option %s requires argument", f[0])
				}
				v, err := strconv.Atoi(f[1])
				if err != nil {
					return Errorf(UsageError, "option %s: invalid integer %s", f[0], f[1])
				}
				if f[0] == "-n" {
					number = v
				} else {
					repeat = v
				}
				rest = strings.TrimSpace(rest[len(f[0]):])
				rest = rest[len(f[1]):]
				continue
			case "-q":
				quiet = true
			}
			rest = strings.TrimSpace(rest[len(f[0]):])
		}
		src = rest
		fields = nil
	}
	for i := 0; i < len(fields); i++ {
		switch fields[i] {
		case "-n", "-r":
			if i+1 < len(fields) {
				v, _ := strconv.Atoi(fields[i+1])
				if fields[i] == "-n" {
					number = v
				} else {
					repeat = v
				}
				i++
			}
		case "-q":
			quiet = true
		}
	}
	body, last, _, c, err := s.compileCell("<magic-timeit>", src, false)
	if err != nil {
		return err
	}
	runOnce := func(n int) (float64, error) {
		fr := &frame{th: th, code: c, globals: s.globals}
		t0 := time.Now()
		for i := 0; i < n; i++ {
			if _, err := body(fr); err != nil {
				return 0, err
			}
			if last != nil {
				if _, err := last(fr); err != nil {
					return 0, err
				}
			}
		}
		return time.Since(t0).Seconds(), nil
	}
	if number == 0 {
		for number = 1; ; number *= 10 {
			t, err := runOnce(number)
			if err != nil {
				return err
			}
			if t >= 0.2 || number >= 1e9 {
				break
			}
			if t*float64(repeat) > 5 {
				break
			}
		}
	}
	if repeat < 1 {
		repeat = 1
	}
	times := make([]float64, repeat)
	for r := range times {
		t, err := runOnce(number)
		if err != nil {
			return err
		}
		times[r] = t / float64(number)
	}
	if quiet {
		return nil
	}
	mean, std := 0.0, 0.0
	for _, t := range times {
		mean += t
	}
	mean /= float64(repeat)
	for _, t := range times {
		std += (t - mean) * (t - mean)
	}
	std = math.Sqrt(std / float64(repeat))
	loops := "loops"
	if number == 1 {
		loops = "loop"
	}
	runs := "runs"
	if repeat == 1 {
		runs = "run"
	}
	th.Stdout(fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of %d %s, %s %s each)\n",
		formatTime(mean), formatTime(std), repeat, runs, magicThousands(number), loops))
	return nil
}

func magicThousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
