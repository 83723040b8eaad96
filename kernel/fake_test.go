package kernel

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// fakeEvaluator runs a tiny command language so that protocol tests know
// exactly what each cell does:
//
//	print:TEXT  lines:N  stderr:TEXT  display  clear  update  err  panic
//	block (until interrupted)  sleep:MS  input:PROMPT  anything else: its own repr
type fakeEvaluator struct{}

func (fakeEvaluator) Execute(ctx context.Context, code string, out Output, opts ExecuteOptions) ExecuteResult {
	cmd, arg, _ := strings.Cut(code, ":")
	switch cmd {
	case "print":
		out.Stream("stdout", arg+"\n")
	case "stderr":
		out.Stream("stderr", arg+"\n")
	case "lines":
		n, _ := strconv.Atoi(arg)
		for i := 0; i < n; i++ {
			out.Stream("stdout", fmt.Sprintf("line %d\n", i))
		}
	case "big":
		n, _ := strconv.Atoi(arg)
		bigDisplays(out, n, 1<<20)
	case "mixed":
		out.Stream("stdout", "a\n")
		out.Display(map[string]string{"text/plain": "shown"}, nil, "", false)
		out.Stream("stdout", "b\n")
	case "display":
		out.Display(map[string]string{"text/plain": "<figure>", "image/png": "iVBORw0KGgo="}, nil, "d1", false)
		out.Display(map[string]string{"text/plain": "<figure 2>"}, nil, "d1", true)
	case "clear":
		out.Stream("stdout", "gone\n")
		out.ClearOutput(true)
	case "err":
		return ExecuteResult{Error: &ErrorInfo{Ename: "ZeroDivisionError", Evalue: "division by zero", Traceback: []string{
			"Traceback (most recent call last):",
			fmt.Sprintf(`  File "%s", line 1, in <module>`, opts.CellName),
			"    1/0",
			"ZeroDivisionError: division by zero",
		}}}
	case "panic":
		var m map[string]int
		m["boom"]++
	case "block":
		<-ctx.Done()
		return ExecuteResult{Error: &ErrorInfo{Ename: "KeyboardInterrupt", Evalue: ""}}
	case "sleep":
		ms, _ := strconv.Atoi(arg)
		time.Sleep(time.Duration(ms) * time.Millisecond)
	case "input":
		v, err := out.Input(ctx, arg, false)
		if errors.Is(err, ErrStdinNotAllowed) {
			return ExecuteResult{Error: &ErrorInfo{Ename: "StdinNotImplementedError", Evalue: err.Error()}}
		}
		if err != nil {
			return ExecuteResult{Error: &ErrorInfo{Ename: "KeyboardInterrupt"}}
		}
		out.Stream("stdout", "got "+v+"\n")
	default:
		return ExecuteResult{Data: map[string]string{"text/plain": code}}
	}
	return ExecuteResult{}
}

func (fakeEvaluator) Complete(code string, cursor int) ([]string, int, int) {
	if strings.HasSuffix(string([]rune(code)[:cursor]), "pri") {
		return []string{"print", "property"}, cursor - 3, cursor
	}
	return nil, cursor, cursor
}

func (fakeEvaluator) Inspect(code string, cursor, detail int) (string, bool) {
	if strings.Contains(code, "print") {
		return "print(*args)", true
	}
	return "", false
}

func (fakeEvaluator) IsComplete(code string) (string, string) {
	if strings.HasSuffix(code, ":") {
		return "incomplete", "    "
	}
	return "complete", ""
}

func (fakeEvaluator) EvalExpr(ctx context.Context, expr string, out Output) (map[string]string, *ErrorInfo) {
	if expr == "bad" {
		return nil, &ErrorInfo{Ename: "NameError", Evalue: "name 'bad' is not defined"}
	}
	return map[string]string{"text/plain": "<" + expr + ">"}, nil
}

// bigDisplays shows n displays of size bytes each (the never-reading
// subscriber test).
func bigDisplays(out Output, n, size int) {
	payload := strings.Repeat("A", size)
	for i := 0; i < n; i++ {
		out.Display(map[string]string{"text/plain": strconv.Itoa(i), "image/png": payload}, nil, "", false)
	}
}
