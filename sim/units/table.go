package units

// Unit is a named unit: its Brian name, its scale in SI base units and its
// dimension. The table is extended by the units work (every prefix, short
// forms, powers).
type Unit struct {
	Name  string // Brian's name, e.g. "mvolt", "mV", "Hz"
	Scale float64
	Dim   Dim
}

// Lookup finds a unit by the name Brian gives it, e.g. "volt", "mV",
// "siemens", "Hz", "1" (dimensionless, for equations).
func Lookup(name string) (Unit, bool) {
	u, ok := baseTable[name]
	return u, ok
}

var baseTable = map[string]Unit{
	"1":        {"1", 1, Dim{}},
	"metre":    {"metre", 1, Dim{Length: 1}},
	"meter":    {"metre", 1, Dim{Length: 1}},
	"kilogram": {"kilogram", 1, Dim{Mass: 1}},
	"second":   {"second", 1, Dim{Time: 1}},
	"amp":      {"amp", 1, Dim{Current: 1}},
	"ampere":   {"amp", 1, Dim{Current: 1}},
	"kelvin":   {"kelvin", 1, Dim{Temperature: 1}},
	"mole":     {"mole", 1, Dim{Amount: 1}},
	"candela":  {"candela", 1, Dim{LuminousIntensity: 1}},
	"volt":     {"volt", 1, Dim{Length: 2, Mass: 1, Time: -3, Current: -1}},
	"hertz":    {"hertz", 1, Dim{Time: -1}},
	"Hz":       {"hertz", 1, Dim{Time: -1}},
	"siemens":  {"siemens", 1, Dim{Length: -2, Mass: -1, Time: 3, Current: 2}},
	"farad":    {"farad", 1, Dim{Length: -2, Mass: -1, Time: 4, Current: 2}},
	"ohm":      {"ohm", 1, Dim{Length: 2, Mass: 1, Time: -3, Current: -2}},
}
