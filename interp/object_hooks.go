package interp

import (
	"math"
	"math/big"
)

// The evaluator routes hashing and equality of user objects and mutable
// containers through Python semantics; dict.go calls these hooks.
func init() {
	userHash = hashHook
	userEqual = equalHook
}

func hashHook(th *Thread, v Value) (uint64, bool, error) {
	switch x := v.(type) {
	case *Instance:
		if fn, ok := x.Class.Lookup("__hash__"); ok {
			if fn == None {
				return 0, true, Errorf(TypeError, "unhashable type: '%s'", x.Class.Name)
			}
			if _, isDesc := fn.(*methodDesc); !isDesc {
				r, err := th.callMethod(fn, x, nil)
				if err != nil {
					return 0, true, err
				}
				i, err := AsInt(r)
				if err != nil {
					return 0, true, Errorf(TypeError, "__hash__ method should return an integer")
				}
				return uint64(i), true, nil
			}
		}
		if _, ok := userMethod(x.Class, "__eq__"); ok {
			return 0, true, Errorf(TypeError, "unhashable type: '%s'", x.Class.Name)
		}
	case *Set:
		if !x.frozen {
			return 0, true, Errorf(TypeError, "unhashable type: 'set'")
		}
		var h uint64 = 0x1f2e3d4c
		for _, e := range x.Elems() {
			eh, err := Hash(th, e)
			if err != nil {
				return 0, true, err
			}
			h ^= eh*0x9e3779b97f4a7c15 + 0x5bd1e995
		}
		return h, true, nil
	case *BoundMethod:
		return identityHash(x.Self) ^ identityHash(x.Fn), true, nil
	case *Range:
		return uint64(x.Start*31+x.Stop)*31 + uint64(x.Step), true, nil
	case *Slice:
		return 0, true, Errorf(TypeError, "unhashable type: 'slice'")
	}
	return 0, false, nil
}

func equalHook(th *Thread, v, w Value) (bool, bool, error) {
	switch v.(type) {
	case *List, *Dict, *Set, *Instance, *Exception, *BoundMethod, *Range:
	default:
		if _, ok := v.(HasCompare); !ok {
			if _, ok := w.(*Instance); !ok {
				return false, false, nil
			}
		}
	}
	if identical(v, w) {
		return true, true, nil
	}
	r, err := Compare(th, Eq, v, w)
	if err != nil {
		return false, true, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), true, nil
	}
	t, err := Truth(th, r)
	return t, true, err
}

func toRatOf(x Value) *big.Rat {
	switch y := x.(type) {
	case Int:
		return new(big.Rat).SetInt64(int64(y))
	case Bool:
		if y {
			return big.NewRat(1, 1)
		}
		return new(big.Rat)
	case Float:
		f := float64(y)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return nil
		}
		return new(big.Rat).SetFloat64(f)
	case *BigInt:
		return new(big.Rat).SetInt(y.V)
	}
	return nil
}
