package pystd

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// oserror turns a Go file-system error into the OSError subclass CPython
// raises, with its "[Errno n] text: 'path'" message.
func oserror(err error, path string) error {
	cls, errno, text := interp.OSError, 5, "Input/output error"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls, errno, text = interp.FileNotFoundError, 2, "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		cls, errno, text = interp.FileExistsError, 17, "File exists"
	case errors.Is(err, fs.ErrPermission):
		cls, errno, text = interp.PermissionError, 13, "Permission denied"
	case strings.Contains(err.Error(), "is a directory"):
		cls, errno, text = interp.IsADirectoryError, 21, "Is a directory"
	case strings.Contains(err.Error(), "not a directory"):
		cls, errno, text = interp.OSError, 20, "Not a directory"
	case strings.Contains(err.Error(), "directory not empty"):
		cls, errno, text = interp.OSError, 39, "Directory not empty"
	}
	return &interp.Exception{Class: cls, Args: interp.Tuple{interp.Int(errno), interp.Str(text)},
		Attrs: osErrorAttrs(errno, text, path)}
}

func osErrorAttrs(errno int, text, path string) *interp.Dict {
	d := interp.NewDict()
	d.SetStr("errno", interp.Int(errno))
	d.SetStr("strerror", interp.Str(text))
	d.SetStr("filename", interp.Str(path))
	return d
}

// pathArg accepts str paths (and objects with __fspath__).
func pathArg(th *thread, fn string, v value) (string, error) {
	switch x := v.(type) {
	case interp.Str:
		return string(x), nil
	case *interp.Instance:
		if m, ok := x.Class.Lookup("__fspath__"); ok {
			r, err := th.Call(m, []value{x}, nil)
			if err != nil {
				return "", err
			}
			if s, ok := r.(interp.Str); ok {
				return string(s), nil
			}
		}
	}
	return "", interp.Errorf(interp.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn, v.Type().Name)
}

func strList(ss []string) value {
	out := make([]value, len(ss))
	for i, s := range ss {
		out[i] = interp.Str(s)
	}
	return interp.NewList(out)
}

func osModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("os")
	m.Set("sep", interp.Str("/"))
	m.Set("altsep", interp.None)
	m.Set("extsep", interp.Str("."))
	m.Set("pathsep", interp.Str(":"))
	m.Set("linesep", interp.Str("\n"))
	m.Set("curdir", interp.Str("."))
	m.Set("pardir", interp.Str(".."))
	m.Set("devnull", interp.Str("/dev/null"))
	m.Set("name", interp.Str("posix"))
	env := interp.NewDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.SetStr(k, interp.Str(v))
		}
	}
	m.Set("environ", env)
	def(m, "getenv", func(th *thread, args []value, kw []kwarg) (value, error) {
		var key string
		var dflt value = interp.None
		if err := interp.UnpackArgs("getenv", args, kw, "key", &key, "default?", &dflt); err != nil {
			return nil, err
		}
		if v, ok := env.GetStr(key); ok {
			return v, nil
		}
		return dflt, nil
	})
	def(m, "getcwd", func(th *thread, args []value, kw []kwarg) (value, error) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, oserror(err, ".")
		}
		return interp.Str(wd), nil
	})
	def(m, "getpid", func(th *thread, args []value, kw []kwarg) (value, error) { return interp.Int(os.Getpid()), nil })
	def(m, "cpu_count", func(th *thread, args []value, kw []kwarg) (value, error) { return interp.Int(runtime.NumCPU()), nil })
	def(m, "listdir", func(th *thread, args []value, kw []kwarg) (value, error) {
		var p value = interp.Str(".")
		if err := interp.UnpackArgs("listdir", args, kw, "path?", &p); err != nil {
			return nil, err
		}
		dir, err := pathArg(th, "listdir", p)
		if err != nil {
			return nil, err
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, oserror(err, dir)
		}
		names := make([]string, len(entries))
		for i, e := range entries {
			names[i] = e.Name()
		}
		return strList(names), nil
	})
	pathFn := func(name string, f func(p string) error) {
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if len(args) != 1 {
				return nil, interp.Errorf(interp.TypeError, "%s() missing required argument 'path' (pos 1)", name)
			}
			p, err := pathArg(th, name, args[0])
			if err != nil {
				return nil, err
			}
			if err := f(p); err != nil {
				return nil, oserror(err, p)
			}
			return interp.None, nil
		})
	}
	pathFn("remove", os.Remove)
	pathFn("unlink", os.Remove)
	pathFn("rmdir", func(p string) error {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return errors.New("not a directory")
		}
		return os.Remove(p)
	})
	pathFn("chdir", os.Chdir)
	def(m, "mkdir", func(th *thread, args []value, kw []kwarg) (value, error) {
		var p value
		mode := 0o777
		if err := interp.UnpackArgs("mkdir", args, kw, "path", &p, "mode?", &mode); err != nil {
			return nil, err
		}
		dir, err := pathArg(th, "mkdir", p)
		if err != nil {
			return nil, err
		}
		if err := os.Mkdir(dir, os.FileMode(mode)); err != nil {
			return nil, oserror(err, dir)
		}
		return interp.None, nil
	})
	def(m, "makedirs", func(th *thread, args []value, kw []kwarg) (value, error) {
		var p value
		mode := 0o777
		existOK := false
		if err := interp.UnpackArgs("makedirs", args, kw, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
			return nil, err
		}
		dir, err := pathArg(th, "makedirs", p)
		if err != nil {
			return nil, err
		}
		if fi, err := os.Stat(dir); err == nil {
			if existOK && fi.IsDir() {
				return interp.None, nil
			}
			return nil, oserror(fs.ErrExist, dir)
		}
		if err := os.MkdirAll(dir, os.FileMode(mode)); err != nil {
			return nil, oserror(err, dir)
		}
		return interp.None, nil
	})
	def(m, "rename", func(th *thread, args []value, kw []kwarg) (value, error) {
		var src, dst string
		if err := interp.UnpackArgs("rename", args, kw, "src", &src, "dst", &dst); err != nil {
			return nil, err
		}
		if err := os.Rename(src, dst); err != nil {
			return nil, oserror(err, src)
		}
		return interp.None, nil
	})
	def(m, "walk", func(th *thread, args []value, kw []kwarg) (value, error) {
		var top string
		if err := interp.UnpackArgs("walk", args, kw, "top", &top); err != nil {
			return nil, err
		}
		var out []value
		_ = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			entries, _ := os.ReadDir(p)
			var dirs, files []string
			for _, e := range entries {
				if e.IsDir() {
					dirs = append(dirs, e.Name())
				} else {
					files = append(files, e.Name())
				}
			}
			sort.Strings(dirs)
			sort.Strings(files)
			out = append(out, interp.Tuple{interp.Str(p), strList(dirs), strList(files)})
			return nil
		})
		return interp.NewList(out), nil
	})
	p, err := th.Import("os.path")
	if err != nil {
		return nil, err
	}
	m.Set("path", p)
	return m, nil
}

