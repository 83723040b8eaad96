package pystd

import (
	"math"
	"math/big"

	"github.com/gobrian/gobrian/interp"
)

// Integer functions of the math module, exact on ints of any size.

// nonNegIntArg is the one int argument of name; negative values raise
// ValueError(msg).
func nonNegIntArg(name string, args []value, kw []kwarg, msg string) (*big.Int, error) {
	if err := nargs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "%s", msg)
	}
	return n, nil
}

// intArgs is the positional int arguments of name (no keywords).
func intArgs(name string, args []value, kw []kwarg) ([]*big.Int, error) {
	if err := noKwargs(name, kw); err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := intArg(a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func mathFactorial(th *thread, args []value, kw []kwarg) (value, error) {
	n, err := nonNegIntArg("math.factorial", args, kw, "factorial() not defined for negative values")
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return nil, interp.Errorf(interp.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return interp.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathGcd(th *thread, args []value, kw []kwarg) (value, error) {
	ints, err := intArgs("math.gcd", args, kw)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, b := range ints {
		g.GCD(nil, nil, g.Abs(g), new(big.Int).Abs(b))
	}
	return interp.MakeBigInt(g), nil
}

func mathLcm(th *thread, args []value, kw []kwarg) (value, error) {
	ints, err := intArgs("math.lcm", args, kw)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, b := range ints {
		b.Abs(b)
		if b.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return interp.MakeBigInt(l), nil
}

func mathIsqrt(th *thread, args []value, kw []kwarg) (value, error) {
	n, err := nonNegIntArg("math.isqrt", args, kw, "isqrt() argument must be nonnegative")
	if err != nil {
		return nil, err
	}
	return interp.MakeBigInt(new(big.Int).Sqrt(n)), nil
}

func combArgs(name string, args []value, kw []kwarg) (n, k *big.Int, err error) {
	lo := 2
	if name == "perm" {
		lo = 1
	}
	if err := nargs(name, args, kw, lo, 2); err != nil {
		return nil, nil, err
	}
	if n, err = intArg(args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1] == interp.None {
		k = new(big.Int).Set(n)
	} else if k, err = intArg(args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, interp.Errorf(interp.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, interp.Errorf(interp.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// combFn is math.comb or math.perm: count(n, k) for 0 <= k <= n, 0 for
// k > n.
func combFn(name string, count func(n, k int64) *big.Int) nativeFn {
	return func(th *thread, args []value, kw []kwarg) (value, error) {
		n, k, err := combArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		if k.Cmp(n) > 0 {
			return interp.Int(0), nil
		}
		if !n.IsInt64() {
			return nil, interp.Errorf(interp.OverflowError, "n too large")
		}
		return interp.MakeBigInt(count(n.Int64(), k.Int64())), nil
	}
}

var (
	mathComb = combFn("comb", func(n, k int64) *big.Int { return new(big.Int).Binomial(n, k) })
	mathPerm = combFn("perm", func(n, k int64) *big.Int {
		if k == 0 {
			return big.NewInt(1)
		}
		return new(big.Int).MulRange(n-k+1, n)
	})
)
