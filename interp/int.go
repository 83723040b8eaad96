package interp

import (
	"math"
	"math/big"
	"math/bits"
	"unsafe"
)

// Integer arithmetic: Int fast paths that promote to *BigInt on overflow,
// and big.Int paths that demote back through MakeBigInt.

func toBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x)), true
	case Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *BigInt:
		return x.V, true
	}
	return nil, false
}

// isIntLike reports whether v is int or bool (or a big int).
func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

func boolToInt(v Value) Value {
	if b, ok := v.(Bool); ok {
		if b {
			return Int(1)
		}
		return Int(0)
	}
	return v
}

// Small ints are boxed without allocating: an interface holding an Int
// points at its 8-byte value, and here that pointer goes into a
// pointer-free table filled once at init (the Go runtime does the same for
// single bytes). Boxing a loop counter or index then neither allocates nor
// gives the GC anything to scan. The table is never written after init.
var smallIntVals [smallIntMax - smallIntMin]Int

const (
	smallIntMin = -1024
	smallIntMax = 1 << 17
)

// intItab is the interface type word of an Int stored in a Value.
var intItab = ifaceWords(Int(smallIntMax))[0]

// ifaceWords exposes the two machine words of an interface value.
func ifaceWords(v Value) [2]unsafe.Pointer {
	return *(*[2]unsafe.Pointer)(unsafe.Pointer(&v))
}

func init() {
	for i := range smallIntVals {
		smallIntVals[i] = Int(i + smallIntMin)
	}
}

// mkInt boxes an int64, pointing small ones into smallIntVals.
func mkInt(i int64) Value {
	if i >= smallIntMin && i < smallIntMax {
		var v Value
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
		w[0], w[1] = intItab, unsafe.Pointer(&smallIntVals[i-smallIntMin])
		return v
	}
	return Int(i)
}

// addInt and subInt keep the overflow case out of line so that the
// common case inlines at call sites.
func addInt(a, b Int) Value {
	if c := a + b; (c > a) == (b > 0) {
		return mkInt(int64(c))
	}
	return addIntBig(a, b)
}

