package interp

import (
	"math"
	"math/big"
	"strconv"
)

// floatBinary evaluates op on two floats with CPython's errors.
func floatBinary(op Op, a, b float64) (Value, error) {
	switch op {
	case Add:
		return Float(a + b), nil
	case Sub:
		return Float(a - b), nil
	case Mul:
		return Float(a * b), nil
	case TrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case FloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(a, b)
		return Float(q), nil
	case Mod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivmod(a, b)
		return Float(m), nil
	case Pow:
		if a == 0 && b < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) {
			return nil, Errorf(ValueError, "math domain error")
		}
		r := math.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, Errorf(OverflowError, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, nil
}

// floatDivmod is Python's divmod for floats.
func floatDivmod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1
		}
	} else {
		q = math.Copysign(0, a/b)
	}
	return q, mod
}

func floatCmp(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// floatToInt is int(f) with CPython's errors.
func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if math.Abs(t) < 1<<62 {
		return Int(int64(t)), nil
	}
	bf := new(big.Float).SetFloat64(t)
	bi, _ := bf.Int(nil)
	return MakeBigInt(bi), nil
}

// roundHalfEven rounds f to nd decimal digits like CPython's round().
func roundFloat(f float64, nd int64) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if nd > 308 {
		return f
	}
	if nd < -308 {
		return math.Copysign(0, f)
	}
	// Use the exact decimal expansion so that halfway cases are decided on
	// the true binary value, as CPython's correctly rounded dtoa does.
	s := strconv.FormatFloat(f, 'f', int(max64(nd, 0)), 64)
	if nd >= 0 {
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	p := math.Pow(10, float64(-nd))
	y := f / p
	r := math.RoundToEven(y)
	if math.Abs(y-math.Trunc(y)) != 0.5 {
		r = math.Round(y)
	}
	return r * p
}

func max64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }
