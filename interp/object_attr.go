package interp

// Attribute access: instances, classes, built-in values and natives.

// GetAttr is getattr(v, name), raising AttributeError when absent.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	r, err := getAttrOpt(th, v, name)
	if err != nil || r != nil {
		return r, err
	}
	return nil, attrError(v, name)
}

func attrError(v Value, name string) *Exception {
	switch x := v.(type) {
	case *Module:
		return Errorf(AttributeError, "module '%s' has no attribute '%s'", x.Name, name)
	case *Class:
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name)
}

// getAttrOpt returns (nil, nil) when the attribute does not exist.
func getAttrOpt(th *Thread, v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Instance:
		return instanceGetAttr(th, x, name)
	case *Class:
		return classGetAttr(th, x, name)
	case *Module:
		return x.Attr(th, name)
	case Str:
		if m, ok := strMethod(th, x, name); ok {
			return m, nil
		}
	case Int, Float, Bool, *BigInt:
		if r := numberAttr(v, name); r != nil {
			return r, nil
		}
	case *Exception:
		if r, err := exceptionAttr(th, x, name); r != nil || err != nil {
			return r, err
		}
	case *Function:
		if r := functionAttr(x, name); r != nil {
			return r, nil
		}
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Fn, nil
		}
		return getAttrOpt(th, x.Fn, name)
	case *Super:
		return superGetAttr(th, x, name)
	case *Property:
		switch name {
		case "fget":
			return orNone(x.Get), nil
		case "fset":
			return orNone(x.Set), nil
		case "__doc__":
			return orNone(x.Doc), nil
		case "setter", "getter", "deleter":
			p := x
			return NewBuiltin(name, func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
				if len(args) != 1 {
					return nil, Errorf(TypeError, "%s() takes exactly one argument", name)
				}
				np := *p
				switch name {
				case "setter":
					np.Set = args[0]
				case "getter":
					np.Get = args[0]
				default:
					np.Del = args[0]
				}
				return &np, nil
			}), nil
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			return Str(x.Name), nil
		case "__doc__":
			if x.Doc == "" {
				return None, nil
			}
			return Str(x.Doc), nil
		}
	case *Slice:
		if r := sliceAttr(x, name); r != nil {
			return r, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return x.Fn, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return x.Fn, nil
		}
	case HasAttrs:
		r, err := guard(func() (Value, error) { return x.Attr(th, name) })
		if err != nil || r != nil {
			return r, err
		}
	}
	if name == "__class__" {
		return v.Type(), nil
	}
	// Built-in types' methods from the class dict.
	cls := v.Type()
	if m, ok := cls.Lookup(name); ok {
		return bindAttr(m, v, cls), nil
	}
	switch name {
	case "__doc__":
		return None, nil
	}
	if _, isInst := v.(*Instance); !isInst {
		if d := builtinDunder(v, name); d != nil {
			return d, nil
		}
	}
	return nil, nil
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// bindAttr turns a class attribute into what instance.attr yields.
func bindAttr(m Value, self Value, cls *Class) Value {
	switch f := m.(type) {
	case *Function:
		return &BoundMethod{Self: self, Fn: f}
	case *methodDesc:
		return f.bind(self)
	case *StaticMethod:
		return f.Fn
	case *ClassMethod:
		return &BoundMethod{Self: cls, Fn: f.Fn}
	}
	return m
}

func instanceGetAttr(th *Thread, x *Instance, name string) (Value, error) {
	cls := x.Class
	m, found := cls.Lookup(name)
	if found {
		if p, ok := m.(*Property); ok {
			if p.Get == nil {
				return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", name, cls.Name)
			}
			return th.Call(p.Get, []Value{x}, nil)
		}
	}
	if v, ok := x.Dict.GetStr(name); ok {
		return v, nil
	}
	if found {
		return bindAttr(m, x, cls), nil
	}
	switch name {
	case "__class__":
		return cls, nil
	case "__dict__":
		return x.Dict, nil
	}
	if ga, ok := userMethod(cls, "__getattr__"); ok {
		return th.callMethod(ga, x, []Value{Str(name)})
	}
	return nil, nil
}

