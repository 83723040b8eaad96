package units

import (
	"math"
	"strconv"
)

// Unit is a named unit: its Brian name (repr), its scale in SI base units
// and its dimension, with the display name (str) and LaTeX name Brian
// prints. Compound marks units built from others ("msecond * mvolt"),
// which Brian parenthesises when combining further.
type Unit struct {
	Name     string // Brian's name, e.g. "mvolt", "metre2", "hertz"
	Scale    float64
	Dim      Dim
	Disp     string // display name, e.g. "mV", "m^2", "Hz"
	Latex    string // e.g. `\mathrm{m}\mathrm{V}`
	Compound bool
}

// Lookup finds a unit by a name Brian defines, e.g. "volt", "mV",
// "siemens", "Hz", "umetre2", "cm2", or "1" (dimensionless, for equations).
func Lookup(name string) (Unit, bool) {
	u, ok := allUnits[name]
	return u, ok
}

// Names lists every unit name Lookup knows (brian2.units.allunits plus the
// short forms), in definition order.
func Names() []string { return append([]string(nil), allNames...) }

// StarNames lists the unit names that `from brian2 import *` binds, in
// definition order.
func StarNames() []string { return append([]string(nil), starNames...) }

// prefix is an SI prefix: its name part and its power of ten.
type prefix struct {
	name string
	exp  int
}

// allPrefixes are the SI prefixes in the order Brian registers them for
// best-unit search (the first 16), then c, d, da, h which Brian defines
// but never chooses for printing.
var allPrefixes = []prefix{
	{"Y", 24}, {"k", 3}, {"M", 6}, {"z", -21}, {"E", 18}, {"y", -24},
	{"T", 12}, {"u", -6}, {"p", -12}, {"n", -9}, {"m", -3}, {"f", -15},
	{"G", 9}, {"P", 15}, {"Z", 21}, {"a", -18},
	{"c", -2}, {"d", -1}, {"da", 1}, {"h", 2},
}

const registeredPrefixes = 16

// starPrefixes are the prefixes `from brian2 import *` exports.
var starPrefixes = []string{"p", "n", "u", "m", "", "k", "M", "G", "T"}

// registry says whether a family takes part in best-unit search.
type registry int

const (
	regNone registry = iota
	regStandard
)

// family is a base unit with its prefixed and powered variants.
type family struct {
	name, disp string
	dim        Dim
	// scaleExp shifts the power of ten of every member: gram is 1e-3 kg.
	scaleExp int
	prefixed bool
	reg      registry
	// star: exported by `from brian2 import *` with starPrefixes.
	star bool
}

func dim(m, kg, s, a, k, mol, cd float64) Dim { return Dim{m, kg, s, a, k, mol, cd} }

var families = []family{
	{"metre", "m", dim(1, 0, 0, 0, 0, 0, 0), 0, true, regStandard, true},
	{"meter", "m", dim(1, 0, 0, 0, 0, 0, 0), 0, true, regNone, true},
	{"gram", "g", dim(0, 1, 0, 0, 0, 0, 0), -3, true, regStandard, true},
	{"gramme", "g", dim(0, 1, 0, 0, 0, 0, 0), -3, true, regNone, true},
	{"second", "s", dim(0, 0, 1, 0, 0, 0, 0), 0, true, regStandard, true},
	{"amp", "A", dim(0, 0, 0, 1, 0, 0, 0), 0, true, regStandard, true},
	{"kelvin", "K", dim(0, 0, 0, 0, 1, 0, 0), 0, false, regStandard, true},
	{"mole", "mol", dim(0, 0, 0, 0, 0, 1, 0), 0, true, regStandard, true},
	{"candle", "cd", dim(0, 0, 0, 0, 0, 0, 1), 0, true, regStandard, false},
	{"radian", "rad", Dim{}, 0, true, regNone, false},
	{"steradian", "sr", Dim{}, 0, true, regNone, false},
	{"hertz", "Hz", dim(0, 0, -1, 0, 0, 0, 0), 0, true, regStandard, true},
	{"newton", "N", dim(1, 1, -2, 0, 0, 0, 0), 0, true, regStandard, false},
	{"pascal", "Pa", dim(-1, 1, -2, 0, 0, 0, 0), 0, true, regStandard, true},
	{"joule", "J", dim(2, 1, -2, 0, 0, 0, 0), 0, true, regStandard, true},
	{"watt", "W", dim(2, 1, -3, 0, 0, 0, 0), 0, true, regStandard, true},
	{"coulomb", "C", dim(0, 0, 1, 1, 0, 0, 0), 0, true, regStandard, true},
	{"volt", "V", dim(2, 1, -3, -1, 0, 0, 0), 0, true, regStandard, true},
	{"farad", "F", dim(-2, -1, 4, 2, 0, 0, 0), 0, true, regStandard, true},
	{"ohm", "ohm", dim(2, 1, -3, -2, 0, 0, 0), 0, true, regStandard, true},
	{"siemens", "S", dim(-2, -1, 3, 2, 0, 0, 0), 0, true, regStandard, true},
	{"weber", "Wb", dim(2, 1, -2, -1, 0, 0, 0), 0, true, regStandard, false},
	{"tesla", "T", dim(0, 1, -2, -1, 0, 0, 0), 0, true, regStandard, false},
	{"henry", "H", dim(2, 1, -2, -2, 0, 0, 0), 0, true, regStandard, false},
	{"lumen", "lm", dim(0, 0, 0, 0, 0, 0, 1), 0, true, regNone, false},
	{"lux", "lx", dim(-2, 0, 0, 0, 0, 0, 1), 0, true, regStandard, false},
	{"becquerel", "Bq", dim(0, 0, -1, 0, 0, 0, 0), 0, true, regNone, false},
	{"gray", "Gy", dim(2, 0, -2, 0, 0, 0, 0), 0, true, regStandard, false},
	{"sievert", "Sv", dim(2, 0, -2, 0, 0, 0, 0), 0, true, regNone, false},
	{"katal", "kat", dim(0, 0, -1, 0, 0, 1, 0), 0, true, regStandard, false},
	{"liter", "l", dim(3, 0, 0, 0, 0, 0, 0), -3, true, regNone, true},
	{"litre", "l", dim(3, 0, 0, 0, 0, 0, 0), -3, true, regNone, true},
	{"molar", "M", dim(-3, 0, 0, 0, 0, 1, 0), 3, true, regStandard, true},
}

