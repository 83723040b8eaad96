package main

import (
	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/brian2"
	"github.com/gobrian/gobrian/interp/lib/matplotlib"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/interp/lib/pystd"
)

// nativeModules returns the native modules a session can import, by
// import name: the Python standard modules, numpy, Brian's units and
// objects, matplotlib.
func nativeModules() map[string]interp.ModuleLoader {
	mods := map[string]interp.ModuleLoader{
		"numpy":        numpy.Load,
		"numpy.random": numpy.LoadRandom,
		"brian2.units": numpy.LoadUnits,
	}
	for _, set := range []map[string]interp.ModuleLoader{pystd.Modules(), brian2.Loaders(), matplotlib.Loaders()} {
		for name, load := range set {
			mods[name] = load
		}
	}
	return mods
}
