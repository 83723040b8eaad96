package sim

import (
	"math"
	"regexp"
	"strings"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
)

var generatorRE = regexp.MustCompile(`^\s*(.+?)\s+for\s+([A-Za-z_]\w*)\s+in\s+range\s*\((.*)\)\s*(?:if\s+(.+))?$`)

func (s *Synapses) connect(c Connect, r Resolver) error {
	s0, s1 := s.source.Span()
	t0, t1 := s.target.Span()
	npre, npost := s1-s0, t1-t0
	mult := max(c.N, 1)
	var pre, post []int
	add := func(i, j int) {
		for range mult {
			pre = append(pre, i)
			post = append(post, j)
		}
	}
	switch {
	case c.I != nil || c.J != nil:
		is, js := c.I, c.J
		if len(is) == 1 && len(js) > 1 {
			is = repeatInt(is[0], len(js))
		}
		if len(js) == 1 && len(is) > 1 {
			js = repeatInt(js[0], len(is))
		}
		if len(is) != len(js) {
			return simerr.New(simerr.ValueError, "i and j arguments have to be of the same length")
		}
		for k := range is {
			if is[k] < 0 || is[k] >= npre || js[k] < 0 || js[k] >= npost {
				return simerr.New(simerr.IndexError, "Tried to create synapse indices outside valid range. Original error message: index %d is out of bounds", max(is[k], js[k]))
			}
			add(is[k], js[k])
		}
	case c.JExpr != "":
		if err := s.connectGenerator(c, r, npre, npost, add); err != nil {
			return err
		}
	default:
		if err := s.connectCondition(c, r, npre, npost, add); err != nil {
			return err
		}
	}
	s.grow(pre, post)
	return nil
}

func repeatInt(v, n int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = v
	}
	return out
}

// pairScope resolves names for connection code evaluated for one
// presynaptic neuron (row) over all postsynaptic ones.
type pairScope struct {
	s         *Synapses
	b         *scopeBuilder
	rowI      float64
	rowK      float64
	preMap    []int32 // all entries = the row's absolute source index
	postMap   []int32 // absolute target indices of the row's elements
	perTarget bool    // j varies over the elements; else j is a scalar
}

func (p *pairScope) lookup(name string) (*expr.Symbol, bool) {
	s := p.s
	switch name {
	case "i":
		return &expr.Symbol{Class: expr.Scalar, Ref: &p.rowI, Kind: expr.Int, ReadOnly: true}, true
	case "j":
		if p.perTarget {
			return &expr.Symbol{Class: expr.Index, Kind: expr.Int, ReadOnly: true}, true
		}
		return nil, false
	case "N_pre", "N_post":
		src := s.source
		if name == "N_post" {
			src = s.target
		}
		a, b := src.Span()
		return &expr.Symbol{Class: expr.Const, Value: float64(b - a), Kind: expr.Int}, true
	}
	if strings.HasSuffix(name, "_pre") || strings.HasSuffix(name, "_post") {
		pre := strings.HasSuffix(name, "_pre")
		base := strings.TrimSuffix(strings.TrimSuffix(name, "_pre"), "_post")
		side, m := s.target, p.postMap
		if pre {
			side, m = s.source, p.preMap
		}
		if v, ok := side.Group().vars[base]; ok && !v.Shared {
			return &expr.Symbol{Class: expr.Indirect, Data: v.data, Map: m, Dim: v.Dim, Kind: expr.Kind(v.Kind)}, true
		}
	}
	return nil, false
}

func (s *Synapses) newPairScope(r Resolver, npost int) *pairScope {
	p := &pairScope{s: s}
	p.b = s.core.newScope(0, 0, r)
	t0, _ := s.target.Span()
	p.preMap = make([]int32, npost)
	p.postMap = make([]int32, npost)
	for k := range p.postMap {
		p.postMap[k] = int32(t0 + k)
	}
	return p
}

func (p *pairScope) scope() expr.Scope {
	return func(name string) (*expr.Symbol, bool) {
		if sym, ok := p.lookup(name); ok {
			return sym, true
		}
		if name == "t" || name == "dt" {
			return p.b.internal(name)
		}
		sym, ok := p.b.ext[name]
		return sym, ok
	}
}

// parse parses one connection expression and resolves the names it uses
// that are neither pre/post variables nor the generator index k.
func (p *pairScope) parse(src string) (expr.Node, error) {
	n, err := expr.ParseExpr(src)
	if err != nil {
		return nil, err
	}
	var ext []string
	for _, id := range expr.Identifiers(n) {
		if _, ok := p.lookup(id); !ok && id != "k" {
			ext = append(ext, id)
		}
	}
	if err := p.b.resolve(ext); err != nil {
		return nil, err
	}
	return n, nil
}

// compile parses, resolves, unit-checks and compiles one connection expression.
func (p *pairScope) compile(src string) (*compiled, error) {
	n, err := p.parse(src)
	if err != nil {
		return nil, err
	}
	if _, err := expr.Dims(n, p.scope()); err != nil {
		return nil, err
	}
	prog, err := expr.CompileExpr(n, p.scope())
	if err != nil {
		return nil, err
	}
	return newCompiled(prog), nil
}

