package pystd

import (
	"math"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/pystd/libm"
)

// Continuous distributions of random, statement for statement as in
// CPython 3.11 so that seeded sequences agree (math via the correctly
// rounded functions, like glibc).

func rngTriangular(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	low, high := 0.0, 1.0
	var mode value = interp.None
	if err := interp.UnpackArgs("triangular", args, kw, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
		return nil, err
	}
	u := r.mt.random()
	c := 0.5
	if mode != interp.None {
		mv, err := floatArg(th, mode)
		if err != nil {
			return nil, err
		}
		if high == low {
			return interp.Float(low), nil
		}
		c = (mv - low) / (high - low)
	}
	if u > c {
		u = 1 - u
		c = 1 - c
		low, high = high, low
	}
	return interp.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

func rngGauss(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	mu, sigma := 0.0, 1.0
	if err := interp.UnpackArgs("gauss", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
		return nil, err
	}
	var z float64
	if g, ok := r.gaussNext.(interp.Float); ok {
		z = float64(g)
		r.gaussNext = interp.None
	} else {
		x2pi := r.mt.random() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * libm.Log(1.0-r.mt.random()))
		z = libm.Cos(x2pi) * g2rad
		r.gaussNext = interp.Float(libm.Sin(x2pi) * g2rad)
	}
	return interp.Float(mu + z*sigma), nil
}

func rngNormal(r *rng, th *thread, args []value, kw []kwarg) (value, error) {
	mu, sigma := 0.0, 1.0
	if err := interp.UnpackArgs("normalvariate", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
		return nil, err
	}
	magic := 4 * libm.Exp(-0.5) / math.Sqrt(2.0)
	var z float64
	for {
		u1 := r.mt.random()
		u2 := 1.0 - r.mt.random()
		z = magic * (u1 - 0.5) / u2
		if z*z/4.0 <= -libm.Log(u2) {
			break
		}
	}
	return interp.Float(mu + z*sigma), nil
}

// gamma is gammavariate, following CPython's three regimes.
func (r *rng) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0 || beta <= 0 {
		return 0, interp.Errorf(interp.ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - libm.Log(4.0)
		ccc := alpha + ainv
		sgMagic := 1.0 + libm.Log(4.5)
		for {
			u1 := r.mt.random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.mt.random()
			v := libm.Log(u1/(1.0-u1)) / ainv
			x := alpha * libm.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0.0 || rr >= libm.Log(z) {
				return x * beta, nil
			}
		}
	case alpha == 1:
		return -libm.Log(1.0-r.mt.random()) * beta, nil
	}
	for {
		u := r.mt.random()
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		if p <= 1.0 {
			x = libm.Pow(p, 1.0/alpha)
		} else {
			x = -libm.Log((b - p) / alpha)
		}
		u1 := r.mt.random()
		if p > 1.0 {
			if u1 <= libm.Pow(x, alpha-1.0) {
				return x * beta, nil
			}
		} else if u1 <= libm.Exp(-x) {
			return x * beta, nil
		}
	}
}

// vonmises is vonmisesvariate.
func (r *rng) vonmises(mu, kappa float64) float64 {
	const twoPi = 2 * math.Pi
	if kappa <= 1e-6 {
		return twoPi * r.mt.random()
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.mt.random()
		z = libm.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.mt.random()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*libm.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	if r.mt.random() > 0.5 {
		return pyMod(mu+libm.Acos(f), twoPi)
	}
	return pyMod(mu-libm.Acos(f), twoPi)
}

// pyMod is Python's float %, with the sign of the divisor.
func pyMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}
