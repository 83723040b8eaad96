package sim

import (
	"fmt"

	"github.com/gobrian/gobrian/sim/simerr"
)

// Link makes the (linked) variable name of g a reference to variable
// srcName of src (Brian's G.name = linked_var(src, srcName, index)):
// element k of g reads and writes element index[k] of src, or element k
// when index is nil and the sizes match, or element 0 when src has one
// element.
func (g *NeuronGroup) Link(name string, src Source, srcName string, index []int) error {
	v, ok := g.vars[name]
	if !ok {
		return simerr.New("AttributeError", "No attribute with name %s", name)
	}
	if !v.Linked {
		return simerr.New(simerr.TypeError, "Cannot link variable '%s', it has to be marked as a linked variable with '(linked)' in the model equations.", name)
	}
	sg := src.Group()
	sv, ok := sg.vars[srcName]
	if !ok || sv.Linked && sv.data == nil {
		return simerr.New("KeyError", "%s", srcName)
	}
	if v.Dim != sv.Dim {
		return &simerr.DimensionMismatchError{Desc: fmt.Sprintf("Unit of variable '%s' does not match its link target '%s'", name, srcName)}
	}
	a, b := src.Span()
	if sv.Shared {
		a, b = 0, 1
	}
	target := sv.data[a:b]
	if sv.index != nil {
		// linking to a variable that is itself linked through an index:
		// compose the indices
		base := sv.index[a:b]
		target = sv.data
		if index == nil {
			index = make([]int, len(base))
			for k := range index {
				index[k] = k
			}
		}
		for k, j := range index {
			if j >= 0 && j < len(base) {
				index[k] = int(base[j])
			}
		}
		return g.setLink(v, name, target, index, len(sv.data))
	}
	n := b - a
	v.linkedScalar = false
	switch {
	case index != nil:
	case n == 1 && g.n != 1:
		index = make([]int, g.n) // every element reads element 0
		v.linkedScalar = true
	case n != g.n:
		return simerr.New(simerr.ValueError, "Cannot link variable '%s' to '%s', the size of the target group does not match (%d != %d). You can provide an indexing scheme with the 'index' keyword to link groups with different sizes", name, srcName, g.n, n)
	}
	return g.setLink(v, name, target, index, n)
}

func (g *NeuronGroup) setLink(v *Variable, name string, target []float64, index []int, n int) error {
	if index == nil {
		v.data, v.index = target, nil
		return nil
	}
	if len(index) != g.n {
		return simerr.New(simerr.TypeError, "Index array for linked variable '%s' has to be a one-dimensional array of length %d, but has shape (%d,)", name, g.n, len(index))
	}
	idx := make([]int32, len(index))
	for k, j := range index {
		if j < 0 || j >= n {
			return simerr.New(simerr.ValueError, "Index array for linked variable %s contains values outside of the valid range [0, %d[", name, n)
		}
		idx[k] = int32(j)
	}
	v.data, v.index = target, idx
	return nil
}

// checkLinks is Brian's error for a linked variable used before it is
// linked.
func (g *NeuronGroup) checkLinks() error {
	for _, name := range g.order {
		if v := g.vars[name]; v != nil && v.Linked && v.data == nil {
			return simerr.New(simerr.TypeError, "Link target for variable %s has not been set.", name)
		}
	}
	return nil
}