func (s *Synapses) connectCondition(c Connect, r Resolver, npre, npost int, add func(i, j int)) error {
	p := s.newPairScope(r, npost)
	p.perTarget = true
	cond := strings.TrimSpace(c.Condition)
	if cond == "" {
		cond = "True"
	}
	cp, err := p.compile(cond)
	if err != nil {
		return err
	}
	var pp *compiled
	if strings.TrimSpace(c.P) != "" {
		if pp, err = p.compile(c.P); err != nil {
			return err
		}
	}
	key := s.env.nextStream()
	var rng expr.Frame
	_ = rng
	s0, _ := s.source.Span()
	ok := make([]float64, npost)
	prob := make([]float64, npost)
	u := newUniform(key)
	for i := range npre {
		p.rowI = float64(i)
		for k := range p.preMap {
			p.preMap[k] = int32(s0 + i)
		}
		cp.exec(0, npost, key, uint64(i), func(_ int, lo int, vals []float64) { copy(ok[lo:], vals) })
		if pp != nil {
			pp.exec(0, npost, key, uint64(i), func(_ int, lo int, vals []float64) { copy(prob[lo:], vals) })
		}
		for j := range npost {
			if ok[j] == 0 {
				continue
			}
			if pp != nil && !(u.next() < prob[j]) {
				continue
			}
			add(i, j)
		}
	}
	return nil
}

// uniform is a small reproducible stream for connection probabilities.
type uniform struct{ s uint64 }

func newUniform(key uint64) *uniform { return &uniform{s: key} }

func (u *uniform) next() float64 {
	u.s += 0x9E3779B97F4A7C15
	z := u.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return float64((z^(z>>31))>>11) * 0x1p-53
}

// connectGenerator handles j='expr' and j='expr for k in range(...) if cond'.
func (s *Synapses) connectGenerator(c Connect, r Resolver, npre, npost int, add func(i, j int)) error {
	p := s.newPairScope(r, 1)
	s0, _ := s.source.Span()
	var kval float64
	scopeK := func(base expr.Scope) expr.Scope {
		return func(name string) (*expr.Symbol, bool) {
			if name == "k" {
				return &expr.Symbol{Class: expr.Scalar, Ref: &kval, Kind: expr.Int, ReadOnly: true}, true
			}
			return base(name)
		}
	}
	compile := func(src string) (*expr.Program, error) {
		n, err := p.parse(src)
		if err != nil {
			return nil, err
		}
		return expr.CompileExpr(n, scopeK(p.scope()))
	}
	eval := func(prog *expr.Program, f *expr.Frame) float64 {
		var out float64
		prog.Exec(f, 0, 1, func(_ int, v []float64) { out = v[0] })
		return out
	}
	jsrc, kname, rangeArgs, condSrc := c.JExpr, "", "", ""
	if m := generatorRE.FindStringSubmatch(c.JExpr); m != nil {
		jsrc, kname, rangeArgs, condSrc = m[1], m[2], m[3], m[4]
		if kname != "k" {
			jsrc = renameVar(jsrc, kname, "k")
			condSrc = renameVar(condSrc, kname, "k")
			rangeArgs = renameVar(rangeArgs, kname, "k")
		}
	}
	jp, err := compile(jsrc)
	if err != nil {
		return err
	}
	jf := jp.NewFrame()
	var cp *expr.Program
	var cf *expr.Frame
	if strings.TrimSpace(condSrc) != "" {
		if cp, err = compile(condSrc); err != nil {
			return err
		}
		cf = cp.NewFrame()
	}
	var rps []*expr.Program
	if kname != "" {
		for _, a := range splitArgs(rangeArgs) {
			rp, err := compile(a)
			if err != nil {
				return err
			}
			rps = append(rps, rp)
		}
		if len(rps) < 1 || len(rps) > 3 {
			return simerr.New(simerr.SyntaxError, "range() needs 1 to 3 arguments in '%s'", c.JExpr)
		}
	}
	emit := func(i int) error {
		if cf != nil && eval(cp, cf) == 0 {
			return nil
		}
		j := int(eval(jp, jf))
		if j < 0 || j >= npost {
			if c.SkipIfInvalid {
				return nil
			}
			return simerr.New(simerr.IndexError, "Tried to create synapse indices outside valid range. Original error message: index %d is out of bounds for axis 0 with size %d", j, npost)
		}
		add(i, j)
		return nil
	}
	for i := range npre {
		p.rowI = float64(i)
		p.preMap[0] = int32(s0 + i)
		if kname == "" {
			if err := emit(i); err != nil {
				return err
			}
			continue
		}
		args := make([]int, len(rps))
		for a, rp := range rps {
			args[a] = int(math.Floor(eval(rp, rp.NewFrame())))
		}
		lo, hi, step := 0, args[0], 1
		if len(args) >= 2 {
			lo, hi = args[0], args[1]
		}
		if len(args) == 3 {
			step = args[2]
			if step == 0 {
				return simerr.New(simerr.ValueError, "range() arg 3 must not be zero")
			}
		}
		for k := lo; (step > 0 && k < hi) || (step < 0 && k > hi); k += step {
			kval = float64(k)
			if err := emit(i); err != nil {
				return err
			}
		}
	}
	return nil
}

func renameVar(src, from, to string) string {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(from) + `\b`)
	return re.ReplaceAllString(src, to)
}

// splitArgs splits "a, f(b, c)" at top-level commas.
func splitArgs(s string) []string {
	var out []string
	depth, start := 0, 0
	for k, ch := range s {
		switch ch {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:k])
				start = k + 1
			}
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, s[start:])
	}
	return out
}