// shortForms are brian2.units.stdunits: short names bound to the same
// unit objects as their long names.
var shortForms = [][2]string{
	{"mV", "mvolt"}, {"mA", "mamp"}, {"uA", "uamp"}, {"nA", "namp"}, {"pA", "pamp"},
	{"pF", "pfarad"}, {"uF", "ufarad"}, {"nF", "nfarad"}, {"nS", "nsiemens"},
	{"uS", "usiemens"}, {"mS", "msiemens"}, {"ms", "msecond"}, {"us", "usecond"},
	{"Hz", "hertz"}, {"kHz", "khertz"}, {"MHz", "Mhertz"}, {"cm", "cmetre"},
	{"cm2", "cmetre2"}, {"cm3", "cmetre3"}, {"mm", "mmetre"}, {"mm2", "mmetre2"},
	{"mm3", "mmetre3"}, {"um", "umetre"}, {"um2", "umetre2"}, {"um3", "umetre3"},
	{"mM", "mmolar"}, {"uM", "umolar"}, {"nM", "nmolar"},
}

// additionalUnits are Brian's additional register: compound units tried
// for printing after the standard ones.
var additionalUnits = []Unit{
	{"pascal * second", 1, dim(-1, 1, -1, 0, 0, 0, 0), "Pa s", `\mathrm{Pa}\,\mathrm{s}`, true},
	{"newton * metre", 1, dim(2, 1, -2, 0, 0, 0, 0), "N m", `\mathrm{N}\,\mathrm{m}`, true},
	{"watt / (metre ** 2)", 1, dim(0, 1, -3, 0, 0, 0, 0), "W/(m^2)", `\frac{\mathrm{W}}{\mathrm{m}^{2}}`, true},
	{"joule / kelvin", 1, dim(2, 1, -2, 0, -1, 0, 0), "J/K", `\frac{\mathrm{J}}{\mathrm{K}}`, true},
	{"joule / (kilogram * kelvin)", 1, dim(2, 0, -2, 0, -1, 0, 0), "J/(kg K)", `\frac{\mathrm{J}}{\mathrm{kg}\,\mathrm{K}}`, true},
	{"joule / kilogram", 1, dim(2, 0, -2, 0, 0, 0, 0), "J/kg", `\frac{\mathrm{J}}{\mathrm{kg}}`, true},
	{"watt / (metre * kelvin)", 1, dim(1, 1, -3, 0, -1, 0, 0), "W/(m K)", `\frac{\mathrm{W}}{\mathrm{m}\,\mathrm{K}}`, true},
	{"joule / (metre ** 3)", 1, dim(-1, 1, -2, 0, 0, 0, 0), "J/(m^3)", `\frac{\mathrm{J}}{\mathrm{m}^{3}}`, true},
	{"volt / (metre ** 3)", 1, dim(-1, 1, -3, -1, 0, 0, 0), "V/(m^3)", `\frac{\mathrm{V}}{\mathrm{m}^{3}}`, true},
	{"coulomb / (metre ** 3)", 1, dim(-3, 0, 1, 1, 0, 0, 0), "C/(m^3)", `\frac{\mathrm{C}}{\mathrm{m}^{3}}`, true},
	{"coulomb / (metre ** 2)", 1, dim(-2, 0, 1, 1, 0, 0, 0), "C/(m^2)", `\frac{\mathrm{C}}{\mathrm{m}^{2}}`, true},
	{"farad / metre", 1, dim(-3, -1, 4, 2, 0, 0, 0), "F/m", `\frac{\mathrm{F}}{\mathrm{m}}`, true},
	{"henry / metre", 1, dim(1, 1, -2, -2, 0, 0, 0), "H/m", `\frac{\mathrm{H}}{\mathrm{m}}`, true},
	{"joule / mole", 1, dim(2, 1, -2, 0, 0, -1, 0), "J/mol", `\frac{\mathrm{J}}{\mathrm{mol}}`, true},
	{"joule / (mole * kelvin)", 1, dim(2, 1, -2, 0, -1, -1, 0), "J/(mol K)", `\frac{\mathrm{J}}{\mathrm{mol}\,\mathrm{K}}`, true},
	{"coulomb / kilogram", 1, dim(0, -1, 1, 1, 0, 0, 0), "C/kg", `\frac{\mathrm{C}}{\mathrm{kg}}`, true},
	{"gray / second", 1, dim(2, 0, -3, 0, 0, 0, 0), "Gy/s", `\frac{\mathrm{Gy}}{\mathrm{s}}`, true},
	{"katal / (metre ** 3)", 1, dim(-3, 0, -1, 0, 0, 1, 0), "kat/(m^3)", `\frac{\mathrm{kat}}{\mathrm{m}^{3}}`, true},
}

