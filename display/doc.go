// Package display is gobrian's figure model and renderer: a small,
// matplotlib-compatible picture of Figures, Axes and artists (lines,
// markers, patches, images, text, legends) that renders to PNG and SVG
// through gonum.org/v1/plot's vg canvases.
//
// The model follows matplotlib's defaults (figure size, subplot params,
// tab10 colour cycle, DejaVu Sans 10pt, tick locator and formatter, 5%
// data margins) so that a notebook figure looks like its matplotlib
// reference. PNG output is cropped like the inline backend's
// bbox_inches='tight'. The package knows nothing of the interpreter;
// interp/lib/matplotlib binds it for Python.
//
// Rendering stays fast on big data: long monotonic lines are decimated to
// a min/max envelope per device pixel, long paths are stroked in short
// pieces, and PNG markers are stamped from a pre-rendered sprite.
package display
