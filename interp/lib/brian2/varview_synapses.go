package brian2

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

// synapseKey recognises S.w[i, j]: a (pre, post) pair of indices.
func (v *variableView) synapseKey(key interp.Value) (interp.Tuple, bool) {
	t, ok := key.(interp.Tuple)
	if !ok || len(t) != 2 || v.gr == nil || v.gr.syn == nil {
		return nil, false
	}
	return t, true
}

// synapseIndices are the synapses, in storage order, whose pre- and
// postsynaptic neurons the pair selects (as Brian's SynapticIndexing).
func (v *variableView) synapseIndices(th *interp.Thread, pair interp.Tuple) ([]int, error) {
	pre, err := selected(th, v.gr.src.n(), pair[0])
	if err != nil {
		return nil, err
	}
	post, err := selected(th, v.gr.tgt.n(), pair[1])
	if err != nil {
		return nil, err
	}
	iv, err := v.gr.syn.Var("i")
	if err != nil {
		return nil, v.s.pyError(err, "accessing")
	}
	jv, err := v.gr.syn.Var("j")
	if err != nil {
		return nil, v.s.pyError(err, "accessing")
	}
	is, js := iv.Data(), jv.Data()
	var idx []int
	for k := range is {
		if pre[int(is[k])] && post[int(js[k])] {
			idx = append(idx, k)
		}
	}
	return idx, nil
}

// selected marks the elements of range(n) that key selects.
func selected(th *interp.Thread, n int, key interp.Value) ([]bool, error) {
	idx, err := arangeIndex(th, n, key)
	if err != nil {
		return nil, err
	}
	mark := make([]bool, n)
	for _, i := range idx {
		mark[i] = true
	}
	return mark, nil
}

func intArray(idx []int) *numpy.Array {
	ints := make([]int64, len(idx))
	for k, i := range idx {
		ints[k] = int64(i)
	}
	return numpy.NewIntArray(ints, nil)
}
