package pystd

import "github.com/gobrian/gobrian/interp"

// PartialType is the class of functools.partial objects.
var PartialType = interp.NewClass("partial", "functools")

// partial is functools.partial: a callable with frozen leading arguments
// and keywords (call-time keywords override them).
type partial struct {
	fn   value
	args []value
	kw   []kwarg
}

func (*partial) Type() *interp.Class { return PartialType }

func (p *partial) Call(th *thread, args []value, kw []kwarg) (value, error) {
	all := append(append([]value(nil), p.args...), args...)
	merged := append([]kwarg(nil), p.kw...)
	for _, k := range kw {
		replaced := false
		for i := range merged {
			if merged[i].Name == k.Name {
				merged[i].Value, replaced = k.Value, true
			}
		}
		if !replaced {
			merged = append(merged, k)
		}
	}
	return th.Call(p.fn, all, merged)
}

func (p *partial) Attr(th *thread, name string) (value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return interp.Tuple(append([]value{}, p.args...)), nil
	case "keywords":
		d := interp.NewDict()
		for _, k := range p.kw {
			d.SetStr(k.Name, k.Value)
		}
		return d, nil
	}
	return nil, nil
}

func (p *partial) AttrNames() []string { return []string{"args", "func", "keywords"} }

func (p *partial) Repr(th *thread) (string, error) {
	args, err := callArgsRepr(th, append([]value{p.fn}, p.args...), p.kw)
	if err != nil {
		return "", err
	}
	return "functools.partial(" + args + ")", nil
}

func init() {
	PartialType.New = func(th *thread, cls *interp.Class, args []value, kw []kwarg) (value, error) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "type 'partial' takes at least one argument")
		}
		if !interp.IsCallable(args[0]) {
			return nil, interp.Errorf(interp.TypeError, "the first argument must be callable")
		}
		// Nested partials flatten, as in CPython.
		if inner, ok := args[0].(*partial); ok {
			merged := append([]kwarg(nil), inner.kw...)
			for _, k := range kw {
				found := false
				for i := range merged {
					if merged[i].Name == k.Name {
						merged[i].Value, found = k.Value, true
					}
				}
				if !found {
					merged = append(merged, k)
				}
			}
			return &partial{fn: inner.fn, args: append(append([]value(nil), inner.args...), args[1:]...), kw: merged}, nil
		}
		return &partial{fn: args[0], args: append([]value(nil), args[1:]...), kw: append([]kwarg(nil), kw...)}, nil
	}
}

// cmpKey is the key object cmp_to_key builds: comparisons call the
// user's cmp function.
type cmpKey struct {
	cmp value
	obj value
}

var cmpKeyType = interp.NewClass("functools.KeyWrapper", "functools")

func (*cmpKey) Type() *interp.Class { return cmpKeyType }

func (k *cmpKey) Compare(th *thread, op interp.Op, other value) (value, error) {
	o, ok := other.(*cmpKey)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "other argument must be K instance")
	}
	r, err := th.Call(k.cmp, []value{k.obj, o.obj}, nil)
	if err != nil {
		return nil, err
	}
	return interp.Compare(th, op, r, interp.Int(0))
}

// update_wrapper's attribute lists.
var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__"}

func updateWrapper(th *thread, wrapper, wrapped value) (value, error) {
	for _, name := range wrapperAssignments {
		v, err := interp.GetAttr(th, wrapped, name)
		if err != nil {
			continue
		}
		_ = interp.SetAttr(th, wrapper, name, v)
	}
	if d, err := interp.GetAttr(th, wrapped, "__dict__"); err == nil {
		if dd, ok := d.(*interp.Dict); ok {
			var ferr error
			dd.Items(func(k, v value) bool {
				if s, ok := k.(interp.Str); ok {
					ferr = interp.SetAttr(th, wrapper, string(s), v)
				}
				return ferr == nil
			})
		}
	}
	if err := interp.SetAttr(th, wrapper, "__wrapped__", wrapped); err != nil {
		return nil, err
	}
	return wrapper, nil
}

// functoolsPrelude holds the parts whose results must be Python functions
// (so that they bind as methods): the lru_cache wrapper and the comparison
// methods total_ordering adds.
const functoolsPrelude = `
_kwmark = object()

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwmark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key

def _lru_wrapper(user_function, maxsize, typed, CacheInfo):
    cache = {}
    stats = [0, 0]
    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result
    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r
`

// totalOrderingPlan lists, for each root comparison (in the priority
// CPython uses: the max name), the methods it derives.
var totalOrderingPlan = []struct {
	root    string
	derived [3][2]string
}{
	{"__lt__", [3][2]string{{"__gt__", "_gt_from_lt"}, {"__le__", "_le_from_lt"}, {"__ge__", "_ge_from_lt"}}},
	{"__le__", [3][2]string{{"__ge__", "_ge_from_le"}, {"__lt__", "_lt_from_le"}, {"__gt__", "_gt_from_le"}}},
	{"__gt__", [3][2]string{{"__lt__", "_lt_from_gt"}, {"__ge__", "_ge_from_gt"}, {"__le__", "_le_from_gt"}}},
	{"__ge__", [3][2]string{{"__le__", "_le_from_ge"}, {"__gt__", "_gt_from_ge"}, {"__lt__", "_lt_from_ge"}}},
}

