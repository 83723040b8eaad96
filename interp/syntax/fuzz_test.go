package syntax

import (
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that no input makes the parser panic or hang, and that
// errors are always *Error values with a sane position.
func FuzzParse(f *testing.F) {
	for _, src := range validCorpus {
		f.Add(src)
	}
	for _, src := range invalidCorpus {
		f.Add(src)
	}
	for _, src := range notebookCells(f) {
		f.Add(src)
	}
	f.Add("%%timeit\nx")
	f.Add("f'{x:{y:{z}}}' f'{a=!r:>{w}}'")
	f.Fuzz(func(t *testing.T, src string) {
		for _, magics := range []bool{false, true} {
			file, err := Parse("<fuzz>", src, magics)
			if err != nil {
				e, ok := err.(*Error)
				if !ok {
					t.Fatalf("%q: error %T is not *Error", src, err)
				}
				if e.Msg == "" || e.Pos.Line < 1 || e.Pos.Col < 0 || e.EndCol != 0 && e.EndCol <= e.Pos.Col {
					t.Fatalf("%q: bad error %+v", src, e)
				}
				continue
			}
			_ = Dump(file)
		}
		if _, err := ParseExpr("<fuzz>", src); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("%q: ParseExpr error %T is not *Error", src, err)
			}
		}
	})
}

// bigSource builds a realistic source of at least n lines from the corpus.
func bigSource(n int) string {
	var b strings.Builder
	for lines := 0; lines < n; {
		for _, src := range validCorpus {
			if _, skip := knownDiffs[src]; skip {
				continue
			}
			if !strings.HasSuffix(src, "\n") {
				src += "\n"
			}
			b.WriteString(src)
			lines += strings.Count(src, "\n")
		}
	}
	return b.String()
}

func BenchmarkParse1000Lines(b *testing.B) {
	src := bigSource(1000)
	if _, err := Parse("<bench>", src, false); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("<bench>", src, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseSpeed guards the performance budget: 1000 lines well under
// 10ms. It takes the fastest of several parses, so that a loaded machine
// does not make it flaky.
func TestParseSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	src := bigSource(1000)
	best := time.Hour
	for range 30 {
		start := time.Now()
		if _, err := Parse("<bench>", src, false); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	if best > 10*time.Millisecond {
		t.Errorf("parsing %d lines takes %v, budget 10ms", strings.Count(src, "\n"), best)
	}
	t.Logf("parsed %d lines in %v", strings.Count(src, "\n"), best)
}
