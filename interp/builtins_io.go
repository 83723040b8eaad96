package interp

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

// streamWriter is sys.stdout / sys.stderr: writes go to the cell's Output.
type streamWriter struct{ name string }

var streamWriterType = newBuiltinClass("TextIOWrapper")

func (*streamWriter) Type() *Class { return streamWriterType }

// Attr provides write and flush.
func (w *streamWriter) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "write":
		return NewBuiltin("write", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "write() takes exactly one argument (%d given)", len(args))
			}
			s, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "write() argument must be str, not %s", args[0].Type().Name)
			}
			if th != nil && th.out != nil {
				th.out.Stream(w.name, string(s))
			}
			return Int(len([]rune(string(s)))), nil
		}), nil
	case "flush":
		return NewBuiltin("flush", func(th *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }), nil
	case "name":
		return Str("<" + w.name + ">"), nil
	}
	return nil, nil
}

// AttrNames lists the stream's methods.
func (w *streamWriter) AttrNames() []string { return []string{"flush", "name", "write"} }

// Repr is <_io.TextIOWrapper name='<stdout>' ...>.
func (w *streamWriter) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>", w.name), nil
}

// fileObject is a text file from open().
type fileObject struct {
	name   string
	mode   string
	f      *os.File
	r      *bufio.Reader
	closed bool
}

func (*fileObject) Type() *Class { return FileType }

// Repr is <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>.
func (f *fileObject) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode=%s encoding='UTF-8'>", reprStr(f.name), reprStr(f.mode)), nil
}

func (f *fileObject) check() error {
	if f.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	return nil
}

// close closes the file once; later calls do nothing, as in Python.
func (f *fileObject) close() {
	if !f.closed {
		f.closed = true
		f.f.Close()
	}
}

func (f *fileObject) readLine() (string, error) {
	line, err := f.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", Errorf(OSError, "%s", err.Error())
	}
	return line, nil
}

// Iterate yields lines.
func (f *fileObject) Iterate(th *Thread) (Iterator, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return funcIter(func(th *Thread) (Value, bool, error) {
		if f.closed || f.r == nil {
			return nil, false, nil
		}
		line, err := f.readLine()
		if err != nil || line == "" {
			return nil, false, err
		}
		return Str(line), true, nil
	}), nil
}

// Attr provides read, readline, readlines, write, close and the context
// manager protocol.
func (f *fileObject) Attr(th *Thread, name string) (Value, error) {
	fn := func(impl func(args []Value) (Value, error)) Value {
		return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) { return impl(args) })
	}
	switch name {
	case "read":
		return fn(func(args []Value) (Value, error) {
			if err := f.check(); err != nil {
				return nil, err
			}
			if f.r == nil {
				return nil, Errorf(OSError, "not readable")
			}
			b, err := io.ReadAll(f.r)
			if err != nil {
				return nil, Errorf(OSError, "%s", err.Error())
			}
			return Str(string(b)), nil
		}), nil
	case "readline":
		return fn(func(args []Value) (Value, error) {
			if err := f.check(); err != nil {
				return nil, err
			}
			if f.r == nil {
				return nil, Errorf(OSError, "not readable")
			}
			line, err := f.readLine()
			return Str(line), err
		}), nil
	case "readlines":
		return fn(func(args []Value) (Value, error) {
			if err := f.check(); err != nil {
				return nil, err
			}
			var out []Value
			for {
				line, err := f.readLine()
				if err != nil {
					return nil, err
				}
				if line == "" {
					return NewList(out), nil
				}
				out = append(out, Str(line))
			}
		}), nil
	case "write":
		return fn(func(args []Value) (Value, error) {
			if err := f.check(); err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, Errorf(TypeError, "write() takes exactly one argument (%d given)", len(args))
			}
			s, ok := args[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "write() argument must be str, not %s", args[0].Type().Name)
			}
			if f.r != nil && !strings.ContainsAny(f.mode, "wa+") {
				return nil, Errorf(OSError, "not writable")
			}
			if _, err := f.f.WriteString(string(s)); err != nil {
				return nil, Errorf(OSError, "%s", err.Error())
			}
			return Int(len([]rune(string(s)))), nil
		}), nil
	case "close":
		return fn(func(args []Value) (Value, error) {
			f.close()
			return None, nil
		}), nil
	case "__enter__":
		return fn(func(args []Value) (Value, error) { return f, f.check() }), nil
	case "__exit__":
		return fn(func(args []Value) (Value, error) {
			f.close()
			return False, nil
		}), nil
	case "name":
		return Str(f.name), nil
	case "mode":
		return Str(f.mode), nil
	case "closed":
		return Bool(f.closed), nil
	case "flush":
		return fn(func(args []Value) (Value, error) { return None, nil }), nil
	}
	return nil, nil
}

