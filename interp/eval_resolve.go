package interp

import (
	"github.com/gobrian/gobrian/interp/syntax"
)

// The resolver decides, before compilation, where every name lives: a
// local slot, a cell shared with closures, a global, or (in class bodies)
// the class namespace. This is what lets the evaluator use slices instead
// of dictionaries for function locals.

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComp
)

type scope struct {
	kind      scopeKind
	parent    *scope
	bound     map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	used      map[string]bool
	// walrus names bound by := inside a comprehension belong to the
	// enclosing function; they are recorded here to be resolved as free.
	walrus   map[string]bool
	params   []string
	isGen    bool
	children []*scope

	// Results.
	locals    map[string]int // slot index
	localList []string
	cellIdx   map[string]int // index into frame.cells
	cellList  []string       // owned cells first, then free
	nOwned    int
	free      map[string]bool
	captured  map[string]bool // locals that inner scopes capture
}

func newScope(kind scopeKind, parent *scope) *scope {
	s := &scope{kind: kind, parent: parent,
		bound: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{},
		used: map[string]bool{}, walrus: map[string]bool{}, free: map[string]bool{}, captured: map[string]bool{},
		locals: map[string]int{}, cellIdx: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) funcLike() bool { return s.kind == scopeFunction || s.kind == scopeComp }

// resolver walks the AST once to build scopes.
type resolver struct {
	scopes map[syntax.Node]*scope
	cur    *scope
	err    error
	file   string
}

func (r *resolver) syntaxErr(n syntax.Node, msg string) {
	if r.err == nil {
		p := n.Start()
		r.err = &syntax.Error{Kind: "SyntaxError", Msg: msg, File: r.file, Pos: p}
	}
}

func (r *resolver) bind(name string) {
	r.cur.bound[name] = true
}

func (r *resolver) use(name string) { r.cur.used[name] = true }

func (r *resolver) stmts(body []syntax.Stmt) {
	for _, s := range body {
		r.stmt(s)
	}
}

func (r *resolver) target(e syntax.Expr) {
	switch t := e.(type) {
	case *syntax.Name:
		r.bind(t.Id)
	case *syntax.Tuple:
		for _, x := range t.Elts {
			r.target(x)
		}
	case *syntax.List:
		for _, x := range t.Elts {
			r.target(x)
		}
	case *syntax.Starred:
		r.target(t.Value)
	case *syntax.Attribute:
		r.expr(t.Value)
	case *syntax.Subscript:
		r.expr(t.Value)
		r.expr(t.Index)
	default:
		r.expr(e)
	}
}

func (r *resolver) stmt(s syntax.Stmt) {
	switch n := s.(type) {
	case *syntax.ExprStmt:
		r.expr(n.Value)
	case *syntax.Assign:
		r.expr(n.Value)
		for _, t := range n.Targets {
			r.target(t)
		}
	case *syntax.AugAssign:
		r.expr(n.Value)
		if nm, ok := n.Target.(*syntax.Name); ok {
			r.use(nm.Id)
		}
		r.target(n.Target)
	case *syntax.AnnAssign:
		if n.Value != nil {
			r.expr(n.Value)
			r.target(n.Target)
		} else if nm, ok := n.Target.(*syntax.Name); ok && r.cur.kind != scopeModule {
			r.bind(nm.Id)
		}
	case *syntax.Delete:
		for _, t := range n.Targets {
			r.target(t)
		}
	case *syntax.Return:
		if r.cur.kind != scopeFunction {
			r.syntaxErr(n, "'return' outside function")
		}
		if n.Value != nil {
			r.expr(n.Value)
		}
	case *syntax.Raise:
		if n.Exc != nil {
			r.expr(n.Exc)
		}
		if n.Cause != nil {
			r.expr(n.Cause)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			r.cur.globals[name] = true
		}
	case *syntax.Nonlocal:
		if r.cur.kind == scopeModule {
			r.syntaxErr(n, "nonlocal declaration not allowed at module level")
		}
		for _, name := range n.Names {
			r.cur.nonlocals[name] = true
		}
	case *syntax.If:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.OrElse)
	case *syntax.While:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.OrElse)
	case *syntax.For:
		r.expr(n.Iter)
		r.target(n.Target)
		r.stmts(n.Body)
		r.stmts(n.OrElse)
	case *syntax.FunctionDef:
		for _, d := range n.Decorators {
			r.expr(d)
		}
		r.args(n.Args)
		r.bind(n.Name)
		r.function(n, n.Args, func() { r.stmts(n.Body) })
	case *syntax.ClassDef:
		for _, d := range n.Decorators {
			r.expr(d)
		}
		for _, b := range n.Bases {
			r.expr(b)
		}
		for _, k := range n.Keywords {
			r.expr(k.Value)
		}
		r.bind(n.Name)
		sc := newScope(scopeClass, r.cur)
		r.scopes[n] = sc
		saved := r.cur
		r.cur = sc
		r.stmts(n.Body)
		r.cur = saved
	case *syntax.Try:
		r.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.bind(h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(n.OrElse)
		r.stmts(n.Finally)
	case *syntax.With:
		for _, it := range n.Items {
			r.expr(it.Context)
			if it.Target != nil {
				r.target(it.Target)
			}
		}
		r.stmts(n.Body)
	case *syntax.Assert:
		r.expr(n.Test)
		if n.Msg != nil {
			r.expr(n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			r.bind(importBindName(a))
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.AsName != "" {
				r.bind(a.AsName)
			} else {
				r.bind(a.Name)
			}
		}
	}
}

func importBindName(a *syntax.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// args resolves default values in the enclosing scope.
func (r *resolver) args(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		r.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

func paramNames(a *syntax.Arguments) []string {
	if a == nil {
		return nil
	}
	var out []string
	for _, p := range a.PosOnly {
		out = append(out, p.Name)
	}
	for _, p := range a.Args {
		out = append(out, p.Name)
	}
	if a.Vararg != nil {
		out = append(out, a.Vararg.Name)
	}
	for _, p := range a.KwOnly {
		out = append(out, p.Name)
	}
	if a.Kwarg != nil {
		out = append(out, a.Kwarg.Name)
	}
	return out
}

func (r *resolver) function(n syntax.Node, a *syntax.Arguments, body func()) {
	sc := newScope(scopeFunction, r.cur)
	r.scopes[n] = sc
	sc.params = paramNames(a)
	for _, p := range sc.params {
		sc.bound[p] = true
	}
	saved := r.cur
	r.cur = sc
	body()
	r.cur = saved
}

func (r *resolver) exprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			r.expr(e)
		}
	}
}

