package interp

import (
	"sort"
	"strings"
)

// The methods of str. Each takes the receiver as a Go string; StrMethod
// binds one to its receiver as a *Builtin. Argument errors use the texts
// CPython 3.11 prints, which come in several styles depending on how the
// C method parses its arguments.

type strMethodFn func(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error)

// strMethods is read-only after initialisation.
var strMethods map[string]strMethodFn

func init() {
	strMethods = map[string]strMethodFn{
		"capitalize":   strNoArgs("capitalize", func(s string) Value { return Str(strCapitalize(s)) }),
		"casefold":     strNoArgs("casefold", func(s string) Value { return Str(strCasefold(s)) }),
		"lower":        strNoArgs("lower", func(s string) Value { return Str(strLower(s)) }),
		"upper":        strNoArgs("upper", func(s string) Value { return Str(strUpper(s)) }),
		"swapcase":     strNoArgs("swapcase", func(s string) Value { return Str(strSwapcase(s)) }),
		"title":        strNoArgs("title", func(s string) Value { return Str(strTitle(s)) }),
		"isalnum":      strPredicate("isalnum", pyIsAlnum),
		"isalpha":      strPredicate("isalpha", pyIsAlpha),
		"isdecimal":    strPredicate("isdecimal", pyIsDecimal),
		"isdigit":      strPredicate("isdigit", pyIsDigit),
		"isnumeric":    strPredicate("isnumeric", pyIsNumeric),
		"isspace":      strPredicate("isspace", pyIsSpace),
		"isascii":      strNoArgs("isascii", func(s string) Value { return Bool(strIsASCII(s)) }),
		"isprintable":  strNoArgs("isprintable", strIsPrintable),
		"isidentifier": strNoArgs("isidentifier", strIsIdentifier),
		"islower":      strNoArgs("islower", strIsLower),
		"isupper":      strNoArgs("isupper", strIsUpper),
		"istitle":      strNoArgs("istitle", strIsTitle),
		"center":       strPad("center"),
		"ljust":        strPad("ljust"),
		"rjust":        strPad("rjust"),
		"zfill":        strZfill,
		"count":        strCount,
		"find":         strFinder("find", false, false),
		"rfind":        strFinder("rfind", true, false),
		"index":        strFinder("index", false, true),
		"rindex":       strFinder("rindex", true, true),
		"startswith":   strAffix("startswith"),
		"endswith":     strAffix("endswith"),
		"encode":       strEncode,
		"expandtabs":   strExpandtabs,
		"format":       strFormatMethod,
		"format_map":   strFormatMapMethod,
		"join":         strJoin,
		"strip":        strStripper("strip", true, true),
		"lstrip":       strStripper("lstrip", true, false),
		"rstrip":       strStripper("rstrip", false, true),
		"partition":    strPartitioner("partition", false),
		"rpartition":   strPartitioner("rpartition", true),
		"removeprefix": strRemover("removeprefix", strings.TrimPrefix),
		"removesuffix": strRemover("removesuffix", strings.TrimSuffix),
		"replace":      strReplace,
		"split":        strSplitter("split", false),
		"rsplit":       strSplitter("rsplit", true),
		"splitlines":   strSplitlines,
		"maketrans":    strMaketrans,
		"translate":    strTranslate,
	}
}

// StrMethod returns s.name bound to s, or false when str has no such method.
func StrMethod(th *Thread, s Str, name string) (Value, bool) {
	fn, ok := strMethods[name]
	if !ok {
		return nil, false
	}
	recv := string(s)
	return &Builtin{Name: name, Fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return fn(th, recv, args, kwargs)
	}}, true
}

// StrMethodNames lists the str methods, sorted, for dir() and completion.
func StrMethodNames() []string {
	names := make([]string, 0, len(strMethods))
	for k := range strMethods {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Argument checks, one per CPython parsing style.

func strNoKw(qual string, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qual)
	}
	return nil
}

// strClinicArgs: "center expected at least 1 argument, got 0".
func strClinicArgs(name string, args []Value, kwargs []Kwarg, lo, hi int) error {
	if err := strNoKw(name, kwargs); err != nil {
		return err
	}
	if len(args) < lo {
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(args))
	}
	if len(args) > hi {
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
	}
	return nil
}

// strVarArgs: "find() takes at least 1 argument (0 given)".
func strVarArgs(name string, args []Value, kwargs []Kwarg, lo, hi int) error {
	if err := strNoKw("str."+name, kwargs); err != nil {
		return err
	}
	if len(args) < lo {
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, lo, plural(lo), len(args))
	}
	if len(args) > hi {
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, hi, plural(hi), len(args))
	}
	return nil
}

// strOneArg: "str.join() takes exactly one argument (0 given)".
func strOneArg(name string, args []Value, kwargs []Kwarg) error {
	if err := strNoKw("str."+name, kwargs); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeError, "str.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// strKwArgs binds arguments that may also be passed by keyword, returning
// one slot per name (nil when absent).
func strKwArgs(name string, args []Value, kwargs []Kwarg, names ...string) ([]Value, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "%s() takes at most %d keyword argument%s (%d given)", name, len(names), plural(len(names)), n)
		}
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), n)
	}
	slots := make([]Value, len(names))
	copy(slots, args)
kw:
	for _, k := range kwargs {
		for i, n := range names {
			if n == k.Name {
				if slots[i] != nil {
					return nil, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", name, n, i+1)
				}
				slots[i] = k.Value
				continue kw
			}
		}
		return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k.Name, name)
	}
	return slots, nil
}

// strArgStr requires a str argument: "must be str, not int".
func strArgStr(v Value) (string, error) {
	if s, ok := v.(Str); ok {
		return string(s), nil
	}
	return "", Errorf(TypeError, "must be str, not %s", v.Type().Name)
}

// CallStrMethod is str.name(recv, *args, **kwargs): the unbound methods of
// the str class, as in str.upper("abc") or map(str.strip, lines).
func CallStrMethod(th *Thread, recv Value, name string, args []Value, kwargs []Kwarg) (Value, error) {
	fn, ok := strMethods[name]
	if !ok {
		return nil, Errorf(AttributeError, "type object 'str' has no attribute '%s'", name)
	}
	s, ok := recv.(Str)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, recv.Type().Name)
	}
	return fn(th, string(s), args, kwargs)
}
