package interp

import (
	"github.com/gobrian/gobrian/interp/syntax"
)

// Hashes of hook names, computed once at init.
var (
	hashSetattr = strHash("__setattr__")
)

func unboundLocal(name string) *Exception {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

func nameError(name string) *Exception {
	e := Errorf(NameError, "name '%s' is not defined", name)
	return e
}

// localSlot reports the slot of a plain (uncaptured) local of the current
// function scope.
func (c *compiler) localSlot(name string) (int, bool) {
	sc := c.sc
	if !sc.funcLike() || sc.globals[name] {
		return 0, false
	}
	if _, isCell := sc.cellIdx[name]; isCell {
		return 0, false
	}
	slot, ok := sc.locals[name]
	return slot, ok
}

// lookupGlobal finds a global or builtin.
func lookupGlobal(fr *frame, name string, h uint64) (Value, bool) {
	if v, ok := fr.globals.getStrHashed(name, h); ok {
		return v, true
	}
	v, ok := fr.th.session.builtins[name]
	return v, ok
}

// globalRef loads one module-level name (or builtin), remembering where
// it was found while the globals dict is the same and keeps its key set
// (ver): entries only move when keys are added or removed.
type globalRef struct {
	name string
	h    uint64
	d    *Dict
	ver  uint64
	ent  *dictEntry // the name's entry in d, or builtin when not a global
	// builtin holds a builtin found when the name is not a global.
	builtin dictEntry
}

func newGlobalRef(name string) *globalRef {
	return &globalRef{name: name, h: strHash(name)}
}

// load is small enough to inline at call sites; misses go to refill.
func (r *globalRef) load(fr *frame) (Value, error) {
	if d := fr.globals; r.d == d && r.ver == d.ver {
		return r.ent.value, nil
	}
	return r.refill(fr)
}

func (r *globalRef) refill(fr *frame) (Value, error) {
	d := fr.globals
	if i := d.findStr(r.name, r.h); i >= 0 {
		r.d, r.ver, r.ent, r.builtin = d, d.ver, &d.entries[i], dictEntry{}
		return r.ent.value, nil
	}
	if v, ok := fr.th.session.builtins[r.name]; ok {
		r.builtin = dictEntry{value: v}
		r.d, r.ver, r.ent = d, d.ver, &r.builtin
		return v, nil
	}
	return nil, nameError(r.name)
}

func (c *compiler) globalLoad(name string) evalFn {
	return newGlobalRef(name).load
}

// isGlobalName reports whether loading name in the current scope reads
// the module globals (or builtins), as loadName decides.
func (c *compiler) isGlobalName(name string) bool {
	sc := c.sc
	switch sc.kind {
	case scopeModule:
		return true
	case scopeClass:
		return false
	}
	if sc.globals[name] {
		return true
	}
	if _, ok := sc.cellIdx[name]; ok {
		return false
	}
	_, local := sc.locals[name]
	return !local
}

// globalStore assigns a module-level name, remembering its entry while the
// dict's key set is unchanged.
func (c *compiler) globalStore(name string, h uint64) assignFn {
	var cd *Dict
	var ver uint64
	idx := -1
	return func(fr *frame, v Value) error {
		d := fr.globals
		if d == cd && d.ver == ver && idx >= 0 {
			d.entries[idx].value = v
			return nil
		}
		d.setStrHashed(name, h, v)
		cd, ver, idx = d, d.ver, d.findStr(name, h)
		return nil
	}
}

func (c *compiler) loadName(n *syntax.Name) evalFn {
	name := n.Id
	sc := c.sc
	switch sc.kind {
	case scopeModule:
		return c.globalLoad(name)
	case scopeClass:
		h := strHash(name)
		if idx, ok := sc.cellIdx[name]; ok && !sc.bound[name] {
			return func(fr *frame) (Value, error) {
				if v, ok := fr.ns.getStrHashed(name, h); ok {
					return v, nil
				}
				if v := fr.cells[idx].v; v != nil {
					return v, nil
				}
				return nil, Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
			}
		}
		return func(fr *frame) (Value, error) {
			if v, ok := fr.ns.getStrHashed(name, h); ok {
				return v, nil
			}
			if v, ok := lookupGlobal(fr, name, h); ok {
				return v, nil
			}
			return nil, nameError(name)
		}
	}
	if sc.globals[name] {
		return c.globalLoad(name)
	}
	if idx, ok := sc.cellIdx[name]; ok {
		owned := idx < sc.nOwned
		return func(fr *frame) (Value, error) {
			if v := fr.cells[idx].v; v != nil {
				return v, nil
			}
			if owned {
				return nil, unboundLocal(name)
			}
			return nil, Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		}
	}
	if slot, ok := sc.locals[name]; ok {
		return func(fr *frame) (Value, error) {
			if v := fr.locals[slot]; v != nil {
				return v, nil
			}
			return nil, unboundLocal(name)
		}
	}
	return c.globalLoad(name)
}

// storeName compiles an assignment to a name in the current scope.
func (c *compiler) storeName(name string) assignFn {
	sc := c.sc
	h := strHash(name)
	switch sc.kind {
	case scopeModule:
		return c.globalStore(name, h)
	case scopeClass:
		if sc.nonlocals[name] {
			idx := sc.cellIdx[name]
			return func(fr *frame, v Value) error { fr.cells[idx].v = v; return nil }
		}
		if sc.globals[name] {
			return func(fr *frame, v Value) error { fr.globals.setStrHashed(name, h, v); return nil }
		}
		return func(fr *frame, v Value) error { fr.ns.setStrHashed(name, h, v); return nil }
	}
	if sc.globals[name] {
		return func(fr *frame, v Value) error { fr.globals.setStrHashed(name, h, v); return nil }
	}
	if idx, ok := sc.cellIdx[name]; ok {
		return func(fr *frame, v Value) error { fr.cells[idx].v = v; return nil }
	}
	if slot, ok := sc.locals[name]; ok {
		return func(fr *frame, v Value) error { fr.locals[slot] = v; return nil }
	}
	// A walrus target in a module-level comprehension.
	return func(fr *frame, v Value) error { fr.globals.setStrHashed(name, h, v); return nil }
}

func (c *compiler) delName(n *syntax.Name) execFn {
	name := n.Id
	sc := c.sc
	h := strHash(name)
	delDict := func(get func(fr *frame) *Dict) execFn {
		return func(fr *frame) (ctl, error) {
			if !get(fr).DeleteStr(name) {
				return ctlNext, nameError(name)
			}
			return ctlNext, nil
		}
	}
	_ = h
	switch {
	case sc.kind == scopeModule || sc.globals[name]:
		return delDict(func(fr *frame) *Dict { return fr.globals })
	case sc.kind == scopeClass:
		return delDict(func(fr *frame) *Dict { return fr.ns })
	}
	if idx, ok := sc.cellIdx[name]; ok {
		return func(fr *frame) (ctl, error) {
			if fr.cells[idx].v == nil {
				return ctlNext, unboundLocal(name)
			}
			fr.cells[idx].v = nil
			return ctlNext, nil
		}
	}
	slot := sc.locals[name]
	return func(fr *frame) (ctl, error) {
		if fr.locals[slot] == nil {
			return ctlNext, unboundLocal(name)
		}
		fr.locals[slot] = nil
		return ctlNext, nil
	}
}

// delNameQuiet unbinds the "except E as name" variable without errors.
func (c *compiler) delNameQuiet(name string) execFn {
	d := c.delName(&syntax.Name{Id: name})
	return func(fr *frame) (ctl, error) {
		_, _ = d(fr)
		return ctlNext, nil
	}
}

// target compiles an assignment target.
func (c *compiler) target(e syntax.Expr) assignFn {
	switch t := e.(type) {
	case *syntax.Name:
		return c.storeName(t.Id)
	case *syntax.Tuple:
		return c.unpackTarget(t.Elts)
	case *syntax.List:
		return c.unpackTarget(t.Elts)
	case *syntax.Attribute:
		obj := c.expr(t.Value)
		name := t.Attr
		site := newAttrSite(name)
		return func(fr *frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			if inst, ok := o.(*Instance); ok && site.plain(inst.Class) {
				inst.Dict.setStrHashed(name, site.h, v)
				return nil
			}
			return SetAttr(fr.th, o, name, v)
		}
	case *syntax.Subscript:
		obj := c.expr(t.Value)
		key := c.index(t.Index)
		return func(fr *frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			k, err := key(fr)
			if err != nil {
				return err
			}
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Elems) {
					l.Elems[i] = v
					return nil
				}
			}
			return SetItem(fr.th, o, k, v)
		}
	case *syntax.Starred:
		c.fail(e, "starred assignment target must be in a list or tuple")
	}
	c.fail(e, "cannot assign to "+exprKind(e))
	return nil
}

