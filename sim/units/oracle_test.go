package units

import (
	"fmt"
	"math"
	"os/exec"
	"strings"
	"testing"
)

// TestFormatQuantityOracle compares FormatQuantity with Brian's repr and
// str of scalar quantities over many magnitudes and dimensions.
func TestFormatQuantityOracle(t *testing.T) {
	dims := []Dim{
		{Length: 2, Mass: 1, Time: -3, Current: -1}, // volt
		{Current: 1}, {Time: 1}, {Time: -1}, {Mass: 1}, {Length: 1}, {Length: 2}, {Length: 3},
		{Length: -2, Mass: -1, Time: 3, Current: 2}, // siemens
		{Length: -2, Mass: -1, Time: 4, Current: 2}, // farad
		{Length: 2, Mass: 1, Time: -3, Current: -2}, // ohm
		{Length: -3, Amount: 1}, {Temperature: 1}, {Time: 1, Current: 1}, {Length: 0.5},
		{Length: -4, Mass: -1, Time: 3, Current: 2}, // siemens/m^2
		{Mass: 1, Time: -3},                         // W/m^2
	}
	values := []float64{1, -1, 20, 1e6, 1e-6, 3.3e-3, 0.049999999999999996, 1000 * 1e-9, 0, 123456.789, 7e-14, 2.5e9, 1e-30, 1e30}
	var script strings.Builder
	script.WriteString("import warnings; warnings.simplefilter('ignore')\nfrom brian2.units.fundamentalunits import Quantity, get_or_create_dimension as g\n")
	var cases []string
	for _, d := range dims {
		for _, v := range values {
			script.WriteString(fmt.Sprintf("q = Quantity(%s, dim=g([%g,%g,%g,%g,%g,%g,%g])); print(repr(q) + '|' + str(q))\n",
				pyFloat(v), d[0], d[1], d[2], d[3], d[4], d[5], d[6]))
			cases = append(cases, FormatQuantity(v, d, true)+"|"+FormatQuantity(v, d, false))
		}
	}
	out, err := exec.Command("/usr/bin/python3", "-c", script.String()).Output()
	if err != nil {
		t.Skipf("oracle /usr/bin/python3 with brian2 not available: %v", err)
	}
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(want) != len(cases) {
		t.Fatalf("oracle printed %d lines, want %d", len(want), len(cases))
	}
	for k := range cases {
		if cases[k] != want[k] {
			t.Errorf("case %d: got %q, Brian %q", k, cases[k], want[k])
		}
	}
}

func pyFloat(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return fmt.Sprintf("float('%g')", v)
	}
	return fmt.Sprintf("%.17g", v)
}
