package brian2

import (
	"context"
	"strings"
	"testing"
)

// Storing to a file is not supported: the error says so and names the
// in-memory alternative.
func TestStoreToFileNotImplemented(t *testing.T) {
	s := newSession()
	code := "from brian2 import *\nG = NeuronGroup(1, 'v : 1')\nrun(1*ms)\n" +
		"for f in [store, restore]:\n" +
		"    try:\n" +
		"        f('x', filename='state.pkl')\n" +
		"    except NotImplementedError as e:\n" +
		"        print(e)\n" +
		"print(defaultclock.t)\n"
	out, e := execCell(t, s, context.Background(), code)
	if e != nil {
		t.Fatalf("%s: %s", e.Ename, e.Evalue)
	}
	want := []string{
		"store() with a filename is not supported by gobrian: network states are kept in memory only. Use store(name) to keep several states during this session.",
		"restore() with a filename is not supported by gobrian: network states are kept in memory only. Use restore(name) to keep several states during this session.",
		"<defaultclock.t: 1. * msecond>",
	}
	if got := strings.Split(strings.TrimSpace(out), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
}