// definesOwn reports whether a class other than object defines name.
func definesOwn(cls *interp.Class, name string) bool {
	for _, c := range cls.MRO {
		if c == interp.ObjectType || c.Dict == nil {
			continue
		}
		if _, ok := c.Dict.GetStr(name); ok {
			return true
		}
	}
	return false
}

func functoolsModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("functools")
	ns, err := execPrelude(th, functoolsPrelude)
	if err != nil {
		return nil, err
	}
	cacheInfo, err := makeNamedTuple("CacheInfo", "functools", []string{"hits", "misses", "maxsize", "currsize"}, nil)
	if err != nil {
		return nil, err
	}
	lruWrapper, _ := ns.GetStr("_lru_wrapper")
	m.Set("partial", PartialType)
	def(m, "reduce", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := noKwargs("reduce", kw); err != nil {
			return nil, err
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, interp.Errorf(interp.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
		}
		var acc value
		if len(args) == 3 {
			acc = args[2]
		}
		err := iterate(th, args[1], func(v value) error {
			if acc == nil {
				acc = v
				return nil
			}
			r, err := th.Call(args[0], []value{acc, v}, nil)
			acc = r
			return err
		})
		if err != nil {
			return nil, err
		}
		if acc == nil {
			return nil, interp.Errorf(interp.TypeError, "reduce() of empty iterable with no initial value")
		}
		return acc, nil
	})
	wrap := func(fn, maxsize, typed value) (value, error) {
		w, err := th.Call(lruWrapper, []value{fn, maxsize, typed, cacheInfo}, nil)
		if err != nil {
			return nil, err
		}
		return updateWrapper(th, w, fn)
	}
	def(m, "lru_cache", func(th *thread, args []value, kw []kwarg) (value, error) {
		var maxsize value = interp.Int(128)
		var typed value = interp.False
		if err := interp.UnpackArgs("lru_cache", args, kw, "maxsize?", &maxsize, "typed?", &typed); err != nil {
			return nil, err
		}
		switch {
		case isInt(maxsize):
			if n, _ := interp.AsInt(maxsize); n < 0 {
				maxsize = interp.Int(0)
			}
		case interp.IsCallable(maxsize):
			return wrap(maxsize, interp.Int(128), typed)
		case maxsize != interp.None:
			return nil, interp.Errorf(interp.TypeError, "Expected first argument to be an integer, a callable, or None")
		}
		return method("decorating_function", func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("decorating_function", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return wrap(args[0], maxsize, typed)
		}), nil
	})
	def(m, "cache", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("cache", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return wrap(args[0], interp.None, interp.False)
	})
	def(m, "update_wrapper", func(th *thread, args []value, kw []kwarg) (value, error) {
		var wrapper, wrapped, assigned, updated value
		if err := interp.UnpackArgs("update_wrapper", args, kw, "wrapper", &wrapper, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
			return nil, err
		}
		return updateWrapper(th, wrapper, wrapped)
	})
	def(m, "wraps", func(th *thread, args []value, kw []kwarg) (value, error) {
		var wrapped, assigned, updated value
		if err := interp.UnpackArgs("wraps", args, kw, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
			return nil, err
		}
		return method("decorator", func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("decorator", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return updateWrapper(th, args[0], wrapped)
		}), nil
	})
	def(m, "cmp_to_key", func(th *thread, args []value, kw []kwarg) (value, error) {
		var cmp value
		if err := interp.UnpackArgs("cmp_to_key", args, kw, "mycmp", &cmp); err != nil {
			return nil, err
		}
		return method("K", func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs("K", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return &cmpKey{cmp: cmp, obj: args[0]}, nil
		}), nil
	})
	def(m, "total_ordering", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("total_ordering", args, kw, 1, 1); err != nil {
			return nil, err
		}
		cls, ok := args[0].(*interp.Class)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "total_ordering expects a class")
		}
		for _, plan := range totalOrderingPlan {
			if !definesOwn(cls, plan.root) {
				continue
			}
			for _, d := range plan.derived {
				if definesOwn(cls, d[0]) {
					continue
				}
				fn, _ := ns.GetStr(d[1])
				_ = interp.SetAttr(th, fn, "__name__", interp.Str(d[0]))
				cls.Dict.SetStr(d[0], fn)
			}
			return cls, nil
		}
		return nil, interp.Errorf(interp.ValueError, "must define at least one ordering operation: < > <= >=")
	})
	return m, nil
}
