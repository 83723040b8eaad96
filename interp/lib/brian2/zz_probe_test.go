package brian2

import (
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	path := os.Getenv("PROBE")
	if path == "" {
		t.Skip()
	}
	code, _ := os.ReadFile(path)
	os.Stdout.WriteString(gobrianScript(t, string(code)))
}