func classGetAttr(th *Thread, c *Class, name string) (Value, error) {
	for _, k := range c.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			switch f := v.(type) {
			case *StaticMethod:
				return f.Fn, nil
			case *ClassMethod:
				return &BoundMethod{Self: c, Fn: f.Fn}, nil
			}
			return v, nil
		}
	}
	if c == StrType {
		if m := unboundStrMethod(name); m != nil {
			return m, nil
		}
	}
	switch name {
	case "__name__", "__qualname__":
		return Str(c.Name), nil
	case "__module__":
		return Str(c.Module), nil
	case "__mro__":
		out := make(Tuple, len(c.MRO))
		for i, m := range c.MRO {
			out[i] = m
		}
		return out, nil
	case "__bases__":
		out := make(Tuple, len(c.Bases))
		for i, m := range c.Bases {
			out[i] = m
		}
		return out, nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__dict__":
		return c.Dict, nil
	case "__doc__":
		if c.Doc == "" {
			return None, nil
		}
		return Str(c.Doc), nil
	case "__class__":
		return TypeType, nil
	case "mro":
		return NewBuiltin("mro", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			out := make([]Value, len(c.MRO))
			for i, m := range c.MRO {
				out[i] = m
			}
			return NewList(out), nil
		}), nil
	case "__subclasses__":
		return NewBuiltin("__subclasses__", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return NewList(nil), nil
		}), nil
	}
	return nil, nil
}

func functionAttr(f *Function, name string) Value {
	switch name {
	case "__name__":
		return Str(f.Name)
	case "__qualname__":
		return Str(f.QualName)
	case "__module__":
		return Str(f.Module)
	case "__doc__":
		return orNone(f.Doc)
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return None
		}
		return Tuple(append([]Value(nil), f.Defaults...))
	case "__dict__":
		if f.Attrs == nil {
			f.Attrs = NewDict()
		}
		return f.Attrs
	case "__code__":
		return f
	case "co_varnames":
		out := make(Tuple, len(f.code.localNames))
		for i, n := range f.code.localNames {
			out[i] = Str(n)
		}
		return out
	case "co_argcount":
		return Int(f.code.nArgs)
	case "co_name":
		return Str(f.Name)
	}
	if f.Attrs != nil {
		if v, ok := f.Attrs.GetStr(name); ok {
			return v
		}
	}
	return nil
}

// attr is an attribute set on the exception instance.
func (e *Exception) attr(name string) (Value, bool) {
	if e.Attrs == nil {
		return nil, false
	}
	return e.Attrs.GetStr(name)
}