func (r *resolver) expr(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		r.use(n.Id)
	case *syntax.JoinedStr:
		r.exprs(n.Values)
	case *syntax.FormattedValue:
		r.expr(n.Value)
		if n.Spec != nil {
			r.expr(n.Spec)
		}
	case *syntax.Tuple:
		r.exprs(n.Elts)
	case *syntax.List:
		r.exprs(n.Elts)
	case *syntax.Set:
		r.exprs(n.Elts)
	case *syntax.Dict:
		r.exprs(n.Keys)
		r.exprs(n.Values)
	case *syntax.Starred:
		r.expr(n.Value)
	case *syntax.Attribute:
		r.expr(n.Value)
	case *syntax.Subscript:
		r.expr(n.Value)
		r.expr(n.Index)
	case *syntax.Slice:
		r.exprs([]syntax.Expr{n.Lower, n.Upper, n.Step})
	case *syntax.Call:
		r.expr(n.Func)
		r.exprs(n.Args)
		for _, k := range n.Keywords {
			r.expr(k.Value)
		}
		// Zero-argument super() needs the enclosing method's first argument.
		if nm, ok := n.Func.(*syntax.Name); ok && nm.Id == "super" && len(n.Args) == 0 {
			if sc := r.cur; sc.kind == scopeFunction && len(sc.params) > 0 {
				sc.used[sc.params[0]] = true
			}
		}
	case *syntax.BinOp:
		r.expr(n.Left)
		r.expr(n.Right)
	case *syntax.UnaryOp:
		r.expr(n.Operand)
	case *syntax.BoolOp:
		r.exprs(n.Values)
	case *syntax.Compare:
		r.expr(n.Left)
		r.exprs(n.Comparators)
	case *syntax.IfExp:
		r.expr(n.Test)
		r.expr(n.Body)
		r.expr(n.OrElse)
	case *syntax.Lambda:
		r.args(n.Args)
		r.function(n, n.Args, func() { r.expr(n.Body) })
	case *syntax.Comp:
		// The first iterable is evaluated in the enclosing scope.
		r.expr(n.Generators[0].Iter)
		sc := newScope(scopeComp, r.cur)
		r.scopes[n] = sc
		sc.params = []string{".0"}
		sc.bound[".0"] = true
		saved := r.cur
		r.cur = sc
		for i, g := range n.Generators {
			if i > 0 {
				r.expr(g.Iter)
			}
			r.target(g.Target)
			r.exprs(g.Ifs)
		}
		r.expr(n.Elt)
		if n.Value != nil {
			r.expr(n.Value)
		}
		r.cur = saved
	case *syntax.Yield:
		r.cur.isGen = true
		if n.Value != nil {
			r.expr(n.Value)
		}
	case *syntax.YieldFrom:
		r.cur.isGen = true
		r.expr(n.Value)
	case *syntax.NamedExpr:
		r.expr(n.Value)
		if r.cur.kind == scopeComp {
			owner := r.cur
			for owner.kind == scopeComp {
				owner = owner.parent
			}
			owner.bound[n.Target.Id] = true
			for s := r.cur; s.kind == scopeComp; s = s.parent {
				s.walrus[n.Target.Id] = true
				s.used[n.Target.Id] = true
			}
		} else {
			r.bind(n.Target.Id)
		}
	case *syntax.Await:
		r.syntaxErr(n, "'await' outside async function")
	}
}

