package interp

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// FuzzExecute runs arbitrary source through a Session: it must never
// panic or hang, whatever the input.
func FuzzExecute(f *testing.F) {
	for _, p := range corpusPaths(f) {
		src, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Shell escapes and file access are real side effects: not fuzzed.
		if strings.ContainsAny(src, "!%") || strings.Contains(src, "open") || strings.Contains(src, "input") {
			t.Skip()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		defer cancel()
		s := NewSession(Options{})
		res := s.Execute(ctx, src, &recorder{}, ExecOptions{})
		if res.Error != nil && res.Error.Ename == "SystemError" && len(res.Error.Evalue) > 14 && res.Error.Evalue[:14] == "internal error" {
			t.Fatalf("internal error on %q: %v", src, res.Error.Traceback)
		}
	})
}
