package sim

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/sim/simerr"
)

// Linked variables read (and write) another group's variable: element
// for element, through an index, or all from a one-element group; with
// Brian's errors.
func TestLinkedVariables(t *testing.T) {
	env := NewEnv()
	src, _ := NewNeuronGroup(env, 4, "dv/dt = 1*volt/second : volt", GroupOptions{Method: "euler"})
	one, _ := NewNeuronGroup(env, 1, "I : volt", GroupOptions{})
	one.vars["I"].data[0] = 0.5
	g, err := NewNeuronGroup(env, 4, "dx/dt = (v + I)/second : volt\nv : volt (linked)\nI : volt (linked)", GroupOptions{Method: "euler"})
	if err != nil {
		t.Fatal(err)
	}
	err = NewNetwork(env, g).Run(context.Background(), 1e-4, RunOptions{})
	var oe *simerr.ObjectError
	if !errors.As(err, &oe) || oe.Err == nil || oe.Err.Error() != "Link target for variable v has not been set." {
		t.Errorf("unlinked: %v", err)
	}
	if err := g.Link("x", src, "v", nil); err == nil || !strings.Contains(err.Error(), "has to be marked as a linked variable") {
		t.Errorf("not linked: %v", err)
	}
	if err := g.Link("v", src, "v", nil); err != nil {
		t.Fatal(err)
	}
	if err := g.Link("I", one, "I", nil); err != nil {
		t.Fatal(err)
	}
	h, _ := NewNeuronGroup(env, 3, "w : volt (linked)", GroupOptions{})
	if err := h.Link("w", src, "v", nil); err == nil || !strings.Contains(err.Error(), "size of the target group does not match (3 != 4)") {
		t.Errorf("size: %v", err)
	}
	if err := h.Link("w", src, "v", []int{3, 3, 9}); err == nil || !strings.Contains(err.Error(), "outside of the valid range [0, 4[") {
		t.Errorf("range: %v", err)
	}
	if err := h.Link("w", src, "v", []int{3, 3, 0}); err != nil {
		t.Fatal(err)
	}
	for k := range src.vars["v"].data {
		src.vars["v"].data[k] = float64(k)
	}
	if err := NewNetwork(env, src, g, h).Run(context.Background(), 0.1, RunOptions{}); err != nil {
		t.Fatal(err)
	}
	// x integrates v + I: src's v rises by 1 V/s from k, I is 0.5 V
	x, v := g.vars["x"].data, src.vars["v"].data
	for k := range x {
		want := 0.1*(float64(k)+0.5) + 0.5*0.1*0.1 - 0.5*1e-4*0.1 // Euler: v read before its step
		if d := x[k] - want; d > 1e-9 || d < -1e-9 {
			t.Errorf("x[%d] = %v, want %v", k, x[k], want)
		}
	}
	w := h.vars["w"].Data()
	if w[0] != v[3] || w[1] != v[3] || w[2] != v[0] {
		t.Errorf("indexed link reads %v, want %v %v %v", w, v[3], v[3], v[0])
	}
}
