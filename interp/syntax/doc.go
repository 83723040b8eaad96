// Package syntax scans and parses the Python 3.11 source of notebook cells
// and scripts into an AST with positions (ast.go).
//
// The scanner (scanner.go, lexemes.go) tokenises a whole cell up front:
// INDENT/DEDENT, NEWLINE, implicit line joining inside brackets, backslash
// continuation, and, when magics are allowed, IPython line magics, shell
// escapes and help syntax as single tokens (magic.go). The parser
// (parser.go core and errors, stmt.go statements, expr.go expressions,
// strings.go literals and f-strings, targets.go target checks) is a
// recursive-descent parser over that token slice with bounded nesting.
//
// Errors are *Error values carrying CPython 3.11's exception class, wording,
// position and caret range for the common mistakes, including the errors
// CPython only finds when compiling ('return' outside function, ...), and
// following CPython's rules for which of several errors wins. Error.Incomplete
// marks input that merely ended early, which the Session's IsComplete relies
// on. Dump renders an AST as a compact S-expression for tests and debugging.
//
// Not supported, with a clear SyntaxError: async/await, match statements,
// bytes literals, complex literals, except*, and \N{...} escapes beyond a
// small table of common names.
package syntax
