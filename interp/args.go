package interp

import (
	"fmt"
	"strings"
)

// UnpackArgs binds a native function's arguments to Go variables, with
// CPython's error messages. pairs alternates parameter names and pointers:
//
//	var n int; var model string; var method Value = None
//	err := UnpackArgs("NeuronGroup", args, kwargs, "N", &n, "model", &model, "method?", &method)
//
// A name ending in "?" is optional (its variable keeps its value when not
// given). Supported pointers: *Value, *int, *int64, *float64, *string, *bool.
// Optional *Value variables receive None only if the caller passes None.
func UnpackArgs(fn string, args []Value, kwargs []Kwarg, pairs ...any) error {
	if len(pairs)%2 != 0 {
		panic("UnpackArgs: odd number of pairs")
	}
	n := len(pairs) / 2
	// Small fixed arrays keep the common case allocation-free.
	var namesBuf [16]string
	var optBuf, givenBuf [16]bool
	names, optional, given := namesBuf[:0], optBuf[:0], givenBuf[:0]
	if n > len(namesBuf) {
		names, optional, given = make([]string, 0, n), make([]bool, 0, n), make([]bool, 0, n)
	}
	names, optional, given = names[:n], optional[:n], given[:n]
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		if strings.HasSuffix(name, "?") {
			name, optional[i] = name[:len(name)-1], true
		}
		names[i] = name
	}
	if len(args) > n {
		return Errorf(TypeError, "%s() takes %s positional argument%s but %d were given",
			fn, countWord(n), plural(n), len(args))
	}
	for i, a := range args {
		if err := assignArg(fn, names[i], pairs[2*i+1], a); err != nil {
			return err
		}
		given[i] = true
	}
kw:
	for _, kw := range kwargs {
		for i, name := range names {
			if name == kw.Name {
				if given[i] {
					return Errorf(TypeError, "%s() got multiple values for argument '%s'", fn, name)
				}
				if err := assignArg(fn, name, pairs[2*i+1], kw.Value); err != nil {
					return err
				}
				given[i] = true
				continue kw
			}
		}
		return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fn, kw.Name)
	}
	var missing []string
	for i := range names {
		if !given[i] && !optional[i] {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		if len(missing) > 1 {
			list = strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
		}
		return Errorf(TypeError, "%s() missing %d required positional argument%s: %s",
			fn, len(missing), plural(len(missing)), list)
	}
	return nil
}

func countWord(n int) string { return fmt.Sprint(n) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func assignArg(fn, name string, ptr any, v Value) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int:
		i, err := AsInt(v)
		if err != nil {
			return Errorf(TypeError, "%s() argument '%s' must be int, not %s", fn, name, v.Type().Name)
		}
		*p = int(i)
	case *int64:
		i, err := AsInt(v)
		if err != nil {
			return Errorf(TypeError, "%s() argument '%s' must be int, not %s", fn, name, v.Type().Name)
		}
		*p = i
	case *float64:
		f, ok := AsFloat(v)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be a real number, not %s", fn, name, v.Type().Name)
		}
		*p = f
	case *string:
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be str, not %s", fn, name, v.Type().Name)
		}
		*p = string(s)
	case *bool:
		b, ok := v.(Bool)
		if !ok {
			if i, isInt := v.(Int); isInt {
				b = i != 0
			} else {
				return Errorf(TypeError, "%s() argument '%s' must be bool, not %s", fn, name, v.Type().Name)
			}
		}
		*p = bool(b)
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer %T", ptr))
	}
	return nil
}

// AsInt converts an int, bool or value with __index__ to int64.
func AsInt(v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowError, "Python int too large to convert to C long")
	case HasIndex:
		return x.Index(nil)
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// AsFloat converts a Python real number (int, bool, float, or a value with
// __float__ that needs no thread) to float64.
func AsFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *BigInt:
		f, _ := x.V.Float64()
		return f, true
	case HasFloat:
		f, err := x.Float(nil)
		return f, err == nil
	}
	return 0, false
}
