package brian2

import (
	"math"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

// equationsValue is an Equations object: the model text, which the
// simulator parses when a group is built.
type equationsValue struct {
	s    *state
	text string
}

func (e *equationsValue) Type() *interp.Class { return e.s.cls.equations }

// newEquations implements Equations(eqs); keyword substitutions
// (Equations('dx/dt = -x/tau : 1', tau='tau_x')) rename identifiers.
func (s *state) newEquations(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "Equations() takes exactly one positional argument (%d given)", len(args))
	}
	text, ok := args[0].(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "Equations expects a string, not '%s'", args[0].Type().Name)
	}
	out := string(text)
	for _, kw := range kwargs {
		repl, ok := kw.Value.(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.NotImplementedError, "Equations() substitutions by values are not supported, only renaming with strings")
		}
		out = replaceIdentifier(out, kw.Name, string(repl))
	}
	return &equationsValue{s: s, text: out}, nil
}

// replaceIdentifier replaces whole-word occurrences of name.
func replaceIdentifier(text, name, repl string) string {
	var b strings.Builder
	isWord := func(c byte) bool {
		return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], name) && (i == 0 || !isWord(text[i-1])) &&
			(i+len(name) == len(text) || !isWord(text[i+len(name)])) {
			b.WriteString(repl)
			i += len(name)
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String()
}

func (e *equationsValue) Str(th *interp.Thread) (string, error) {
	return strings.TrimSpace(e.text), nil
}

func (e *equationsValue) Repr(th *interp.Thread) (string, error) {
	return "Equations(" + quotePy(e.text) + ")", nil
}

// Binary concatenates equations: eqs1 + eqs2 or eqs + 'x : 1'.
func (e *equationsValue) Binary(th *interp.Thread, op interp.Op, other interp.Value, reflected bool) (interp.Value, error) {
	if op != interp.Add {
		return nil, nil
	}
	var o string
	switch x := other.(type) {
	case *equationsValue:
		o = x.text
	case interp.Str:
		o = string(x)
	default:
		return nil, nil
	}
	if reflected {
		return &equationsValue{s: e.s, text: o + "\n" + e.text}, nil
	}
	return &equationsValue{s: e.s, text: e.text + "\n" + o}, nil
}

func quotePy(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`, "\n", `\n`).Replace(s) + "'"
}

// pyExprel is exprel(x) = (exp(x)-1)/x, with exprel(0) = 1, element-wise.
func pyExprel(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var x interp.Value
	if err := interp.UnpackArgs("exprel", args, kwargs, "x", &x); err != nil {
		return nil, err
	}
	data, shape, dim, err := numpy.AsFloats(th, x)
	if err != nil {
		return nil, err
	}
	if !dim.IsDimensionless() {
		return nil, numpy.DimensionError("exprel expects a dimensionless argument")
	}
	out := make([]float64, len(data))
	for k, v := range data {
		if v == 0 {
			out[k] = 1
		} else {
			out[k] = math.Expm1(v) / v
		}
	}
	if len(shape) == 0 {
		return interp.Float(out[0]), nil
	}
	return numpy.NewFloatArray(out, shape, dim), nil
}

// pyCheckUnits is the decorator @check_units(x=volt, result=1). gobrian
// does not check the units of Python functions: it returns the function
// unchanged, so that code written for Brian runs.
func pyCheckUnits(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	if len(args) > 0 {
		return nil, interp.Errorf(interp.TypeError, "check_units() takes keyword arguments only")
	}
	return interp.NewBuiltin("check_units", func(th *interp.Thread, fargs []interp.Value, fkw []interp.Kwarg) (interp.Value, error) {
		if len(fargs) != 1 || len(fkw) != 0 {
			return nil, interp.Errorf(interp.TypeError, "check_units decorates one function")
		}
		return fargs[0], nil
	}), nil
}
