package numpy

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// TestStarNameCoverage lists the numpy names `from brian2 import *` binds
// that this module does not define (informational; set NPNAMES to a file
// with the oracle's list).
func TestStarNameCoverage(t *testing.T) {
	f := os.Getenv("NPNAMES")
	if f == "" {
		t.Skip("set NPNAMES to a file listing numpy names to check")
	}
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(testThread())
	if err != nil {
		t.Fatal(err)
	}
	rnd, _ := m.Members.GetStr("random")
	var missing []string
	for _, n := range strings.Fields(string(data)) {
		if _, ok := m.Members.GetStr(n); ok {
			continue
		}
		if rm, ok := rnd.(interface{ AttrNames() []string }); ok {
			found := false
			for _, x := range rm.AttrNames() {
				found = found || x == n
			}
			if found {
				continue
			}
		}
		missing = append(missing, n)
	}
	sort.Strings(missing)
	t.Logf("%d missing: %s", len(missing), strings.Join(missing, " "))
}
