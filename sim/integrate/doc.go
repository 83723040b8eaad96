// Package integrate turns differential equations into state-update abstract
// code with Brian2's formulas: exact (linear), euler (Euler–Maruyama), heun,
// milstein, rk2, rk4 and exponential_euler, plus Brian's automatic method
// choice.
package integrate
