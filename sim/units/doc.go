// Package units is Brian's system of physical units: dimensions over the
// seven SI base units, the table of named units with their prefixes, and
// Brian's best-unit text for quantities.
//
// The table mirrors what `from brian2 import *` and brian2.units.allunits
// define (names, display names, LaTeX names, scales), and BestUnit follows
// Brian 2.5.1's registry search so that printed quantities match Brian's.
// Everything here is immutable after package initialisation.
package units
