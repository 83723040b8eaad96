package interp

import (
	"fmt"
	"strings"
)

// Repr is repr(v).
func Repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return reprStr(string(x)), nil
	case Int, *BigInt, Bool:
		return intRepr(x), nil
	case Float:
		return floatRepr(float64(x)), nil
	case NoneType:
		return "None", nil
	case Tuple:
		if len(x) == 1 {
			s, err := Repr(th, x[0])
			return "(" + s + ",)", err
		}
		return reprSeq(th, x, x, "(", ")")
	case *List:
		return reprSeq(th, x, x.Elems, "[", "]")
	case *Dict:
		return reprDict(th, x)
	case *Set:
		return reprSet(th, x)
	case *Class:
		return "<class '" + x.QualName() + "'>", nil
	case *Function:
		return fmt.Sprintf("<function %s at %#x>", x.QualName, identityHash(x)), nil
	case *BoundMethod:
		name := "?"
		if f, ok := x.Fn.(*Function); ok {
			name = f.QualName
		}
		s, err := Repr(th, x.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + name + " of " + s + ">", nil
	case *Builtin:
		return "<built-in function " + x.Name + ">", nil
	case *methodDesc:
		return fmt.Sprintf("<method '%s' of '%s' objects>", x.name, x.owner.Name), nil
	case *Module:
		return "<module '" + x.Name + "'>", nil
	case *Exception:
		if x.Value != nil && x.Value != Value(x) {
			return Repr(th, x.Value)
		}
		if fn, ok := userMethod(x.Class, "__repr__"); ok {
			return callStrDunder(th, fn, x, "__repr__")
		}
		args := x.Args
		if len(args) == 1 {
			s, err := Repr(th, args[0])
			return x.Class.Name + "(" + s + ")", err
		}
		s, err := reprSeq(th, args, args, "(", ")")
		return x.Class.Name + s, err
	case *Instance:
		if fn, ok := x.Class.Lookup("__repr__"); ok {
			if _, isDesc := fn.(*methodDesc); !isDesc {
				return callStrDunder(th, fn, x, "__repr__")
			}
		}
		return fmt.Sprintf("<%s object at %#x>", instanceQualName(x.Class), identityHash(x)), nil
	case *Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), nil
	case *Slice:
		a, _ := Repr(th, x.Start)
		b, _ := Repr(th, x.Stop)
		c, _ := Repr(th, x.Step)
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case EllipsisType:
		return "Ellipsis", nil
	case NotImplementedType:
		return "NotImplemented", nil
	case *Property:
		return fmt.Sprintf("<property object at %#x>", identityHash(x)), nil
	case *StaticMethod:
		return fmt.Sprintf("<staticmethod(%s)>", mustRepr(th, x.Fn)), nil
	case *ClassMethod:
		return fmt.Sprintf("<classmethod(%s)>", mustRepr(th, x.Fn)), nil
	case *Super:
		return fmt.Sprintf("<super: <class '%s'>, <%s object>>", x.Class.Name, x.Self.Type().Name), nil
	case HasRepr:
		var s string
		_, err := guard(func() (Value, error) {
			var err error
			s, err = x.Repr(th)
			return nil, err
		})
		return s, err
	}
	return fmt.Sprintf("<%s object at %#x>", v.Type().QualName(), identityHash(v)), nil
}

func mustRepr(th *Thread, v Value) string {
	s, err := Repr(th, v)
	if err != nil {
		return "?"
	}
	return s
}

func instanceQualName(c *Class) string {
	if c.Module == "" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// callStrDunder calls a user __repr__ or __str__ (named dunder), which must
// return a str.
func callStrDunder(th *Thread, fn Value, self Value, dunder string) (string, error) {
	r, err := th.callMethod(fn, self, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", Errorf(TypeError, "%s returned non-string (type %s)", dunder, r.Type().Name)
	}
	return string(s), nil
}

// enterRepr guards against infinite recursion on self-containing containers.
func (th *Thread) enterRepr(p any) bool {
	if th == nil {
		return true
	}
	for _, q := range th.reprStack {
		if q == p {
			return false
		}
	}
	th.reprStack = append(th.reprStack, p)
	return true
}

func (th *Thread) leaveRepr() {
	if th != nil {
		th.reprStack = th.reprStack[:len(th.reprStack)-1]
	}
}

func reprSeq(th *Thread, id any, elems []Value, open, close string) (string, error) {
	if th != nil && len(th.reprStack) > maxDepth {
		return "", Errorf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	if _, ok := id.(*List); ok {
		if !th.enterRepr(id) {
			return "[...]", nil
		}
		defer th.leaveRepr()
	} else if th != nil {
		th.reprStack = append(th.reprStack, nil)
		defer th.leaveRepr()
	}
	var b strings.Builder
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, e)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func reprDict(th *Thread, d *Dict) (string, error) {
	if !th.enterRepr(d) {
		return "{...}", nil
	}
	defer th.leaveRepr()
	var b strings.Builder
	b.WriteByte('{')
	var err error
	i := 0
	d.Items(func(k, v Value) bool {
		if i > 0 {
			b.WriteString(", ")
		}
		i++
		var ks, vs string
		if ks, err = Repr(th, k); err != nil {
			return false
		}
		if vs, err = Repr(th, v); err != nil {
			return false
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}

func reprSet(th *Thread, s *Set) (string, error) {
	name := s.Type().Name
	if s.Len() == 0 {
		return name + "()", nil
	}
	if !th.enterRepr(s) {
		return name + "(...)", nil
	}
	defer th.leaveRepr()
	body, err := reprSeq(th, nil, s.Elems(), "{", "}")
	if s.frozen {
		return "frozenset(" + body + ")", err
	}
	return body, err
}

// ToStr is str(v).
func ToStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return itoa(int64(x)), nil
	case Float:
		return floatRepr(float64(x)), nil
	case *Exception:
		if fn, ok := userMethod(x.Class, "__str__"); ok {
			return callStrDunder(th, fn, x, "__str__")
		}
		return excMessage(th, x), nil
	case *Instance:
		if fn, ok := x.Class.Lookup("__str__"); ok {
			if _, isDesc := fn.(*methodDesc); !isDesc {
				return callStrDunder(th, fn, x, "__str__")
			}
		}
		return Repr(th, v)
	case HasStr:
		return x.Str(th)
	}
	return Repr(th, v)
}

// userMethod finds a method defined in Python (not a built-in descriptor)
// along c's MRO.
func userMethod(c *Class, name string) (Value, bool) {
	v, ok := c.Lookup(name)
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case *methodDesc, *Builtin:
		return nil, false
	}
	return v, true
}
