package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/kernel"
	"github.com/google/uuid"
)

// runNotebook executes every code cell of an .ipynb in one session and
// writes the result as nbconvert --execute --to notebook does.
func runNotebook(ctx context.Context, file string, opts runOptions, stderr io.Writer) int {
	nb, err := readNotebook(file)
	if err != nil {
		fmt.Fprintf(stderr, "gobrian run: %v\n", err)
		return 1
	}
	outPath := opts.output
	if outPath == "" {
		outPath = strings.TrimSuffix(file, ".ipynb") + ".nbconvert.ipynb"
	} else if !strings.HasSuffix(outPath, ".ipynb") {
		outPath += ".ipynb"
	}
	// Cells run in the notebook's directory, as under nbconvert and Jupyter
	// (tutorial 3 reads brian.png next to itself); paths given on the
	// command line stay relative to where gobrian was started.
	if outPath, err = filepath.Abs(outPath); err == nil && opts.figures != "" {
		opts.figures, err = filepath.Abs(opts.figures)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gobrian run: %v\n", err)
		return 1
	}
	if err := os.Chdir(filepath.Dir(file)); err != nil {
		fmt.Fprintf(stderr, "gobrian run: %v\n", err)
		return 1
	}
	s := newSession([]string{file}, opts)
	status := executeNotebook(ctx, s, nb, opts.allowErrors, stderr)
	if err := writeNotebook(outPath, nb); err != nil {
		fmt.Fprintf(stderr, "gobrian run: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "[gobrian run] Writing %s\n", outPath)
	return status
}

// notebook is an nbformat 4 document; unknown fields are kept as read.
type notebook map[string]any

func readNotebook(path string) (notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read notebook: %w", err)
	}
	var nb notebook
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&nb); err != nil {
		return nil, fmt.Errorf("parse notebook %s: %w", path, err)
	}
	if v, _ := nb["nbformat"].(json.Number); v.String() != "4" {
		return nil, fmt.Errorf("%s: only nbformat 4 notebooks are supported", path)
	}
	if _, ok := nb["cells"].([]any); !ok {
		return nil, fmt.Errorf("%s: no cells", path)
	}
	return nb, nil
}

// cellRunner is what executes cells: an *interp.Session.
type cellRunner interface {
	Execute(ctx context.Context, code string, out interp.Output, opts interp.ExecOptions) interp.ExecResult
}

// executeNotebook runs the code cells in order; after the first error it
// stops (status 1) unless allowErrors.
func executeNotebook(ctx context.Context, s cellRunner, nb notebook, allowErrors bool, stderr io.Writer) int {
	count := 0
	status := 0
	cells := nb["cells"].([]any)
	stopped := false
	for _, c := range cells {
		cell, ok := c.(map[string]any)
		if !ok {
			continue
		}
		if _, ok := cell["id"].(string); !ok {
			cell["id"] = uuid.NewString()[:8]
		}
		if cell["cell_type"] != "code" {
			continue
		}
		src := joinSource(cell["source"])
		if stopped || strings.TrimSpace(src) == "" {
			// nbclient skips empty cells; cells after a stop keep no outputs.
			if strings.TrimSpace(src) == "" || stopped {
				cell["outputs"] = []any{}
				cell["execution_count"] = nil
			}
			continue
		}
		count++
		out := &notebookOutput{}
		meta, _ := cell["metadata"].(map[string]any)
		if meta == nil {
			meta = map[string]any{}
		}
		start := time.Now()
		cellCount := count
		addResult := func(data map[string]string) {
			out.add(map[string]any{
				"output_type":     "execute_result",
				"execution_count": cellCount,
				"data":            mimeBundle(data),
				"metadata":        map[string]any{},
			})
		}
		res := s.Execute(ctx, src, pythonInput{out}, interp.ExecOptions{
			CellName: fmt.Sprintf("<ipython-input-%d>", count),
			// The result comes before the figures flushed at cell end, as in IPython.
			OnResult: addResult,
		})
		if res.Result != nil {
			addResult(res.Result)
		}
		if e := res.Error; e != nil {
			tb := kernel.ColorTraceback(kernel.ErrorInfo{Ename: e.Ename, Evalue: e.Evalue, Traceback: e.Traceback})
			out.add(map[string]any{"output_type": "error", "ename": e.Ename, "evalue": e.Evalue, "traceback": tb})
		}
		end := time.Now()
		meta["execution"] = map[string]any{
			"iopub.execute_input": kernel.Timestamp(start),
			"iopub.status.busy":   kernel.Timestamp(start),
			"iopub.status.idle":   kernel.Timestamp(end),
			"shell.execute_reply": kernel.Timestamp(end),
		}
		cell["metadata"] = meta
		cell["execution_count"] = count
		cell["outputs"] = out.outputs
		if out.outputs == nil {
			cell["outputs"] = []any{} // nbformat requires a list
		}
		if res.Error != nil {
			if !allowErrors {
				fmt.Fprintf(stderr, "gobrian run: cell %d raised %s: %s\n", count, res.Error.Ename, res.Error.Evalue)
				status = 1
				stopped = true
			}
		}
		if ctx.Err() != nil {
			stopped, status = true, 130
		}
	}
	setNotebookMetadata(nb)
	return status
}