// finish computes locals, cells and free variables for every scope.
func finishScope(s *scope) {
	if s.funcLike() {
		// Parameters first so that they occupy slots 0..n-1.
		for _, p := range s.params {
			if _, ok := s.locals[p]; !ok {
				s.locals[p] = len(s.localList)
				s.localList = append(s.localList, p)
			}
		}
		for name := range s.bound {
			if s.globals[name] || s.nonlocals[name] || s.walrus[name] {
				continue
			}
			if _, ok := s.locals[name]; !ok {
				s.locals[name] = len(s.localList)
				s.localList = append(s.localList, name)
			}
		}
	}
	// Names an inner scope needs from outside it.
	for _, c := range s.children {
		finishScope(c)
	}
	// Names used or declared nonlocal here that are not local: find them in
	// enclosing function scopes.
	need := map[string]bool{}
	for name := range s.used {
		need[name] = true
	}
	for name := range s.nonlocals {
		need[name] = true
	}
	for name := range s.walrus {
		need[name] = true
	}
	for name := range need {
		if s.globals[name] || s.kind == scopeModule {
			continue
		}
		if s.funcLike() {
			if _, local := s.locals[name]; local {
				continue
			}
		}
		if s.kind == scopeClass && s.bound[name] && !s.nonlocals[name] {
			continue
		}
		markFree(s, name)
	}
}

// markFree makes name a free variable of s if an enclosing function binds
// it, marking it captured there and free in every scope in between.
func markFree(s *scope, name string) {
	var chain []*scope
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == scopeModule {
			return
		}
		if p.kind == scopeClass {
			chain = append(chain, p)
			continue
		}
		if p.globals[name] {
			return
		}
		if _, ok := p.locals[name]; ok {
			p.captured[name] = true
			s.free[name] = true
			for _, c := range chain {
				c.free[name] = true
			}
			return
		}
		if p.free[name] || p.nonlocals[name] || p.walrus[name] {
			// p gets it from further out.
			chain = append(chain, p)
			continue
		}
		chain = append(chain, p)
	}
}

// layoutCells assigns cell indices after all scopes know what is captured.
func layoutCells(s *scope) {
	for _, name := range s.localList {
		if s.captured[name] {
			s.cellIdx[name] = len(s.cellList)
			s.cellList = append(s.cellList, name)
		}
	}
	s.nOwned = len(s.cellList)
	for _, name := range sortedKeys(s.free) {
		if _, ok := s.cellIdx[name]; !ok {
			s.cellIdx[name] = len(s.cellList)
			s.cellList = append(s.cellList, name)
		}
	}
	for _, c := range s.children {
		layoutCells(c)
	}
}

// propagateFree makes sure intermediate function scopes that only pass a
// free variable through also carry it (a grandchild's needs).
func propagateFree(s *scope) bool {
	changed := false
	for _, c := range s.children {
		if propagateFree(c) {
			changed = true
		}
		for name := range c.free {
			if s.kind == scopeModule {
				continue
			}
			if s.funcLike() {
				if _, ok := s.locals[name]; ok {
					if !s.captured[name] {
						s.captured[name] = true
						changed = true
					}
					continue
				}
			}
			if !s.free[name] {
				s.free[name] = true
				changed = true
			}
		}
	}
	return changed
}

// resolveFile builds the scope tree of a module (cell) body.
func resolveFile(file string, body []syntax.Stmt) (map[syntax.Node]*scope, *scope, error) {
	r := &resolver{scopes: map[syntax.Node]*scope{}, file: file}
	root := newScope(scopeModule, nil)
	r.cur = root
	r.stmts(body)
	if r.err != nil {
		return nil, nil, r.err
	}
	finishScope(root)
	for propagateFree(root) {
	}
	layoutCells(root)
	return r.scopes, root, nil
}
