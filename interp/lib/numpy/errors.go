package numpy

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// DimensionMismatchError is Brian's exception for incompatible units.
var DimensionMismatchError = interp.NewExceptionClass("DimensionMismatchError", "brian2.units.fundamentalunits", interp.ValueError)

// DimensionError makes a DimensionMismatchError with the given message.
func DimensionError(msg string) *interp.Exception {
	return interp.Errorf(DimensionMismatchError, "%s", msg)
}

// mismatch formats Brian's "desc (units are X and Y)." error.
func mismatch(desc string, dims ...units.Dim) *interp.Exception {
	return DimensionError(units.MismatchMessage(desc, dims...))
}

func broadcastError(a, b []int) error {
	return interp.Errorf(interp.ValueError, "operands could not be broadcast together with shapes %s %s ", compactShape(a), compactShape(b))
}

// compactShape is a shape as numpy's broadcasting errors print it: "(2,3)".
func compactShape(s []int) string {
	return strings.ReplaceAll(shapeRepr(s), " ", "")
}
