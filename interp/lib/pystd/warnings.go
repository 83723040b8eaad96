package pystd

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// warnFilter is one entry of warnings.filters.
type warnFilter struct {
	action   string
	message  *regexp.Regexp // nil: any
	category *interp.Class
	module   *regexp.Regexp // nil: any
	lineno   int
}

// warnState is the per-session state of the warnings module.
type warnState struct {
	filters  []warnFilter
	registry map[string]bool // shown (text, category, location) keys
	// record collects warnings inside catch_warnings(record=True).
	record *interp.List
}

var warnActions = map[string]bool{"error": true, "ignore": true, "always": true, "default": true, "module": true, "once": true}

func defaultWarnFilters() []warnFilter {
	var fs []warnFilter
	fs = append(fs, warnFilter{action: "default", category: interp.DeprecationWarning, module: regexp.MustCompile(`\A__main__`)})
	for _, c := range []*interp.Class{interp.DeprecationWarning, interp.PendingDepWarning, interp.ImportWarning, interp.ResourceWarning} {
		fs = append(fs, warnFilter{action: "ignore", category: c})
	}
	return fs
}

// WarningMessageType is the class of records made by catch_warnings(record=True).
var WarningMessageType = interp.NewClass("WarningMessage", "warnings")

type warningMessage struct {
	message  *interp.Exception
	category *interp.Class
	filename string
	lineno   int
	line     string
}

func (*warningMessage) Type() *interp.Class { return WarningMessageType }

func (w *warningMessage) Attr(th *thread, name string) (value, error) {
	switch name {
	case "message":
		return w.message, nil
	case "category":
		return w.category, nil
	case "filename":
		return interp.Str(w.filename), nil
	case "lineno":
		return interp.Int(w.lineno), nil
	case "line", "source", "file":
		return interp.None, nil
	}
	return nil, nil
}

func (w *warningMessage) AttrNames() []string {
	return []string{"category", "file", "filename", "line", "lineno", "message", "source"}
}

func (w *warningMessage) Repr(th *thread) (string, error) {
	return fmt.Sprintf("{message : %s, category : '%s', filename : '%s', lineno : %d, line : None}",
		reprWarning(w.message), w.category.Name, w.filename, w.lineno), nil
}

func reprWarning(e *interp.Exception) string {
	return e.Class.Name + "(" + interp.ReprStr(e.Message()) + ")"
}

// formatWarning is warnings.formatwarning.
func formatWarning(msg string, cat *interp.Class, file string, line int, source string) string {
	s := fmt.Sprintf("%s:%d: %s: %s\n", file, line, cat.Name, msg)
	if src := strings.TrimSpace(source); src != "" {
		s += "  " + src + "\n"
	}
	return s
}

func (st *warnState) warn(th *thread, message, category value, stacklevel int) error {
	var exc *interp.Exception
	var cat *interp.Class
	switch m := message.(type) {
	case *interp.Exception:
		if m.IsInstance(interp.Warning) {
			exc, cat = m, m.Class
		}
	}
	if exc == nil {
		cat = interp.UserWarning
		if category != interp.None {
			c, ok := category.(*interp.Class)
			if !ok || !c.IsSubclass(interp.Warning) {
				return interp.Errorf(interp.TypeError, "category must be a Warning subclass, not '%s'", category.Type().Name)
			}
			cat = c
		}
		text, err := interp.ToStr(th, message)
		if err != nil {
			return err
		}
		exc = &interp.Exception{Class: cat, Args: interp.Tuple{interp.Str(text)}}
	}
	text := exc.Message()
	frame := interp.Frame{File: "sys", Line: 1}
	stack := th.Stack()
	if k := len(stack) - max(stacklevel, 1); k >= 0 && k < len(stack) {
		frame = stack[k]
	}
	module := "__main__"
	action := "default"
	for _, f := range st.filters {
		if !cat.IsSubclass(f.category) {
			continue
		}
		if f.message != nil && !f.message.MatchString(text) {
			continue
		}
		if f.module != nil && !f.module.MatchString(module) {
			continue
		}
		if f.lineno != 0 && f.lineno != frame.Line {
			continue
		}
		action = f.action
		break
	}
	switch action {
	case "ignore":
		return nil
	case "error":
		return exc
	case "once":
		key := "once:" + cat.Name + ":" + text
		if st.registry[key] {
			return nil
		}
		st.registry[key] = true
	case "module":
		key := "module:" + module + ":" + cat.Name + ":" + text
		if st.registry[key] {
			return nil
		}
		st.registry[key] = true
	case "default":
		key := fmt.Sprintf("default:%s:%d:%s:%s", frame.File, frame.Line, cat.Name, text)
		if st.registry[key] {
			return nil
		}
		st.registry[key] = true
	}
	if st.record != nil {
		st.record.Elems = append(st.record.Elems, &warningMessage{message: exc, category: cat, filename: frame.File, lineno: frame.Line})
		return nil
	}
	th.Stderr(formatWarning(text, cat, frame.File, frame.Line, frame.Source))
	return nil
}

func (st *warnState) addFilter(f warnFilter, appendIt bool) {
	st.registry = map[string]bool{} // CPython invalidates registries on change
	for i, g := range st.filters {
		if g.action == f.action && g.category == f.category && g.lineno == f.lineno &&
			fmt.Sprint(g.message) == fmt.Sprint(f.message) && fmt.Sprint(g.module) == fmt.Sprint(f.module) {
			if appendIt {
				return
			}
			st.filters = append(st.filters[:i], st.filters[i+1:]...)
			break
		}
	}
	if appendIt {
		st.filters = append(st.filters, f)
	} else {
		st.filters = append([]warnFilter{f}, st.filters...)
	}
}

