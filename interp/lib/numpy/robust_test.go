package numpy

import (
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// TestBadInputNoPanic runs malformed calls: each must raise a Python
// exception (or succeed), never panic.
func TestBadInputNoPanic(t *testing.T) {
	evaluatorWorks(t)
	cases := []string{
		"np.zeros(10**12)", "np.zeros((10**6, 10**6))", "np.zeros(-1)", "np.ones((2, -3))",
		"np.arange(3)[10]", "np.arange(3)[-4]", "np.arange(3)[1, 1]", "np.arange(3)['a']",
		"np.arange(6).reshape(4, 5)", "np.arange(6).reshape(-1, -1)", "np.zeros(0).reshape(0, -1)",
		"np.median(np.array([]))", "np.percentile(np.array([]), 50)", "np.array([]).max()",
		"np.array([]).argmax()", "np.mean(np.array([]))", "np.std(np.array([1.]), ddof=1)",
		"np.arange(3) + np.arange(2)", "np.zeros((2, 3)) @ np.zeros((2, 3))", "np.dot(np.zeros((2,2,2)), 1)",
		"np.array([[1, 2], [3]])", "np.array(['a'])", "np.zeros(3, dtype='foo')",
		"np.random.randint(0)", "np.random.choice(0)", "np.random.rand(-1)", "np.random.normal(0, -1)",
		"np.linspace(0, 1, -5)", "np.arange(0, 1, 0)", "np.eye(-2)", "np.tile(np.arange(3), -1)",
		"np.repeat(np.arange(3), -1)", "np.concatenate([])", "np.concatenate([np.zeros(2), np.zeros((2, 2))])",
		"np.histogram(np.array([]))", "np.unique(np.array([]))", "np.interp(1, [], [])",
		"np.bincount(np.array([-1]))", "np.convolve(np.array([]), np.array([1]))", "np.diff(np.array(3))",
		"np.sort(np.array(3))", "np.arange(3).sum(axis=5)", "np.zeros((2, 2))[np.array([True])]",
		"np.zeros(3)[np.array([[0, 1]])]", "np.zeros(3)[np.array([0, 5])]", "np.zeros(3)[[0.5]]",
		"np.zeros((2, 2)).transpose(0)", "np.expand_dims(np.zeros(2), 5)", "len(np.float64(2))",
		"iter(np.zeros(()))", "np.zeros(()).T", "np.zeros(3)[...][None][0, 0]", "np.zeros(3).item(7)",
		"np.clip(np.arange(3), None, None)", "np.set_printoptions(precision=-1)", "np.full((), 3)",
		"np.where(np.zeros(2), np.zeros(3), np.zeros(4))", "np.r_[0:3, np.zeros((2, 2))]",
	}
	for _, c := range cases {
		out, errText := runScript("import numpy as np\nprint(repr(" + c + "))\n")
		if strings.Contains(errText, "SystemError") || strings.Contains(errText, "panic") {
			t.Errorf("%s: %s", c, errText)
		}
		_ = out
	}
}

// TestViewWritesThrough checks that NewFloatView shares the caller's slice.
func TestViewWritesThrough(t *testing.T) {
	th := testThread()
	data := []float64{1, 2, 3}
	v := NewFloatView(data, nil, unitNamed(t, "mV").dim)
	if err := v.SetItem(th, &interp.Slice{Start: interp.None, Stop: interp.None, Step: interp.None}, mustBinary(t, th, interp.Mul, interp.Int(5), unitNamed(t, "mV"))); err != nil {
		t.Fatal(err)
	}
	if data[0] != 0.005 || data[2] != 0.005 {
		t.Errorf("writes did not reach the slice: %v", data)
	}
	f, shape, dim, err := AsFloats(th, interp.NewList([]interp.Value{interp.Int(1), interp.Float(2.5)}))
	if err != nil || len(f) != 2 || f[1] != 2.5 || shape[0] != 2 || !dim.IsDimensionless() {
		t.Errorf("AsFloats = %v %v %v %v", f, shape, dim, err)
	}
}
