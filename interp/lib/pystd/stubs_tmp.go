package pystd

import "github.com/gobrian/gobrian/interp"

func stub(name string) interp.ModuleLoader {
	return func(th *thread) (*interp.Module, error) { return interp.NewModule(name), nil }
}

var (
	warningsModule    = stub("warnings")
	textwrapModule    = stub("textwrap")
)
