package numpy

import (
	"math"
	"sort"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim/units"
)

// Load builds the "numpy" module for one session: its random stream and
// print options live in this module value.
func Load(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("numpy")
	opts := &optionsValue{opts: defaultPrintOptions}
	m.Set("_printoptions", opts)
	names := make([]string, 0, len(functions))
	for name := range functions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		m.Set(name, builtin(name, functions[name]))
	}
	rs := newRandomState()
	rnd := interp.NewModule("numpy.random")
	for name, fn := range rs.functions() {
		rnd.Set(name, builtin(name, fn))
	}
	for name, fn := range rs.moreFunctions() {
		rnd.Set(name, builtin(name, fn))
	}
	m.Set("random", rnd)
	m.Set("linalg", linalgModule())
	m.Set("pi", interp.Float(math.Pi))
	m.Set("e", interp.Float(math.E))
	m.Set("inf", interp.Float(math.Inf(1)))
	m.Set("Inf", interp.Float(math.Inf(1)))
	m.Set("nan", interp.Float(math.NaN()))
	m.Set("NaN", interp.Float(math.NaN()))
	m.Set("newaxis", interp.None)
	m.Set("float64", Float64Class)
	m.Set("float_", Float64Class)
	m.Set("double", Float64Class)
	m.Set("int64", Int64Class)
	m.Set("int_", Int64Class)
	m.Set("int32", Int32Class)
	m.Set("bool_", BoolClass)
	m.Set("ndarray", NDArrayType)
	m.Set("dtype", builtin("dtype", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		if err := interp.UnpackArgs("dtype", args, kw, "dtype", &v); err != nil {
			return nil, err
		}
		dt, err := parseDType(v)
		if err != nil {
			return nil, err
		}
		return &dtypeValue{dt}, nil
	}))
	m.Set("AxisError", AxisError)
	registerMisc(m)
	m.Set("r_", &rIndexer{})
	m.Set("set_printoptions", builtin("set_printoptions", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return interp.None, setPrintOptions(&opts.opts, args, kw)
	}))
	m.Set("get_printoptions", builtin("get_printoptions", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		d := interp.NewDict()
		o := opts.opts
		d.SetStr("edgeitems", interp.Int(o.edgeitems))
		d.SetStr("threshold", interp.Int(o.threshold))
		d.SetStr("floatmode", interp.Str(o.floatmode))
		d.SetStr("precision", interp.Int(o.precision))
		d.SetStr("suppress", interp.Bool(o.suppress))
		d.SetStr("linewidth", interp.Int(o.linewidth))
		d.SetStr("nanstr", interp.Str("nan"))
		d.SetStr("infstr", interp.Str("inf"))
		d.SetStr("sign", interp.Str("-"))
		d.SetStr("formatter", interp.None)
		d.SetStr("legacy", interp.False)
		return d, nil
	}))
	return m, nil
}

// LoadRandom is the "numpy.random" module: the numpy module's random
// namespace, so that both share one stream.
func LoadRandom(th *interp.Thread) (*interp.Module, error) {
	np, err := th.Import("numpy")
	if err != nil || np == nil {
		if np, err = Load(th); err != nil {
			return nil, err
		}
	}
	if r, ok := np.Members.GetStr("random"); ok {
		if rm, ok := r.(*interp.Module); ok {
			return rm, nil
		}
	}
	return nil, interp.Errorf(interp.ImportError, "cannot import name 'random' from 'numpy'")
}

// LoadUnits is the "brian2.units" module: every unit name, Quantity,
// Unit, DimensionMismatchError and the unit helpers.
func LoadUnits(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("brian2.units")
	for _, name := range units.Names() {
		if u, ok := units.Lookup(name); ok && name != "1" {
			m.Set(name, NewUnit(u))
		}
	}
	for name, fn := range unitFunctions() {
		m.Set(name, builtin(name, fn))
	}
	m.Set("Quantity", QuantityType)
	m.Set("Unit", UnitType)
	m.Set("Dimension", dimensionClass)
	m.Set("DimensionMismatchError", DimensionMismatchError)
	m.Set("DIMENSIONLESS", &dimValue{})
	m.Set("get_or_create_dimension", builtin("get_or_create_dimension", getOrCreateDimension))
	m.Set("is_scalar_type", builtin("is_scalar_type", func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var v interp.Value
		if err := interp.UnpackArgs("is_scalar_type", args, kw, "obj", &v); err != nil {
			return nil, err
		}
		if a, ok := v.(*Array); ok {
			return interp.Bool(len(a.shape) == 0), nil
		}
		return interp.Bool(isScalarValue(v)), nil
	}))
	// Brian's unit-safe versions of numpy functions
	safe := []string{"log", "log10", "exp", "expm1", "log1p", "exprel", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "ravel", "dot", "where", "ones_like", "zeros_like", "arange", "linspace"}
	variants := brianVariants()
	for _, name := range safe {
		fn := functions[name]
		if v, ok := variants[name]; ok {
			fn = v
		}
		m.Set(name, builtin(name, fn))
	}
	all := units.StarNames()
	all = append(all, safe...)
	all = append(all, "DimensionMismatchError", "get_or_create_dimension", "get_dimensions", "is_dimensionless", "have_same_dimensions", "in_unit", "in_best_unit", "Quantity", "Unit", "check_units", "is_scalar_type", "get_unit")
	m.All = all
	return m, nil
}

