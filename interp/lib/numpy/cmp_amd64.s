//go:build amd64

#include "textflag.h"

// CMPLOOP compares eight floats at a time against the broadcast scalar
// in Z1 with predicate IMM and stores the 0/1 bytes: the mask bits are
// deposited into the low bit of each byte.
#define CMPLOOP(IMM, LOOP) \
LOOP: \
	CMPQ CX, $8 \
	JLT done \
	VMOVUPD (SI), Z0 \
	VCMPPD IMM, Z1, Z0, K1 \
	KMOVW K1, AX \
	PDEPQ R9, AX, AX \
	MOVQ AX, (DI) \
	ADDQ $64, SI \
	ADDQ $8, DI \
	SUBQ $8, CX \
	JMP LOOP

// func cmpScalarAVX512(dst *bool, src *float64, n int, s float64, pred int)
//
// n is a multiple of 8; pred is a VCMPPD predicate among those below.
TEXT ·cmpScalarAVX512(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSD s+24(FP), Z1
	MOVQ pred+32(FP), DX
	MOVQ $0x0101010101010101, R9
	CMPQ DX, $1
	JEQ lt
	CMPQ DX, $2
	JEQ le
	CMPQ DX, $13
	JEQ ge
	CMPQ DX, $14
	JEQ gt
	CMPQ DX, $0
	JEQ eq
	JMP ne

lt:
	CMPLOOP($1, ltloop)
le:
	CMPLOOP($2, leloop)
ge:
	CMPLOOP($13, geloop)
gt:
	CMPLOOP($14, gtloop)
eq:
	CMPLOOP($0, eqloop)
ne:
	CMPLOOP($4, neloop)

done:
	VZEROUPPER
	RET
