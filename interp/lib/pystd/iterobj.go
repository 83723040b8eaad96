package pystd

import (
	"github.com/gobrian/gobrian/interp"
)

// iterClasses holds one class per itertools iterator type, so that
// type(x).__name__ and reprs read as in CPython. Built once, read-only.
var iterClasses = func() map[string]*interp.Class {
	m := map[string]*interp.Class{}
	for _, n := range []string{"count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
		"filterfalse", "groupby", "_grouper", "islice", "pairwise", "starmap", "takewhile", "zip_longest",
		"product", "permutations", "combinations", "combinations_with_replacement", "_tee"} {
		m[n] = interp.NewClass(n, "itertools")
	}
	return m
}()

// iterObj is a native iterator: iter(x) is x and next(x) advances it.
type iterObj struct {
	cls  *interp.Class
	next func(th *thread) (value, bool, error)
	repr func(th *thread) (string, error)
	done bool
}

func newIter(name string, next func(th *thread) (value, bool, error)) *iterObj {
	return &iterObj{cls: iterClasses[name], next: next}
}

func (it *iterObj) Type() *interp.Class { return it.cls }

func (it *iterObj) Iterate(th *thread) (interp.Iterator, error) { return it, nil }

func (it *iterObj) Next(th *thread) (value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	if err := th.CheckInterrupt(); err != nil {
		return nil, false, err
	}
	v, ok, err := it.next(th)
	if !ok || err != nil {
		it.done = true
	}
	return v, ok, err
}

func (it *iterObj) Repr(th *thread) (string, error) {
	if it.repr != nil {
		return it.repr(th)
	}
	return "<itertools." + it.cls.Name + " object>", nil
}

// sliceNext yields the elements of a Go slice.
func sliceNext(xs []value) func(th *thread) (value, bool, error) {
	i := 0
	return func(th *thread) (value, bool, error) {
		if i >= len(xs) {
			return nil, false, nil
		}
		i++
		return xs[i-1], true, nil
	}
}