// getOrCreateDimension builds a Dimension from 7 exponents or keywords
// (length, mass, time, current, temperature, substance, luminosity, or
// the base unit symbols m, kg, s, A, K, mol, cd).
func getOrCreateDimension(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var d units.Dim
	if len(args) == 1 {
		items, err := interp.ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		args = items
	}
	if len(args) != 0 && len(args) != 7 {
		return nil, interp.Errorf(interp.TypeError, "Need a sequence of exactly 7 items")
	}
	for k, a := range args {
		f, ok := interp.AsFloat(a)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "dimension exponents must be numbers")
		}
		d[k] = f
	}
	keys := map[string]int{"length": 0, "m": 0, "metre": 0, "mass": 1, "kg": 1, "kilogram": 1, "time": 2, "s": 2, "second": 2,
		"current": 3, "A": 3, "amp": 3, "temperature": 4, "K": 4, "kelvin": 4, "substance": 5, "mol": 5, "mole": 5,
		"luminosity": 6, "cd": 6, "candle": 6}
	for _, k := range kw {
		i, ok := keys[k.Name]
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "unknown dimension name '%s'", k.Name)
		}
		f, _ := interp.AsFloat(k.Value)
		d[i] = f
	}
	return &dimValue{d}, nil
}

// StarUnitNames are the unit names `from brian2 import *` binds; the
// brian2 binding copies them from LoadUnits' module.
func StarUnitNames() []string { return units.StarNames() }

func init() {
	QuantityType.New = newQuantity
}

// setPrintOptions updates opts from set_printoptions' keywords.
func setPrintOptions(o *printOptions, args []interp.Value, kw []interp.Kwarg) error {
	var precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign, floatmode, legacy interp.Value = interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs("set_printoptions", args, kw, "precision?", &precision, "threshold?", &threshold, "edgeitems?", &edgeitems, "linewidth?", &linewidth, "suppress?", &suppress, "nanstr?", &nanstr, "infstr?", &infstr, "formatter?", &formatter, "sign?", &sign, "floatmode?", &floatmode, "legacy?", &legacy); err != nil {
		return err
	}
	setInt := func(v interp.Value, dst *int, name string) error {
		if isNone(v) {
			return nil
		}
		if f, ok := v.(interp.Float); ok && math.IsInf(float64(f), 1) {
			*dst = math.MaxInt32
			return nil
		}
		n, err := interp.AsInt(v)
		if err != nil {
			return interp.Errorf(interp.TypeError, "%s must be an integer", name)
		}
		if n < 0 {
			return interp.Errorf(interp.ValueError, "%s must be non-negative", name)
		}
		*dst = int(n)
		return nil
	}
	for _, p := range []struct {
		v    interp.Value
		dst  *int
		name string
	}{{precision, &o.precision, "precision"}, {threshold, &o.threshold, "threshold"}, {edgeitems, &o.edgeitems, "edgeitems"}, {linewidth, &o.linewidth, "linewidth"}} {
		if err := setInt(p.v, p.dst, p.name); err != nil {
			return err
		}
	}
	if !isNone(suppress) {
		b, _ := suppress.(interp.Bool)
		o.suppress = bool(b)
	}
	if s, ok := floatmode.(interp.Str); ok {
		switch string(s) {
		case "fixed", "unique", "maxprec", "maxprec_equal":
			o.floatmode = string(s)
		default:
			return interp.Errorf(interp.ValueError, "floatmode option must be one of 'fixed', 'unique', 'maxprec', 'maxprec_equal'")
		}
	}
	return nil
}

// rIndexer is np.r_: r_[a, b, 0:5] concatenates along the first axis.
type rIndexer struct{}

var rIndexerClass = interp.NewClass("RClass", "numpy.lib.index_tricks")

func (*rIndexer) Type() *interp.Class { return rIndexerClass }

func (*rIndexer) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	parts, ok := key.(interp.Tuple)
	if !ok {
		parts = interp.Tuple{key}
	}
	var arrs []*Array
	for _, p := range parts {
		if s, ok := p.(*interp.Slice); ok {
			start, stop, step := s.Start, s.Stop, s.Step
			if isNone(start) {
				start = interp.Int(0)
			}
			if isNone(step) {
				step = interp.Int(1)
			}
			r, err := npArange(th, []interp.Value{start, stop, step}, nil)
			if err != nil {
				return nil, err
			}
			arrs = append(arrs, r.(*Array))
			continue
		}
		a, err := toArray(th, p, true)
		if err != nil {
			return nil, err
		}
		arrs = append(arrs, atLeast(a, 1))
	}
	if len(arrs) == 0 {
		return NewFloatArray([]float64{}, nil, units.Dim{}), nil
	}
	anyQ := false
	for k, a := range arrs {
		if a.isQuantity() {
			anyQ = true
			arrs[k] = a.withDim(units.Dim{})
		}
	}
	r, err := concat(arrs, 0)
	if err == nil && anyQ {
		r.quantity = true // numpy joins quantities as SI values
	}
	return r, err
}