// posixJoin is posixpath.join: an absolute component restarts the path.
func posixJoin(parts []string) string {
	path := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

// posixSplitext is posixpath.splitext: leading dots do not start an extension.
func posixSplitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		i := sep + 1
		for i < dot {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
			i++
		}
	}
	return p, ""
}

// posixNormpath is posixpath.normpath.
func posixNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

func osPathModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("posixpath")
	m.Set("sep", interp.Str("/"))
	str1 := func(name string, f func(string) value) {
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return nil, interp.Errorf(interp.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args))
			}
			p, err := pathArg(th, name, args[0])
			if err != nil {
				return nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", args[0].Type().Name)
			}
			return f(p), nil
		})
	}
	str1("basename", func(p string) value { return interp.Str(p[strings.LastIndexByte(p, '/')+1:]) })
	str1("dirname", func(p string) value {
		head := p[:strings.LastIndexByte(p, '/')+1]
		if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
			head = trimmed
		}
		return interp.Str(head)
	})
	str1("split", func(p string) value {
		i := strings.LastIndexByte(p, '/') + 1
		head, tail := p[:i], p[i:]
		if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
			head = trimmed
		}
		return interp.Tuple{interp.Str(head), interp.Str(tail)}
	})
	str1("splitext", func(p string) value {
		a, b := posixSplitext(p)
		return interp.Tuple{interp.Str(a), interp.Str(b)}
	})
	str1("exists", func(p string) value { _, err := os.Stat(p); return interp.Bool(err == nil) })
	str1("lexists", func(p string) value { _, err := os.Lstat(p); return interp.Bool(err == nil) })
	str1("isfile", func(p string) value { fi, err := os.Stat(p); return interp.Bool(err == nil && fi.Mode().IsRegular()) })
	str1("isdir", func(p string) value { fi, err := os.Stat(p); return interp.Bool(err == nil && fi.IsDir()) })
	str1("islink", func(p string) value {
		fi, err := os.Lstat(p)
		return interp.Bool(err == nil && fi.Mode()&fs.ModeSymlink != 0)
	})
	str1("isabs", func(p string) value { return interp.Bool(strings.HasPrefix(p, "/")) })
	str1("normpath", func(p string) value { return interp.Str(posixNormpath(p)) })
	str1("abspath", func(p string) value {
		if !strings.HasPrefix(p, "/") {
			wd, _ := os.Getwd()
			p = posixJoin([]string{wd, p})
		}
		return interp.Str(posixNormpath(p))
	})
	str1("realpath", func(p string) value {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = r
		}
		abs, _ := filepath.Abs(p)
		return interp.Str(abs)
	})
	str1("expanduser", func(p string) value {
		if p == "~" || strings.HasPrefix(p, "~/") {
			if home, err := os.UserHomeDir(); err == nil {
				return interp.Str(strings.TrimRight(home, "/") + p[1:])
			}
		}
		return interp.Str(p)
	})
	str1("getsize", func(p string) value {
		fi, err := os.Stat(p)
		if err != nil {
			return interp.Int(-1)
		}
		return interp.Int(fi.Size())
	})
	def(m, "join", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "join() missing 1 required positional argument: 'a'")
		}
		parts := make([]string, len(args))
		for i, a := range args {
			s, ok := a.(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", a.Type().Name)
			}
			parts[i] = string(s)
		}
		return interp.Str(posixJoin(parts)), nil
	})
	def(m, "relpath", func(th *thread, args []value, kw []kwarg) (value, error) {
		var p string
		start, _ := os.Getwd()
		if err := interp.UnpackArgs("relpath", args, kw, "path", &p, "start?", &start); err != nil {
			return nil, err
		}
		absP, _ := filepath.Abs(p)
		absS, _ := filepath.Abs(start)
		r, err := filepath.Rel(absS, absP)
		if err != nil {
			return nil, interp.Errorf(interp.ValueError, "%v", err)
		}
		return interp.Str(r), nil
	})
	return m, nil
}
