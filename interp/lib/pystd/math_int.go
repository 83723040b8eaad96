package pystd

import (
	"math"
	"math/big"

	"github.com/gobrian/gobrian/interp"
)

// Integer functions of the math module, exact on ints of any size.

func mathFactorial(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("math.factorial", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return nil, interp.Errorf(interp.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return interp.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathGcd(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("math.gcd", kw); err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, a := range args {
		b, err := intArg(a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g.Abs(g), new(big.Int).Abs(b))
	}
	return interp.MakeBigInt(g), nil
}

func mathLcm(th *thread, args []value, kw []kwarg) (value, error) {
	if err := noKwargs("math.lcm", kw); err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, a := range args {
		b, err := intArg(a)
		if err != nil {
			return nil, err
		}
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
	if err := nargs("math.isqrt", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "isqrt() argument must be nonnegative")
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

func mathComb(th *thread, args []value, kw []kwarg) (value, error) {
	n, k, err := combArgs("comb", args, kw)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return interp.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, interp.Errorf(interp.OverflowError, "n too large")
	}
	return interp.MakeBigInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func mathPerm(th *thread, args []value, kw []kwarg) (value, error) {
	n, k, err := combArgs("perm", args, kw)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return interp.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, interp.Errorf(interp.OverflowError, "n too large")
	}
	if k.Sign() == 0 {
		return interp.Int(1), nil
	}
	return interp.MakeBigInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
}
