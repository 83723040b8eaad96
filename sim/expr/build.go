package expr

// Helpers building expression trees (used by the state updaters), with
// nil standing for zero and trivial factors folded away.

// Add is a + b.
func Add(a, b Node) Node {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return &Binary{Op: "+", X: a, Y: b}
}

// Sub is a - b.
func Sub(a, b Node) Node {
	switch {
	case b == nil:
		return a
	case a == nil:
		return Neg(b)
	}
	return &Binary{Op: "-", X: a, Y: b}
}

// Mul is a * b.
func Mul(a, b Node) Node {
	if a == nil || b == nil {
		return nil
	}
	if isNum(a, 1) {
		return b
	}
	if isNum(b, 1) {
		return a
	}
	return &Binary{Op: "*", X: a, Y: b}
}

// Div is a / b.
func Div(a, b Node) Node {
	if a == nil {
		return nil
	}
	if isNum(b, 1) {
		return a
	}
	return &Binary{Op: "/", X: a, Y: b}
}

// Neg is -a.
func Neg(a Node) Node {
	if a == nil {
		return nil
	}
	if n, ok := a.(*Num); ok {
		return &Num{Val: -n.Val, Int: n.Int}
	}
	return &Unary{Op: "-", X: a}
}

// N is a number literal.
func N(v float64) Node { return &Num{Val: v} }

// Id is a name.
func Id(name string) Node { return &Name{ID: name} }

func isNum(n Node, v float64) bool {
	x, ok := n.(*Num)
	return ok && x.Val == v
}

// Subst replaces names by expressions (simultaneously).
func Subst(n Node, m map[string]Node) Node {
	switch n := n.(type) {
	case *Name:
		if r, ok := m[n.ID]; ok {
			return r
		}
		return n
	case *Unary:
		return &Unary{Op: n.Op, X: Subst(n.X, m)}
	case *Binary:
		return &Binary{Op: n.Op, X: Subst(n.X, m), Y: Subst(n.Y, m)}
	case *Call:
		args := make([]Node, len(n.Args))
		for k, a := range n.Args {
			args[k] = Subst(a, m)
		}
		return &Call{Fn: n.Fn, Args: args}
	}
	return n
}

// Uses reports whether n refers to any of the names.
func Uses(n Node, names map[string]bool) bool {
	for _, id := range Identifiers(n) {
		if names[id] {
			return true
		}
	}
	return false
}

// CallsRandom reports whether n calls rand() or randn().
func CallsRandom(n Node) bool {
	switch n := n.(type) {
	case *Unary:
		return CallsRandom(n.X)
	case *Binary:
		return CallsRandom(n.X) || CallsRandom(n.Y)
	case *Call:
		if n.Fn == "rand" || n.Fn == "randn" {
			return true
		}
		for _, a := range n.Args {
			if CallsRandom(a) {
				return true
			}
		}
	}
	return false
}

// Linear splits n into sum_k coef[k]*k + rest for the names in vars. It
// fails if n is not linear in them.
func Linear(n Node, vars map[string]bool) (coef map[string]Node, rest Node, ok bool) {
	if !Uses(n, vars) {
		return map[string]Node{}, n, true
	}
	switch n := n.(type) {
	case *Name:
		return map[string]Node{n.ID: N(1)}, nil, true
	case *Unary:
		if n.Op == "not" {
			return nil, nil, false
		}
		c, r, ok := Linear(n.X, vars)
		if !ok || n.Op == "+" {
			return c, r, ok
		}
		for k, v := range c {
			c[k] = Neg(v)
		}
		return c, Neg(r), true
	case *Binary:
		switch n.Op {
		case "+", "-":
			c1, r1, ok1 := Linear(n.X, vars)
			c2, r2, ok2 := Linear(n.Y, vars)
			if !ok1 || !ok2 {
				return nil, nil, false
			}
			for k, v := range c2 {
				if n.Op == "+" {
					c1[k] = Add(c1[k], v)
				} else {
					c1[k] = Sub(c1[k], v)
				}
			}
			if n.Op == "+" {
				return c1, Add(r1, r2), true
			}
			return c1, Sub(r1, r2), true
		case "*":
			scaled, factor := n.X, n.Y
			if Uses(factor, vars) {
				scaled, factor = factor, scaled
				if Uses(factor, vars) {
					return nil, nil, false
				}
			}
			c, r, ok := Linear(scaled, vars)
			if !ok {
				return nil, nil, false
			}
			for k, v := range c {
				c[k] = mulOrdered(v, factor, scaled == n.X)
			}
			return c, mulOrdered(r, factor, scaled == n.X), true
		case "/":
			if Uses(n.Y, vars) {
				return nil, nil, false
			}
			c, r, ok := Linear(n.X, vars)
			if !ok {
				return nil, nil, false
			}
			for k, v := range c {
				c[k] = Div(v, n.Y)
			}
			return c, Div(r, n.Y), true
		}
	}
	return nil, nil, false
}

