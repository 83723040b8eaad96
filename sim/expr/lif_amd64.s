//go:build amd64

#include "textflag.h"

// Offsets in lifVecArgs (lif_amd64.go).
#define A_G 0
#define A_LS 8
#define A_V 16
#define A_N 24
#define A_OUT 32
#define A_NOUT 40
#define A_MISS 48
#define A_NMISS 56
#define A_FIRST 64
#define A_BASE 72
#define A_LIMIT 80
#define A_OTHER 88
#define A_S 96
#define A_DT 104
#define A_THR 112
#define A_GMIN 120
#define A_SD 128
#define A_GC 136
#define A_NOISE 144
#define A_CTR 152
#define A_CONSTS 280
#define A_FLAGS 288
#define A_NBUF 296
#define A_MBUF 304

// Offsets in lifVecConsts.
#define C_WLOW 0
#define C_WHIGH 1024
#define C_K 2048
#define C_LOW 5120
#define C_HIGH 5184
#define C_MUL1 5248
#define C_MUL2 5256
#define C_STEP 5264
#define C_ONE 5272
#define C_LAYERS 5280
#define C_B32 5284
#define C_B64 5288
#define C_B128 5292

// Comparison predicates.
#define NEQ_UQ 4
#define GE_OQ 29
#define GT_OQ 30

// PAIR sets dst to the entries off(DX)[i mod 32] of a 32-dword slice of
// a table, for the 16 dword lanes of layer indices i in Z6.
#define PAIR(off, dst) \
	VMOVDQU32 off(DX), dst \
	VPERMT2D off+64(DX), Z6, dst

// LOOKUP sets dst to table[i] for the 16 dword lanes of Z6 (0..255), a
// table of 256 dwords at off(DX): eight two-register permutes of 32
// entries each, joined by bits 5 (K5), 6 (K6) and 7 (K7) of i. t and Z15
// are scratch.
#define LOOKUP(off, dst, t) \
	PAIR(off, dst) \
	PAIR(off+128, t) \
	VPBLENDMD t, dst, K5, dst \
	PAIR(off+256, t) \
	PAIR(off+384, Z15) \
	VPBLENDMD Z15, t, K5, t \
	VPBLENDMD t, dst, K6, dst \
	PAIR(off+512, t) \
	PAIR(off+640, Z15) \
	VPBLENDMD Z15, t, K5, t \
	VMOVDQU32 t, Z14 \
	PAIR(off+768, t) \
	PAIR(off+896, Z15) \
	VPBLENDMD Z15, t, K5, t \
	VPBLENDMD t, Z14, K6, Z14 \
	VPBLENDMD Z14, dst, K7, dst

// XORSHIFT is z ^= z >> shift on Z4 and Z5, a step of SplitMix64's mix.
#define XORSHIFT(shift) \
	VPSRLQ $shift, Z4, Z7 \
	VPSRLQ $shift, Z5, Z8 \
	VPXORQ Z7, Z4, Z4 \
	VPXORQ Z8, Z5, Z5

// GATE loads the gate at off(SI) into Z0 and lastspike at off(BX), sets
// Z1 to the new gate (base - lastspike >= limit ? 1 : 0) and stores the
// lanes that changed (rarely any: a masked store is slow even when its
// mask is empty, so it is branched around).
#define GATE(off, lbl) \
	VMOVUPD off(SI), Z0 \
	VSUBPD off(BX), Z16, Z1 \
	VCMPPD $GE_OQ, Z17, Z1, K3 \
	VMOVAPD.Z Z25, K3, Z1 \
	VCMPPD $NEQ_UQ, Z1, Z0, K4 \
	KORTESTB K4, K4 \
	JZ lbl \
	VMOVUPD Z1, K4, off(SI) \
lbl:

// FLAGS sets AX to the bitmap byte of element R13 (a multiple of 8), or
// jumps to lbl when the flags are computed from lastspike instead.
#define FLAGS(lbl) \
	MOVQ A_FLAGS(R8), AX \
	TESTQ AX, AX \
	JZ lbl \
	MOVQ R13, R10 \
	SHRQ $3, R10 \
	ADDQ R10, AX

// DRIFT sets Z2 to dt*(gate*((v - other)*s)) + v for v at off(DI).
#define DRIFT(off) \
	VMOVUPD off(DI), Z2 \
	VSUBPD Z18, Z2, Z3 \
	VMULPD Z19, Z3, Z3 \
	VMULPD Z1, Z3, Z3 \
	VMULPD Z20, Z3, Z3 \
	VADDPD Z2, Z3, Z2

// APPEND appends to the int32 buffer at ptr (count at cnt(R8)) R13 plus
// the index of each set bit of AX, in order. Clobbers AX, R10, R12.
#define APPEND(ptr, cnt, lbl) \
	MOVQ cnt(R8), R10 \
lbl: \
	BSFL AX, R12 \
	ADDQ R13, R12 \
	MOVL R12, (ptr)(R10*4) \
	INCQ R10 \
	LEAL -1(AX), R12 \
	ANDL R12, AX \
	JNZ lbl \
	MOVQ R10, cnt(R8)

