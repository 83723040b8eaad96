package numpy

import (
	"os"
	"testing"
)

func TestDebugScript(t *testing.T) {
	f := os.Getenv("NPDBG")
	if f == "" {
		t.Skip("set NPDBG to a script path")
	}
	src, _ := os.ReadFile(f)
	out, errText := runScript(string(src))
	t.Logf("\n%s\nERR: %s", out, errText)
}
