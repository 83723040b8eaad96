package equations

import (
	"math/rand/v2"
	"testing"
)

// Malformed models give errors, never panics.
func TestParseNoPanic(t *testing.T) {
	alphabet := []string{"dv", "/", "dt", "=", ":", "(", ")", "v", "1", "volt", "tau", "*", "**", "-", "+",
		"\n", " ", "#", "unless refractory", ",", "xi", "exp(", "boolean", ".", "e", "2"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		src := ""
		for range r.IntN(14) {
			src += alphabet[r.IntN(len(alphabet))]
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("Parse(%q) panicked: %v", src, p)
				}
			}()
			_, _ = Parse(src)
		}()
	}
}

func FuzzParse(f *testing.F) {
	f.Add("dv/dt = (1-v)/tau : 1 (unless refractory)\nv0 : volt")
	f.Fuzz(func(t *testing.T, src string) { _, _ = Parse(src) })
}
