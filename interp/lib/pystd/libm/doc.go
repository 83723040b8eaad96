// Package libm evaluates elementary functions with the results glibc's
// libm gives on Linux, and so CPython's math module and NumPy's scalar
// fallbacks: Go's math package is accurate to about an ulp, which shows
// as a different last digit in repr(math.exp(x)) about one time in ten.
//
// Exp, Log, Log2, Pow, Sin, Cos, Tan, Atan, Atan2, Asin and Acos are
// correctly rounded (evaluated in 128-bit big.Float arithmetic, rounded
// once), as glibc's are in practice; Sinh, Cosh, Tanh and Log10 follow the
// fdlibm formulas glibc uses on top of those. Each call costs 10-30 µs:
// meant for scalar math, not array kernels. The package imports only the
// standard library, so any part of gobrian may use it.
package libm
