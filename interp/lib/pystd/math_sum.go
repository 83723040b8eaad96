package pystd

import (
	"math"

	"github.com/gobrian/gobrian/interp"
)

// mathFsum is Shewchuk's exactly rounded summation, as CPython's fsum.
func mathFsum(th *thread, args []value, kw []kwarg) (value, error) {
	if err := nargs("math.fsum", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	err := iterate(th, args[0], func(v value) error {
		x, err := floatArg(th, v)
		if err != nil {
			return err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			infSum += x
			return nil
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			return nil, interp.Errorf(interp.ValueError, "-inf + inf in fsum")
		}
		return interp.Float(special), nil
	}
	if math.IsInf(sumPartials(partials), 0) {
		return nil, interp.Errorf(interp.OverflowError, "intermediate overflow in fsum")
	}
	return interp.Float(sumPartials(partials)), nil
}

func sumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	hi := p[n-1]
	n--
	lo := 0.0
	for n > 0 {
		x := hi
		y := p[n-1]
		n--
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	// Round half-even correctly across the remaining partials.
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return hi
}

func mathProd(th *thread, args []value, kw []kwarg) (value, error) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	if err := checkKw("prod", kw, "start"); err != nil {
		return nil, err
	}
	acc := kwGet(kw, "start", interp.Int(1))
	err := iterate(th, args[0], func(v value) error {
		r, err := interp.Binary(th, interp.Mul, acc, v)
		acc = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}
