package pystd

import "github.com/gobrian/gobrian/interp"

func collectionsModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("collections")
	m.Set("defaultdict", DefaultDictType)
	m.Set("OrderedDict", OrderedDictType)
	m.Set("Counter", CounterType)
	m.Set("deque", DequeType)
	def(m, "namedtuple", namedtupleFn)
	return m, nil
}
