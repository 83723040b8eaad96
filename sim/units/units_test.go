package units

import (
	"math"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

func TestBestUnit(t *testing.T) {
	volt, _ := Lookup("volt")
	amp, _ := Lookup("amp")
	second, _ := Lookup("second")
	cases := []struct {
		v    float64
		d    Dim
		want string
	}{
		{20, volt.Dim, "volt"},
		{1000, amp.Dim, "kamp"},
		{1e6, volt.Dim, "Mvolt"},
		{1000 * 1e-9, amp.Dim, "uamp"},
		{0.05, volt.Dim, "mvolt"},
		{0, volt.Dim, "volt"},
		{1000, second.Dim.Pow(-1), "khertz"},
		{5, Dim{Mass: 1}, "kilogram"},
		{0.005, Dim{Mass: 1}, "gram"},
		{5, Dim{Length: -3, Amount: 1}, "mmolar"},
		{3e-6, Dim{Length: 3}, "mmetre3"},
		{2e-6, volt.Dim.Mul(second.Dim), "uweber"},
		{5, Dim{Time: 1, Temperature: 1}, "second * kelvin"},
		{1, Dim{Length: 0.5}, "metre ** 0.5"},
		{1, Dim{Mass: 1, Time: -3}, "watt / (metre ** 2)"},
	}
	for _, c := range cases {
		if got := BestUnit([]float64{c.v}, c.d).Name; got != c.want {
			t.Errorf("BestUnit(%g, %v) = %q, want %q", c.v, c.d, got, c.want)
		}
	}
}

func TestDimText(t *testing.T) {
	volt, _ := Lookup("volt")
	if got := volt.Dim.String(); got != "m^2 kg s^-3 A^-1" {
		t.Errorf("String = %q", got)
	}
	if got := volt.Dim.PyRepr(); got != "metre ** 2 * kilogram * second ** -3 * amp ** -1" {
		t.Errorf("PyRepr = %q", got)
	}
	if got := (Dim{}).String(); got != "1" {
		t.Errorf("dimensionless String = %q", got)
	}
	amp, _ := Lookup("amp")
	if got := MismatchMessage("Cannot calculate 5. A + 10. V, units do not match", amp.Dim, volt.Dim); got != "Cannot calculate 5. A + 10. V, units do not match (units are A and V)." {
		t.Errorf("MismatchMessage = %q", got)
	}
	if got := DisplayUnit(Dim{Length: -3, Amount: 1}); got != "mM" {
		t.Errorf("DisplayUnit(molar) = %q", got)
	}
}

func TestTable(t *testing.T) {
	for name, want := range map[string]struct {
		repr, disp, latex string
		scale             float64
	}{
		"mV":       {"mvolt", "mV", `\mathrm{m}\mathrm{V}`, 1e-3},
		"uA":       {"uamp", "uA", `\mathrm{\mu}\mathrm{A}`, 1e-6},
		"Mohm":     {"Mohm", "Mohm", `\mathrm{M}\mathrm{ohm}`, 1e6},
		"cm2":      {"cmetre2", "cm^2", `\mathrm{cm^2}`, 1e-4},
		"um3":      {"umetre3", "um^3", `\mathrm{um^3}`, 1e-18},
		"kgram":    {"kgram", "kg", `\mathrm{k}\mathrm{g}`, 1},
		"kilogram": {"kilogram", "kg", `\mathrm{kg}`, 1},
		"mM":       {"mmolar", "mM", `\mathrm{m}\mathrm{M}`, 1},
		"liter":    {"liter", "l", `\mathrm{}\mathrm{l}`, 1e-3},
		"Hz":       {"hertz", "Hz", `\mathrm{Hz}`, 1},
	} {
		u, ok := Lookup(name)
		if !ok || u.Name != want.repr || u.Disp != want.disp || u.Latex != want.latex || u.Scale != want.scale {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", name, u, ok, want)
		}
	}
	mV, _ := Lookup("mV")
	ms, _ := Lookup("ms")
	if u := ms.Times(mV); u.Name != "msecond * mvolt" || u.Disp != "ms mV" || u.Scale != 1e-6 {
		t.Errorf("ms*mV = %+v", u)
	}
	if u := mV.Power(-1, "-1"); u.Name != "mvolt ** -1" || u.Disp != "mV^-1" || u.Latex != `\mathrm{m}\mathrm{V}^{-1}` {
		t.Errorf("mV**-1 = %+v", u)
	}
}

// TestStarNamesOracle compares StarNames with the units that
// `from brian2 import *` binds in Brian 2.5.1.
func TestStarNamesOracle(t *testing.T) {
	py := "/usr/bin/python3"
	out, err := exec.Command(py, "-c", `
import warnings; warnings.simplefilter('ignore')
from brian2 import *
from brian2.units.fundamentalunits import Unit as U
print(' '.join(sorted(n for n, v in dict(globals()).items() if isinstance(v, U))))`).Output()
	if err != nil {
		t.Skipf("oracle %s with brian2 not available: %v", py, err)
	}
	want := strings.Fields(string(out))
	got := StarNames()
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("StarNames differ from brian2:\n got %v\nwant %v", got, want)
	}
}

func TestFormatQuantity(t *testing.T) {
	ms, _ := Lookup("ms")
	volt, _ := Lookup("volt")
	for _, c := range []struct {
		v    float64
		d    Dim
		py   bool
		want string
	}{
		{0.01, ms.Dim, true, "10. * msecond"},
		{0.01, ms.Dim, false, "10. ms"},
		{20, volt.Dim, true, "20. * volt"},
		{1.123456789e-3, volt.Dim, false, "1.12345679 mV"},
		{2.5, Dim{}, false, "2.5"},
		{1e-5, Dim{}, false, "1.e-05"},
		{math.NaN(), volt.Dim, true, "nan * volt"},
	} {
		if got := FormatQuantity(c.v, c.d, c.py); got != c.want {
			t.Errorf("FormatQuantity(%g) = %q, want %q", c.v, got, c.want)
		}
	}
}
