package interp

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// vec is a fake native array: elementwise ops, reflected ops, in-place add,
// comparisons returning vecs, indexing with tuples/slices, ambiguous truth.
type vec struct{ v []float64 }

var vecType = NewClass("vec", "fake")

func (*vec) Type() *Class { return vecType }

func (a *vec) Repr(th *Thread) (string, error) {
	parts := make([]string, len(a.v))
	for i, x := range a.v {
		parts[i] = FormatFloatRepr(x)
	}
	return "vec(" + strings.Join(parts, ", ") + ")", nil
}

func (a *vec) Binary(th *Thread, op Op, other Value, reflected bool) (Value, error) {
	k, ok := AsFloat(other)
	if !ok {
		return nil, nil
	}
	out := &vec{v: make([]float64, len(a.v))}
	for i, x := range a.v {
		l, r := x, k
		if reflected {
			l, r = k, x
		}
		switch op {
		case Add:
			out.v[i] = l + r
		case Sub:
			out.v[i] = l - r
		case Mul:
			out.v[i] = l * r
		default:
			return nil, nil
		}
	}
	return out, nil
}

func (a *vec) Inplace(th *Thread, op Op, other Value) (Value, error) {
	k, ok := AsFloat(other)
	if !ok || op != Add {
		return nil, nil
	}
	for i := range a.v {
		a.v[i] += k
	}
	return a, nil
}

func (a *vec) Compare(th *Thread, op Op, other Value) (Value, error) {
	k, ok := AsFloat(other)
	if !ok {
		return nil, nil
	}
	out := &vec{v: make([]float64, len(a.v))}
	for i, x := range a.v {
		if floatOp(op, x, k) {
			out.v[i] = 1
		}
	}
	return out, nil
}

func (a *vec) GetItem(th *Thread, key Value) (Value, error) {
	switch k := key.(type) {
	case Int:
		return Float(a.v[k]), nil
	case *Slice:
		start, stop, step, err := SliceIndices(th, k, len(a.v))
		if err != nil {
			return nil, err
		}
		out := &vec{}
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out.v = append(out.v, a.v[i])
		}
		return out, nil
	case Tuple:
		return Str(fmt.Sprintf("tuple key of %d", len(k))), nil
	case EllipsisType:
		return a, nil
	}
	return nil, Errorf(TypeError, "bad index %s", key.Type().Name)
}

func (a *vec) SetItem(th *Thread, key, v Value) error {
	i, err := AsInt(key)
	if err != nil {
		return err
	}
	f, _ := AsFloat(v)
	a.v[i] = f
	return nil
}

func (a *vec) Len(th *Thread) (int, error) { return len(a.v), nil }

func (a *vec) Truth(th *Thread) (bool, error) {
	if len(a.v) == 1 {
		return a.v[0] != 0, nil
	}
	return false, Errorf(ValueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
}

func (a *vec) Iterate(th *Thread) (Iterator, error) {
	i := 0
	return funcIter(func(*Thread) (Value, bool, error) {
		if i >= len(a.v) {
			return nil, false, nil
		}
		i++
		return Float(a.v[i-1]), true, nil
	}), nil
}

func (a *vec) Call(th *Thread, args []Value, kw []Kwarg) (Value, error) {
	return Str(fmt.Sprintf("called with %d args, %d kwargs", len(args), len(kw))), nil
}

func (a *vec) MimeBundle(th *Thread) (map[string]string, error) {
	return map[string]string{"text/latex": "$vec$"}, nil
}

func TestNativeProtocols(t *testing.T) {
	s := NewSession(Options{Modules: map[string]ModuleLoader{
		"fake": func(th *Thread) (*Module, error) {
			m := NewModule("fake")
			m.Set("vec", NewBuiltin("vec", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
				elems, err := ToSlice(th, args[0])
				if err != nil {
					return nil, err
				}
				out := &vec{}
				for _, e := range elems {
					f, _ := AsFloat(e)
					out.v = append(out.v, f)
				}
				return out, nil
			}))
			return m, nil
		},
	}})
	for _, tc := range []struct{ src, want string }{
		{"from fake import vec\nv = vec([1, 2, 3])\n2 * v", "vec(2.0, 4.0, 6.0)"},
		{"10 - v", "vec(9.0, 8.0, 7.0)"},
		{"v - 1", "vec(0.0, 1.0, 2.0)"},
		{"w = v\nv += 1\n(w is v, v)", "(True, vec(2.0, 3.0, 4.0))"},
		{"v > 2.5", "vec(0.0, 1.0, 1.0)"},
		{"3 < v", "vec(0.0, 0.0, 1.0)"},
		{"v[0], v[::-1], v[1, ...], v[...], v[None, 1] if False else 0", "(2.0, vec(4.0, 3.0, 2.0), 'tuple key of 2', vec(2.0, 3.0, 4.0), 0)"},
		{"v[1] = 10\nv", "vec(2.0, 10.0, 4.0)"},
		{"len(v), list(v), sum(v), 10.0 in v, [x for x in v]", "(3, [2.0, 10.0, 4.0], 16.0, True, [2.0, 10.0, 4.0])"},
		{"v(1, 2, k=3)", "'called with 2 args, 1 kwargs'"},
		{"bool(vec([5]))", "True"},
	} {
		res := s.Execute(context.Background(), tc.src, &recorder{}, ExecOptions{})
		if res.Error != nil {
			t.Fatalf("%q: %s", tc.src, strings.Join(res.Error.Traceback, "\n"))
		}
		if got := res.Result["text/plain"]; got != tc.want {
			t.Errorf("%q = %q, want %q", tc.src, got, tc.want)
		}
	}
	res := s.Execute(context.Background(), "v", &recorder{}, ExecOptions{})
	if res.Result["text/latex"] != "$vec$" {
		t.Errorf("mime bundle: %v", res.Result)
	}
	res = s.Execute(context.Background(), "if v > 1:\n    pass", &recorder{}, ExecOptions{})
	if res.Error == nil || res.Error.Ename != "ValueError" {
		t.Errorf("ambiguous truth: %+v", res.Error)
	}
	res = s.Execute(context.Background(), "v @ v", &recorder{}, ExecOptions{})
	if res.Error == nil || res.Error.Evalue != "unsupported operand type(s) for @: 'vec' and 'vec'" {
		t.Errorf("unsupported op: %+v", res.Error)
	}
}