// The tables, built once at package initialisation and read-only after.
var (
	allUnits  = map[string]Unit{}
	allNames  []string
	starNames []string
	// standardReg and additionalReg map a dimension to its candidate units
	// in Brian's registry order.
	standardReg   = map[Dim][]Unit{}
	additionalReg = map[Dim][]Unit{}
)

func init() {
	add := func(u Unit) {
		if _, dup := allUnits[u.Name]; !dup {
			allNames = append(allNames, u.Name)
		}
		allUnits[u.Name] = u
	}
	add(Unit{Name: "1", Scale: 1, Disp: "1", Latex: "1"})
	for _, f := range families {
		for pow := 1; pow <= 3; pow++ {
			var members []Unit
			if f.prefixed {
				for _, p := range allPrefixes {
					members = append(members, f.member(p, pow))
				}
			}
			base := f.member(prefix{}, pow)
			if f.name == "gram" || f.name == "gramme" {
				add(f.kilogram(pow))
			}
			for _, u := range members {
				add(u)
			}
			add(base)
			if f.reg == regStandard {
				var reg []Unit
				if len(members) > 0 {
					reg = append(reg, members[:registeredPrefixes]...)
				}
				if f.name == "gram" {
					reg[1] = f.kilogram(pow) // kilogram takes the k slot
				}
				standardReg[base.Dim] = append(reg, base)
			}
		}
	}
	for _, sf := range shortForms {
		u := allUnits[sf[1]]
		allUnits[sf[0]] = u
		allNames = append(allNames, sf[0])
	}
	for _, u := range additionalUnits {
		additionalReg[u.Dim] = append(additionalReg[u.Dim], u)
	}
	for _, alias := range [][2]string{{"ampere", "amp"}, {"mol", "mole"}, {"kilogramme", "kilogram"}} {
		allUnits[alias[0]] = allUnits[alias[1]]
	}
	for _, f := range families {
		if !f.star {
			continue
		}
		if !f.prefixed {
			starNames = append(starNames, f.name)
			continue
		}
		for _, p := range starPrefixes {
			if f.name == "gram" && p == "" {
				starNames = append(starNames, "kilogram")
			}
			starNames = append(starNames, p+f.name)
		}
		if f.name == "metre" || f.name == "meter" {
			starNames = append(starNames, "c"+f.name)
		}
	}
	for _, sf := range shortForms {
		starNames = append(starNames, sf[0])
	}
}

// member builds the unit prefix+family raised to pow (1, 2 or 3).
func (f family) member(p prefix, pow int) Unit {
	u := Unit{
		Name:  p.name + f.name,
		Scale: math.Pow10(pow * (p.exp + f.scaleExp)),
		Dim:   f.dim.Pow(float64(pow)),
		Disp:  p.name + f.disp,
	}
	baseLatex := `\mathrm{` + f.disp + `}`
	if f.name == "liter" || f.name == "litre" {
		baseLatex = `\mathrm{}\mathrm{l}`
	}
	if pow == 1 {
		u.Latex = baseLatex
		if p.name != "" {
			u.Latex = `\mathrm{` + latexPrefix(p.name) + `}` + baseLatex
		}
		return u
	}
	n := strconv.Itoa(pow)
	u.Name += n
	u.Disp += "^" + n
	u.Latex = `\mathrm{` + u.Disp + `}`
	return u
}

// kilogram is the SI base unit of mass, named apart from kgram.
func (f family) kilogram(pow int) Unit {
	u := Unit{Name: "kilogram", Scale: 1, Dim: f.dim.Pow(float64(pow)), Disp: "kg", Latex: `\mathrm{kg}`}
	if pow > 1 {
		n := strconv.Itoa(pow)
		u.Name += n
		u.Disp += "^" + n
		u.Latex = `\mathrm{kg^` + n + `}`
	}
	return u
}

func latexPrefix(p string) string {
	if p == "u" {
		return `\mu`
	}
	return p
}
