package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/kernel"
)

func kernelCmd(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	connFile := fs.String("connection-file", "", "Jupyter connection `file` (from kernel.json's {connection_file})")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: gobrian kernel --connection-file FILE\n\nServes the Jupyter messaging protocol; Jupyter starts this from kernel.json.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *connFile == "" && fs.NArg() == 1 {
		*connFile = fs.Arg(0) // "gobrian kernel FILE" as some launchers pass it
	}
	if *connFile == "" {
		fs.Usage()
		return 2
	}
	ci, err := kernel.ReadConnectionFile(*connFile)
	if err != nil {
		fmt.Fprintf(stderr, "gobrian %v\n", err) // err reads "kernel: ..."
		return 1
	}
	session := interp.NewSession(interp.Options{Modules: nativeModules(), Argv: []string{""}})
	err = kernel.Run(kernel.Config{
		Conn:      ci,
		Evaluator: evaluator{s: session},
		Info: kernel.Info{
			Implementation:        "gobrian",
			ImplementationVersion: gobrianVersion(),
			LanguageVersion:       languageVersion,
			Banner:                versionString() + "\nBrian2 notebooks on a Go interpreter and simulator.",
			HelpLinks: []kernel.HelpLink{
				{Text: "Brian2 documentation", URL: "https://brian2.readthedocs.io/"},
				{Text: "Python reference", URL: "https://docs.python.org/3.11/"},
			},
		},
		Log:           log.New(stderr, "gobrian kernel: ", log.LstdFlags),
		HandleSignals: true,
		WatchParent:   true,
		ParentPID:     parentPID(),
	})
	if err != nil {
		fmt.Fprintf(stderr, "gobrian %v\n", err)
		return 1
	}
	return 0
}

// parentPID is the launcher's pid from JPY_PARENT_PID (set by
// jupyter_client), or 0 to watch whatever parent the kernel starts with.
func parentPID() int {
	pid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	if err != nil || pid <= 1 {
		return 0
	}
	return pid
}
