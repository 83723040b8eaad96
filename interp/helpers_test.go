package interp

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
)

// recorder is an Output that collects everything a cell produces.
type recorder struct {
	mu       sync.Mutex
	stdout   strings.Builder
	stderr   strings.Builder
	displays []map[string]string
	inputs   []string
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == "stderr" {
		r.stderr.WriteString(text)
	} else {
		r.stdout.WriteString(text)
	}
}

func (r *recorder) Display(data map[string]string, md map[string]any, id string, update bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.displays = append(r.displays, data)
}

func (r *recorder) ClearOutput(wait bool) {}

func (r *recorder) Input(ctx context.Context, prompt string, password bool) (string, error) {
	r.Stream("stdout", prompt)
	if len(r.inputs) == 0 {
		return "", os.ErrClosed
	}
	s := r.inputs[0]
	r.inputs = r.inputs[1:]
	return s, nil
}

// runScript executes src as one cell and returns stdout and the error.
func runScript(t testing.TB, src string) (string, *ErrorInfo) {
	t.Helper()
	s := NewSession(Options{})
	out := &recorder{}
	res := s.Execute(context.Background(), src, out, ExecOptions{CellName: "<cell>"})
	return out.stdout.String(), res.Error
}

// TestRunScript runs the file named by $GOBRIAN_SCRIPT (a debugging aid).
func TestRunScript(t *testing.T) {
	path := os.Getenv("GOBRIAN_SCRIPT")
	if path == "" {
		t.Skip("set GOBRIAN_SCRIPT to run a script")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{})
	out := &recorder{}
	res := s.Execute(context.Background(), string(src), out, ExecOptions{CellName: path})
	os.Stdout.WriteString(out.stdout.String())
	os.Stdout.WriteString(out.stderr.String())
	if res.Result != nil {
		os.Stdout.WriteString("Out: " + res.Result["text/plain"] + "\n")
	}
	if res.Error != nil {
		os.Stdout.WriteString(strings.Join(res.Error.Traceback, "\n") + "\n")
	}
}