// catchWarnings is the warnings.catch_warnings context manager.
type catchWarnings struct {
	st      *warnState
	record  bool
	saved   []warnFilter
	savedRe *interp.List
	entered bool
}

var catchWarningsType = interp.NewClass("catch_warnings", "warnings")

func (*catchWarnings) Type() *interp.Class { return catchWarningsType }

func (c *catchWarnings) Attr(th *thread, name string) (value, error) {
	switch name {
	case "__enter__":
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if c.entered {
				return nil, interp.Errorf(interp.RuntimeError, "Cannot enter %s twice", "catch_warnings")
			}
			c.entered = true
			c.saved = append([]warnFilter(nil), c.st.filters...)
			c.savedRe = c.st.record
			c.st.registry = map[string]bool{}
			if c.record {
				c.st.record = interp.NewList(nil)
				return c.st.record, nil
			}
			return interp.None, nil
		}), nil
	case "__exit__":
		return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
			c.st.filters = c.saved
			c.st.record = c.savedRe
			c.st.registry = map[string]bool{}
			return interp.False, nil
		}), nil
	}
	return nil, nil
}

func (c *catchWarnings) AttrNames() []string { return []string{"__enter__", "__exit__"} }

func compileWarnRegexp(pat string, ignoreCase bool) (*regexp.Regexp, error) {
	if pat == "" {
		return nil, nil
	}
	flags := 0
	if ignoreCase {
		flags = reIgnoreCase
	}
	tr, _, err := translateRegexp(pat, flags)
	if err != nil {
		return nil, interp.Errorf(ReError, "%s", err.Error())
	}
	re, err := regexp.Compile(`\A(?:` + tr + `)`)
	if err != nil {
		return nil, interp.Errorf(ReError, "%s", err.Error())
	}
	return re, nil
}

func warningsModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("warnings")
	st := &warnState{filters: defaultWarnFilters(), registry: map[string]bool{}}
	def(m, "warn", func(th *thread, args []value, kw []kwarg) (value, error) {
		var message value
		var category value = interp.None
		stacklevel := 1
		var source value = interp.None
		if err := interp.UnpackArgs("warn", args, kw, "message", &message, "category?", &category, "stacklevel?", &stacklevel, "source?", &source); err != nil {
			return nil, err
		}
		return interp.None, st.warn(th, message, category, stacklevel)
	})
	categoryArg := func(v value) (*interp.Class, error) {
		c, ok := v.(*interp.Class)
		if !ok || !c.IsSubclass(interp.Warning) {
			return nil, interp.Errorf(interp.AssertionError, "category must be a class")
		}
		return c, nil
	}
	// filterArgs checks a new filter's action and returns its category.
	filterArgs := func(action string, category value) (*interp.Class, error) {
		if !warnActions[action] {
			return nil, interp.Errorf(interp.AssertionError, "invalid action: %s", interp.ReprStr(action))
		}
		return categoryArg(category)
	}
	def(m, "filterwarnings", func(th *thread, args []value, kw []kwarg) (value, error) {
		var action, message, module string
		var category value = interp.Warning
		lineno := 0
		appendIt := false
		if err := interp.UnpackArgs("filterwarnings", args, kw, "action", &action, "message?", &message,
			"category?", &category, "module?", &module, "lineno?", &lineno, "append?", &appendIt); err != nil {
			return nil, err
		}
		cat, err := filterArgs(action, category)
		if err != nil {
			return nil, err
		}
		mre, err := compileWarnRegexp(message, true)
		if err != nil {
			return nil, err
		}
		modre, err := compileWarnRegexp(module, false)
		if err != nil {
			return nil, err
		}
		st.addFilter(warnFilter{action: action, message: mre, category: cat, module: modre, lineno: lineno}, appendIt)
		return interp.None, nil
	})
	def(m, "simplefilter", func(th *thread, args []value, kw []kwarg) (value, error) {
		var action string
		var category value = interp.Warning
		lineno := 0
		appendIt := false
		if err := interp.UnpackArgs("simplefilter", args, kw, "action", &action, "category?", &category,
			"lineno?", &lineno, "append?", &appendIt); err != nil {
			return nil, err
		}
		cat, err := filterArgs(action, category)
		if err != nil {
			return nil, err
		}
		st.addFilter(warnFilter{action: action, category: cat, lineno: lineno}, appendIt)
		return interp.None, nil
	})
	def(m, "resetwarnings", func(th *thread, args []value, kw []kwarg) (value, error) {
		st.filters = nil
		st.registry = map[string]bool{}
		return interp.None, nil
	})
	def(m, "formatwarning", func(th *thread, args []value, kw []kwarg) (value, error) {
		var message, category, line value
		var filename string
		var lineno int
		line = interp.None
		if err := interp.UnpackArgs("formatwarning", args, kw, "message", &message, "category", &category,
			"filename", &filename, "lineno", &lineno, "line?", &line); err != nil {
			return nil, err
		}
		cat, err := categoryArg(category)
		if err != nil {
			return nil, err
		}
		text, err := interp.ToStr(th, message)
		if err != nil {
			return nil, err
		}
		src := ""
		if s, ok := line.(interp.Str); ok {
			src = string(s)
		}
		return interp.Str(formatWarning(text, cat, filename, lineno, src)), nil
	})
	def(m, "catch_warnings", func(th *thread, args []value, kw []kwarg) (value, error) {
		record := false
		var module value = interp.None
		if err := interp.UnpackArgs("catch_warnings", args, kw, "record?", &record, "module?", &module); err != nil {
			return nil, err
		}
		return &catchWarnings{st: st, record: record}, nil
	})
	return m, nil
}