// AttrNames lists the file's methods.
func (f *fileObject) AttrNames() []string {
	return []string{"close", "closed", "flush", "mode", "name", "read", "readline", "readlines", "write"}
}

func builtinOpen(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var file Value
	mode := "r"
	var encoding, buffering, errors, newline Value
	if err := UnpackArgs("open", args, kwargs, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errors, "newline?", &newline); err != nil {
		return nil, err
	}
	name, ok := file.(Str)
	if !ok {
		return nil, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	if strings.Contains(mode, "b") {
		return nil, Errorf(ValueError, "binary mode is not supported")
	}
	flag := os.O_RDONLY
	switch {
	case strings.Contains(mode, "w"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case strings.Contains(mode, "a"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if strings.Contains(mode, "+") {
		flag = (flag &^ (os.O_WRONLY | os.O_RDONLY)) | os.O_RDWR
	}
	f, err := os.OpenFile(string(name), flag, 0o644)
	if err != nil {
		switch {
		case os.IsNotExist(err):
			e := &Exception{Class: FileNotFoundError, Args: Tuple{Int(2), Str("No such file or directory")}, Attrs: NewDict()}
			e.Attrs.SetStr("filename", name)
			e.Attrs.SetStr("errno", Int(2))
			e.Attrs.SetStr("strerror", Str("No such file or directory"))
			return nil, e
		case os.IsExist(err):
			return nil, Errorf(FileExistsError, "[Errno 17] File exists: %s", reprStr(string(name)))
		case os.IsPermission(err):
			return nil, Errorf(PermissionError, "[Errno 13] Permission denied: %s", reprStr(string(name)))
		}
		return nil, Errorf(OSError, "%s", err.Error())
	}
	fo := &fileObject{name: string(name), mode: mode, f: f}
	if flag == os.O_RDONLY || strings.Contains(mode, "+") {
		fo.r = bufio.NewReader(f)
	}
	return fo, nil
}

// displayObject is what IPython.display's HTML, Markdown, ... return: a
// value whose MIME bundle is fixed.
type displayObject struct {
	kind   string
	bundle map[string]string
}

var displayObjectType = NewClass("DisplayObject", "IPython.core.display")

func (d *displayObject) Type() *Class { return displayObjectType }

// MimeBundle returns the fixed bundle.
func (d *displayObject) MimeBundle(th *Thread) (map[string]string, error) { return d.bundle, nil }

// Repr is <IPython.core.display.HTML object>.
func (d *displayObject) Repr(th *Thread) (string, error) {
	if s, ok := d.bundle["text/plain"]; ok {
		return s, nil
	}
	return "<IPython.core.display." + d.kind + " object>", nil
}

func builtinDisplay(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	displayID := ""
	for _, kw := range kwargs {
		if kw.Name == "display_id" {
			if s, ok := kw.Value.(Str); ok {
				displayID = string(s)
			}
		}
	}
	for _, a := range args {
		b, err := MimeBundle(th, a)
		if err != nil {
			return nil, err
		}
		if th.out != nil {
			th.out.Display(b, map[string]any{}, displayID, false)
		}
	}
	return None, nil
}

// ipythonDisplayModule builds IPython.display.
func ipythonDisplayModule(th *Thread) (*Module, error) {
	m := NewModule("IPython.display")
	m.Set("display", &Builtin{Name: "display", Fn: builtinDisplay})
	m.Set("clear_output", NewBuiltin("clear_output", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		wait := false
		if len(args) > 0 {
			wait, _ = Truth(th, args[0])
		}
		for _, k := range kw {
			if k.Name == "wait" {
				wait, _ = Truth(th, k.Value)
			}
		}
		if th.out != nil {
			th.out.ClearOutput(wait)
		}
		return None, nil
	}))
	text := func(kind, mime string, wrap func(string) string) *Builtin {
		return NewBuiltin(kind, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			var data Value = None
			var filename Value = None
			if err := UnpackArgs(kind, args, kw, "data?", &data, "filename?", &filename, "url?", new(Value), "metadata?", new(Value)); err != nil {
				return nil, err
			}
			var s string
			if fn, ok := filename.(Str); ok {
				b, err := os.ReadFile(string(fn))
				if err != nil {
					return nil, Errorf(FileNotFoundError, "[Errno 2] No such file or directory: %s", reprStr(string(fn)))
				}
				s = string(b)
			} else if d, ok := data.(Str); ok {
				s = string(d)
			}
			bundle := map[string]string{mime: wrap(s), "text/plain": "<IPython.core.display." + kind + " object>"}
			return &displayObject{kind: kind, bundle: bundle}, nil
		})
	}
	same := func(s string) string { return s }
	m.Set("HTML", text("HTML", "text/html", same))
	m.Set("Markdown", text("Markdown", "text/markdown", same))
	m.Set("SVG", text("SVG", "image/svg+xml", same))
	m.Set("Latex", text("Latex", "text/latex", same))
	m.Set("Math", text("Math", "text/latex", func(s string) string {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(strings.TrimSuffix(s, "$"), "$")
		return "$\\displaystyle " + s + "$"
	}))
	m.Set("Javascript", text("Javascript", "application/javascript", same))
	m.Set("Image", NewBuiltin("Image", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
		var data, filename, url, format, embed, width, height Value = None, None, None, None, None, None, None
		if err := UnpackArgs("Image", args, kw, "data?", &data, "url?", &url, "filename?", &filename, "format?", &format,
			"embed?", &embed, "width?", &width, "height?", &height); err != nil {
			return nil, err
		}
		path := ""
		var raw []byte
		if fn, ok := filename.(Str); ok {
			path = string(fn)
		} else if d, ok := data.(Str); ok {
			if _, err := os.Stat(string(d)); err == nil {
				path = string(d)
			} else {
				raw = []byte(d)
			}
		}
		if path != "" {
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, Errorf(FileNotFoundError, "[Errno 2] No such file or directory: %s", reprStr(path))
			}
			raw = b
		}
		mime := "image/png"
		if len(raw) > 3 && raw[0] == 0xff && raw[1] == 0xd8 {
			mime = "image/jpeg"
		} else if f, ok := format.(Str); ok && (f == "jpeg" || f == "jpg") {
			mime = "image/jpeg"
		}
		bundle := map[string]string{mime: base64.StdEncoding.EncodeToString(raw), "text/plain": "<IPython.core.display.Image object>"}
		return &displayObject{kind: "Image", bundle: bundle}, nil
	}))
	return m, nil
}

