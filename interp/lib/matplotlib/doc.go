// Package matplotlib binds gobrian's display package for Python: the
// modules matplotlib (use, rcParams, rc), matplotlib.pyplot (the stateful
// plotting API with Figure and Axes objects), matplotlib.image (imread),
// matplotlib.cm and pylab. Loaders returns them by import name.
//
// Pyplot state (figure list, current figure and Axes, inline output
// formats) lives in the per-session module loader closure. Loading pyplot
// registers a post-execute hook that behaves like IPython's inline
// backend: figures of a cell that drew are sent as display_data (PNG, or
// SVG / retina PNG per %config InlineBackend.figure_formats or SetFormats)
// when the cell ends, then closed; under `gobrian run --figures DIR` they
// are also written as DIR/fig-001.png, ...
package matplotlib
