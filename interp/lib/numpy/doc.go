// Package numpy is gobrian's numpy: an n-dimensional Array (float64,
// int64, int32 or bool storage; shape, strides and offset, so that slices
// are views) that may carry a physical dimension, which makes it one of
// Brian's Quantity values. The package also provides the "numpy",
// "numpy.random" and "brian2.units" modules (Load, LoadRandom, LoadUnits).
//
// Printing follows numpy 1.24 (array2string: padding, precision,
// scientific switch, summarisation, line wrapping, set_printoptions) and
// Brian 2.5.1 for quantities (best unit, "20. * volt", "[16.  32.1 48.2]
// ms", the text/latex MIME entry). Errors are Python exceptions with
// numpy's and Brian's messages.
//
// For other native modules: NewFloatArray / NewFloatView (a view over a
// simulator slice: writes reach it), NewIntArray, NewInt32Array,
// NewBoolArray, NewQuantity, NewUnit, AsFloats (arrays, quantities,
// numbers, nested lists to []float64 + shape + dimension), Float64s,
// DimensionMismatchError and DimensionError.
//
// Speed: contiguous float data runs through tight loops (unrolled
// arithmetic, comparisons) split across cores (parallel.go), x op= y and
// ufunc out= write into the target without a temporary, and large
// float results reuse the storage of dead arrays (recycle.go) instead of
// clearing fresh memory. exp is numpy's own SVML kernel reproduced bit
// for bit (npexp.go), with an AVX-512 version of its main path on amd64
// (exp_amd64.s); comparisons with a scalar have one too (cmp_amd64.s).
// Both fall back to Go where the CPU lacks AVX-512. TestNumpyRatios
// (GOBRIAN_BENCH=1) compares timings with numpy side by side.
//
// Quantities and numpy: np.* functions treat quantities as numpy does
// under Brian 2.5.1 (np.where and np.arange return SI values,
// np.concatenate a dimensionless Quantity), while the unit-safe versions
// that brian2.units exports (where, arange, linspace, dot, zeros_like, ...)
// check and keep units. Reductions return Python floats and ints where
// numpy returns numpy scalars.
package numpy