// mulOrdered keeps the factor on the side it was written.
func mulOrdered(v, factor Node, factorRight bool) Node {
	if factorRight {
		return Mul(v, factor)
	}
	return Mul(factor, v)
}

// CollectLinear splits n as coef*x + rest the way Brian's exponential
// Euler does (sympy's expand, then collect by x): after multiplying out,
// every term must carry x to the first power (its other factors form the
// coefficient, and may themselves depend on x, as m_inf(v)*v) or not at
// all (the rest), and at least one term must carry it.
func CollectLinear(n Node, x string) (coef, rest Node, ok bool) {
	ts, ok := expandTerms(n, 512)
	if !ok {
		return nil, nil, false
	}
	found := false
	for _, t := range ts {
		power, others := 0, []Node(nil)
		for _, f := range t.factors {
			if p, isX := powerOf(f, x); isX {
				power += p
				continue
			}
			others = append(others, f)
		}
		prod := Node(N(1))
		for _, f := range others {
			prod = Mul(prod, f)
		}
		if t.neg {
			prod = Neg(prod)
		}
		switch power {
		case 0:
			rest = Add(rest, prod)
		case 1:
			coef, found = Add(coef, prod), true
		default:
			return nil, nil, false
		}
	}
	return coef, rest, found
}

// term is ± the product of its factors.
type term struct {
	neg     bool
	factors []Node
}

// expandTerms multiplies n out into a sum of products, keeping function
// calls, powers and divisors whole; ok is false beyond limit terms.
func expandTerms(n Node, limit int) ([]term, bool) {
	switch n := n.(type) {
	case *Unary:
		if n.Op == "-" || n.Op == "+" {
			ts, ok := expandTerms(n.X, limit)
			if n.Op == "-" {
				for k := range ts {
					ts[k].neg = !ts[k].neg
				}
			}
			return ts, ok
		}
	case *Binary:
		switch n.Op {
		case "+", "-":
			a, ok1 := expandTerms(n.X, limit)
			b, ok2 := expandTerms(n.Y, limit)
			if !ok1 || !ok2 || len(a)+len(b) > limit {
				return nil, false
			}
			if n.Op == "-" {
				for k := range b {
					b[k].neg = !b[k].neg
				}
			}
			return append(a, b...), true
		case "*":
			a, ok1 := expandTerms(n.X, limit)
			b, ok2 := expandTerms(n.Y, limit)
			if !ok1 || !ok2 || len(a)*len(b) > limit {
				return nil, false
			}
			var out []term
			for _, ta := range a {
				for _, tb := range b {
					f := append(append([]Node(nil), ta.factors...), tb.factors...)
					out = append(out, term{neg: ta.neg != tb.neg, factors: f})
				}
			}
			return out, true
		case "/":
			a, ok := expandTerms(n.X, limit)
			if !ok {
				return nil, false
			}
			inv := &Binary{Op: "/", X: N(1), Y: n.Y}
			for k := range a {
				a[k].factors = append(a[k].factors, inv)
			}
			return a, true
		}
	}
	return []term{{factors: []Node{n}}}, true
}

// powerOf tells whether factor f is x, x**k (k an integer) or 1/x, and
// the power.
func powerOf(f Node, x string) (int, bool) {
	switch f := f.(type) {
	case *Name:
		return 1, f.ID == x
	case *Binary:
		if name, ok := f.X.(*Name); ok && f.Op == "**" && name.ID == x {
			if k, ok := f.Y.(*Num); ok && k.Val == float64(int(k.Val)) {
				return int(k.Val), true
			}
			return 2, true // a non-integer power: not linear
		}
		if num, ok := f.X.(*Num); ok && f.Op == "/" && num.Val == 1 {
			if p, isX := powerOf(f.Y, x); isX {
				return -p, true
			}
		}
	}
	return 0, false
}
