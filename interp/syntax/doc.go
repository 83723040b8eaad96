// Package syntax scans and parses the Python 3.11 source of notebook cells
// and scripts into an AST with positions (ast.go).
//
// The scanner (scanner.go) tokenises a whole cell up front: INDENT/DEDENT,
// NEWLINE, implicit line joining inside brackets, backslash continuation,
// and, when magics are allowed, IPython line magics and shell escapes as
// single tokens. The parser (parser.go statements, expr.go expressions,
// strings.go literals and f-strings, targets.go target checks) is a
// recursive-descent parser over that token slice with bounded nesting.
//
// Errors are *Error values carrying CPython 3.11's exception class and
// wording for the common mistakes; Error.Incomplete marks input that merely
// ended early, which the Session's IsComplete relies on. Dump renders an AST
// as a compact S-expression for tests and debugging.
package syntax
