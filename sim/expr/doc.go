// Package expr parses Brian2 abstract code (expressions and statements),
// checks physical dimensions with Brian's messages and compiles code into a
// Program that runs over contiguous blocks of elements: every instruction is
// a tight loop over a block of float64 slices, not a tree walk per element.
//
// Common shapes get specialised instructions (fused multiply-add chains,
// scalar operands, (a ± b)/s as a multiplication by 1/s like Brian's
// loop-invariant optimisation), and the refractory Euler(-Maruyama) update
// of a leaky neuron is recognised as a whole and run in one pass per
// element together with its threshold (ExecCrossing), bit-identical to the
// block program; on CPUs with AVX-512 that pass is vector code
// (lif_amd64.s). A RefractoryGate keeps a group's not_refractory flags as a
// bitmap between steps, so that the pass streams through v alone.
//
// Random numbers come from a counter-based stream (SplitMix64: draw k of a
// stream depends only on the seed and k) with a 256-layer ziggurat for
// normal deviates, reseeded per chunk by the caller: the vector kernel
// computes sixteen draws at once and gets the numbers the scalar loops get.
package expr
