package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/gobrian/gobrian/interp"
)

type runOptions struct {
	output      string
	allowErrors bool
	figures     string
}

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts runOptions
	fs.StringVar(&opts.output, "output", "", "write the executed notebook to `OUT.ipynb` (default NAME.nbconvert.ipynb next to the input)")
	fs.BoolVar(&opts.allowErrors, "allow-errors", false, "keep executing a notebook after a cell raises")
	fs.StringVar(&opts.figures, "figures", "", "also save figures as image files into `DIR`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: gobrian run FILE.py|FILE.ipynb [--output OUT.ipynb] [--allow-errors] [--figures DIR]

A script runs like "python FILE.py". A notebook is executed cell by cell in
one session and written as "jupyter nbconvert --execute --to notebook" would.`)
		fs.PrintDefaults()
	}
	// Flags may follow the file name, as in the usage line.
	var file string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		args = fs.Args()
		if len(args) > 0 {
			if file != "" {
				fmt.Fprintf(stderr, "gobrian run: unexpected argument %q\n", args[0])
				return 2
			}
			file, args = args[0], args[1:]
		}
	}
	if file == "" {
		fs.Usage()
		return 2
	}
	if opts.figures != "" {
		if err := os.MkdirAll(opts.figures, 0o755); err != nil {
			fmt.Fprintf(stderr, "gobrian run: %v\n", err)
			return 1
		}
	}
	// The first Ctrl-C interrupts the running cell (KeyboardInterrupt); the
	// handler is then removed, so a second one kills a cell that hangs.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() { <-ctx.Done(); stop() }()
	if strings.HasSuffix(file, ".ipynb") {
		return runNotebook(ctx, file, opts, stderr)
	}
	return runScript(ctx, file, opts, stdin, stdout, stderr)
}

func newSession(argv []string, opts runOptions) *interp.Session {
	s := interp.NewSession(interp.Options{Modules: nativeModules(), Argv: argv})
	if opts.figures != "" {
		if c, ok := any(s).(configurable); ok {
			abs, err := filepath.Abs(opts.figures)
			if err != nil {
				abs = opts.figures
			}
			c.SetConfig("gobrian.figures_dir", abs)
		}
	}
	return s
}

// runScript runs a .py file like CPython: output to the terminal, a
// traceback on stderr and status 1 on an uncaught exception, SystemExit's
// code as the status.
func runScript(ctx context.Context, file string, opts runOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "gobrian: can't open file '%s': %v\n", file, errors.Unwrap(err))
		return 2
	}
	s := newSession([]string{file}, opts)
	out := &terminalOutput{stdout: stdout, stderr: stderr, stdin: bufio.NewReader(stdin)}
	res := s.Execute(ctx, string(src), out, interp.ExecOptions{CellName: file, Silent: true})
	out.flush()
	if res.Error == nil {
		return 0
	}
	if res.Error.Ename == "SystemExit" {
		return exitStatus(res.Error.Evalue, stderr)
	}
	for _, l := range res.Error.Traceback {
		fmt.Fprintln(stderr, strings.TrimRight(l, "\n"))
	}
	if len(res.Error.Traceback) == 0 {
		fmt.Fprintf(stderr, "%s: %s\n", res.Error.Ename, res.Error.Evalue)
	}
	if res.Error.Ename == "KeyboardInterrupt" {
		return 130 // as CPython, which dies of the SIGINT it caught
	}
	return 1
}

// exitStatus maps SystemExit's argument to a status as CPython does:
// None is 0, an int is itself, anything else is printed and gives 1.
func exitStatus(evalue string, stderr io.Writer) int {
	if evalue == "" || evalue == "None" {
		return 0
	}
	if n, err := strconv.Atoi(evalue); err == nil {
		return n & 0xff
	}
	fmt.Fprintln(stderr, evalue)
	return 1
}

// terminalOutput is the Output of `gobrian run FILE.py`.
type terminalOutput struct {
	mu     sync.Mutex
	stdout io.Writer
	stderr io.Writer
	stdin  *bufio.Reader
}

func (t *terminalOutput) Stream(name, text string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if name == "stderr" {
		io.WriteString(t.stderr, text)
		return
	}
	io.WriteString(t.stdout, text)
}

// Display prints the text form, as IPython's display() does in a
// terminal; figures print nothing (as with a non-interactive backend;
// --figures saves them).
func (t *terminalOutput) Display(data map[string]string, _ map[string]any, _ string, _ bool) {
	for mime := range data {
		if strings.HasPrefix(mime, "image/") {
			return
		}
	}
	if text, ok := data["text/plain"]; ok {
		t.Stream("stdout", text+"\n")
	}
}

func (t *terminalOutput) ClearOutput(bool) {}

func (t *terminalOutput) Input(ctx context.Context, prompt string, _ bool) (string, error) {
	t.Stream("stdout", prompt)
	line, err := t.stdin.ReadString('\n')
	if err != nil && line == "" {
		if err == io.EOF {
			return "", interp.Errorf(interp.EOFError, "EOF when reading a line")
		}
		return "", err
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

func (t *terminalOutput) flush() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if f, ok := t.stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}
}
