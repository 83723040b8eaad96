// Package numpy is gobrian's numpy: an n-dimensional Array (float64,
// int64, int32 or bool storage; shape, strides and offset, so that slices
// are views) that may carry a physical dimension, which makes it one of
// Brian's Quantity values. The package also provides the "numpy",
// "numpy.random" and "brian2.units" modules.
//
// Printing follows numpy 1.24 (array2string: padding, precision,
// scientific switch, summarisation, line wrapping) and Brian 2.5.1 for
// quantities (best unit, "20. * volt", "[16.  32.1 48.2] ms", LaTeX).
// Errors are Python exceptions with numpy's and Brian's messages.
package numpy
