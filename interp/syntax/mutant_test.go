package syntax

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// mutants derives n deterministic variants of the corpus by deleting,
// duplicating or swapping characters and lines, the kind of slips people
// make while typing.
func mutants(n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, 1))
	var base []string
	for _, src := range validCorpus {
		if _, skip := knownDiffs[src]; !skip {
			base = append(base, src)
		}
	}
	pieces := []string{"(", ")", "[", "]", "{", "}", ",", ":", "=", "==", " ", "\n", "    ", "'", "\"", "f'{", "}'",
		"*", "**", ".", "if ", " else ", "for ", " in ", "lambda ", "not ", "x", "1", "#", "\\\n", ";", "@", "->", ":="}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		src := base[rng.IntN(len(base))]
		for range 1 + rng.IntN(2) {
			if len(src) == 0 {
				break
			}
			i := rng.IntN(len(src))
			switch rng.IntN(4) {
			case 0: // delete a character
				src = src[:i] + src[i+1:]
			case 1: // insert a piece
				src = src[:i] + pieces[rng.IntN(len(pieces))] + src[i:]
			case 2: // duplicate a span
				j := min(len(src), i+1+rng.IntN(4))
				src = src[:j] + src[i:j] + src[j:]
			default: // replace a character by a piece
				src = src[:i] + pieces[rng.IntN(len(pieces))] + src[i+1:]
			}
		}
		if !seen[src] && strings.ToValidUTF8(src, "") == src {
			seen[src] = true
			out = append(out, src)
		}
	}
	return out
}

// TestDifferentialMutants compares our parser with CPython on
// deterministic mutations of the corpus, the slips people make while
// typing. Acceptance and ASTs must agree exactly; error messages may differ
// for a few percent of the rejected mutants, where CPython's second
// parsing pass reads further than a single-pass parser can.
func TestDifferentialMutants(t *testing.T) {
	n := 600
	if s := os.Getenv("SYNTAX_MUTANTS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	srcs := mutants(n, 42)
	res := runOracle(t, srcs)
	rejected, msgDiffs := 0, 0
	for i, src := range srcs {
		want := res[i]
		f, err := Parse("<cell>", src, false)
		switch {
		case err == nil && want.OK:
			expandSelfDoc(reflect.ValueOf(f))
			if d := strings.ReplaceAll(Dump(f), "(Expr; ", "(Expr "); d != want.Dump {
				t.Errorf("%q: AST differs\n got: %s\nwant: %s", src, d, want.Dump)
			}
		case err == nil:
			t.Errorf("%q: accepted; CPython: %s: %s", src, want.Kind, want.Msg)
		case want.OK:
			t.Errorf("%q: rejected (%v); CPython accepts", src, err)
		default:
			rejected++
			e := err.(*Error)
			if e.Kind != want.Kind || e.Msg != want.Msg || e.Pos.Line != want.Line {
				msgDiffs++
				t.Logf("%q: %s: %s (line %d); CPython %s: %s (line %d)", src, e.Kind, e.Msg, e.Pos.Line, want.Kind, want.Msg, want.Line)
			}
		}
	}
	t.Logf("%d mutants, %d rejected, %d with a different error", len(srcs), rejected, msgDiffs)
	if msgDiffs*100 > rejected*3 {
		t.Errorf("%d of %d rejected mutants get a different error than CPython's (budget 3%%)", msgDiffs, rejected)
	}
}
