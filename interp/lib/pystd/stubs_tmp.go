package pystd

import "github.com/gobrian/gobrian/interp"

func stub(name string) interp.ModuleLoader {
	return func(th *thread) (*interp.Module, error) { return interp.NewModule(name), nil }
}

var (
	functoolsModule   = stub("functools")
	itertoolsModule   = stub("itertools")
	collectionsModule = stub("collections")
	copyModule        = stub("copy")
	jsonModule        = stub("json")
	warningsModule    = stub("warnings")
	stringModule      = stub("string")
	reModule          = stub("re")
	textwrapModule    = stub("textwrap")
)
