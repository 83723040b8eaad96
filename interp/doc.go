// Package interp is gobrian's embedded Python interpreter: the language that
// Brian notebooks are written in (CPython 3.11 semantics), its object model,
// exceptions and tracebacks, the IPython conventions of a notebook cell, and the
// Session that the Jupyter kernel and `gobrian run` both drive.
//
// Layout, following go.starlark.net:
//
//	interp/syntax   scanner, parser and AST with positions
//	interp          values (this package), evaluator, builtins, Session
//	interp/lib/...  native modules (numpy, brian2, matplotlib, math, ...)
//
// # Native modules and types
//
// A native module is a *Module built by a ModuleLoader that the Session calls
// once, on first import. A native type is any Go type implementing Value; it
// opts into Python protocols by implementing the small interfaces in
// protocols.go (HasAttrs, HasBinary, HasCompare, Indexable, Callable, ...).
// Every protocol method receives the *Thread evaluating it, which carries the
// cell's context.Context (for interrupts), the Output sink, and Call/Import.
//
// # Evaluator
//
// A cell is parsed (interp/syntax), resolved (eval_resolve.go decides for
// every name whether it is a local slot, a cell shared with closures, a
// global or a class-body name) and compiled into a tree of Go closures
// (eval_*.go), which then run against a frame. Function calls reuse frames
// from a per-thread pool; generator functions run on a goroutine that hands
// control back and forth over channels (generator.go), generator
// expressions are lazy iterators without goroutines. Loops and calls check
// for interrupts at every back-edge through an atomic flag set when the
// cell's context is cancelled.
//
// Speed comes from avoiding work per operation rather than from a bytecode
// VM: common shapes get specialised closures (a local with an int
// constant, int/float arithmetic before generic dispatch, l.append(x),
// f-strings with literal specs: eval_special.go, eval_fstring.go); global
// names and attributes of user classes are read through inline caches
// validated by dict versions (globalRef, attrSite); small ints box without
// allocating (mkInt); comprehensions size their result from the source.
//
// Errors are Go errors; a *Exception is a Python exception. Any other error a
// native function returns becomes a SystemError, and a Go panic inside native
// code is recovered as SystemError too: the process never dies for a cell.
package interp
