package interp

import (
	"strings"

	"github.com/gobrian/gobrian/interp/syntax"
)

// Import imports a module by dotted name, loading native modules once per
// session. Parent packages are loaded (or synthesised) first and the
// submodule is bound as their attribute, as CPython does.
func (th *Thread) Import(name string) (*Module, error) {
	s := th.session
	if m, ok := s.modules[name]; ok {
		return m, nil
	}
	var parent *Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 && !s.loading[name[:i]] {
		// A package that imports its own submodules while loading (as
		// brian2 does) is not re-entered; it gets them bound afterwards.
		p, err := th.Import(name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
	}
	loader, ok := s.opts.Modules[name]
	if !ok {
		loader, ok = s.stdModules[name]
	}
	var m *Module
	if !ok {
		if !s.hasSubmodules(name) {
			return nil, &Exception{Class: ModuleNotFoundError, Args: Tuple{Str("No module named '" + name + "'")}}
		}
		m = NewModule(name)
	} else {
		s.loading[name] = true
		var err error
		m, err = th.loadModule(name, loader)
		delete(s.loading, name)
		if err != nil {
			return nil, err
		}
		for k, sub := range s.modules {
			if rest, ok := strings.CutPrefix(k, name+"."); ok && !strings.Contains(rest, ".") {
				if _, has := m.Members.GetStr(rest); !has {
					m.Set(rest, sub)
				}
			}
		}
	}
	s.modules[name] = m
	if parent != nil {
		parent.Set(name[strings.LastIndexByte(name, '.')+1:], m)
	}
	return m, nil
}

func (th *Thread) loadModule(name string, loader ModuleLoader) (m *Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, Errorf(SystemError, "loading module %s: %v", name, r)
		}
	}()
	m, err = loader(th)
	if err != nil {
		return nil, asPyError(err)
	}
	if m == nil {
		return nil, Errorf(ImportError, "module %s failed to load", name)
	}
	return m, nil
}

// hasSubmodules reports whether some importable module lives under name.
func (s *Session) hasSubmodules(name string) bool {
	prefix := name + "."
	for k := range s.opts.Modules {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	for k := range s.stdModules {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

func (c *compiler) importStmt(n *syntax.Import) execFn {
	type item struct {
		name  string
		bind  string
		store assignFn
		as    bool
	}
	var items []item
	for _, a := range n.Names {
		b := importBindName(a)
		items = append(items, item{name: a.Name, bind: b, store: c.storeName(b), as: a.AsName != ""})
	}
	return func(fr *frame) (ctl, error) {
		for _, it := range items {
			m, err := fr.th.Import(it.name)
			if err != nil {
				return ctlNext, err
			}
			if !it.as && it.bind != it.name {
				m = fr.th.session.modules[it.bind]
			}
			if err := it.store(fr, m); err != nil {
				return ctlNext, err
			}
		}
		return ctlNext, nil
	}
}

func (c *compiler) importFrom(n *syntax.ImportFrom) execFn {
	if n.Level > 0 {
		c.fail(n, "attempted relative import with no known parent package")
	}
	modName := n.Module
	if n.Names == nil {
		if c.sc.kind != scopeModule {
			c.fail(n, "import * only allowed at module level")
		}
		return func(fr *frame) (ctl, error) {
			m, err := fr.th.Import(modName)
			if err != nil {
				return ctlNext, err
			}
			for _, name := range m.PublicNames() {
				v, err := m.Attr(fr.th, name)
				if err != nil {
					return ctlNext, err
				}
				if v == nil {
					continue
				}
				fr.globals.SetStr(name, v)
			}
			return ctlNext, nil
		}
	}
	type item struct {
		name  string
		store assignFn
	}
	var items []item
	for _, a := range n.Names {
		b := a.Name
		if a.AsName != "" {
			b = a.AsName
		}
		items = append(items, item{a.Name, c.storeName(b)})
	}
	return func(fr *frame) (ctl, error) {
		m, err := fr.th.Import(modName)
		if err != nil {
			return ctlNext, err
		}
		for _, it := range items {
			v, err := m.Attr(fr.th, it.name)
			if err != nil {
				return ctlNext, err
			}
			if v == nil {
				sub, serr := fr.th.Import(modName + "." + it.name)
				if serr != nil {
					return ctlNext, &Exception{Class: ImportError, Args: Tuple{Str("cannot import name '" + it.name + "' from '" + modName + "' (unknown location)")}}
				}
				v = sub
			}
			if err := it.store(fr, v); err != nil {
				return ctlNext, err
			}
		}
		return ctlNext, nil
	}
}