// GATED_SPIKES appends the elements of the 8 lanes set in kreg whose gate
// (Z1) differs from gmin, then jumps to next.
#define GATED_SPIKES(kreg, next, lbl) \
	VCMPPD $NEQ_UQ, Z22, Z1, K4 \
	KANDB K4, kreg, kreg \
	KMOVB kreg, AX \
	TESTL AX, AX \
	JZ next \
	APPEND(R9, A_NOUT, lbl) \
	JMP next

// func lifAVX512(a *lifVecArgs)
//
// lifKernel.runScalar vectorised, the same operations in the same order
// (so the same roundings): the refractory gate from lastspike, the drift,
// for noisy models the ziggurat's rectangle on SplitMix64 outputs, and
// the threshold. Spiking indices are appended to out; noisy lanes whose
// draw left the rectangle keep the noise-free value, are not tested, and
// are listed in miss for the caller to finish in element order. n is a
// multiple of 16.
TEXT ·lifAVX512(SB), NOSPLIT, $0-8
	MOVQ a+0(FP), R8
	MOVQ A_G(R8), SI
	MOVQ A_LS(R8), BX
	MOVQ A_V(R8), DI
	MOVQ A_N(R8), CX
	MOVQ A_OUT(R8), R9
	MOVQ A_MISS(R8), R11
	MOVQ A_FIRST(R8), R13
	MOVQ A_CONSTS(R8), DX
	VBROADCASTSD A_BASE(R8), Z16
	VBROADCASTSD A_LIMIT(R8), Z17
	VBROADCASTSD A_OTHER(R8), Z18
	VBROADCASTSD A_S(R8), Z19
	VBROADCASTSD A_DT(R8), Z20
	VBROADCASTSD A_THR(R8), Z21
	VBROADCASTSD A_GMIN(R8), Z22
	VBROADCASTSD A_SD(R8), Z23
	VBROADCASTSD A_GC(R8), Z24
	VBROADCASTSD C_ONE(DX), Z25
	MOVQ A_NOISE(R8), AX
	TESTQ AX, AX
	JNZ noisy

	MOVQ A_FLAGS(R8), AX
	TESTQ AX, AX
	JNZ flagged

plain:
	TESTQ CX, CX
	JZ done
	GATE(0, plainGate)

	DRIFT(0)
	VMOVUPD Z2, (DI)
	VCMPPD $GT_OQ, Z21, Z2, K5
	KORTESTB K5, K5
	JNZ plainSpikes

plainNext:
	ADDQ $64, SI
	ADDQ $64, BX
	ADDQ $64, DI
	ADDQ $8, R13
	SUBQ $8, CX
	JMP plain

plainSpikes:
	GATED_SPIKES(K5, plainNext, plainSpike)

	// the noise-free update with the flags from the bitmap, sixteen
	// elements a step: the state streamed through is v alone
flagged:
	MOVQ R13, R11
	SHRQ $3, R11
	ADDQ AX, R11

flaggedLoop:
	TESTQ CX, CX
	JZ done
	KMOVW (R11), K5
	KSHIFTRW $8, K5, K6
	VMOVAPD.Z Z25, K5, Z1
	VMOVAPD.Z Z25, K6, Z9
	VMOVUPD (DI), Z2
	VMOVUPD 64(DI), Z10
	VSUBPD Z18, Z2, Z3
	VSUBPD Z18, Z10, Z11
	VMULPD Z19, Z3, Z3
	VMULPD Z19, Z11, Z11
	VMULPD Z1, Z3, Z3
	VMULPD Z9, Z11, Z11
	VMULPD Z20, Z3, Z3
	VMULPD Z20, Z11, Z11
	VADDPD Z2, Z3, Z2
	VADDPD Z10, Z11, Z10
	VMOVUPD Z2, (DI)
	VMOVUPD Z10, 64(DI)
	VCMPPD $GT_OQ, Z21, Z2, K3
	VCMPPD $GT_OQ, Z21, Z10, K4
	KUNPCKBW K3, K4, K3
	KORTESTW K3, K3
	JNZ flaggedSpikes

flaggedNext:
	ADDQ $128, DI
	ADDQ $2, R11
	ADDQ $16, R13
	SUBQ $16, CX
	JMP flaggedLoop

flaggedSpikes:
	VCMPPD $NEQ_UQ, Z22, Z1, K4
	VCMPPD $NEQ_UQ, Z22, Z9, K6
	KUNPCKBW K4, K6, K4
	KANDW K4, K3, K3
	KMOVW K3, AX
	TESTL AX, AX
	JZ flaggedNext
	APPEND(R9, A_NOUT, flaggedSpike)
	JMP flaggedNext

	// with noise, two passes over the elements: the deviates into a
	// buffer, then the update; each loop is short enough for the core to
	// overlap its iterations
noisy:
	VMOVDQU64 A_CTR(R8), Z27
	VMOVDQU64 A_CTR+64(R8), Z28
	MOVQ A_NBUF(R8), SI
	MOVQ A_MBUF(R8), BX

