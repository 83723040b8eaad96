package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3");
// otherwise the module version or VCS revision is used.
var version = ""

// languageVersion is the Python version the interpreter follows.
const languageVersion = "3.11"

func gobrianVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "0.1.0+" + s.Value[:12]
			}
		}
	}
	return "0.1.0-dev"
}

func versionString() string {
	return fmt.Sprintf("gobrian %s (Python %s language, Brian2 2.5.1 API, %s %s/%s)",
		gobrianVersion(), languageVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
