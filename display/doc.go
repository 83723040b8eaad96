// Package display is gobrian's figure model and renderer: a small,
// matplotlib-compatible picture of Figures, Axes and artists (lines,
// markers, patches, images, text, legends) that renders to PNG and SVG
// through gonum.org/v1/plot's vg canvases.
//
// The model follows matplotlib 3.6's defaults (figure size, subplot
// params, tab10 colour cycle, DejaVu Sans 10pt, MaxNLocator/LogLocator
// ticks and ScalarFormatter labels, 5% data margins with sticky edges,
// 'best' legend placement, tight_layout) so that a notebook figure looks
// like its matplotlib reference; tests compare limits, ticks, labels and
// layout with matplotlib itself. PNG and SVG output is cropped like the
// inline backend's bbox_inches='tight'. Mathtext labels ($\Delta t$,
// $\tau_m$, \mathrm{...}) are drawn as Unicode runs with sub- and
// superscript offsets. The package knows nothing of the interpreter;
// interp/lib/matplotlib binds it for Python.
//
// Rendering stays fast on big data: long monotonic lines are decimated to
// a min/max envelope per device pixel, long paths are stroked in short
// pieces, and PNG markers are stamped from a pre-rendered sprite
// (DISPLAY_BENCH=1 go test -run Speed ./display compares with matplotlib).
//
// go run ./display/cmd/figcompare -out compare.html writes a page with each
// tutorial figure next to its reference PNG.
package display