zigLoop:
	TESTQ CX, CX
	JZ zigDone

	// sixteen SplitMix64 outputs: Z4 for lanes 0-7, Z5 for 8-15
	VMOVDQA64 Z27, Z4
	VMOVDQA64 Z28, Z5
	XORSHIFT(30)
	VPMULLQ.BCST C_MUL1(DX), Z4, Z4
	VPMULLQ.BCST C_MUL1(DX), Z5, Z5
	XORSHIFT(27)
	VPMULLQ.BCST C_MUL2(DX), Z4, Z4
	VPMULLQ.BCST C_MUL2(DX), Z5, Z5
	XORSHIFT(31)
	VPADDQ.BCST C_STEP(DX), Z27, Z27
	VPADDQ.BCST C_STEP(DX), Z28, Z28

	// layer i (high dwords, Z6) and j (low dwords, Z10) of the sixteen,
	// dword lane d holding element (d&1 | d>>2<<1 | d>>1&1<<3): the order
	// in which unpacking the two halves of the widths below gives them
	VMOVDQU32 C_HIGH(DX), Z6
	VPERMI2D Z5, Z4, Z6
	VMOVDQU32 C_LOW(DX), Z10
	VPERMI2D Z5, Z4, Z10
	VPANDD.BCST C_LAYERS(DX), Z6, Z6
	VPTESTMD.BCST C_B32(DX), Z6, K5
	VPTESTMD.BCST C_B64(DX), Z6, K6
	VPTESTMD.BCST C_B128(DX), Z6, K7

	// j as float64, in element order: lanes 0-7 in Z4, 8-15 in Z5
	VPSLLQ $32, Z4, Z4
	VPSRAQ $32, Z4, Z4
	VCVTQQ2PD Z4, Z4
	VPSLLQ $32, Z5, Z5
	VPSRAQ $32, Z5, Z5
	VCVTQQ2PD Z5, Z5

	// inside the rectangle (K1, lane order): |j| < k[i]
	LOOKUP(C_K, Z7, Z8)
	VPABSD Z10, Z8
	VPCMPUD $1, Z7, Z8, K1

	// the deviates j·w[i], w unpacked from its two halves
	LOOKUP(C_WLOW, Z7, Z8)
	LOOKUP(C_WHIGH, Z9, Z8)
	VPUNPCKLDQ Z9, Z7, Z12
	VPUNPCKHDQ Z9, Z7, Z13
	VMULPD Z12, Z4, Z12
	VMULPD Z13, Z5, Z13
	VMOVUPD Z12, (SI)
	VMOVUPD Z13, 64(SI)

	// the mask in element order: lanes 0,1,4,5,8,9,12,13 are elements
	// 0-7, the others 8-15
	KMOVW K1, AX
	MOVL $0x3333, R10
	PEXTL R10, AX, R12
	MOVL $0xCCCC, R10
	PEXTL R10, AX, R10
	SHLL $8, R10
	ORL R12, R10
	MOVW R10, (BX)
	XORL $0xFFFF, R10
	MOVL R10, AX
	// fetch the v of these elements for the update pass meanwhile
	PREFETCHT0 (DI)
	PREFETCHT0 64(DI)

	TESTL AX, AX
	JNZ zigMiss

zigNext:
	ADDQ $128, DI
	ADDQ $128, SI
	ADDQ $2, BX
	ADDQ $16, R13
	SUBQ $16, CX
	JMP zigLoop

zigMiss:
	APPEND(R11, A_NMISS, zigMissOne)
	JMP zigNext

zigDone:
	MOVQ A_V(R8), DI
	MOVQ A_G(R8), SI
	MOVQ A_LS(R8), BX
	MOVQ A_N(R8), CX
	MOVQ A_FIRST(R8), R13
	MOVQ A_NBUF(R8), DX
	MOVQ A_MBUF(R8), R11

	// the update: + (gate·gc)·(n·sd) where the draw was inside
noisyLoop:
	TESTQ CX, CX
	JZ done
	FLAGS(noisyCompute)
	KMOVB (AX), K3
	VMOVAPD.Z Z25, K3, Z1
	JMP noisyDrift

noisyCompute:
	GATE(0, noisyGate)

noisyDrift:
	DRIFT(0)
	KMOVB (R11), K1
	VMULPD (DX), Z23, Z12
	VMULPD Z24, Z1, Z3
	VMULPD Z3, Z12, Z12
	VADDPD Z12, Z2, K1, Z2
	VMOVUPD Z2, (DI)
	VCMPPD $GT_OQ, Z21, Z2, K3
	KANDB K1, K3, K3
	KORTESTB K3, K3
	JNZ noisySpikes

noisyNext:
	ADDQ $64, SI
	ADDQ $64, BX
	ADDQ $64, DI
	ADDQ $64, DX
	INCQ R11
	ADDQ $8, R13
	SUBQ $8, CX
	JMP noisyLoop

noisySpikes:
	GATED_SPIKES(K3, noisyNext, noisySpike)

done:
	VZEROUPPER
	RET
