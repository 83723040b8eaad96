package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobrian/gobrian/kernelspec"
)

func installCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var scope kernelspec.Scope
	fs.BoolVar(&scope.User, "user", false, "install for the current user (~/.local/share/jupyter/kernels)")
	fs.BoolVar(&scope.SysPrefix, "sys-prefix", false, "install into the active Python environment (conda/venv, else /usr/local)")
	fs.StringVar(&scope.Prefix, "prefix", "", "install into `DIR`/share/jupyter/kernels")
	name := fs.String("name", kernelspec.DefaultName, "kernel `name` (the directory under kernels/)")
	display := fs.String("display-name", kernelspec.DefaultDisplayName, "`name` shown by Jupyter frontends")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: gobrian install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name NAME]

Installs the Jupyter kernel spec (kernel.json and logos) that starts this
binary as a kernel. Without a location option it installs for the current
user, or into /usr/local/share/jupyter/kernels when run as root.
"jupyter kernelspec list" then shows it.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gobrian install: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	n := 0
	for _, set := range []bool{scope.User, scope.SysPrefix, scope.Prefix != ""} {
		if set {
			n++
		}
	}
	if n > 1 {
		fmt.Fprintln(stderr, "gobrian install: choose one of --user, --sys-prefix and --prefix")
		return 2
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gobrian install: locating the binary: %v\n", err)
		return 1
	}
	if strings.Contains(exe, string(filepath.Separator)+"go-build") {
		fmt.Fprintf(stderr, "gobrian install: warning: %s is a temporary `go run` binary; build one (make build) and install from it\n", exe)
	}
	kernels, err := kernelspec.KernelsDir(scope)
	if err != nil {
		fmt.Fprintf(stderr, "gobrian install: %v\n", err)
		return 1
	}
	dir, err := kernelspec.Install(kernels, *name, kernelspec.NewSpec(exe, *display))
	if err != nil {
		fmt.Fprintf(stderr, "gobrian install: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", *name, dir)
	return 0
}
