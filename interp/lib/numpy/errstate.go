package numpy

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// errState is np.errstate(...): a context manager. gobrian never warns
// about floating-point errors, so entering and leaving change nothing.
type errState struct{}

var errStateClass = interp.NewClass("errstate", "numpy")

func (*errState) Type() *interp.Class { return errStateClass }

func (e *errState) Attr(_ *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "__enter__":
		return interp.NewBuiltin("__enter__", func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return e, nil
		}), nil
	case "__exit__":
		return interp.NewBuiltin("__exit__", func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return interp.False, nil
		}), nil
	}
	return nil, nil
}

func (*errState) AttrNames() []string { return []string{"__enter__", "__exit__"} }

// errSettings is what np.seterr / np.geterr report.
func errSettings() *interp.Dict {
	d := interp.NewDict()
	d.SetStr("divide", interp.Str("warn"))
	d.SetStr("over", interp.Str("warn"))
	d.SetStr("under", interp.Str("ignore"))
	d.SetStr("invalid", interp.Str("warn"))
	return d
}

// registerMisc adds constants, errstate/seterr and vectorize.
func registerMisc(m *interp.Module) {
	for name, v := range map[string]interp.Value{
		"Infinity": interp.Float(math.Inf(1)), "infty": interp.Float(math.Inf(1)), "PINF": interp.Float(math.Inf(1)),
		"NINF": interp.Float(math.Inf(-1)), "NAN": interp.Float(math.NaN()), "NZERO": interp.Float(math.Copysign(0, -1)),
		"PZERO": interp.Float(0), "euler_gamma": interp.Float(0.5772156649015329), "True_": interp.True, "False_": interp.False,
	} {
		m.Set(name, v)
	}
	m.Set("errstate", builtin("errstate", func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
		return &errState{}, nil
	}))
	for _, name := range []string{"seterr", "geterr"} {
		m.Set(name, builtin(name, func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return errSettings(), nil
		}))
	}
	m.Set("vectorize", builtin("vectorize", npVectorize))
}

// npVectorize wraps a Python function so that it maps over array
// arguments (broadcast together) and collects the results in an array.
func npVectorize(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var f interp.Value
	var otypes interp.Value = interp.None
	if err := interp.UnpackArgs("vectorize", args, kw, "pyfunc", &f, "otypes?", &otypes); err != nil {
		return nil, err
	}
	return interp.NewBuiltin("vectorize", func(th *interp.Thread, cargs []interp.Value, ckw []interp.Kwarg) (interp.Value, error) {
		arrs := make([]*Array, len(cargs))
		shape := []int{}
		for k, v := range cargs {
			a, err := toArray(th, v, true)
			if err != nil {
				return nil, err
			}
			arrs[k] = a
			if shape, err = broadcastShapes(shape, a.shape); err != nil {
				return nil, err
			}
		}
		n := sizeOf(shape)
		offs := make([][]int, len(arrs))
		for k, a := range arrs {
			offs[k] = a.broadcastTo(shape).offsets()
		}
		results := make([]interp.Value, n)
		for j := 0; j < n; j++ {
			call := make([]interp.Value, len(arrs))
			for k, a := range arrs {
				call[k] = a.scalarValue(offs[k][j])
			}
			r, err := th.Call(f, call, ckw)
			if err != nil {
				return nil, err
			}
			results[j] = r
		}
		if n == 0 {
			return newArray(Float64, shape), nil
		}
		out, err := fromSequence(th, interp.NewList(results), true)
		if err != nil {
			return nil, err
		}
		return result(out.reshaped(shape)), nil
	}), nil
}
