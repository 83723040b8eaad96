// Package expr parses Brian2 abstract code (expressions and statements),
// checks physical dimensions with Brian's messages and compiles code into a
// Program that runs over contiguous blocks of elements: every instruction is
// a tight loop over a block of float64 slices, not a tree walk per element.
package expr
