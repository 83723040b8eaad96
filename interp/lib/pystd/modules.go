package pystd

import "github.com/gobrian/gobrian/interp"

// Modules returns the loaders of the standard modules this package
// implements, keyed by import name.
func Modules() map[string]interp.ModuleLoader {
	return map[string]interp.ModuleLoader{
		"math":        mathModule,
		"random":      randomModule,
		"time":        timeModule,
		"os":          osModule,
		"os.path":     osPathModule,
		"functools":   functoolsModule,
		"itertools":   itertoolsModule,
		"collections": collectionsModule,
		"copy":        copyModule,
		"json":        jsonModule,
		"warnings":    warningsModule,
		"string":      stringModule,
		"re":          reModule,
		"textwrap":    textwrapModule,
		"operator":    operatorModule,
		"heapq":       heapqModule,
		"bisect":      bisectModule,
	}
}
