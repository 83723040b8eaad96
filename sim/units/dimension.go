package units

// Dim is a physical dimension: the exponents of metre, kilogram, second,
// ampere, kelvin, mole and candela, in that order. Exponents may be
// fractional (sqrt of a dimension halves them). The zero value is
// dimensionless.
type Dim [7]float64

// Dimensionless is the dimension of pure numbers.
var Dimensionless = Dim{}

// Base dimension indices.
const (
	Length = iota
	Mass
	Time
	Current
	Temperature
	Amount
	LuminousIntensity
)

// IsDimensionless reports whether d has no dimension.
func (d Dim) IsDimensionless() bool { return d == Dim{} }

// Mul is the dimension of a product.
func (d Dim) Mul(o Dim) Dim {
	for i := range d {
		d[i] += o[i]
	}
	return d
}

// Div is the dimension of a quotient.
func (d Dim) Div(o Dim) Dim {
	for i := range d {
		d[i] -= o[i]
	}
	return d
}

// Pow is the dimension raised to a power.
func (d Dim) Pow(p float64) Dim {
	for i := range d {
		d[i] *= p
	}
	return d
}