func (c *compiler) unpackTarget(elts []syntax.Expr) assignFn {
	star := -1
	targets := make([]assignFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail(e, "multiple starred expressions in assignment")
			}
			star = i
			targets[i] = c.target(s.Value)
		} else {
			targets[i] = c.target(e)
		}
	}
	n := len(elts)
	return func(fr *frame, v Value) error {
		var items []Value
		switch x := v.(type) {
		case Tuple:
			items = x
		case *List:
			items = append([]Value(nil), x.Elems...)
		default:
			if _, err := Iterate(fr.th, v); err != nil {
				return Errorf(TypeError, "cannot unpack non-iterable %s object", v.Type().Name)
			}
			var err error
			items, err = ToSlice(fr.th, v)
			if err != nil {
				return err
			}
		}
		if star < 0 {
			if len(items) != n {
				if len(items) > n {
					return Errorf(ValueError, "too many values to unpack (expected %d)", n)
				}
				return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
			}
			for i, t := range targets {
				if err := t(fr, items[i]); err != nil {
					return err
				}
			}
			return nil
		}
		if len(items) < n-1 {
			return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", n-1, len(items))
		}
		after := n - 1 - star
		for i := 0; i < star; i++ {
			if err := targets[i](fr, items[i]); err != nil {
				return err
			}
		}
		mid := append([]Value{}, items[star:len(items)-after]...)
		if err := targets[star](fr, NewList(mid)); err != nil {
			return err
		}
		for j := 0; j < after; j++ {
			if err := targets[star+1+j](fr, items[len(items)-after+j]); err != nil {
				return err
			}
		}
		return nil
	}
}
