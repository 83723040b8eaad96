package numpy

// broadcastShapes combines two shapes by numpy's broadcasting rules.
func broadcastShapes(a, b []int) ([]int, error) {
	n := max(len(a), len(b))
	out := make([]int, n)
	for k := 0; k < n; k++ {
		da, db := 1, 1
		if i := len(a) - n + k; i >= 0 {
			da = a[i]
		}
		if i := len(b) - n + k; i >= 0 {
			db = b[i]
		}
		switch {
		case da == db, db == 1:
			out[k] = da
		case da == 1:
			out[k] = db
		default:
			return nil, broadcastError(a, b)
		}
	}
	return out, nil
}

// stridesFor returns a's strides viewed with the broadcast shape (0 on
// broadcast axes).
func (a *Array) stridesFor(shape []int) []int {
	st := make([]int, len(shape))
	off := len(shape) - len(a.shape)
	for k := range a.shape {
		if a.shape[k] != 1 {
			st[off+k] = a.strides[k]
		}
	}
	return st
}

// broadcastTo is a read-only view of a with the given (compatible) shape.
func (a *Array) broadcastTo(shape []int) *Array {
	return a.view(append([]int(nil), shape...), a.stridesFor(shape), a.offset)
}

// walk2 visits the elements of two arrays broadcast to shape, in C order.
func walk2(shape []int, a, b *Array, fn func(j, ka, kb int)) {
	sa, sb := a.stridesFor(shape), b.stridesFor(shape)
	nd := len(shape)
	n := sizeOf(shape)
	if n == 0 {
		return
	}
	if nd == 0 {
		fn(0, a.offset, b.offset)
		return
	}
	idx := make([]int, nd)
	oa, ob := a.offset, b.offset
	last := nd - 1
	for j := 0; j < n; {
		for c := 0; c < shape[last]; c++ {
			fn(j, oa+c*sa[last], ob+c*sb[last])
			j++
		}
		k := last - 1
		for ; k >= 0; k-- {
			idx[k]++
			oa += sa[k]
			ob += sb[k]
			if idx[k] < shape[k] {
				break
			}
			oa -= sa[k] * idx[k]
			ob -= sb[k] * idx[k]
			idx[k] = 0
		}
		if k < 0 {
			break
		}
	}
}
