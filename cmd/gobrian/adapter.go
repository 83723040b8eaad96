package main

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/kernel"
)

// The Session methods beyond Execute that the kernel uses are asserted one
// by one at run time, so that this binary builds against an interpreter
// that lacks some; missing ones degrade to "no completions", "not found"
// and a bracket-counting is_complete.
type (
	completer interface {
		Complete(code string, cursor int) (matches []string, start, end int)
	}
	inspector interface {
		Inspect(code string, cursor, detail int) (text string, found bool)
	}
	completenessChecker interface {
		IsComplete(code string) (status, indent string)
	}
	exprEvaluator interface {
		EvalExpr(ctx context.Context, expr string, out interp.Output) (map[string]string, *interp.ErrorInfo)
	}
)

// configurable is the Session's settings store ("gobrian.figures_dir").
type configurable interface {
	SetConfig(key, value string)
}

// evaluator adapts an interp.Session to kernel.Evaluator.
type evaluator struct {
	s *interp.Session
}

var _ kernel.Evaluator = evaluator{}

// helpQuery matches IPython's "obj?" and "obj??" help syntax.
var helpQuery = regexp.MustCompile(`^\s*([A-Za-z_][\w.]*)\s*(\?\??)\s*$|^\s*(\?\??)\s*([A-Za-z_][\w.]*)\s*$`)

func (e evaluator) Execute(ctx context.Context, code string, out kernel.Output, opts kernel.ExecuteOptions) kernel.ExecuteResult {
	if m := helpQuery.FindStringSubmatch(code); m != nil {
		return e.page(m)
	}
	res := e.s.Execute(ctx, code, pythonInput{out}, interp.ExecOptions{
		CellName: opts.CellName, Silent: opts.Silent, OnResult: opts.PublishResult,
	})
	return kernel.ExecuteResult{Data: res.Result, Error: convertError(res.Error)}
}

// page answers "name?" with the inspect text as a pager payload, as
// IPython does.
func (e evaluator) page(m []string) kernel.ExecuteResult {
	name, marks := m[1], m[2]
	if name == "" {
		name, marks = m[4], m[3]
	}
	text, found := e.Inspect(name, utf8.RuneCountInString(name), len(marks)-1)
	if !found {
		text = "Object `" + name + "` not found."
	}
	return kernel.ExecuteResult{Payload: []map[string]any{{
		"source": "page", "data": map[string]string{"text/plain": text}, "start": 0,
	}}}
}

func (e evaluator) Complete(code string, cursor int) ([]string, int, int) {
	if t, ok := any(e.s).(completer); ok {
		return t.Complete(code, cursor)
	}
	return nil, cursor, cursor
}

func (e evaluator) Inspect(code string, cursor, detail int) (string, bool) {
	if t, ok := any(e.s).(inspector); ok {
		return t.Inspect(code, cursor, detail)
	}
	return "", false
}

func (e evaluator) IsComplete(code string) (string, string) {
	if t, ok := any(e.s).(completenessChecker); ok {
		return t.IsComplete(code)
	}
	return bracketIsComplete(code)
}

func (e evaluator) EvalExpr(ctx context.Context, expr string, out kernel.Output) (map[string]string, *kernel.ErrorInfo) {
	if t, ok := any(e.s).(exprEvaluator); ok {
		data, err := t.EvalExpr(ctx, expr, pythonInput{out})
		return data, convertError(err)
	}
	return nil, &kernel.ErrorInfo{Ename: "NotImplementedError", Evalue: "user_expressions are not supported yet"}
}

func convertError(e *interp.ErrorInfo) *kernel.ErrorInfo {
	if e == nil {
		return nil
	}
	return &kernel.ErrorInfo{Ename: e.Ename, Evalue: e.Evalue, Traceback: e.Traceback}
}

// bracketIsComplete is the fallback is_complete: open brackets, a
// trailing colon or backslash mean more input is expected.
func bracketIsComplete(code string) (string, string) {
	depth := 0
	for _, r := range code {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
	}
	trimmed := strings.TrimRight(code, " \t\n")
	switch {
	case depth < 0:
		return "invalid", ""
	case depth > 0 || strings.HasSuffix(trimmed, "\\"):
		return "incomplete", ""
	case strings.HasSuffix(trimmed, ":"):
		return "incomplete", "    "
	}
	return "complete", ""
}
