package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// fakeRunner executes "print(...)"-like cells by convention: the code is
// echoed to stdout, "raise" fails, "show" displays, other cells end in a
// result equal to their code.
type fakeRunner struct{}

func (fakeRunner) Execute(ctx context.Context, code string, out interp.Output, opts interp.ExecOptions) interp.ExecResult {
	switch {
	case strings.HasPrefix(code, "raise"):
		return interp.ExecResult{Error: &interp.ErrorInfo{Ename: "ValueError", Evalue: "bad", Traceback: []string{
			"Traceback (most recent call last):", `  File "` + opts.CellName + `", line 1, in <module>`, "    raise", "ValueError: bad"}}}
	case strings.HasPrefix(code, "show"):
		out.Stream("stdout", "before\n")
		out.Display(map[string]string{"text/plain": "<Figure>", "image/png": "iVBORw0KGgo="}, nil, "", false)
		return interp.ExecResult{}
	case code == "quiet":
		return interp.ExecResult{}
	case strings.HasPrefix(code, "echo"):
		out.Stream("stdout", "a\n")
		out.Stream("stdout", "b\r\nc")
		out.Stream("stderr", "warn\n")
		out.Stream("stdout", "d\n")
		return interp.ExecResult{}
	}
	return interp.ExecResult{Result: map[string]string{"text/plain": code, "text/latex": "$" + code + "$"}}
}

const testNotebook = `{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Title\n"]},
  {"cell_type": "code", "execution_count": null, "metadata": {"tags": ["x"]}, "outputs": [], "source": ["echo"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "   \n"},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["show"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["1 + 2 é<&>"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["raise"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["after"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["quiet"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
 "nbformat": 4,
 "nbformat_minor": 4
}`

func runTestNotebook(t *testing.T, allowErrors bool) (map[string]any, int, string) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "nb.ipynb")
	if err := os.WriteFile(in, []byte(testNotebook), 0o644); err != nil {
		t.Fatal(err)
	}
	nb, err := readNotebook(in)
	if err != nil {
		t.Fatal(err)
	}
	status := executeNotebook(context.Background(), fakeRunner{}, nb, allowErrors, io.Discard)
	out := filepath.Join(dir, "nb.nbconvert.ipynb")
	if err := writeNotebook(out, nb); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	return got, status, out
}

func TestNotebookOutputsAsNbconvert(t *testing.T) {
	got, status, path := runTestNotebook(t, false)
	if status != 1 {
		t.Errorf("status = %d, want 1 (stopped at the error)", status)
	}
	cells := got["cells"].([]any)
	cell := func(i int) map[string]any { return cells[i].(map[string]any) }
	outputs := func(i int) []any { return cell(i)["outputs"].([]any) }

	if ids := cell(0)["id"]; ids == nil || ids == "" {
		t.Error("cell without id")
	}
	// Streams merged per name, split into lines as nbformat writes them.
	want := []any{
		map[string]any{"output_type": "stream", "name": "stdout", "text": []any{"a\n", "b\r\n", "c"}},
		map[string]any{"output_type": "stream", "name": "stderr", "text": []any{"warn\n"}},
		map[string]any{"output_type": "stream", "name": "stdout", "text": []any{"d\n"}},
	}
	if !reflect.DeepEqual(outputs(1), want) {
		t.Errorf("stream outputs = %#v", outputs(1))
	}
	if cell(1)["execution_count"] != 1.0 || cell(2)["execution_count"] != nil || cell(3)["execution_count"] != 2.0 {
		t.Errorf("execution counts %v %v %v", cell(1)["execution_count"], cell(2)["execution_count"], cell(3)["execution_count"])
	}
	if tags := cell(1)["metadata"].(map[string]any)["tags"]; !reflect.DeepEqual(tags, []any{"x"}) {
		t.Errorf("cell metadata lost: %v", cell(1)["metadata"])
	}
	disp := outputs(3)[1].(map[string]any)
	if disp["output_type"] != "display_data" || disp["data"].(map[string]any)["image/png"] != "iVBORw0KGgo=" {
		t.Errorf("display = %v", disp)
	}
	res := outputs(4)[0].(map[string]any)
	if res["output_type"] != "execute_result" || res["execution_count"] != 3.0 ||
		!reflect.DeepEqual(res["data"].(map[string]any)["text/plain"], []any{"1 + 2 é<&>"}) {
		t.Errorf("result = %v", res)
	}
	errOut := outputs(5)[0].(map[string]any)
	if errOut["output_type"] != "error" || errOut["ename"] != "ValueError" || len(errOut["traceback"].([]any)) == 0 {
		t.Errorf("error = %v", errOut)
	}
	if len(outputs(6)) != 0 || cell(6)["execution_count"] != nil {
		t.Errorf("cell after the error ran: %v", cell(6))
	}
	meta := got["metadata"].(map[string]any)
	if meta["kernelspec"].(map[string]any)["name"] != "gobrian" || meta["language_info"].(map[string]any)["name"] != "python" {
		t.Errorf("metadata = %v", meta)
	}
	if got["nbformat_minor"] != 5.0 {
		t.Errorf("nbformat_minor = %v", got["nbformat_minor"])
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), "é<&>") {
		t.Error("non-ASCII or HTML characters were escaped")
	}

	// Differential: nbformat itself must accept the file.
	cmd := exec.Command("/usr/bin/python3", "-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", path)
	outb, err := cmd.CombinedOutput()
	if err != nil {
		if _, lookErr := exec.LookPath("/usr/bin/python3"); lookErr != nil || strings.Contains(string(outb), "No module named") {
			t.Skipf("nbformat oracle not available: %s", outb)
		}
		t.Fatalf("nbformat rejects the notebook: %s", outb)
	}
}