// stdModules are the modules the evaluator itself provides; natives from
// Options.Modules take precedence.
func stdModules(s *Session) map[string]ModuleLoader {
	return map[string]ModuleLoader{
		"IPython.display": ipythonDisplayModule,
		"IPython": func(th *Thread) (*Module, error) {
			m := NewModule("IPython")
			m.Set("get_ipython", NewBuiltin("get_ipython", func(th *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }))
			return m, nil
		},
		"builtins": func(th *Thread) (*Module, error) { return s.builtinsModule(), nil },
		"sys": func(th *Thread) (*Module, error) {
			m := NewModule("sys")
			m.Set("stdout", &streamWriter{name: "stdout"})
			m.Set("stderr", &streamWriter{name: "stderr"})
			argv := make([]Value, len(s.opts.Argv))
			for i, a := range s.opts.Argv {
				argv[i] = Str(a)
			}
			m.Set("argv", NewList(argv))
			m.Set("version", Str("3.11.0 (gobrian)"))
			m.Set("version_info", Tuple{Int(3), Int(11), Int(0), Str("final"), Int(0)})
			m.Set("maxsize", Int(1<<63-1))
			m.Set("platform", Str("linux"))
			m.Set("getrecursionlimit", NewBuiltin("getrecursionlimit", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
				return Int(maxDepth), nil
			}))
			m.Set("exc_info", NewBuiltin("exc_info", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
				if e := th.handling; e != nil {
					return Tuple{e.Class, e, None}, nil
				}
				return Tuple{None, None, None}, nil
			}))
			m.Set("modules", NewDict())
			m.Set("exit", NewBuiltin("exit", sysExit))
			return m, nil
		},
	}
}

// sysExit is sys.exit([status]): it raises SystemExit, which `gobrian run`
// turns into the process exit status.
func sysExit(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("exit", args, 0, 1); err != nil {
		return nil, err
	}
	exc := &Exception{Class: SystemExit}
	if len(args) == 1 {
		exc.Args = Tuple{args[0]}
	}
	return nil, exc
}
