package interp

import (
	"context"
	"sync/atomic"
)

// Output is where a running cell's side effects go: the kernel sends them
// on iopub, `gobrian run` writes them to the terminal or the notebook.
type Output interface {
	// Stream writes text to "stdout" or "stderr".
	Stream(name, text string)
	// Display shows a MIME bundle (display_data); with update set it
	// replaces the output carrying displayID (update_display_data).
	Display(data map[string]string, metadata map[string]any, displayID string, update bool)
	// ClearOutput clears the cell's output (wait: at the next output).
	ClearOutput(wait bool)
	// Input asks the user for a line (input(), getpass). It fails when the
	// frontend does not allow stdin.
	Input(ctx context.Context, prompt string, password bool) (string, error)
}

// ExecOptions are the per-cell settings of Session.Execute.
type ExecOptions struct {
	// CellName is the file name shown in tracebacks, e.g. "<cell 3>" or a
	// script path.
	CellName string
	// Silent suppresses the cell result (and history).
	Silent bool
	// OnResult, when set, receives the cell's result bundle before the
	// post-execute hooks run, so that the result is shown before the
	// figures the hooks flush, as IPython orders them. ExecResult.Result
	// then stays nil.
	OnResult func(data map[string]string)
}

// ExecResult is what a cell produced besides its streamed output.
type ExecResult struct {
	// Result is the MIME bundle of the cell's last expression (text/plain
	// always present), nil when there is none.
	Result map[string]string
	// Error is set when the cell raised.
	Error *ErrorInfo
}

// ErrorInfo is a raised exception as the kernel reports it.
type ErrorInfo struct {
	Ename  string // "NameError"
	Evalue string // "name 'x' is not defined"
	// Traceback holds the lines CPython would print, starting with
	// "Traceback (most recent call last):" and ending "Ename: Evalue".
	// Chained exceptions come first, as CPython prints them.
	Traceback []string
}

// PostExecuteHook runs after every cell (matplotlib's inline flush).
type PostExecuteHook func(th *Thread) error

// Options configure a Session.
type Options struct {
	// Modules are the native modules importable by name ("numpy",
	// "brian2", "matplotlib.pyplot", ...), in addition to the built-in
	// standard modules.
	Modules map[string]ModuleLoader
	// Argv is sys.argv.
	Argv []string
}

// Thread is the state of one evaluation: the cell's context and output,
// the Python call stack. Native code receives it in every protocol method.
// A Thread is used by one goroutine at a time.
type Thread struct {
	ctx     context.Context
	out     Output
	session *Session
	depth   int
	frames  []*frame
	// ticks counts loop iterations and calls between interrupt checks.
	ticks uint32
	// intr is set by a watcher goroutine when the cell's context is
	// cancelled; interrupted records that KeyboardInterrupt was raised.
	intr        atomic.Bool
	interrupted bool
	// poll makes tick check the context itself (threads without watcher).
	poll bool
	// handling is the exception being handled (bare raise, __context__).
	handling *Exception
	// reprStack guards repr of self-containing containers.
	reprStack []any
	// framePool recycles call frames.
	framePool []*frame
}

// Context is the running cell's context; natives doing long work check it
// (or call CheckInterrupt) so that an interrupt stops them.
func (th *Thread) Context() context.Context {
	if th == nil || th.ctx == nil {
		return context.Background()
	}
	return th.ctx
}

// Output is the running cell's output sink.
func (th *Thread) Output() Output { return th.out }

// Session is the session the thread belongs to.
func (th *Thread) Session() *Session { return th.session }

// CheckInterrupt returns KeyboardInterrupt if the cell was interrupted.
func (th *Thread) CheckInterrupt() error {
	if th == nil || th.ctx == nil {
		return nil
	}
	select {
	case <-th.ctx.Done():
		return Errorf(KeyboardInterrupt, "")
	default:
		return nil
	}
}

// Stdout writes text as print() would.
func (th *Thread) Stdout(text string) {
	if th != nil && th.out != nil {
		th.out.Stream("stdout", text)
	}
}

// Stderr writes text to the error stream (Brian's log lines).
func (th *Thread) Stderr(text string) {
	if th != nil && th.out != nil {
		th.out.Stream("stderr", text)
	}
}
