package interp

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// maxDepth is Python's default recursion limit.
const maxDepth = 1000

// Call calls a Python callable with positional and keyword arguments.
func (th *Thread) Call(fn Value, args []Value, kwargs []Kwarg) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return th.callFunction(f, args, kwargs)
	case *BoundMethod:
		all := make([]Value, len(args)+1)
		all[0] = f.Self
		copy(all[1:], args)
		return th.Call(f.Fn, all, kwargs)
	case *Class:
		return th.instantiate(f, args, kwargs)
	case *Builtin:
		return th.callNative(f, args, kwargs)
	case *methodDesc:
		return th.callNative(f, args, kwargs)
	case *Instance:
		if m, ok := userMethod(f.Class, "__call__"); ok {
			return th.callMethod(m, f, args, kwargs...)
		}
	case *Exception:
		if m, ok := userMethod(f.Class, "__call__"); ok {
			return th.callMethod(m, f, args, kwargs...)
		}
	case *StaticMethod:
		return th.Call(f.Fn, args, kwargs)
	case Callable:
		return th.callNative(f, args, kwargs)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", fn.Type().Name)
}

// callMethod calls a class attribute found by lookup with self bound.
func (th *Thread) callMethod(m Value, self Value, args []Value, kwargs ...Kwarg) (Value, error) {
	switch f := m.(type) {
	case *Function:
		all := make([]Value, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return th.callFunction(f, all, kwargs)
	case *methodDesc:
		return th.callNative(f.bind(self), args, kwargs)
	case *StaticMethod:
		return th.Call(f.Fn, args, kwargs)
	case *ClassMethod:
		return th.Call(&BoundMethod{Self: self.Type(), Fn: f.Fn}, args, kwargs)
	}
	return th.Call(m, args, kwargs)
}

// callNative calls Go code, turning panics and non-Python errors into
// SystemError so that a cell never crashes the process.
func (th *Thread) callNative(f Callable, args []Value, kwargs []Kwarg) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, Errorf(SystemError, "%v", r)
		}
	}()
	v, err = f.Call(th, args, kwargs)
	if err != nil {
		return nil, asPyError(err)
	}
	if v == nil {
		v = None
	}
	return v, nil
}

// guard runs a native protocol method, turning a Go panic into SystemError
// (catchable by Python code) and plain Go errors into SystemError too.
func guard(f func() (Value, error)) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, Errorf(SystemError, "%v", r)
		}
	}()
	v, err = f()
	if err != nil {
		err = asPyError(err)
	}
	return v, err
}

// asPyError wraps a Go error that is not a Python exception as SystemError.
func asPyError(err error) error {
	switch err.(type) {
	case *Exception, genExitSignal:
		return err
	}
	return Errorf(SystemError, "%s", err.Error())
}

