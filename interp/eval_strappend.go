package interp

import "unsafe"

// strAppender makes the common `s += piece` loop amortised O(n) instead of
// O(n²), as CPython's in-place concatenation is. Each augmented-assignment
// site keeps a buffer; when the current value is exactly the string last
// produced from the buffer, the piece is appended in place. Bytes already
// handed out are never written again, so strings stay immutable.
type strAppender struct{ b []byte }

// minAppendLen is the size below which plain concatenation is cheaper.
const minAppendLen = 256

func (sa *strAppender) add(x, y Str) Str {
	if len(sa.b) > 0 && len(x) == len(sa.b) && unsafe.StringData(string(x)) == &sa.b[0] {
		sa.b = append(sa.b, y...)
	} else {
		if len(x)+len(y) < minAppendLen {
			return x + y
		}
		sa.b = make([]byte, 0, 2*(len(x)+len(y)))
		sa.b = append(sa.b, x...)
		sa.b = append(sa.b, y...)
	}
	return Str(unsafe.String(&sa.b[0], len(sa.b)))
}
