package main

import "github.com/gobrian/gobrian/interp"

// nativeModules returns the native modules a session can import (numpy,
// brian2, matplotlib, ...). The lead wires the loaders in here.
func nativeModules() map[string]interp.ModuleLoader {
	return map[string]interp.ModuleLoader{}
}
