package equations

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

var (
	diffLHS = regexp.MustCompile(`^d\s*([A-Za-z_][A-Za-z0-9_]*)\s*/\s*dt$`)
	nameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	flagsRE = regexp.MustCompile(`^(.*?)\s*\(([^()]*)\)\s*$`)
)

// reserved names Brian does not allow as model variables.
var reserved = map[string]bool{
	"t": true, "dt": true, "xi": true, "i": true, "N": true,
	"not_refractory": true, "refractory": true, "refractory_until": true,
	"lastspike": true,
}

func eqErr(format string, args ...any) error {
	return simerr.New(simerr.EquationError, format, args...)
}

// Parse parses a Brian model string.
func Parse(src string) (*Equations, error) {
	eqs := &Equations{}
	var pending []string // lines of an expression spanning several lines
	for _, raw := range strings.Split(src, "\n") {
		line := raw
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		colon := strings.LastIndexByte(line, ':')
		if colon < 0 {
			pending = append(pending, line)
			continue
		}
		def := strings.Join(append(pending, line[:colon]), "\n")
		pending = nil
		eq, err := parseOne(def, line[colon+1:])
		if err != nil {
			return nil, err
		}
		if _, dup := eqs.Get(eq.Name); dup {
			return nil, eqErr("Duplicate definition of variable '%s'", eq.Name)
		}
		eqs.List = append(eqs.List, eq)
	}
	if len(pending) > 0 {
		text := strings.TrimSpace(strings.Join(pending, "\n"))
		word := strings.Fields(text)[0]
		if k := strings.IndexAny(word, "/=:"); k > 0 {
			word = word[:k]
		}
		return nil, eqErr("Parsing failed: \n%s\n^\nExpected end of text, found '%s'  (at char 0), (line:1, col:1)", text, word)
	}
	return eqs, nil
}

func parseOne(def, unitPart string) (*Equation, error) {
	eq := &Equation{}
	unitText, flags, err := splitFlags(unitPart)
	if err != nil {
		return nil, err
	}
	eq.Flags = flags
	lhs, rhs, hasEq := strings.Cut(def, "=")
	lhs = strings.TrimSpace(lhs)
	switch {
	case !hasEq:
		eq.Type = Parameter
		eq.Name = lhs
	case diffLHS.MatchString(lhs):
		eq.Type = Differential
		eq.Name = diffLHS.FindStringSubmatch(lhs)[1]
	default:
		eq.Type = Subexpression
		eq.Name = lhs
	}
	if !nameRE.MatchString(eq.Name) {
		return nil, eqErr("Parsing failed: \n%s : %s\nInvalid left-hand side '%s'", strings.TrimSpace(def), strings.TrimSpace(unitPart), lhs)
	}
	if err := checkName(eq.Name); err != nil {
		return nil, err
	}
	if err := parseUnit(eq, unitText); err != nil {
		return nil, err
	}
	if hasEq {
		eq.Expr = strings.Join(strings.Fields(strings.TrimSpace(rhs)), " ")
		if strings.Contains(rhs, "\n") {
			eq.Expr = strings.TrimSpace(rhs)
		}
		if eq.Expr == "" {
			return nil, eqErr("Parsing failed: \n%s\nExpected an expression after '='", strings.TrimSpace(def))
		}
		n, err := expr.ParseExpr(eq.Expr)
		if err != nil {
			return nil, err
		}
		eq.Node = n
		eq.Expr = strings.TrimSpace(rhs)
	}
	if eq.Type == Differential && eq.VarType != Float {
		return nil, simerr.New(simerr.TypeError, "Differential equations can only define floating point variables")
	}
	return eq, nil
}