func TestNotebookAllowErrors(t *testing.T) {
	got, status, _ := runTestNotebook(t, true)
	if status != 0 {
		t.Errorf("status = %d", status)
	}
	cells := got["cells"].([]any)
	after := cells[6].(map[string]any)
	if after["execution_count"] != 5.0 || len(after["outputs"].([]any)) != 1 {
		t.Errorf("cell after the error = %v", after)
	}
	// A cell without output has an empty list, never null.
	if quiet, ok := cells[7].(map[string]any)["outputs"].([]any); !ok || len(quiet) != 0 {
		t.Errorf("quiet cell outputs = %#v", cells[7].(map[string]any)["outputs"])
	}
}

func TestNotebookClearAndUpdate(t *testing.T) {
	var o notebookOutput
	o.Stream("stdout", "x")
	o.ClearOutput(true)
	if len(o.outputs) != 1 {
		t.Fatal("clear_output(wait) cleared at once")
	}
	o.Display(map[string]string{"text/plain": "v1"}, nil, "id", false)
	o.Display(map[string]string{"text/plain": "v2"}, nil, "id", true)
	if len(o.outputs) != 1 || o.outputs[0].(map[string]any)["data"].(map[string]any)["text/plain"] != "v2" {
		t.Errorf("outputs = %v", o.outputs)
	}
	o.ClearOutput(false)
	if len(o.outputs) != 0 {
		t.Error("clear_output did not clear")
	}
}

// TestSplitLinesMatchesPython compares with str.splitlines(True).
func TestSplitLinesMatchesPython(t *testing.T) {
	cases := []string{"", "a", "a\n", "a\nb", "a\r\nb\rc\n\n", "x\vy\fz\x1cw\u2028v\u0085u", "é\n"}
	want := [][]string{{}, {"a"}, {"a\n"}, {"a\n", "b"}, {"a\r\n", "b\r", "c\n", "\n"}, {"x\v", "y\f", "z\x1c", "w\u2028", "v\u0085", "u"}, {"é\n"}}
	for i, c := range cases {
		if got := splitLines(c); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("splitLines(%q) = %q, want %q", c, got, want[i])
		}
	}
}

func TestExitStatus(t *testing.T) {
	for in, want := range map[string]int{"": 0, "None": 0, "3": 3, "256": 0, "bye": 1} {
		if got := exitStatus(in, io.Discard); got != want {
			t.Errorf("exitStatus(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestBracketIsComplete(t *testing.T) {
	for code, want := range map[string]string{"x = 1": "complete", "f(": "incomplete", "if x:": "incomplete", "a)": "invalid"} {
		if got, _ := bracketIsComplete(code); got != want {
			t.Errorf("%q: %s, want %s", code, got, want)
		}
	}
}

func TestUsage(t *testing.T) {
	var out strings.Builder
	if run([]string{"version"}, nil, &out, io.Discard) != 0 || !strings.HasPrefix(out.String(), "gobrian ") {
		t.Errorf("version = %q", out.String())
	}
	if run([]string{"frobnicate"}, nil, io.Discard, io.Discard) != 2 {
		t.Error("unknown command accepted")
	}
	out.Reset()
	if run([]string{"install", "--help"}, nil, io.Discard, &out) != 0 || !strings.Contains(out.String(), "--sys-prefix") {
		t.Errorf("install --help = %q", out.String())
	}
}

// TestResultBeforeFigures runs a real session: a cell that draws and ends
// in an expression shows its result first, then the figure, as IPython does.
func TestResultBeforeFigures(t *testing.T) {
	s := interp.NewSession(interp.Options{Modules: nativeModules()})
	nb := notebook{"cells": []any{map[string]any{
		"cell_type": "code", "metadata": map[string]any{}, "outputs": []any{},
		"source": "from brian2 import *\nplot([1, 2, 3])\n6*7",
	}}, "metadata": map[string]any{}, "nbformat": 4, "nbformat_minor": 5}
	if status := executeNotebook(context.Background(), s, nb, false, io.Discard); status != 0 {
		t.Fatalf("status %d", status)
	}
	outs := nb["cells"].([]any)[0].(map[string]any)["outputs"].([]any)
	var kinds []string
	for _, o := range outs {
		kinds = append(kinds, o.(map[string]any)["output_type"].(string))
	}
	if !reflect.DeepEqual(kinds, []string{"execute_result", "display_data"}) {
		t.Fatalf("outputs %v, want execute_result then display_data", kinds)
	}
	data := outs[0].(map[string]any)["data"].(map[string]any)
	if data["text/plain"] != "42" {
		t.Errorf("result %v, want 42", data["text/plain"])
	}
}
