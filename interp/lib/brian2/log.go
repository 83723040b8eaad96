package brian2

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim"
)

// Brian's log levels, ordered as Python's logging module orders them.
const (
	levelDebug = 10
	levelInfo  = 20
	levelWarn  = 30
	levelError = 40
)

var levelNames = map[int]string{
	levelDebug: "DEBUG", levelInfo: "INFO", levelWarn: "WARNING", levelError: "ERROR",
}

// logger writes Brian's console log lines ("%-10s %s [%s]") to the cell's
// stderr, honouring the session's level set through BrianLogger.
type logger struct {
	level      int
	suppressed []string // logger name prefixes silenced by suppress_hierarchy/suppress_name
}

func newLogger() *logger { return &logger{level: levelInfo} }

// log writes one line if lvl passes the session's threshold.
func (l *logger) log(th *interp.Thread, lvl int, name, format string, args ...any) {
	if lvl < l.level {
		return
	}
	for _, p := range l.suppressed {
		if name == p || strings.HasPrefix(name, p+".") {
			return
		}
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	th.Stderr(fmt.Sprintf("%-10s %s [%s]\n", levelNames[lvl], msg, name))
}

// loggerClass builds BrianLogger: a class whose static methods change the
// session's console level, as notebooks call BrianLogger.log_level_warn().
func loggerClass(l *logger) *interp.Class {
	cls := interp.NewClass("BrianLogger", "brian2.utils.logger")
	def := func(name string, fn func(args []interp.Value)) {
		cls.Dict.SetStr(name, interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			fn(args)
			return interp.None, nil
		}))
	}
	for name, lvl := range map[string]int{
		"log_level_debug": levelDebug, "log_level_info": levelInfo,
		"log_level_warn": levelWarn, "log_level_error": levelError,
	} {
		def(name, func([]interp.Value) { l.level = lvl })
	}
	suppress := func(args []interp.Value) {
		for _, a := range args {
			if s, ok := a.(interp.Str); ok {
				l.suppressed = append(l.suppressed, string(s))
			}
		}
	}
	def("suppress_name", suppress)
	def("suppress_hierarchy", suppress)
	return cls
}

// bind routes the simulator's log records to th's stderr through the
// session's logger; every call into sim that may log binds first, since
// the running cell's output changes from cell to cell.
func (s *state) bind(th *interp.Thread) {
	ns := th.CallerNamespace()
	s.env.Log = func(r sim.LogRecord) {
		s.log.log(th, simLevel(r.Level), r.Source, "%s", conflictWithRepr(th, ns, r))
	}
}

var conflictValueRe = regexp.MustCompile(`^('(\w+)' is an internal variable of group '\w+', but also exists in the run namespace with the value ).*(\. The internal variable will be used\.)$`)

// conflictWithRepr shows the namespace value in a name-conflict warning
// as Brian does, with Python's repr ("10. * msecond").
func conflictWithRepr(th *interp.Thread, ns func(string) (interp.Value, bool), r sim.LogRecord) string {
	m := conflictValueRe.FindStringSubmatch(r.Msg)
	if m == nil {
		return r.Msg
	}
	v, ok := ns(m[2])
	if !ok {
		return r.Msg
	}
	text, err := interp.Repr(th, v)
	if err != nil {
		return r.Msg
	}
	return m[1] + text + m[3]
}