func addIntBig(a, b Int) Value {
	return MakeBigInt(new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func subInt(a, b Int) Value {
	if c := a - b; (c < a) == (b > 0) {
		return mkInt(int64(c))
	}
	return subIntBig(a, b)
}

func subIntBig(a, b Int) Value {
	return MakeBigInt(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func mulInt(a, b Int) Value {
	if a == 0 || b == 0 {
		return Int(0)
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(int64(a)), absU(int64(b))
	hi, lo := bits.Mul64(ua, ub)
	if hi == 0 && (lo <= math.MaxInt64 || (neg && lo == 1<<63)) {
		if neg {
			return mkInt(-int64(lo))
		}
		return mkInt(int64(lo))
	}
	return MakeBigInt(new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// floorDivInt and modInt follow Python's floor semantics.
func floorDivInt(a, b Int) Value {
	if a == math.MinInt64 && b == -1 {
		return MakeBigInt(new(big.Int).Neg(big.NewInt(int64(a))))
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func modInt(a, b Int) Int {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// intBinary evaluates op on two integers (Int, Bool or *BigInt).
func intBinary(op Op, x, y Value) (Value, error) {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			switch op {
			case Add:
				return addInt(a, b), nil
			case Sub:
				return subInt(a, b), nil
			case Mul:
				return mulInt(a, b), nil
			case FloorDiv:
				if b == 0 {
					return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
				}
				return floorDivInt(a, b), nil
			case Mod:
				if b == 0 {
					return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
				}
				return mkInt(int64(modInt(a, b))), nil
			case BitAnd:
				return a & b, nil
			case BitOr:
				return a | b, nil
			case BitXor:
				return a ^ b, nil
			case RShift:
				if b < 0 {
					return nil, Errorf(ValueError, "negative shift count")
				}
				if b >= 64 {
					if a < 0 {
						return Int(-1), nil
					}
					return Int(0), nil
				}
				return a >> uint(b), nil
			case LShift:
				if b < 0 {
					return nil, Errorf(ValueError, "negative shift count")
				}
				if b < 63 {
					r := a << uint(b)
					if r>>uint(b) == a {
						return r, nil
					}
				}
			case TrueDiv:
				if b == 0 {
					return nil, Errorf(ZeroDivisionError, "division by zero")
				}
				if absU(int64(a)) < 1<<53 && absU(int64(b)) < 1<<53 {
					return Float(float64(a) / float64(b)), nil
				}
			}
		}
	}
	a, _ := toBig(x)
	b, _ := toBig(y)
	switch op {
	case Add:
		return MakeBigInt(new(big.Int).Add(a, b)), nil
	case Sub:
		return MakeBigInt(new(big.Int).Sub(a, b)), nil
	case Mul:
		return MakeBigInt(new(big.Int).Mul(a, b)), nil
	case FloorDiv, Mod:
		if b.Sign() == 0 {
			if op == Mod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: m >= 0
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == FloorDiv {
			return MakeBigInt(q), nil
		}
		return MakeBigInt(m), nil
	case TrueDiv:
		if b.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case BitAnd:
		return MakeBigInt(new(big.Int).And(a, b)), nil
	case BitOr:
		return MakeBigInt(new(big.Int).Or(a, b)), nil
	case BitXor:
		return MakeBigInt(new(big.Int).Xor(a, b)), nil
	case LShift, RShift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<24 {
			if op == RShift {
				if a.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		if op == LShift {
			return MakeBigInt(new(big.Int).Lsh(a, uint(b.Int64()))), nil
		}
		return MakeBigInt(new(big.Int).Rsh(a, uint(b.Int64()))), nil
	case Pow:
		return intPow(a, b)
	}
	return nil, nil
}

func intPow(a, b *big.Int) (Value, error) {
	if b.Sign() < 0 {
		fa, _ := new(big.Float).SetInt(a).Float64()
		fb, _ := new(big.Float).SetInt(b).Float64()
		return floatBinary(Pow, fa, fb)
	}
	if a.IsInt64() && b.IsInt64() {
		x, n := a.Int64(), b.Int64()
		// Repeated squaring in int64 while it fits.
		r := int64(1)
		base := x
		ok := true
		for e := n; e > 0; e >>= 1 {
			if e&1 == 1 {
				hi, lo := bits.Mul64(absU(r), absU(base))
				if hi != 0 || lo > math.MaxInt64 {
					ok = false
					break
				}
				neg := (r < 0) != (base < 0)
				r = int64(lo)
				if neg {
					r = -r
				}
			}
			if e > 1 {
				hi, lo := bits.Mul64(absU(base), absU(base))
				if hi != 0 || lo > math.MaxInt64 {
					ok = false
					break
				}
				base = int64(lo)
			}
		}
		if ok {
			return Int(r), nil
		}
	}
	if b.BitLen() > 32 && a.CmpAbs(big.NewInt(1)) > 0 {
		return nil, Errorf(MemoryError, "")
	}
	return MakeBigInt(new(big.Int).Exp(a, b, nil)), nil
}

func intUnary(op Op, x Value) Value {
	switch v := x.(type) {
	case Int:
		switch op {
		case Neg:
			if v == math.MinInt64 {
				return MakeBigInt(new(big.Int).Neg(big.NewInt(int64(v))))
			}
			return -v
		case Pos:
			return v
		case Invert:
			return ^v
		}
	}
	b, _ := toBig(x)
	switch op {
	case Neg:
		return MakeBigInt(new(big.Int).Neg(b))
	case Pos:
		return MakeBigInt(b)
	default:
		return MakeBigInt(new(big.Int).Not(b))
	}
}

// intCmp compares two integers: -1, 0, 1.
func intCmp(x, y Value) int {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			switch {
			case a < b:
				return -1
			case a > b:
				return 1
			}
			return 0
		}
	}
	a, _ := toBig(x)
	b, _ := toBig(y)
	return a.Cmp(b)
}

// intToFloat converts an integer to float64, failing on overflow as CPython.
func intToFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.V).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, Errorf(TypeError, "expected int")
}

func intRepr(v Value) string {
	switch x := v.(type) {
	case Int:
		return itoa(int64(x))
	case *BigInt:
		return x.V.String()
	case Bool:
		if x {
			return "True"
		}
		return "False"
	}
	return "?"
}
