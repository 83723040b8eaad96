package interp

// Bridge to the str engineer's API (str*.go, format*.go): the evaluator
// calls these, adding the user-class hooks (__format__) on top.

func floatRepr(f float64) string { return FormatFloatRepr(f) }

func reprStr(s string) string { return ReprStr(s) }

func strMethod(th *Thread, s Str, name string) (Value, bool) { return StrMethod(th, s, name) }

func percentFormat(th *Thread, format string, args Value) (Value, error) {
	return PercentFormat(th, format, args)
}

// formatValue is format(v, spec), calling a user class's __format__.
func formatValue(th *Thread, v Value, spec string) (string, error) {
	var cls *Class
	switch x := v.(type) {
	case *Instance:
		cls = x.Class
	case *Exception:
		cls = x.Class
	}
	if cls != nil {
		if fn, ok := userMethod(cls, "__format__"); ok {
			r, err := th.callMethod(fn, v, []Value{Str(spec)})
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeError, "__format__ must return a str, not %s", r.Type().Name)
			}
			return string(s), nil
		}
		if spec != "" {
			return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", cls.Name)
		}
		return ToStr(th, v)
	}
	return FormatValue(th, v, spec)
}
