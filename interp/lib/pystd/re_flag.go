package pystd

import (
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// RegexFlagType is re.RegexFlag, an int subclass whose repr names the flags.
var RegexFlagType = interp.NewClass("RegexFlag", "re", interp.IntType)

type reFlag int64

func (reFlag) Type() *interp.Class { return RegexFlagType }

func (f reFlag) Index(th *thread) (int64, error) { return int64(f), nil }

func (f reFlag) Float(th *thread) (float64, error) { return float64(f), nil }

func (f reFlag) Hash(th *thread) (uint64, error) { return interp.Hash(th, interp.Int(f)) }

func (f reFlag) Truth(th *thread) (bool, error) { return f != 0, nil }

func (f reFlag) Repr(th *thread) (string, error) {
	if f == 0 {
		return "re.NOFLAG", nil
	}
	var names []string
	rest := int(f)
	for _, fl := range flagNames {
		if rest&fl.bit != 0 {
			names = append(names, fl.name)
			rest &^= fl.bit
		}
	}
	if rest != 0 {
		names = append(names, "0x"+strconv.FormatInt(int64(rest), 16))
	}
	return strings.Join(names, "|"), nil
}

func (f reFlag) Compare(th *thread, op interp.Op, other value) (value, error) {
	return interp.Compare(th, op, interp.Int(f), plainInt(other))
}

// plainInt unwraps flags so that arithmetic falls back to int's.
func plainInt(v value) value {
	if g, ok := v.(reFlag); ok {
		return interp.Int(g)
	}
	return v
}

func (f reFlag) Binary(th *thread, op interp.Op, other value, reflected bool) (value, error) {
	switch op {
	case interp.BitOr, interp.BitAnd, interp.BitXor:
		if g, ok := other.(reFlag); ok {
			switch op {
			case interp.BitOr:
				return f | g, nil
			case interp.BitAnd:
				return f & g, nil
			}
			return f ^ g, nil
		}
	}
	if reflected {
		return interp.Binary(th, op, plainInt(other), interp.Int(f))
	}
	return interp.Binary(th, op, interp.Int(f), plainInt(other))
}

func (f reFlag) Unary(th *thread, op interp.Op) (value, error) {
	if op == interp.Invert {
		return f ^ reFlag(511), nil
	}
	return interp.Unary(th, op, interp.Int(f))
}

func (f reFlag) Attr(th *thread, name string) (value, error) {
	switch name {
	case "value":
		return interp.Int(f), nil
	case "name":
		s, _ := f.Repr(th)
		return interp.Str(strings.ReplaceAll(s, "re.", "")), nil
	}
	return nil, nil
}

func (f reFlag) AttrNames() []string { return []string{"name", "value"} }
