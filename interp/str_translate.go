package interp

import (
	"strings"
	"unicode/utf8"
)

// str.maketrans and str.translate: a table maps code points (ints) to a
// replacement str, a code point, or None to delete the character.

func strMaketrans(th *Thread, _ string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strClinicArgs("maketrans", args, kwargs, 1, 3); err != nil {
		if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "str.maketrans() takes no keyword arguments")
		}
		return nil, err
	}
	table := NewDict()
	if len(args) == 1 {
		d, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		d.Items(func(k, v Value) bool {
			switch key := k.(type) {
			case Str:
				if utf8.RuneCountInString(string(key)) != 1 {
					err = Errorf(ValueError, "string keys in translate table must be of length 1")
					return false
				}
				r, _ := utf8.DecodeRuneInString(string(key))
				err = table.Set(th, Int(r), v)
			case Int, Bool:
				err = table.Set(th, key, v)
			default:
				err = Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			return err == nil
		})
		return table, err
	}
	from, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	for i := 1; i < len(args); i++ {
		if _, ok := args[i].(Str); !ok {
			return nil, Errorf(TypeError, "maketrans() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
	}
	x, y := []rune(string(from)), []rune(string(args[1].(Str)))
	if len(x) != len(y) {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range x {
		if err := table.Set(th, Int(x[i]), Int(y[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		for _, r := range string(args[2].(Str)) {
			if err := table.Set(th, Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return table, nil
}

func strTranslate(th *Thread, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := strOneArg("translate", args, kwargs); err != nil {
		return nil, err
	}
	table := args[0]
	var b strings.Builder
	for _, r := range s {
		v, err := formatGetItem(th, table, Int(r))
		if err != nil {
			// A LookupError leaves the character unchanged.
			if e, ok := err.(*Exception); ok && e.IsInstance(LookupError) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch m := v.(type) {
		case NoneType:
		case Str:
			b.WriteString(string(m))
		case Int:
			if m < 0 || m > 0x10ffff {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(m))
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return Str(b.String()), nil
}
