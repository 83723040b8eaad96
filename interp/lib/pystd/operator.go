package pystd

import (
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// getter is operator.itemgetter / attrgetter / methodcaller.
type getter struct {
	kind  string // "itemgetter", "attrgetter", "methodcaller"
	items []value
	kw    []kwarg
}

var getterClasses = map[string]*interp.Class{
	"itemgetter":   interp.NewClass("itemgetter", "operator"),
	"attrgetter":   interp.NewClass("attrgetter", "operator"),
	"methodcaller": interp.NewClass("methodcaller", "operator"),
}

func (g *getter) Type() *interp.Class { return getterClasses[g.kind] }

func (g *getter) one(th *thread, obj, item value) (value, error) {
	if g.kind == "itemgetter" {
		return interp.GetItem(th, obj, item)
	}
	name, _ := item.(interp.Str)
	v := obj
	for _, part := range strings.Split(string(name), ".") {
		var err error
		if v, err = interp.GetAttr(th, v, part); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (g *getter) Call(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs(g.kind, args, kw, 1, 1); err != nil {
		return nil, err
	}
	if g.kind == "methodcaller" {
		m, err := interp.GetAttr(th, args[0], string(g.items[0].(interp.Str)))
		if err != nil {
			return nil, err
		}
		return th.Call(m, g.items[1:], g.kw)
	}
	if len(g.items) == 1 {
		return g.one(th, args[0], g.items[0])
	}
	out := make(interp.Tuple, len(g.items))
	for i, it := range g.items {
		v, err := g.one(th, args[0], it)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (g *getter) Repr(th *thread) (string, error) {
	args, err := callArgsRepr(th, g.items, g.kw)
	if err != nil {
		return "", err
	}
	return "operator." + g.kind + "(" + args + ")", nil
}

func operatorModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("operator")
	binary := map[string]interp.Op{
		"add": interp.Add, "sub": interp.Sub, "mul": interp.Mul, "truediv": interp.TrueDiv,
		"floordiv": interp.FloorDiv, "mod": interp.Mod, "pow": interp.Pow, "matmul": interp.MatMul,
		"lshift": interp.LShift, "rshift": interp.RShift, "and_": interp.BitAnd, "or_": interp.BitOr,
		"xor": interp.BitXor, "concat": interp.Add,
	}
	for name, op := range binary {
		op := op
		fn := func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			return interp.Binary(th, op, args[0], args[1])
		}
		def(m, name, fn)
		def(m, "__"+strings.TrimSuffix(name, "_")+"__", fn)
		iname := "i" + strings.TrimSuffix(name, "_")
		def(m, iname, func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(iname, args, kw, 2, 2); err != nil {
				return nil, err
			}
			return interp.Inplace(th, op, args[0], args[1])
		})
	}
	compare := map[string]interp.Op{"lt": interp.Lt, "le": interp.Le, "eq": interp.Eq, "ne": interp.Ne, "gt": interp.Gt, "ge": interp.Ge}
	for name, op := range compare {
		op := op
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			return interp.Compare(th, op, args[0], args[1])
		})
	}
	unary := map[string]interp.Op{"neg": interp.Neg, "pos": interp.Pos, "invert": interp.Invert, "inv": interp.Invert}
	for name, op := range unary {
		op := op
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return interp.Unary(th, op, args[0])
		})
	}
	def(m, "not_", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("not_", args, kw, 1, 1); err != nil {
			return nil, err
		}
		t, err := truth(th, args[0])
		return interp.Bool(!t), err
	})
	def(m, "truth", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("truth", args, kw, 1, 1); err != nil {
			return nil, err
		}
		t, err := truth(th, args[0])
		return interp.Bool(t), err
	})
	def(m, "abs", func(th *thread, args []value, kw []kwarg) (value, error) { return callBuiltin(th, "abs", args, kw) })
	def(m, "index", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("index", args, kw, 1, 1); err != nil {
			return nil, err
		}
		i, err := interp.AsInt(args[0])
		return interp.Int(i), err
	})
	def(m, "is_", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("is_", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return interp.Bool(args[0] == args[1]), nil
	})
	def(m, "getitem", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("getitem", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return interp.GetItem(th, args[0], args[1])
	})
	def(m, "setitem", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("setitem", args, kw, 3, 3); err != nil {
			return nil, err
		}
		return interp.None, interp.SetItem(th, args[0], args[1], args[2])
	})
	def(m, "delitem", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("delitem", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return interp.None, interp.DelItem(th, args[0], args[1])
	})
	def(m, "contains", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("contains", args, kw, 2, 2); err != nil {
			return nil, err
		}
		ok, err := interp.Contains(th, args[0], args[1])
		return interp.Bool(ok), err
	})
	def(m, "itemgetter", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "itemgetter expected 1 argument, got 0")
		}
		return &getter{kind: "itemgetter", items: append([]value(nil), args...)}, nil
	})
	def(m, "attrgetter", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "attrgetter expected 1 argument, got 0")
		}
		for _, a := range args {
			if _, ok := a.(interp.Str); !ok {
				return nil, interp.Errorf(interp.TypeError, "attribute name must be a string")
			}
		}
		return &getter{kind: "attrgetter", items: append([]value(nil), args...)}, nil
	})
	def(m, "methodcaller", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "methodcaller needs at least one argument, the method name")
		}
		if _, ok := args[0].(interp.Str); !ok {
			return nil, interp.Errorf(interp.TypeError, "method name must be a string")
		}
		return &getter{kind: "methodcaller", items: append([]value(nil), args...), kw: kw}, nil
	})
	return m, nil
}
