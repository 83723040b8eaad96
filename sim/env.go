package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/units"
)

// Env is the per-session state of the simulator: what Brian keeps in module
// globals (defaultclock, seed, the set of object names, the logger). A
// binding keeps one Env per interpreter session.
type Env struct {
	// DefaultClock is Brian's defaultclock (dt 0.1 ms).
	DefaultClock *Clock
	// Log receives Brian's log records (INFO method choice, WARNINGs). Nil
	// discards them.
	Log func(LogRecord)

	// FormatValue renders an external value in warnings (Brian shows
	// quantities as "10. ms"); nil uses a plain %g form.
	FormatValue func(Value) string

	seed   uint64
	draws  uint64 // random streams handed out (string setters, runs)
	names  map[string]bool
	logged map[string]bool // messages logged with once=true
}

// NewEnv makes an Env with a 0.1 ms default clock and a random seed.
func NewEnv() *Env {
	e := &Env{names: map[string]bool{}, logged: map[string]bool{}, seed: rand.Uint64()}
	e.DefaultClock = &Clock{name: "defaultclock", dt: 1e-4}
	return e
}

// Seed makes the random streams reproducible, as brian2.seed(n).
func (e *Env) Seed(seed uint64) { e.seed = seed; e.draws = 0 }

// nextStream returns a fresh, reproducible stream key for one use of
// random numbers (a run or a string setter).
func (e *Env) nextStream() uint64 {
	e.draws++
	return e.seed ^ (e.draws * 0x9E3779B97F4A7C15)
}

func (e *Env) logOnce(level LogLevel, source, msg string) {
	if e.logged[msg] {
		return
	}
	e.logged[msg] = true
	e.logf(level, source, "%s", msg)
}

func (e *Env) formatValue(v Value) string {
	if e.FormatValue != nil {
		return e.FormatValue(v)
	}
	return reprValue(v)
}

// reprValue is Brian's repr of a namespace value: "3", "0.1",
// "10. * msecond", "array([1., 2.])".
func reprValue(v Value) string {
	switch {
	case v.Array != nil:
		items := make([]string, len(v.Array))
		width := 0
		for k, x := range v.Array {
			items[k] = units.FormatScalar(x)
			width = max(width, len(items[k]))
		}
		for k, s := range items {
			items[k] = strings.Repeat(" ", width-len(s)) + s
		}
		s := "array([" + strings.Join(items, ", ") + "])"
		if !v.Dim.IsDimensionless() {
			s += " * " + units.UnscaledUnit(v.Dim).Name
		}
		return s
	case !v.Dim.IsDimensionless():
		return units.FormatQuantity(v.Scalar, v.Dim, true)
	case v.Int:
		return strconv.FormatInt(int64(v.Scalar), 10)
	}
	// Python's float repr
	s := strconv.FormatFloat(v.Scalar, 'g', -1, 64)
	if e := strings.IndexByte(s, 'e'); e >= 0 {
		exp := s[e+1:]
		if ax := math.Abs(v.Scalar); ax >= 1e-4 && ax < 1e16 {
			return strconv.FormatFloat(v.Scalar, 'f', -1, 64) + dotZero(v.Scalar)
		}
		if exp[0] == '+' || exp[0] == '-' {
			if len(exp) == 2 {
				exp = exp[:1] + "0" + exp[1:]
			}
		}
		return s[:e+1] + exp
	}
	if math.IsInf(v.Scalar, 0) || math.IsNaN(v.Scalar) {
		return strings.ToLower(strings.TrimPrefix(s, "+"))
	}
	return s + dotZero(v.Scalar)
}

// dotZero is the ".0" Python's repr adds to integral floats.
func dotZero(x float64) string {
	if x == math.Trunc(x) {
		return ".0"
	}
	return ""
}

// SeedRandom reseeds from entropy, as brian2.seed() without argument.
func (e *Env) SeedRandom() { e.Seed(rand.Uint64()) }

// UniqueName returns base if unused, else base_1, base_2, ... as Brian
// names objects (a base ending in "*" is treated like base without it).
// The name is reserved until ReleaseName.
func (e *Env) UniqueName(base string) string {
	base = strings.TrimSuffix(base, "*")
	name := base
	for k := 1; e.names[name]; k++ {
		name = fmt.Sprintf("%s_%d", base, k)
	}
	e.names[name] = true
	return name
}

// ReserveName reserves an explicit user-given name; it fails if the name is
// in use, with Brian's message.
func (e *Env) ReserveName(name string) error {
	if e.names[name] {
		return errorf("ValueError", "An object with name %s is already defined.", name)
	}
	e.names[name] = true
	return nil
}

// ReleaseName frees a name (the object was discarded, e.g. garbage
// collected in the interpreter or after start_scope).
func (e *Env) ReleaseName(name string) { delete(e.names, name) }

// ReleaseAllNames frees every name.
func (e *Env) ReleaseAllNames() { clear(e.names) }

func (e *Env) logf(level LogLevel, source, format string, args ...any) {
	if e.Log == nil {
		return
	}
	e.Log(LogRecord{Level: level, Source: source, Msg: fmt.Sprintf(format, args...)})
}

// LogLevel is a Brian log level.
type LogLevel int

const (
	LogDebug LogLevel = iota
	LogInfo
	LogWarning
	LogError
)

func (l LogLevel) String() string {
	switch l {
	case LogDebug:
		return "DEBUG"
	case LogInfo:
		return "INFO"
	case LogWarning:
		return "WARNING"
	}
	return "ERROR"
}

// LogRecord is one log message.
type LogRecord struct {
	Level  LogLevel
	Source string // Brian's logger name, e.g. "brian2.stateupdaters.base.method_choice"
	Msg    string
}

// String is the line Brian writes on stderr, e.g.
// "INFO       No numerical ... (took 0.11s). [brian2.stateupdaters.base.method_choice]".
func (r LogRecord) String() string {
	return fmt.Sprintf("%-10s %s [%s]", r.Level, r.Msg, r.Source)
}

// Value is an external constant an equation or code refers to: a scalar
// or an array (one value per element) with its dimension.
type Value struct {
	Scalar float64
	Array  []float64 // non-nil for array values
	Dim    units.Dim
	// Table, if non-nil, makes the name a function: a TimedArray.
	Table *expr.TimedArray
	// Int marks a dimensionless scalar that is a Python int (its repr
	// in warnings is "3", not "3.0").
	Int bool
}

// Resolver looks up an external name (the notebook's namespace at run()).
type Resolver func(name string) (Value, bool)

// MapResolver resolves names from a map.
func MapResolver(m map[string]Value) Resolver {
	return func(name string) (Value, bool) {
		v, ok := m[name]
		return v, ok
	}
}
