// Package equations parses Brian2 model strings: differential equations
// (dx/dt = expr : unit (flags)), parameters (x : unit) and subexpressions
// (x = expr : unit), with Brian's flags and error messages.
package equations
