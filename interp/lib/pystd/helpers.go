package pystd

import (
	"math/big"
	"sort"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// Short aliases keep the many native function signatures readable.
type (
	value  = interp.Value
	kwarg  = interp.Kwarg
	thread = interp.Thread
)

type nativeFn = func(th *thread, args []value, kw []kwarg) (value, error)

// def binds a native function as a module member.
func def(m *interp.Module, name string, fn nativeFn) {
	m.Set(name, interp.NewBuiltin(name, fn))
}

// method makes a bound native method named name.
func method(name string, fn nativeFn) *interp.Builtin { return interp.NewBuiltin(name, fn) }

// bindMethod binds the method name of a native type's method table to
// recv; nil (no such attribute) when the table lacks it.
func bindMethod[T any, M ~func(T, *thread, []value, []kwarg) (value, error)](methods map[string]M, recv T, name string) (value, error) {
	f, ok := methods[name]
	if !ok {
		return nil, nil
	}
	return method(name, func(th *thread, args []value, kw []kwarg) (value, error) {
		return f(recv, th, args, kw)
	}), nil
}

// methodNames is a native type's attribute names for dir(): its fields
// and its method table's names, sorted.
func methodNames[M any](methods map[string]M, fields ...string) []string {
	names := append([]string(nil), fields...)
	for n := range methods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// noKwargs rejects keyword arguments as CPython's positional-only functions do.
func noKwargs(name string, kw []kwarg) error {
	if len(kw) > 0 {
		return interp.Errorf(interp.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// nargs checks a positional argument count with CPython's wording.
func nargs(name string, args []value, kw []kwarg, lo, hi int) error {
	if err := noKwargs(name, kw); err != nil {
		return err
	}
	n := len(args)
	switch {
	case lo == hi && n != lo:
		if lo == 1 {
			return interp.Errorf(interp.TypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
		return interp.Errorf(interp.TypeError, "%s expected %d arguments, got %d", name, lo, n)
	case n < lo:
		return interp.Errorf(interp.TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case hi >= 0 && n > hi:
		return interp.Errorf(interp.TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// kwGet returns the value of keyword name, or def.
func kwGet(kw []kwarg, name string, def value) value {
	for _, k := range kw {
		if k.Name == name {
			return k.Value
		}
	}
	return def
}

// checkKw rejects keywords outside allowed.
func checkKw(fn string, kw []kwarg, allowed ...string) error {
outer:
	for _, k := range kw {
		for _, a := range allowed {
			if k.Name == a {
				continue outer
			}
		}
		return interp.Errorf(interp.TypeError, "%s() got an unexpected keyword argument '%s'", fn, k.Name)
	}
	return nil
}

// toBig converts a Python int (or bool or __index__ value) to a big.Int.
func toBig(v value) (*big.Int, bool) {
	switch x := v.(type) {
	case interp.Int:
		return big.NewInt(int64(x)), true
	case interp.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *interp.BigInt:
		return new(big.Int).Set(x.V), true
	case interp.HasIndex:
		i, err := x.Index(nil)
		if err != nil {
			return nil, false
		}
		return big.NewInt(i), true
	}
	return nil, false
}

// isInt reports whether v is a Python int (bool included).
func isInt(v value) bool {
	switch v.(type) {
	case interp.Int, interp.Bool, *interp.BigInt:
		return true
	}
	return false
}

// intArg converts v to a big.Int or raises CPython's TypeError.
func intArg(v value) (*big.Int, error) {
	if b, ok := toBig(v); ok {
		return b, nil
	}
	return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// floatArg converts a real number to float64 with math's TypeError text.
func floatArg(th *thread, v value) (float64, error) {
	switch x := v.(type) {
	case interp.Float:
		return float64(x), nil
	case interp.Int:
		return float64(x), nil
	case *interp.BigInt:
		f, acc := new(big.Float).SetInt(x.V).Float64()
		if acc != big.Exact && (f > 1.7976931348623157e308 || f < -1.7976931348623157e308) {
			return 0, interp.Errorf(interp.OverflowError, "int too large to convert to float")
		}
		return f, nil
	case interp.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case interp.HasFloat:
		return x.Float(th)
	case *interp.Instance:
		if m, ok := x.Class.Lookup("__float__"); ok {
			r, err := th.Call(m, []value{x}, nil)
			if err != nil {
				return 0, err
			}
			if f, ok := r.(interp.Float); ok {
				return float64(f), nil
			}
		}
	}
	return 0, interp.Errorf(interp.TypeError, "must be real number, not %s", v.Type().Name)
}

// callBuiltin calls a function of the builtins module by name.
func callBuiltin(th *thread, name string, args []value, kw []kwarg) (value, error) {
	b, err := th.Import("builtins")
	if err != nil {
		return nil, err
	}
	f, ok := b.Members.GetStr(name)
	if !ok {
		return nil, interp.Errorf(interp.SystemError, "builtins.%s missing", name)
	}
	return th.Call(f, args, kw)
}

// execPrelude runs Python source in a fresh namespace and returns it; some
// helpers (total_ordering's methods) must be real Python functions so that
// the evaluator binds self.
func execPrelude(th *thread, src string) (*interp.Dict, error) {
	ns := interp.NewDict()
	ns.SetStr("__name__", interp.Str("pystd"))
	if _, err := callBuiltin(th, "exec", []value{interp.Str(src), ns}, nil); err != nil {
		return nil, err
	}
	return ns, nil
}

// iterate calls f for each item of an iterable.
func iterate(th *thread, v value, f func(value) error) error {
	it, err := interp.Iterate(th, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(th)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// funcIter adapts a Go closure to interp.Iterator.
type funcIter func(th *thread) (value, bool, error)

func (f funcIter) Next(th *thread) (value, bool, error) { return f(th) }

// truth is bool(v).
func truth(th *thread, v value) (bool, error) { return interp.Truth(th, v) }

// repr is repr(v).
func repr(th *thread, v value) (string, error) { return interp.Repr(th, v) }

// callArgsRepr renders call arguments as in a repr: "a, b, k=v".
func callArgsRepr(th *thread, args []value, kw []kwarg) (string, error) {
	parts := make([]string, 0, len(args)+len(kw))
	for _, a := range args {
		s, err := repr(th, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for _, k := range kw {
		s, err := repr(th, k.Value)
		if err != nil {
			return "", err
		}
		parts = append(parts, k.Name+"="+s)
	}
	return strings.Join(parts, ", "), nil
}
