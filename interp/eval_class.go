package interp

import (
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

func (c *compiler) classDef(n *syntax.ClassDef) execFn {
	sc := c.scopes[n]
	decos := c.exprs(n.Decorators)
	bases := c.exprs(n.Bases)
	qual := n.Name
	if c.sc.kind == scopeFunction || c.sc.kind == scopeComp {
		qual = c.qual + ".<locals>." + n.Name
	} else if c.qual != "" {
		qual = c.qual + "." + n.Name
	}
	code := c.newCode(sc, n.Name, qual, n.Start().Line)
	sub := &compiler{file: c.file, lines: c.lines, scopes: c.scopes, sc: sc, qual: qual}
	code.body = sub.block(n.Body)
	freeFrom := c.freeFrom(sc)
	store := c.storeName(n.Name)
	name, doc := n.Name, n.Doc
	return func(fr *frame) (ctl, error) {
		th := fr.th
		ds, err := evalEach(fr, decos)
		if err != nil {
			return ctlNext, err
		}
		var bs []*Class
		for _, b := range bases {
			v, err := b(fr)
			if err != nil {
				return ctlNext, err
			}
			bc, ok := v.(*Class)
			if !ok {
				return ctlNext, Errorf(TypeError, "bases must be types")
			}
			bs = append(bs, bc)
		}
		ns := NewDict()
		ns.SetStr("__module__", Str("__main__"))
		ns.SetStr("__qualname__", Str(qual))
		if doc != "" {
			ns.SetStr("__doc__", Str(doc))
		}
		cfr := newFrame(th, code, nil, fr.globals)
		cfr.ns = ns
		for i, idx := range freeFrom {
			cfr.cells[code.nOwned+i] = fr.cells[idx]
		}
		th.frames = append(th.frames, cfr)
		_, err = code.body(cfr)
		th.frames = th.frames[:len(th.frames)-1]
		if err != nil {
			if e, ok := err.(*Exception); ok {
				e.addFrame(cfr)
			}
			return ctlNext, err
		}
		cls, err := newUserClass(name, bs, ns)
		if err != nil {
			return ctlNext, err
		}
		cls.Doc = doc
		var v Value = cls
		for i := len(ds) - 1; i >= 0; i-- {
			v, err = th.Call(ds[i], []Value{v}, nil)
			if err != nil {
				return ctlNext, err
			}
		}
		return ctlNext, store(fr, v)
	}
}

// newUserClass builds a class from its namespace, as type(name, bases, ns).
func newUserClass(name string, bases []*Class, ns *Dict) (*Class, error) {
	if len(bases) == 0 {
		bases = []*Class{ObjectType}
	}
	cls := &Class{Name: name, Module: "__main__", Bases: bases, Dict: ns}
	if err := ComputeMRO(cls); err != nil {
		names := make([]string, len(bases))
		for i, b := range bases {
			names[i] = b.Name
		}
		return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
	}
	if m, ok := ns.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			cls.Module = string(s)
		}
	}
	if d, ok := ns.GetStr("__doc__"); ok {
		if s, ok := d.(Str); ok {
			cls.Doc = string(s)
		}
	}
	// Methods learn their class for zero-argument super().
	ns.Items(func(_, v Value) bool {
		switch f := v.(type) {
		case *Function:
			setDefClass(f, cls)
		case *StaticMethod:
			setDefClass(f.Fn, cls)
		case *ClassMethod:
			setDefClass(f.Fn, cls)
		case *Property:
			setDefClass(f.Get, cls)
			setDefClass(f.Set, cls)
			setDefClass(f.Del, cls)
		}
		return true
	})
	// Native base classes construct instances through their New.
	for _, b := range cls.MRO[1:] {
		if b.New != nil && cls.New == nil && !b.IsSubclass(BaseException) {
			cls.New = nil
		}
	}
	return cls, nil
}

func setDefClass(v Value, cls *Class) {
	if f, ok := v.(*Function); ok && f.defClass == nil {
		f.defClass = cls
	}
}

// instantiate calls a class: built-in and native classes through New,
// exception classes make *Exception, user classes make *Instance and run
// __init__.
func (th *Thread) instantiate(cls *Class, args []Value, kwargs []Kwarg) (Value, error) {
	if cls.New != nil && cls.Module == "builtins" && cls != ObjectType {
		// Built-in types (int, range, list, ...): no Python-level hooks.
		return cls.New(th, cls, args, kwargs)
	}
	if cls.IsSubclass(BaseException) {
		e := &Exception{Class: cls, Args: Tuple(append([]Value(nil), args...))}
		if init, ok := userMethod(cls, "__init__"); ok {
			if _, err := th.callMethod(init, e, args, kwargs...); err != nil {
				return nil, err
			}
		} else if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", cls.Name)
		}
		return e, nil
	}
	if newFn, ok := userMethod(cls, "__new__"); ok {
		fn := newFn
		if sm, ok := fn.(*StaticMethod); ok {
			fn = sm.Fn
		}
		obj, err := th.Call(fn, append([]Value{cls}, args...), kwargs)
		if err != nil {
			return nil, err
		}
		if inst, ok := obj.(*Instance); ok && inst.Class.IsSubclass(cls) {
			if init, ok := userMethod(inst.Class, "__init__"); ok {
				if _, err := th.callMethod(init, inst, args, kwargs...); err != nil {
					return nil, err
				}
			}
		}
		return obj, nil
	}
	for _, b := range cls.MRO {
		if b.New != nil && (b != ObjectType || cls == ObjectType) {
			if b == cls {
				return b.New(th, cls, args, kwargs)
			}
			// A user subclass of a built-in/native class.
			if _, ok := userMethod(cls, "__init__"); !ok {
				return b.New(th, cls, args, kwargs)
			}
			break
		}
	}
	inst := &Instance{Class: cls, Dict: NewDict()}
	if init, ok := userMethod(cls, "__init__"); ok {
		r, err := th.callMethod(init, inst, args, kwargs...)
		if err != nil {
			return nil, err
		}
		if r != None {
			return nil, Errorf(TypeError, "__init__() should return None, not '%s'", r.Type().Name)
		}
	} else if len(args) > 0 || len(kwargs) > 0 {
		return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
	}
	return inst, nil
}
