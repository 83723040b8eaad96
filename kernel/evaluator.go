package kernel

import "context"

// Evaluator runs a language for the kernel. The kernel calls it from one
// goroutine at a time, except that Execute's context is cancelled from
// another goroutine on interrupt.
type Evaluator interface {
	// Execute runs one cell. Side effects go to out; the result carries
	// the last expression's MIME bundle or the raised error.
	Execute(ctx context.Context, code string, out Output, opts ExecuteOptions) ExecuteResult
	// Complete returns completions of the text before cursor (a Unicode
	// code point offset) and the code point range they replace.
	Complete(code string, cursor int) (matches []string, start, end int)
	// Inspect returns help text for the name at cursor; detail is 0 or 1.
	Inspect(code string, cursor, detail int) (text string, found bool)
	// IsComplete classifies code as "complete", "incomplete", "invalid" or
	// "unknown"; indent is the next line's indentation when incomplete.
	IsComplete(code string) (status, indent string)
	// EvalExpr evaluates a user_expression, returning its MIME bundle.
	EvalExpr(ctx context.Context, expr string, out Output) (map[string]string, *ErrorInfo)
}

// Output receives a running cell's side effects. Its method set matches
// the interpreter's Output, so the interpreter can write to it directly.
type Output interface {
	// Stream writes text to "stdout" or "stderr".
	Stream(name, text string)
	// Display shows a MIME bundle; with update set it replaces the output
	// carrying displayID.
	Display(data map[string]string, metadata map[string]any, displayID string, update bool)
	// ClearOutput clears the cell's output (wait: at the next output).
	ClearOutput(wait bool)
	// Input asks the frontend for a line of text.
	Input(ctx context.Context, prompt string, password bool) (string, error)
}

// ExecuteOptions are an execute_request's settings the evaluator needs.
type ExecuteOptions struct {
	// CellName names the cell in tracebacks, e.g. "<ipython-input-3>".
	CellName string
	// Silent: no execute_result, no history.
	Silent bool
	// StoreHistory: the cell counts for In/Out and the execution count.
	StoreHistory bool
	// ExecutionCount is the number the cell runs as.
	ExecutionCount int
	// PublishResult publishes the cell's execute_result at once; an
	// evaluator calls it when the result is ready (before flushing
	// figures, as IPython does) instead of returning ExecuteResult.Data.
	PublishResult func(data map[string]string)
}

// ExecuteResult is what a cell produced besides its streamed output.
type ExecuteResult struct {
	// Data is the last expression's MIME bundle (text/plain always), or nil.
	Data     map[string]string
	Metadata map[string]any
	// Payload holds execute_reply payloads (e.g. {"source": "page", ...}).
	Payload []map[string]any
	// Error is set when the cell raised.
	Error *ErrorInfo
}

// ErrorInfo is a raised exception. Traceback holds the plain lines CPython
// prints; the kernel colours them like IPython.
type ErrorInfo struct {
	Ename     string
	Evalue    string
	Traceback []string
}

// Info describes the kernel in kernel_info_reply.
type Info struct {
	Implementation        string // "gobrian"
	ImplementationVersion string
	LanguageVersion       string // "3.11"
	Banner                string
	HelpLinks             []HelpLink
}

// HelpLink is an entry of kernel_info_reply's help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}
