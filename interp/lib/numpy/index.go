package numpy

import (
	"sync"

	"github.com/gobrian/gobrian/interp"
)

// index kinds of one subscript item
const (
	idxInt = iota
	idxSlice
	idxNew
	idxAdv
)

type idxItem struct {
	kind              int
	i                 int
	start, stop, step int
	n                 int    // slice length
	adv               *Array // int64 index array (advanced)
}

func errIndexType() error {
	return interp.Errorf(interp.IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
}

// sliceIndices is Python's slice.indices(n).
func sliceIndices(s *interp.Slice, n int) (start, stop, step, length int, err error) {
	step = 1
	if s.Step != nil && s.Step != interp.Value(interp.None) {
		st, err := interp.AsInt(s.Step)
		if err != nil {
			return 0, 0, 0, 0, interp.Errorf(interp.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if st == 0 {
			return 0, 0, 0, 0, interp.Errorf(interp.ValueError, "slice step cannot be zero")
		}
		step = int(st)
	}
	get := func(v interp.Value, def int) (int, error) {
		if v == nil || v == interp.Value(interp.None) {
			return def, nil
		}
		x, err := interp.AsInt(v)
		if err != nil {
			return 0, interp.Errorf(interp.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		i := int(x)
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					i = -1
				} else {
					i = 0
				}
			}
		} else if i >= n {
			if step < 0 {
				i = n - 1
			} else {
				i = n
			}
		}
		return i, nil
	}
	if step > 0 {
		if start, err = get(s.Start, 0); err != nil {
			return
		}
		if stop, err = get(s.Stop, n); err != nil {
			return
		}
		if stop > start {
			length = (stop - start + step - 1) / step
		}
	} else {
		if start, err = get(s.Start, n-1); err != nil {
			return
		}
		if stop, err = get(s.Stop, -1); err != nil {
			return
		}
		if start > stop {
			length = (start - stop - step - 1) / (-step)
		}
	}
	return
}

// parseIndex turns a subscript into per-axis items.
func (a *Array) parseIndex(th *interp.Thread, key interp.Value) ([]idxItem, error) {
	var keys []interp.Value
	if t, ok := key.(interp.Tuple); ok {
		keys = t
	} else {
		keys = []interp.Value{key}
	}
	// count axes consumed, to expand the ellipsis
	used := 0
	hasEllipsis := false
	for _, k := range keys {
		switch x := k.(type) {
		case interp.NoneType:
		case interp.EllipsisType:
			if hasEllipsis {
				return nil, interp.Errorf(interp.IndexError, "an index can only have a single ellipsis ('...')")
			}
			hasEllipsis = true
		case *Array:
			if x.dtype == Bool {
				used += max(len(x.shape), 1)
			} else {
				used++
			}
		default:
			used++
		}
	}
	if used > len(a.shape) {
		return nil, interp.Errorf(interp.IndexError, "too many indices for array: array is %d-dimensional, but %d were indexed", len(a.shape), used)
	}
	var items []idxItem
	axis := 0
	for _, k := range keys {
		switch x := k.(type) {
		case interp.NoneType:
			items = append(items, idxItem{kind: idxNew})
			continue
		case interp.EllipsisType:
			for e := 0; e < len(a.shape)-used; e++ {
				items = append(items, idxItem{kind: idxSlice, start: 0, step: 1, n: a.shape[axis]})
				axis++
			}
			continue
		case *interp.Slice:
			start, _, step, n, err := sliceIndices(x, a.shape[axis])
			if err != nil {
				return nil, err
			}
			items = append(items, idxItem{kind: idxSlice, start: start, step: step, n: n})
			axis++
			continue
		case interp.Bool:
			return nil, errIndexType()
		case interp.Int:
			i := int(x)
			n := a.shape[axis]
			if i < -n || i >= n {
				return nil, interp.Errorf(interp.IndexError, "index %d is out of bounds for axis %d with size %d", i, axis, n)
			}
			if i < 0 {
				i += n
			}
			items = append(items, idxItem{kind: idxInt, i: i})
			axis++
			continue
		}
		var ia *Array
		switch x := k.(type) {
		case *Array:
			ia = x
		case *interp.List, interp.Tuple:
			var err error
			if ia, err = toArray(th, x, false); err != nil {
				return nil, err
			}
			if ia.Size() == 0 {
				ia = newArray(Int64, ia.shape)
			}
		case ArrayProvider:
			// e.g. Brian's VariableView (S.i)
			var err error
			if ia, err = x.NumpyArray(th); err != nil {
				return nil, err
			}
		default:
			if hi, ok := k.(interp.HasIndex); ok {
				i64, err := hi.Index(th)
				if err != nil {
					return nil, err
				}
				return a.parseIndex(th, replaceKey(key, k, interp.Int(i64)))
			}
			return nil, errIndexType()
		}
		if ia.dtype == Bool {
			// a mask over the next len(mask.shape) axes: its nonzero indices
			nd := max(len(ia.shape), 1)
			for d := 0; d < len(ia.shape); d++ {
				if ia.shape[d] != a.shape[axis+d] {
					return nil, interp.Errorf(interp.IndexError, "boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d", axis+d, a.shape[axis+d], ia.shape[d])
				}
			}
			for _, idx := range nonzero(ia) {
				items = append(items, idxItem{kind: idxAdv, adv: idx})
			}
			axis += nd
			continue
		}
		if ia.dtype == Float64 {
			return nil, interp.Errorf(interp.IndexError, "arrays used as indices must be of integer (or boolean) type")
		}
		n := a.shape[axis]
		c := newArray(Int64, ia.shape)
		var bad error
		walk(ia.shape, ia.strides, ia.offset, func(j, off int) {
			v := int(ia.i[off])
			if v < -n || v >= n {
				if bad == nil {
					bad = interp.Errorf(interp.IndexError, "index %d is out of bounds for axis %d with size %d", v, axis, n)
				}
				return
			}
			if v < 0 {
				v += n
			}
			c.i[j] = int64(v)
		})
		if bad != nil {
			return nil, bad
		}
		items = append(items, idxItem{kind: idxAdv, adv: c})
		axis++
	}
	for ; axis < len(a.shape); axis++ {
		items = append(items, idxItem{kind: idxSlice, start: 0, step: 1, n: a.shape[axis]})
	}
	return items, nil
}

func replaceKey(key, old, repl interp.Value) interp.Value {
	if t, ok := key.(interp.Tuple); ok {
		out := make(interp.Tuple, len(t))
		for k, v := range t {
			if v == old {
				v = repl
			}
			out[k] = v
		}
		return out
	}
	return repl
}

// nonzero returns, per axis, the indices of the true elements.
func nonzero(a *Array) []*Array {
	nd := len(a.shape)
	if nd == 0 {
		if a.boolAt(a.offset) {
			return []*Array{NewIntArray([]int64{0}, nil)}
		}
		return []*Array{NewIntArray([]int64{}, nil)}
	}
	cols := make([][]int64, nd)
	idx := make([]int, nd)
	walk(a.shape, a.strides, a.offset, func(j, off int) {
		if a.boolAt(off) {
			r := j
			for d := nd - 1; d >= 0; d-- {
				idx[d] = r % a.shape[d]
				r /= a.shape[d]
			}
			for d := 0; d < nd; d++ {
				cols[d] = append(cols[d], int64(idx[d]))
			}
		}
	})
	out := make([]*Array, nd)
	for d := range cols {
		if cols[d] == nil {
			cols[d] = []int64{}
		}
		out[d] = NewIntArray(cols[d], nil)
	}
	return out
}

// selection is the result of indexing: a view, or (advanced indexing)
// the storage offsets of the selected elements and the result shape.
type selection struct {
	view    *Array
	offsets []int
	shape   []int
}

func (a *Array) selectItems(items []idxItem) (selection, error) {
	var shape, strides []int
	offset := a.offset
	axis := 0
	advPos := -1
	var advs []*Array
	var advStrides []int
	contiguousAdv := true
	lastAdv := -2
	for k, it := range items {
		switch it.kind {
		case idxInt:
			offset += it.i * a.strides[axis]
			axis++
		case idxSlice:
			offset += it.start * a.strides[axis]
			shape = append(shape, it.n)
			strides = append(strides, it.step*a.strides[axis])
			axis++
		case idxNew:
			shape = append(shape, 1)
			strides = append(strides, 0)
		case idxAdv:
			if advPos < 0 {
				advPos = len(shape)
			} else if lastAdv != k-1 {
				contiguousAdv = false
			}
			lastAdv = k
			advs = append(advs, it.adv)
			advStrides = append(advStrides, a.strides[axis])
			axis++
		}
	}
	if advs == nil {
		return selection{view: a.view(shape, strides, offset)}, nil
	}
	// broadcast the index arrays together
	bshape := advs[0].shape
	for _, x := range advs[1:] {
		s, err := broadcastShapes(bshape, x.shape)
		if err != nil {
			return selection{}, interp.Errorf(interp.IndexError, "shape mismatch: indexing arrays could not be broadcast together with shapes %s %s ", shapeRepr(bshape), shapeRepr(x.shape))
		}
		bshape = s
	}
	if !contiguousAdv {
		advPos = 0
	}
	outShape := append(append(append([]int(nil), shape[:advPos]...), bshape...), shape[advPos:]...)
	nb := sizeOf(bshape)
	advOff := make([]int, nb)
	for k, x := range advs {
		bx := x.broadcastTo(bshape)
		st := advStrides[k]
		walk(bx.shape, bx.strides, bx.offset, func(j, off int) { advOff[j] += int(bx.i[off]) * st })
	}
	// enumerate: outer basic dims (before advPos), adv dims, inner basic dims
	outerShape, innerShape := shape[:advPos], shape[advPos:]
	outerStr, innerStr := strides[:advPos], strides[advPos:]
	var offs []int
	walk(outerShape, outerStr, offset, func(_, o1 int) {
		for _, ao := range advOff {
			walk(innerShape, innerStr, o1+ao, func(_, o2 int) { offs = append(offs, o2) })
		}
	})
	return selection{offsets: offs, shape: outShape}, nil
}

// gather copies the selected elements into a new array.
func (a *Array) gather(offs []int, shape []int) *Array {
	out := newArray(a.dtype, shape)
	for j, off := range offs {
		switch a.dtype {
		case Float64:
			out.f[j] = a.f[off]
		case Bool:
			out.b[j] = a.b[off]
		default:
			out.i[j] = a.i[off]
		}
	}
	out.dim, out.quantity = a.dim, a.quantity
	return out
}

// GetItem implements a[key].
func (a *Array) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	if len(a.shape) == 0 {
		switch key.(type) {
		case interp.EllipsisType, interp.Tuple:
		default:
			return nil, interp.Errorf(interp.IndexError, "too many indices for array: array is 0-dimensional, but 1 were indexed")
		}
	}
	if r, ok, err := a.fastGather(key); ok || err != nil {
		return r, err
	}
	items, err := a.parseIndex(th, key)
	if err != nil {
		return nil, err
	}
	sel, err := a.selectItems(items)
	if err != nil {
		return nil, err
	}
	if sel.view != nil {
		if len(sel.view.shape) == 0 {
			return a.scalarValue(sel.view.offset), nil
		}
		return sel.view, nil
	}
	return a.gather(sel.offsets, sel.shape), nil
}

// SetItem implements a[key] = v, with Brian's unit checks.
func (a *Array) SetItem(th *interp.Thread, key, v interp.Value) error {
	if a.unit != nil {
		return interp.Errorf(interp.TypeError, "'Unit' object does not support item assignment")
	}
	src, err := toArray(th, v, true)
	if err != nil {
		return err
	}
	// a plain ndarray takes a quantity's values; a Quantity checks units
	if a.isQuantity() {
		if err := checkSameDims(th, a, src, func(_, _ string) string { return "Inconsistent units in assignment" }); err != nil {
			return err
		}
	}
	items, err := a.parseIndex(th, key)
	if err != nil {
		return err
	}
	sel, err := a.selectItems(items)
	if err != nil {
		return err
	}
	if sel.view != nil {
		if !sameShapeBroadcastable(src.shape, sel.view.shape) {
			return interp.Errorf(interp.ValueError, "could not broadcast input array from shape %s into shape %s", shapeRepr(src.shape), shapeRepr(sel.view.shape))
		}
		sel.view.assign(src)
		return nil
	}
	if !sameShapeBroadcastable(src.shape, sel.shape) {
		return interp.Errorf(interp.ValueError, "shape mismatch: value array of shape %s could not be broadcast to indexing result of shape %s", shapeRepr(src.shape), shapeRepr(sel.shape))
	}
	b := src.broadcastTo(sel.shape)
	walk(b.shape, b.strides, b.offset, func(j, off int) {
		k := sel.offsets[j]
		switch a.dtype {
		case Float64:
			a.f[k] = b.floatAt(off)
		case Bool:
			a.b[k] = b.boolAt(off)
		default:
			if b.dtype == Float64 {
				a.setFloatAt(k, b.f[off])
			} else {
				a.setIntAt(k, b.intAt(off))
			}
		}
	})
	return nil
}

// fastGather handles x[mask] and x[indices] on contiguous 1-d float
// arrays without building offset lists.
func (a *Array) fastGather(key interp.Value) (interp.Value, bool, error) {
	k, ok := key.(*Array)
	if !ok || a.dtype != Float64 || len(a.shape) != 1 || len(k.shape) != 1 || !a.contiguous() || !k.contiguous() {
		return nil, false, nil
	}
	src := a.f[a.offset : a.offset+a.shape[0]]
	switch k.dtype {
	case Bool:
		if k.shape[0] != len(src) {
			return nil, false, nil
		}
		mask := k.b[k.offset : k.offset+len(src)]
		n := 0
		for _, m := range mask {
			if m {
				n++
			}
		}
		out := newFloatsUninit(n)
		j := 0
		for i, m := range mask {
			if m {
				out[j] = src[i]
				j++
			}
		}
		r := NewFloatArray(out, nil, a.dim)
		r.quantity = a.quantity
		return r, true, nil
	case Int64, Int32:
		idx := k.i[k.offset : k.offset+k.shape[0]]
		out := newFloatsUninit(len(idx))
		n := int64(len(src))
		// random reads are memory-latency bound: gather in parallel,
		// checking bounds on the way; the first bad position wins
		var mu sync.Mutex
		bad := len(idx)
		parallelFor(len(idx), func(lo, hi int) {
			for j, i := range idx[lo:hi] {
				if uint64(i+n) >= uint64(2*n) { // i < -n || i >= n
					mu.Lock()
					bad = min(bad, lo+j)
					mu.Unlock()
					return
				}
				if i < 0 {
					i += n
				}
				out[lo+j] = src[i]
			}
		})
		if bad < len(idx) {
			return nil, false, interp.Errorf(interp.IndexError, "index %d is out of bounds for axis 0 with size %d", idx[bad], n)
		}
		r := NewFloatArray(out, nil, a.dim)
		r.quantity = a.quantity
		return r, true, nil
	}
	return nil, false, nil
}
