package units

import "math"

// BestUnit picks the unit Brian 2.5.1 prints values of dimension d in:
// among the registered units of that dimension (standard register first,
// then the additional one) the one minimising the sum over the values of
// (log10(|v|/scale) - 1)^2, zeros ignored; the unscaled unit when all
// values are zero; the base-unit expression when no unit is registered.
// Callers printing summarised arrays pass only the values that are shown.
func BestUnit(values []float64, d Dim) Unit {
	if d.IsDimensionless() {
		return allUnits["1"]
	}
	for _, reg := range []map[Dim][]Unit{standardReg, additionalReg} {
		cands := reg[d]
		if len(cands) == 0 {
			continue
		}
		best, bestDev, allZero := 0, math.Inf(1), true
		for i, u := range cands {
			dev := 0.0
			for _, v := range values {
				r := math.Abs(v) / u.Scale
				if r == 0 || math.IsNaN(r) {
					continue
				}
				allZero = false
				l := math.Log10(r) - 1
				if !math.IsNaN(l) {
					dev += l * l
				}
			}
			if dev < bestDev {
				best, bestDev = i, dev
			}
		}
		if allZero {
			return unscaledIn(cands, d)
		}
		return cands[best]
	}
	return dimUnit(d)
}

// UnscaledUnit is Brian's get_unit: the registered unit of scale 1 for d
// ("volt", "kilogram", "mmolar"), else a unit named after the base units.
func UnscaledUnit(d Dim) Unit {
	for _, reg := range []map[Dim][]Unit{standardReg, additionalReg} {
		for _, u := range reg[d] {
			if u.Scale == 1 {
				return u
			}
		}
	}
	return dimUnit(d)
}

func unscaledIn(cands []Unit, d Dim) Unit {
	for _, u := range cands {
		if u.Scale == 1 {
			return u
		}
	}
	return dimUnit(d)
}

// dimUnit is the unnamed unit of scale 1 for a dimension.
func dimUnit(d Dim) Unit {
	if d.IsDimensionless() {
		return allUnits["1"]
	}
	return Unit{Name: d.PyRepr(), Scale: 1, Dim: d, Disp: d.String(), Latex: d.Latex(), Compound: true}
}