func joinSource(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case []any:
		var b strings.Builder
		for _, l := range s {
			if t, ok := l.(string); ok {
				b.WriteString(t)
			}
		}
		return b.String()
	}
	return ""
}

func setNotebookMetadata(nb notebook) {
	meta, _ := nb["metadata"].(map[string]any)
	if meta == nil {
		meta = map[string]any{}
	}
	meta["kernelspec"] = map[string]any{"display_name": "Brian (Go)", "language": "python", "name": "gobrian"}
	meta["language_info"] = map[string]any{
		"codemirror_mode":    map[string]any{"name": "ipython", "version": 3},
		"file_extension":     ".py",
		"mimetype":           "text/x-python",
		"name":               "python",
		"nbconvert_exporter": "python",
		"pygments_lexer":     "ipython3",
		"version":            languageVersion,
	}
	nb["metadata"] = meta
	nb["nbformat"] = 4
	nb["nbformat_minor"] = 5
}

// writeNotebook writes nb as nbformat does: sorted keys, one-space
// indent, text split into lines, non-ASCII kept, trailing newline.
func writeNotebook(path string, nb notebook) error {
	for _, c := range nb["cells"].([]any) {
		cell, ok := c.(map[string]any)
		if !ok {
			continue
		}
		if src, ok := cell["source"].(string); ok {
			cell["source"] = splitLines(src)
		}
		outs, _ := cell["outputs"].([]any)
		for _, o := range outs {
			splitOutput(o.(map[string]any))
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(nb); err != nil {
		return fmt.Errorf("encode notebook: %w", err)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("write notebook: %w", err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write notebook: %w", err)
	}
	return nil
}

func splitOutput(o map[string]any) {
	if t, ok := o["text"].(string); ok {
		o["text"] = splitLines(t)
	}
	data, _ := o["data"].(map[string]any)
	for mime, v := range data {
		s, ok := v.(string)
		if ok && (strings.HasPrefix(mime, "text/") || mime == "application/javascript" || mime == "image/svg+xml") {
			data[mime] = splitLines(s)
		}
	}
}

// splitLines is Python's str.splitlines(True).
func splitLines(s string) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = decodeRune(s[i:])
		}
		end := -1
		switch r {
		case '\n', '\v', '\f', '\x1c', '\x1d', '\x1e', 0x85, 0x2028, 0x2029:
			end = i + size
		case '\r':
			end = i + 1
			if i+1 < len(s) && s[i+1] == '\n' {
				end = i + 2
			}
		}
		if end >= 0 {
			lines = append(lines, s[start:end])
			start, i = end, end
			continue
		}
		i += size
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// mimeBundle converts a MIME bundle; JSON types become objects.
func mimeBundle(data map[string]string) map[string]any {
	out := make(map[string]any, len(data))
	for mime, v := range data {
		if (mime == "application/json" || strings.HasSuffix(mime, "+json")) && json.Valid([]byte(v)) {
			out[mime] = json.RawMessage(v)
			continue
		}
		out[mime] = v
	}
	return out
}

// notebookOutput collects a cell's outputs as nbclient records them:
// consecutive text of one stream merged, clear_output(wait) deferred to
// the next output, update_display_data applied in place.
type notebookOutput struct {
	mu        sync.Mutex // natives may write from worker goroutines
	outputs   []any
	clearWait bool
	displays  map[string][]int // display_id -> output indexes
}

func (n *notebookOutput) add(o map[string]any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.addLocked(o)
}

func (n *notebookOutput) addLocked(o map[string]any) {
	if n.clearWait {
		n.outputs, n.displays, n.clearWait = nil, nil, false
	}
	n.outputs = append(n.outputs, o)
}

func (n *notebookOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.clearWait {
		n.outputs, n.displays, n.clearWait = nil, nil, false
	}
	if k := len(n.outputs); k > 0 {
		if last, ok := n.outputs[k-1].(map[string]any); ok && last["output_type"] == "stream" && last["name"] == name {
			last["text"] = last["text"].(string) + text
			return
		}
	}
	n.outputs = append(n.outputs, map[string]any{"output_type": "stream", "name": name, "text": text})
}

func (n *notebookOutput) Display(data map[string]string, metadata map[string]any, displayID string, update bool) {
	if metadata == nil {
		metadata = map[string]any{}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if update {
		for _, i := range n.displays[displayID] {
			o := n.outputs[i].(map[string]any)
			o["data"], o["metadata"] = mimeBundle(data), metadata
		}
		return
	}
	n.addLocked(map[string]any{"output_type": "display_data", "data": mimeBundle(data), "metadata": metadata})
	if displayID != "" {
		if n.displays == nil {
			n.displays = map[string][]int{}
		}
		n.displays[displayID] = append(n.displays[displayID], len(n.outputs)-1)
	}
}

func (n *notebookOutput) ClearOutput(wait bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if wait {
		n.clearWait = true
		return
	}
	n.outputs, n.displays = nil, nil
}

// Input fails as under nbconvert, which does not allow stdin.
func (n *notebookOutput) Input(context.Context, string, bool) (string, error) {
	return "", kernel.ErrStdinNotAllowed
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0xFFFD, 1
}