func (th *Thread) callFunction(f *Function, args []Value, kwargs []Kwarg) (Value, error) {
	c := f.code
	if th.depth >= maxDepth {
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	if c.isGen {
		fr := newFrame(th, c, f, f.globals)
		if err := th.bindFrame(fr, f, args, kwargs); err != nil {
			return nil, err
		}
		return newGenerator(fr), nil
	}
	fr := th.getFrame(c, f, f.globals)
	if err := th.bindFrame(fr, f, args, kwargs); err != nil {
		return nil, err
	}
	if err := th.tick(); err != nil {
		return nil, err
	}
	return th.runPooled(fr)
}

// simpleCall reports whether a call with n positional arguments and no
// keywords can fill the callee's parameters directly.
func (c *code) simpleCall(n int) bool {
	return n+1 == c.fastArity
}

// setFastArity precomputes simpleCall once the parameters are known.
func (c *code) setFastArity() {
	c.fastArity = 0
	if !c.hasVarargs && !c.hasKwargs && len(c.kwonly) == 0 && !c.isGen {
		c.fastArity = c.nArgs + 1
	}
}

func (th *Thread) bindFrame(fr *frame, f *Function, args []Value, kwargs []Kwarg) error {
	c := f.code
	if len(kwargs) == 0 && len(args) == c.nArgs && !c.hasVarargs && !c.hasKwargs && len(c.kwonly) == 0 {
		copy(fr.locals, args)
	} else if err := bindArgs(fr, f, args, kwargs); err != nil {
		return err
	}
	for _, pc := range c.paramCells {
		fr.cells[pc[1]].v = fr.locals[pc[0]]
	}
	return nil
}

// runPooled runs a pooled frame and recycles it unless an exception
// (which remembers its frames) passed through.
func (th *Thread) runPooled(fr *frame) (Value, error) {
	// runFrame written out: this is the hottest path of every call.
	th.depth++
	th.frames = append(th.frames, fr)
	k, err := fr.code.body(fr)
	th.frames[len(th.frames)-1] = nil
	th.frames = th.frames[:len(th.frames)-1]
	th.depth--
	if err != nil {
		if e, ok := err.(*Exception); ok {
			e.addFrame(fr)
		}
		return nil, err
	}
	var v Value = None
	if k == ctlReturn {
		v = fr.ret
	}
	th.putFrame(fr)
	return v, nil
}

func (th *Thread) runFrame(fr *frame) (Value, error) {
	th.depth++
	th.frames = append(th.frames, fr)
	k, err := fr.code.body(fr)
	th.frames[len(th.frames)-1] = nil
	th.frames = th.frames[:len(th.frames)-1]
	th.depth--
	if err != nil {
		if e, ok := err.(*Exception); ok {
			e.addFrame(fr)
		}
		return nil, err
	}
	if k == ctlReturn {
		return fr.ret, nil
	}
	return None, nil
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	if len(q) == 1 {
		return q[0]
	}
	if len(q) == 2 {
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// bindArgs matches arguments to parameters with CPython's error messages.
func bindArgs(fr *frame, f *Function, args []Value, kwargs []Kwarg) error {
	c := f.code
	name := f.QualName
	nA := c.nArgs
	n := len(args)
	if n > nA {
		n = nA
	}
	copy(fr.locals[:n], args[:n])
	slot := nA
	if c.hasVarargs {
		if len(args) > nA {
			fr.locals[slot] = Tuple(append([]Value(nil), args[nA:]...))
		} else {
			fr.locals[slot] = Tuple{}
		}
		slot++
	} else if len(args) > nA {
		minA := nA - len(f.Defaults)
		was := "were"
		if len(args) == 1 {
			was = "was"
		}
		if minA < nA {
			return Errorf(TypeError, "%s() takes from %d to %d positional arguments but %d %s given", name, minA, nA, len(args), was)
		}
		return Errorf(TypeError, "%s() takes %d positional argument%s but %d %s given", name, nA, plural(nA), len(args), was)
	}
	kwStart := slot
	slot += len(c.kwonly)
	var kwdict *Dict
	if c.hasKwargs {
		kwdict = NewDict()
		fr.locals[slot] = kwdict
	}
	var posAsKw []string
kw:
	for _, kw := range kwargs {
		for i := c.nPosOnly; i < nA; i++ {
			if c.localNames[i] == kw.Name {
				if fr.locals[i] != nil {
					return Errorf(TypeError, "%s() got multiple values for argument '%s'", name, kw.Name)
				}
				fr.locals[i] = kw.Value
				continue kw
			}
		}
		for j, k := range c.kwonly {
			if k == kw.Name {
				if fr.locals[kwStart+j] != nil {
					return Errorf(TypeError, "%s() got multiple values for argument '%s'", name, kw.Name)
				}
				fr.locals[kwStart+j] = kw.Value
				continue kw
			}
		}
		if kwdict != nil {
			if _, dup := kwdict.GetStr(kw.Name); dup {
				return Errorf(TypeError, "%s() got multiple values for keyword argument '%s'", name, kw.Name)
			}
			kwdict.SetStr(kw.Name, kw.Value)
			continue
		}
		for i := 0; i < c.nPosOnly; i++ {
			if c.localNames[i] == kw.Name {
				posAsKw = append(posAsKw, kw.Name)
				continue kw
			}
		}
		return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
	}
	if len(posAsKw) > 0 {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posAsKw, ", "))
	}
	firstDefault := nA - len(f.Defaults)
	var missing []string
	for i := 0; i < nA; i++ {
		if fr.locals[i] == nil {
			if i >= firstDefault {
				fr.locals[i] = f.Defaults[i-firstDefault]
			} else {
				missing = append(missing, c.localNames[i])
			}
		}
	}
	if len(missing) > 0 {
		return Errorf(TypeError, "%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), quoteList(missing))
	}
	for j := range c.kwonly {
		if fr.locals[kwStart+j] == nil {
			if j < len(f.KwDefaults) && f.KwDefaults[j] != nil {
				fr.locals[kwStart+j] = f.KwDefaults[j]
			} else {
				missing = append(missing, c.kwonly[j])
			}
		}
	}
	if len(missing) > 0 {
		return Errorf(TypeError, "%s() missing %d required keyword-only argument%s: %s", name, len(missing), plural(len(missing)), quoteList(missing))
	}
	return nil
}

// call compiles a call expression.
func (c *compiler) call(n *syntax.Call) evalFn {
	simple := !hasStarred(n.Args)
	for _, k := range n.Keywords {
		if k.Name == "" {
			simple = false
		}
	}
	line := n.Start().Line
	var argsFn func(fr *frame) ([]Value, []Kwarg, error)
	if simple {
		args := c.exprs(n.Args)
		kwNames := make([]string, len(n.Keywords))
		kwVals := make([]evalFn, len(n.Keywords))
		for i, k := range n.Keywords {
			kwNames[i] = k.Name
			kwVals[i] = c.expr(k.Value)
		}
		argsFn = func(fr *frame) ([]Value, []Kwarg, error) {
			var av []Value
			if len(args) > 0 {
				av = make([]Value, len(args))
				for i, a := range args {
					v, err := a(fr)
					if err != nil {
						return nil, nil, err
					}
					av[i] = v
				}
			}
			var kv []Kwarg
			if len(kwVals) > 0 {
				kv = make([]Kwarg, len(kwVals))
				for i, k := range kwVals {
					v, err := k(fr)
					if err != nil {
						return nil, nil, err
					}
					kv[i] = Kwarg{kwNames[i], v}
				}
			}
			return av, kv, nil
		}
	} else {
		seq := c.starredSeq(n.Args)
		type kwPart struct {
			name string
			f    evalFn
		}
		var kws []kwPart
		for _, k := range n.Keywords {
			kws = append(kws, kwPart{k.Name, c.expr(k.Value)})
		}
		argsFn = func(fr *frame) ([]Value, []Kwarg, error) {
			av, err := seq(fr)
			if err != nil {
				return nil, nil, err
			}
			var kv []Kwarg
			for _, k := range kws {
				v, err := k.f(fr)
				if err != nil {
					return nil, nil, err
				}
				if k.name != "" {
					kv = append(kv, Kwarg{k.name, v})
					continue
				}
				d, ok := v.(*Dict)
				if !ok {
					d = NewDict()
					if err := dictUpdate(fr.th, d, []Value{v}, nil); err != nil {
						return nil, nil, Errorf(TypeError, "argument after ** must be a mapping, not %s", v.Type().Name)
					}
				}
				var kerr error
				d.Items(func(key, val Value) bool {
					s, ok := key.(Str)
					if !ok {
						kerr = Errorf(TypeError, "keywords must be strings")
						return false
					}
					for _, e := range kv {
						if e.Name == string(s) {
							kerr = Errorf(TypeError, "got multiple values for keyword argument '%s'", s)
							return false
						}
					}
					kv = append(kv, Kwarg{string(s), val})
					return true
				})
				if kerr != nil {
					return nil, nil, kerr
				}
			}
			return av, kv, nil
		}
	}
	// Zero-argument super().
	if nm, ok := n.Func.(*syntax.Name); ok && nm.Id == "super" && len(n.Args) == 0 && len(n.Keywords) == 0 {
		if fn := c.zeroArgSuper(nm); fn != nil {
			return fn
		}
	}
	// Method calls: obj.name(args) without allocating a bound method.
	if attr, ok := n.Func.(*syntax.Attribute); ok {
		obj := c.expr(attr.Value)
		name := attr.Attr
		h := strHash(name)
		var direct []evalFn
		if simple && len(n.Keywords) == 0 {
			direct = c.exprs(n.Args)
		}
		// l.append(x) is the commonest builtin method call: no argument slice.
		isAppend := name == "append" && len(direct) == 1
		site := newAttrSite(name)
		return func(fr *frame) (Value, error) {
			o, err := obj(fr)
			if err != nil {
				return nil, err
			}
			if l, ok := o.(*List); ok && isAppend {
				v, err := direct[0](fr)
				if err != nil {
					return nil, err
				}
				l.Elems = appendValue(l.Elems, v)
				return None, nil
			}
			if inst, ok := o.(*Instance); ok && direct != nil {
				if m, ok := site.lookup(inst.Class); ok {
					if f, ok := m.(*Function); ok && f.code.simpleCall(len(direct)+1) {
						if site.notIn(inst.Dict) {
							th := fr.th
							if th.depth >= maxDepth {
								return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
							}
							nf := th.getFrame(f.code, f, f.globals)
							nf.locals[0] = inst
							for i, a := range direct {
								v, err := a(fr)
								if err != nil {
									th.putFrame(nf)
									return nil, err
								}
								nf.locals[i+1] = v
							}
							for _, pc := range f.code.paramCells {
								nf.cells[pc[1]].v = nf.locals[pc[0]]
							}
							fr.line = line
							if err := th.tick(); err != nil {
								return nil, err
							}
							return th.runPooled(nf)
						}
					}
				}
			}
			av, kv, err := argsFn(fr)
			if err != nil {
				return nil, err
			}
			fr.line = line
			th := fr.th
			switch x := o.(type) {
			case *Instance:
				if m, ok := x.Class.Lookup(name); ok {
					if f, ok := m.(*Function); ok {
						if _, shadow := x.Dict.GetStr(name); !shadow {
							all := make([]Value, len(av)+1)
							all[0] = x
							copy(all[1:], av)
							return th.callFunction(f, all, kv)
						}
					}
				}
			case *List, *Dict, Tuple, *Set:
				if m, ok := o.Type().Dict.getStrHashed(name, h); ok {
					if md, ok := m.(*methodDesc); ok {
						// The evaluator's own methods: a panic here is
						// caught by Execute, no per-call recover needed.
						return md.fn(th, o, av, kv)
					}
				}
			}
			f, err := GetAttr(th, o, name)
			if err != nil {
				return nil, err
			}
			return th.Call(f, av, kv)
		}
	}
	fn := c.expr(n.Func)
	if simple && len(n.Keywords) == 0 {
		args := c.exprs(n.Args)
		// Calls of module-level functions read the global inline.
		var gref *globalRef
		if nm, ok := n.Func.(*syntax.Name); ok && c.isGlobalName(nm.Id) {
			gref = newGlobalRef(nm.Id)
		}
		return func(fr *frame) (Value, error) {
			var f Value
			var err error
			if gref != nil {
				f, err = gref.load(fr)
			} else {
				f, err = fn(fr)
			}
			if err != nil {
				return nil, err
			}
			th := fr.th
			if pf, ok := f.(*Function); ok && pf.code.simpleCall(len(args)) {
				if th.depth >= maxDepth {
					return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
				}
				nf := th.getFrame(pf.code, pf, pf.globals)
				for i, a := range args {
					v, err := a(fr)
					if err != nil {
						th.putFrame(nf)
						return nil, err
					}
					nf.locals[i] = v
				}
				for _, pc := range pf.code.paramCells {
					nf.cells[pc[1]].v = nf.locals[pc[0]]
				}
				fr.line = line
				if err := th.tick(); err != nil {
					return nil, err
				}
				return th.runPooled(nf)
			}
			var av []Value
			if len(args) > 0 {
				av = make([]Value, len(args))
				for i, a := range args {
					v, err := a(fr)
					if err != nil {
						return nil, err
					}
					av[i] = v
				}
			}
			fr.line = line
			return th.Call(f, av, nil)
		}
	}
	return func(fr *frame) (Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		av, kv, err := argsFn(fr)
		if err != nil {
			return nil, err
		}
		fr.line = line
		if pf, ok := f.(*Function); ok {
			return fr.th.callFunction(pf, av, kv)
		}
		return fr.th.Call(f, av, kv)
	}
}

func callMethodDesc(th *Thread, md *methodDesc, recv Value, args []Value, kwargs []Kwarg) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, Errorf(SystemError, "%v", r)
		}
	}()
	return md.fn(th, recv, args, kwargs)
}

