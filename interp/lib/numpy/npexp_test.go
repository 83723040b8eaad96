package numpy

import (
	"bytes"
	"encoding/binary"
	"math"
	"os/exec"
	"testing"
)

// oracleBits runs a numpy expression over the float64 inputs (named x in
// the expression) in the oracle and returns the output's raw bits.
func oracleBits(t *testing.T, expr string, in []float64) []uint64 {
	t.Helper()
	buf := make([]byte, 8*len(in))
	for k, v := range in {
		binary.LittleEndian.PutUint64(buf[8*k:], math.Float64bits(v))
	}
	script := "import sys, numpy as np\nx = np.frombuffer(sys.stdin.buffer.read(), dtype='<f8')\n" +
		"with np.errstate(all='ignore'):\n    y = np.ascontiguousarray(" + expr + ", dtype='<f8')\n" +
		"sys.stdout.buffer.write(y.tobytes())\n"
	cmd := exec.Command(oracle, "-c", script)
	cmd.Stdin = bytes.NewReader(buf)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("numpy oracle not available: %v", err)
	}
	if len(out) != len(buf) {
		t.Fatalf("oracle returned %d bytes, want %d", len(out), len(buf))
	}
	bits := make([]uint64, len(in))
	for k := range bits {
		bits[k] = binary.LittleEndian.Uint64(out[8*k:])
	}
	return bits
}

// mathInputs spans the interesting ranges of exp and log arguments:
// uniform in [0,1), wide, moderate, tiny, near the overflow and
// underflow thresholds (subnormal results), and special values.
func mathInputs(n int) []float64 {
	seed := uint64(7)
	next := func() float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return float64(seed>>11) / (1 << 53)
	}
	in := []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(),
		expROver, math.Nextafter(expROver, 1), expRUnder, math.Nextafter(expRUnder, -1), expRSubnormal, math.Nextafter(expRSubnormal, -1),
		expRareMin, -expRareMin, math.Nextafter(expRareMin, 0), 0x1p-54, -0x1p-55, -1e-300,
		709.78, -708.4, -708.39641853226408, -745.1, -745.13321910194122, 5e-324, 1e-310, 1e308}
	for range n {
		u := next()
		in = append(in, u, 1400*u-700, 40*u-20, (u-0.5)*1e-6, -708-37*next(), 1+(next()-0.5)/4, math.Ldexp(u, int(next()*2100)-1074))
	}
	return in
}

// TestExpBitIdentical: npExp returns numpy's exp bits on every input.
func TestExpBitIdentical(t *testing.T) {
	in := mathInputs(150_000)
	want := oracleBits(t, "np.exp(x)", in)
	vec, scalar := make([]float64, len(in)), make([]float64, len(in))
	expSlice(vec, in)
	expScalar(scalar, in)
	if expVector == nil {
		t.Log("no vector exp kernel on this CPU: checking the scalar code only")
	}
	bad := 0
	for k, x := range in {
		for _, got := range []float64{npExp(x), vec[k], scalar[k]} {
			if math.Float64bits(got) != want[k] && !(got != got && math.IsNaN(math.Float64frombits(want[k]))) {
				if bad++; bad <= 5 {
					t.Errorf("exp(%v = %#x) = %#x, numpy %#x", x, math.Float64bits(x), math.Float64bits(got), want[k])
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d results differ from numpy", bad, len(in))
	}
}

// TestExpTable checks the computed powers of two against entries of the
// kernel's tables.
func TestExpTable(t *testing.T) {
	for _, c := range []struct {
		got, want float64
	}{
		{expTab.th16[1], math.Float64frombits(0x3FF0B5586CF9890F)},
		{expTab.th16[15], math.Float64frombits(0x3FFEA4AFA2A490DA)},
		{expTab.hi[1], math.Float64frombits(0x3FF02C9A3E778061)},
		{expTab.lo[1], math.Float64frombits(0xBC7160139CD8DC5D)},
		{expTab.hi[63], math.Float64frombits(0x3FFFA7C1819E90D8)},
		{expTab.lo[63], math.Float64frombits(0x3C77893B4D91CD9D)},
	} {
		if c.got != c.want {
			t.Errorf("table entry %#x, want %#x", math.Float64bits(c.got), math.Float64bits(c.want))
		}
	}
}
