package sim

import "github.com/gobrian/gobrian/sim/expr"

// fastThreshold is the common threshold "x > k" (any comparison of one
// variable with a constant), with "and not_refractory" for refractory
// groups, scanned in one pass that appends the spiking indices directly.
type fastThreshold struct {
	data  []float64
	op    string
	k     float64
	other []float64 // the right-hand variable ("v > vt"), or nil for k
	nr    []float64 // not_refractory, or nil
}

// detectFastThreshold recognises the simple form in the threshold AST.
func detectFastThreshold(n expr.Node, s expr.Scope, nr []float64) *fastThreshold {
	b, ok := n.(*expr.Binary)
	if !ok {
		return nil
	}
	switch b.Op {
	case ">", ">=", "<", "<=":
	default:
		return nil
	}
	name, ok := b.X.(*expr.Name)
	if !ok {
		return nil
	}
	sym, ok := s(name.ID)
	if !ok || sym.Class != expr.Vector || sym.Data == nil {
		return nil
	}
	if y, ok := b.Y.(*expr.Name); ok {
		// a comparison of two variables, as tutorial 1's adaptive "v > vt"
		if ys, ok := s(y.ID); ok && ys.Class == expr.Vector && ys.Data != nil && len(ys.Data) == len(sym.Data) {
			return &fastThreshold{data: sym.Data, op: b.Op, other: ys.Data, nr: nr}
		}
	}
	k, ok := expr.ConstValue(b.Y, s)
	if !ok {
		return nil
	}
	return &fastThreshold{data: sym.Data, op: b.Op, k: k, nr: nr}
}

// scan appends the indices in [a, b) that cross the threshold.
func (f *fastThreshold) scan(a, b int, out []int32) []int32 {
	x, k := f.data[a:b], f.k
	nr := f.nr
	if nr != nil {
		nr = nr[a:b]
		nr = nr[:len(x)]
	}
	if f.other != nil {
		return f.scanVar(a, b, nr, out)
	}
	if f.op == ">" {
		// the vector scan does the leading multiple of 8
		var done int
		out, done = expr.CrossGT(out, x, nr, k, a)
		x, a = x[done:], a+done
		if nr != nil {
			nr = nr[done:]
		}
	}
	// one loop per comparison: no dispatch inside the loop
	switch {
	case f.op == ">" && nr != nil:
		for j, v := range x {
			if v > k && nr[j] != 0 {
				out = append(out, int32(a+j))
			}
		}
	case f.op == ">":
		for j, v := range x {
			if v > k {
				out = append(out, int32(a+j))
			}
		}
	default:
		for j, v := range x {
			var hit bool
			switch f.op {
			case ">=":
				hit = v >= k
			case "<":
				hit = v < k
			default:
				hit = v <= k
			}
			if hit && (nr == nil || nr[j] != 0) {
				out = append(out, int32(a+j))
			}
		}
	}
	return out
}

// scanVar is scan for a comparison with another variable.
func (f *fastThreshold) scanVar(a, b int, nr []float64, out []int32) []int32 {
	x, y := f.data[a:b], f.other[a:b]
	y = y[:len(x)]
	if f.op == ">" && nr != nil {
		for j, v := range x {
			if v > y[j] && nr[j] != 0 {
				out = append(out, int32(a+j))
			}
		}
		return out
	}
	for j, v := range x {
		var hit bool
		switch f.op {
		case ">":
			hit = v > y[j]
		case ">=":
			hit = v >= y[j]
		case "<":
			hit = v < y[j]
		default:
			hit = v <= y[j]
		}
		if hit && (nr == nil || nr[j] != 0) {
			out = append(out, int32(a+j))
		}
	}
	return out
}