// zeroArgSuper compiles super() inside a method: the class comes from the
// function's defining class, the instance from its first parameter.
func (c *compiler) zeroArgSuper(nm *syntax.Name) evalFn {
	sc := c.sc
	if sc.kind != scopeFunction || len(sc.params) == 0 {
		return nil
	}
	first := c.loadName(&syntax.Name{At: nm.At, Id: sc.params[0]})
	superName := c.loadName(nm)
	return func(fr *frame) (Value, error) {
		s, err := superName(fr)
		if err != nil {
			return nil, err
		}
		if s != Value(superBuiltinMarker) {
			return fr.th.Call(s, nil, nil)
		}
		if fr.fn == nil || fr.fn.defClass == nil {
			return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
		}
		self, err := first(fr)
		if err != nil {
			return nil, Errorf(RuntimeError, "super(): arg[0] deleted")
		}
		return &Super{Class: fr.fn.defClass, Self: self}, nil
	}
}

// funcTemplate is what a def or lambda statement needs to build a
// Function at run time.
func (c *compiler) makeFunction(n syntax.Node, name string, args *syntax.Arguments, body func(*compiler) execFn, doc string, isLambda bool) evalFn {
	sc := c.scopes[n]
	qual := name
	if c.sc.kind == scopeFunction || c.sc.kind == scopeComp {
		qual = c.qual + ".<locals>." + name
	} else if c.qual != "" {
		qual = c.qual + "." + name
	}
	var defaults []evalFn
	var kwdefaults []evalFn
	if args != nil {
		defaults = c.exprs(args.Defaults)
		kwdefaults = make([]evalFn, len(args.KwOnly))
		for i := range args.KwOnly {
			if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
				kwdefaults[i] = c.expr(args.KwDefaults[i])
			}
		}
	}
	code := c.newCode(sc, name, qual, n.Start().Line)
	code.doc = doc
	code.isLambda = isLambda
	if args != nil {
		code.nPosOnly = len(args.PosOnly)
		code.nArgs = len(args.PosOnly) + len(args.Args)
		code.hasVarargs = args.Vararg != nil
		code.hasKwargs = args.Kwarg != nil
		for _, k := range args.KwOnly {
			code.kwonly = append(code.kwonly, k.Name)
		}
	}
	code.isGen = sc.isGen
	if f, ok := n.(*syntax.FunctionDef); ok && f.IsGenerator {
		code.isGen = true
	}
	code.setFastArity()
	for _, p := range sc.params {
		if idx, ok := sc.cellIdx[p]; ok {
			code.paramCells = append(code.paramCells, [2]int{sc.locals[p], idx})
		}
	}
	sub := &compiler{file: c.file, lines: c.lines, scopes: c.scopes, sc: sc, qual: qual}
	code.body = body(sub)
	freeFrom := c.freeFrom(sc)
	var docVal Value = None
	if doc != "" {
		docVal = Str(doc)
	}
	return func(fr *frame) (Value, error) {
		f := &Function{code: code, Name: name, QualName: qual, Module: "__main__", globals: fr.globals, Doc: docVal}
		if len(defaults) > 0 {
			var err error
			if f.Defaults, err = evalEach(fr, defaults); err != nil {
				return nil, err
			}
		}
		if len(kwdefaults) > 0 {
			var err error
			if f.KwDefaults, err = evalEach(fr, kwdefaults); err != nil {
				return nil, err
			}
		}
		if len(freeFrom) > 0 {
			f.closure = make([]*cell, len(freeFrom))
			for i, idx := range freeFrom {
				f.closure[i] = fr.cells[idx]
			}
		}
		if fr.fn != nil && fr.fn.defClass != nil {
			f.defClass = fr.fn.defClass
		}
		return f, nil
	}
}