func checkName(name string) error {
	if strings.HasPrefix(name, "_") {
		return simerr.New(simerr.SyntaxError, "'%s' starts with an underscore, this is only allowed for variables used internally", name)
	}
	if reserved[name] || strings.HasPrefix(name, "xi_") {
		return simerr.New(simerr.SyntaxError, "'%s' is a reserved name and cannot be used as a variable name.", name)
	}
	if expr.IsFunction(name) {
		return simerr.New(simerr.SyntaxError, "'%s' is the name of a function and cannot be used as a variable name.", name)
	}
	if _, ok := units.Lookup(name); ok {
		return simerr.New(simerr.SyntaxError, "'%s' is the name of a unit and cannot be used as a variable name.", name)
	}
	return nil
}

func splitFlags(s string) (string, []string, error) {
	s = strings.TrimSpace(s)
	m := flagsRE.FindStringSubmatch(s)
	if m == nil || !strings.HasSuffix(s, ")") {
		return s, nil, nil
	}
	// a parenthesised unit like "siemens/(metre**2)" has no flags
	if !strings.ContainsAny(m[1], " \t") && strings.ContainsAny(m[1], "/*") && strings.HasSuffix(m[1], "/") {
		return s, nil, nil
	}
	var flags []string
	for _, f := range strings.Split(m[2], ",") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" {
			return "", nil, eqErr("Empty flag in '%s'", s)
		}
		flags = append(flags, f)
	}
	return m[1], flags, nil
}

func parseUnit(eq *Equation, text string) error {
	text = strings.TrimSpace(text)
	eq.Unit = text
	switch text {
	case "boolean", "bool":
		eq.VarType = Boolean
		return nil
	case "integer":
		eq.VarType = Integer
		return nil
	case "":
		return eqErr("Missing unit specification")
	}
	n, err := expr.ParseExpr(text)
	if err != nil {
		return eqErr("Could not parse unit specification '%s'", text)
	}
	var bad error
	scope := func(name string) (*expr.Symbol, bool) {
		u, ok := units.Lookup(name)
		if !ok || u.Scale != 1 {
			if bad == nil {
				hint := "The following base units are allowed: amp (ampere), candle (lumen), coulomb, farad, gray (sievert), henry, hertz (Hz, becquerel), joule, katal, kelvin, kilogram (kilogramme, kgram, kgramme), klitre (kliter), lux, metre (meter), mmolar (mM), mole (mol), newton, ohm, pascal, radian (steradian), second, siemens, tesla, volt, watt, weber."
				if ok {
					hint = "Use '" + units.UnscaledUnit(u.Dim).Name + "' instead."
				}
				bad = eqErr("Error parsing the unit specification for variable '%s': Unit specification refers to '%s', but this is not a base unit. %s", eq.Name, name, hint)
			}
			if !ok {
				return nil, false
			}
		}
		return &expr.Symbol{Class: expr.Const, Value: u.Scale, Dim: u.Dim}, true
	}
	if num, ok := n.(*expr.Num); ok && num.Val == 1 {
		return nil
	}
	d, err := expr.Dims(n, scope)
	if bad != nil {
		return bad
	}
	if err != nil {
		return fmt.Errorf("unit specification '%s': %w", text, err)
	}
	eq.Dim = d
	return nil
}

// Names lists the variables defined, in order.
func (e *Equations) Names() []string {
	out := make([]string, len(e.List))
	for k, q := range e.List {
		out[k] = q.Name
	}
	return out
}

// Identifiers are the names used in right-hand sides that the equations
// do not define (external constants, t, xi, ...), in order of appearance.
func (e *Equations) Identifiers() []string {
	var nodes []expr.Node
	for _, q := range e.List {
		if q.Node != nil {
			nodes = append(nodes, q.Node)
		}
	}
	var out []string
	for _, id := range expr.Identifiers(nodes...) {
		if _, own := e.Get(id); !own {
			out = append(out, id)
		}
	}
	return out
}

// Add returns equations with extra equations appended (Brian's eqs + eqs).
func (e *Equations) Add(more ...*Equation) *Equations {
	return &Equations{List: append(append([]*Equation(nil), e.List...), more...)}
}
