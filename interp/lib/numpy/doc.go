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
// Quantities and numpy: np.* functions treat quantities as numpy does
// under Brian 2.5.1 (np.where and np.arange return SI values,
// np.concatenate a dimensionless Quantity), while the unit-safe versions
// that brian2.units exports (where, arange, linspace, dot, zeros_like, ...)
// check and keep units. Reductions return Python floats and ints where
// numpy returns numpy scalars.
package numpy
