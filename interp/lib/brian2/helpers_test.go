package brian2

import (
	"context"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

// recorder is an interp.Output that keeps the streams.
type recorder struct{ stdout, stderr strings.Builder }

func (r *recorder) Stream(name, text string) {
	if name == "stderr" {
		r.stderr.WriteString(text)
	} else {
		r.stdout.WriteString(text)
	}
}
func (r *recorder) Display(map[string]string, map[string]any, string, bool) {}
func (r *recorder) ClearOutput(bool)                                        {}
func (r *recorder) Input(context.Context, string, bool) (string, error)     { return "", nil }

// fixture is a session-level Brian state driven from Go, for tests that
// do not need the evaluator.
type fixture struct {
	t   *testing.T
	s   *state
	th  *interp.Thread
	out *recorder
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	out := &recorder{}
	th := interp.NewSession(interp.Options{}).NewThread(context.Background(), out)
	return &fixture{t: t, s: newState(), th: th, out: out}
}

func kw(name string, v interp.Value) interp.Kwarg { return interp.Kwarg{Name: name, Value: v} }

func ms(x float64) interp.Value { return numpy.NewQuantity(x*1e-3, timeDim) }

// call calls a Brian function or class and fails the test on error.
func (f *fixture) call(fn func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error), args []interp.Value, kws ...interp.Kwarg) interp.Value {
	f.t.Helper()
	v, err := fn(f.th, args, kws)
	if err != nil {
		if exc, ok := err.(*interp.Exception); ok && exc.Cause != nil {
			f.t.Fatalf("unexpected error: %v\ncaused by: %v", err, exc.Cause)
		}
		f.t.Fatalf("unexpected error: %v", err)
	}
	return v
}

// floats reads a numeric value (array, quantity or number) as float64s.
func (f *fixture) floats(v interp.Value) []float64 {
	f.t.Helper()
	data, _, _, err := numpy.AsFloats(f.th, v)
	if err != nil {
		f.t.Fatalf("AsFloats: %v", err)
	}
	return data
}

// attr reads an attribute of a Brian object.
func (f *fixture) attr(v interp.Value, name string) interp.Value {
	f.t.Helper()
	r, err := interp.GetAttr(f.th, v, name)
	if err != nil {
		f.t.Fatalf("getattr %s: %v", name, err)
	}
	return r
}

// ns builds a namespace= dictionary.
func (f *fixture) ns(pairs ...any) *interp.Dict {
	d := interp.NewDict()
	for i := 0; i < len(pairs); i += 2 {
		_ = d.Set(f.th, interp.Str(pairs[i].(string)), pairs[i+1].(interp.Value))
	}
	return d
}