func exceptionAttr(th *Thread, e *Exception, name string) (Value, error) {
	switch name {
	case "args":
		return e.Args, nil
	case "value":
		// StopIteration.value: the generator's return value
		if _, set := e.attr("value"); e.IsInstance(StopIteration) && !set {
			if len(e.Args) > 0 {
				return e.Args[0], nil
			}
			return None, nil
		}
	case "__cause__":
		if e.Cause == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context == nil {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		return None, nil
	case "__notes__":
		if len(e.Notes) == 0 {
			return nil, nil
		}
		l := make([]Value, len(e.Notes))
		for i, n := range e.Notes {
			l[i] = Str(n)
		}
		return NewList(l), nil
	case "__dict__":
		if e.Attrs == nil {
			e.Attrs = NewDict()
		}
		return e.Attrs, nil
	}
	m, found := e.Class.Lookup(name)
	if found {
		if p, ok := m.(*Property); ok && p.Get != nil {
			return th.Call(p.Get, []Value{e}, nil)
		}
	}
	if e.Attrs != nil {
		if v, ok := e.Attrs.GetStr(name); ok {
			return v, nil
		}
	}
	if found {
		return bindAttr(m, e, e.Class), nil
	}
	if ga, ok := userMethod(e.Class, "__getattr__"); ok {
		return th.callMethod(ga, e, []Value{Str(name)})
	}
	return nil, nil
}

func superGetAttr(th *Thread, s *Super, name string) (Value, error) {
	var mro []*Class
	cls := s.Self.Type()
	isClass := false
	if c, ok := s.Self.(*Class); ok {
		cls, isClass = c, true
	}
	mro = cls.MRO
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	for _, k := range mro[min(i+1, len(mro)):] {
		v, ok := k.Dict.GetStr(name)
		if !ok {
			continue
		}
		switch f := v.(type) {
		case *Function:
			if isClass {
				return f, nil
			}
			return &BoundMethod{Self: s.Self, Fn: f}, nil
		case *methodDesc:
			if isClass {
				return f, nil
			}
			return f.bind(s.Self), nil
		case *ClassMethod:
			return &BoundMethod{Self: cls, Fn: f.Fn}, nil
		case *StaticMethod:
			return f.Fn, nil
		case *Property:
			if f.Get != nil && !isClass {
				return th.Call(f.Get, []Value{s.Self}, nil)
			}
		}
		return v, nil
	}
	if name == "__init__" {
		// object.__init__ accepts nothing more.
		return NewBuiltin("__init__", func(th *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, nil
		}), nil
	}
	return nil, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
}

// SetAttr is setattr(v, name, x).
func SetAttr(th *Thread, v Value, name string, x Value) error {
	switch o := v.(type) {
	case *Instance:
		if m, ok := o.Class.Lookup(name); ok {
			if p, ok := m.(*Property); ok {
				if p.Set == nil {
					return Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, o.Class.Name)
				}
				_, err := th.Call(p.Set, []Value{o, x}, nil)
				return err
			}
		}
		if sa, ok := userMethod(o.Class, "__setattr__"); ok {
			_, err := th.callMethod(sa, o, []Value{Str(name), x})
			return err
		}
		o.Dict.SetStr(name, x)
		return nil
	case *Class:
		if o.Module == "builtins" {
			return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		o.Dict.SetStr(name, x)
		if name == "__doc__" {
			if s, ok := x.(Str); ok {
				o.Doc = string(s)
			}
		}
		return nil
	case *Exception:
		switch name {
		case "__cause__":
			if c, ok := x.(*Exception); ok {
				o.Cause = c
			} else {
				o.Cause = nil
			}
			o.SuppressContext = true
			return nil
		case "__context__":
			if c, ok := x.(*Exception); ok {
				o.Context = c
			} else {
				o.Context = nil
			}
			return nil
		case "args":
			t, err := ToSlice(th, x)
			if err != nil {
				return err
			}
			o.Args = Tuple(append([]Value(nil), t...))
			return nil
		}
		if o.Attrs == nil {
			o.Attrs = NewDict()
		}
		o.Attrs.SetStr(name, x)
		return nil
	case *Function:
		switch name {
		case "__name__":
			if s, ok := x.(Str); ok {
				o.Name = string(s)
				return nil
			}
		case "__qualname__":
			if s, ok := x.(Str); ok {
				o.QualName = string(s)
				return nil
			}
		case "__doc__":
			o.Doc = x
			return nil
		}
		if o.Attrs == nil {
			o.Attrs = NewDict()
		}
		o.Attrs.SetStr(name, x)
		return nil
	case HasSetAttr:
		return o.SetAttr(th, name, x)
	}
	if _, ok := v.(HasAttrs); ok {
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", v.Type().Name, name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name)
}

// DelAttr is delattr(v, name).
func DelAttr(th *Thread, v Value, name string) error {
	switch o := v.(type) {
	case *Instance:
		if m, ok := o.Class.Lookup(name); ok {
			if p, ok := m.(*Property); ok && p.Del != nil {
				_, err := th.Call(p.Del, []Value{o}, nil)
				return err
			}
		}
		if o.Dict.DeleteStr(name) {
			return nil
		}
	case *Class:
		if o.Dict.DeleteStr(name) {
			return nil
		}
	case *Module:
		if o.Members.DeleteStr(name) {
			return nil
		}
	case *Function:
		if o.Attrs != nil && o.Attrs.DeleteStr(name) {
			return nil
		}
	case *Exception:
		if o.Attrs != nil && o.Attrs.DeleteStr(name) {
			return nil
		}
	}
	return attrError(v, name)
}

// HasAttr reports whether getattr(v, name) succeeds (AttributeError → false).
func HasAttr(th *Thread, v Value, name string) (bool, error) {
	r, err := getAttrOpt(th, v, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstance(AttributeError) {
			return false, nil
		}
		return false, err
	}
	return r != nil, nil
}
