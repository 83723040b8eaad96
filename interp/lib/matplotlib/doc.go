// Package matplotlib binds gobrian's display package for Python: the
// modules matplotlib (use, rcParams), matplotlib.pyplot (the stateful
// plotting API with Figure and Axes objects) and matplotlib.image (imread).
//
// Pyplot state (figure list, current figure and axes, inline output
// format) lives in the per-session module loader closure. Loading pyplot
// registers a post-execute hook that behaves like IPython's inline
// backend: figures touched by a cell are sent as display_data when the
// cell ends, then closed.
package matplotlib