// newCode fills a code object's layout from its scope.
func (c *compiler) newCode(sc *scope, name, qual string, line int) *code {
	return &code{
		name: name, qualname: qual, file: c.file, lines: c.lines, firstLine: line,
		nlocals: len(sc.localList), localNames: sc.localList,
		cellNames: sc.cellList, nOwned: sc.nOwned, freeNames: sc.cellList[sc.nOwned:],
	}
}

// freeFrom gives, for each free variable of child scope sc, the index of
// the cell in the current frame that supplies it.
func (c *compiler) freeFrom(sc *scope) []int {
	free := sc.cellList[sc.nOwned:]
	out := make([]int, len(free))
	for i, name := range free {
		idx, ok := c.sc.cellIdx[name]
		if !ok {
			panic(compileErr{fmt.Errorf("internal error: no cell for free variable %q", name)})
		}
		out[i] = idx
	}
	return out
}

func (c *compiler) funcDef(n *syntax.FunctionDef) execFn {
	decos := c.exprs(n.Decorators)
	mk := c.makeFunction(n, n.Name, n.Args, func(sub *compiler) execFn { return sub.block(n.Body) }, n.Doc, false)
	store := c.storeName(n.Name)
	return func(fr *frame) (ctl, error) {
		ds, err := evalEach(fr, decos)
		if err != nil {
			return ctlNext, err
		}
		f, err := mk(fr)
		if err != nil {
			return ctlNext, err
		}
		for i := len(ds) - 1; i >= 0; i-- {
			f, err = fr.th.Call(ds[i], []Value{f}, nil)
			if err != nil {
				return ctlNext, err
			}
		}
		return ctlNext, store(fr, f)
	}
}

func (c *compiler) lambda(n *syntax.Lambda) evalFn {
	return c.makeFunction(n, "<lambda>", n.Args, func(sub *compiler) execFn {
		body := sub.expr(n.Body)
		return func(fr *frame) (ctl, error) {
			v, err := body(fr)
			if err != nil {
				return ctlNext, err
			}
			fr.ret = v
			return ctlReturn, nil
		}
	}, "", true)
}
