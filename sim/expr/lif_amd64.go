package expr

import (
	"slices"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// lifVecArgs is what lifAVX512 reads and writes; the field order is its
// layout (offsets in lif_amd64.s).
type lifVecArgs struct {
	g, ls, v *float64
	n        int
	out      *int32 // room for n indices
	nout     int
	miss     *int32 // room for n indices after nmiss
	nmiss    int
	first    int // the element index of g[0]
	c        lifConsts
	noise    uint64
	ctr      [16]uint64 // the main stream's counters for the first sixteen lanes
	consts   *lifVecConsts
	flags    *byte    // not_refractory as a bitmap (bit j for element j), or nil
	nbuf     *float64 // noise: room for n deviates
	mbuf     *uint16  // noise: room for n/16 masks (bit set: the draw was inside)
}

// lifVecConsts is lifAVX512's constant block (offsets in lif_amd64.s).
type lifVecConsts struct {
	zig              zigTables
	low, high        [16]uint32 // dword permutes packing j and i of 16 draws (see lif_amd64.s)
	mul1, mul2, step uint64     // SplitMix64's multipliers; 16 gammas
	one              float64
	layerMask        uint32 // zigLayers - 1
	b32, b64, b128   uint32 // the bits of the layer index that choose among permutes
}

var lifConstBlock = func() *lifVecConsts {
	gamma := uint64(smGamma)
	c := &lifVecConsts{zig: zigTab, mul1: smMul1, mul2: smMul2, step: gamma * 16, one: 1, layerMask: zigLayers - 1,
		b32: 32, b64: 64, b128: 128}
	// dword lane d holds element e: unpacking the low and high halves of
	// the looked-up widths (VPUNPCKLDQ/HDQ work within 128-bit lanes) then
	// gives elements 0-7 and 8-15 in order
	for d := range c.low {
		e := d&1 | d>>2<<1 | d>>1&1<<3
		// elements 0-7 are the qwords of the first register (dwords
		// 0-15), 8-15 those of the second (16-31)
		c.low[d] = uint32(2 * e)
		c.high[d] = uint32(2*e + 1)
	}
	return c
}()

//go:noescape
func lifAVX512(a *lifVecArgs)

// lifVector runs the kernel over [lo, hi), hi - lo a positive multiple
// of 16, with AVX-512; nil when the CPU lacks it.
var lifVector = newLIFVector()

func newLIFVector() func(f *Frame, K *lifKernel, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32 {
	if !cpu.X86.HasAVX512F || !cpu.X86.HasAVX512DQ || !cpu.X86.HasBMI2 {
		return nil
	}
	return func(f *Frame, K *lifKernel, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32 {
		// with noise, sub-blocks small enough that the rare draws are
		// finished while their elements are still in cache
		sub := hi - lo
		if K.noise {
			sub = 1024
		}
		for a := lo; a < hi; a += sub {
			out = lifPass(f, K, a, min(a+sub, hi), c, flags, out)
		}
		return out
	}
}

// lifPass is one call of the vector kernel over [lo, hi), then the
// finishing of its rare draws.
func lifPass(f *Frame, K *lifKernel, lo, hi int, c *lifConsts, flags *RefractoryGate, out []int32) []int32 {
	vars := f.p.vars
	n := hi - lo
	// the kernel writes into the frame's scratch, with room for every
	// element; out grows by the few that spike
	f.spk = slices.Grow(f.spk[:0], n)
	f.miss = slices.Grow(f.miss[:0], n)
	a := lifVecArgs{
		g: &vars[K.gate][lo], ls: &vars[K.last][lo], v: &vars[K.v][lo], n: n,
		out: unsafe.SliceData(f.spk[:n]), miss: unsafe.SliceData(f.miss[:n]),
		first: lo, c: *c, consts: lifConstBlock,
	}
	if flags != nil {
		a.flags = flags.bytes()
	}
	s0 := f.rng.s
	if K.noise {
		f.nbuf = slices.Grow(f.nbuf[:0], n)
		f.mbuf = slices.Grow(f.mbuf[:0], n/16)
		a.nbuf, a.mbuf = unsafe.SliceData(f.nbuf[:n]), unsafe.SliceData(f.mbuf[:n/16])
		a.noise = 1
		for l := range a.ctr {
			a.ctr[l] = s0 + uint64(l+1)*smGamma
		}
		f.rng.s = s0 + uint64(n)*smGamma
	}
	lifAVX512(&a)
	start := len(out)
	out = append(out, f.spk[:a.nout]...)
	if a.nmiss > 0 {
		out = K.finishMisses(f, lo, s0, f.miss[:a.nmiss], c, flags, out, start)
	}
	return out
}
