//go:build amd64

#include "textflag.h"

// Element-wise block kernels, eight lanes at a time; n is a positive
// multiple of 8. Each rounds as the Go loops of kernels.go do (products
// and sums separately), so the results are the same bits.

// VV: dst = a OP b.
#define VV(NAME, OP) \
TEXT NAME(SB), NOSPLIT, $0-32 \
	MOVQ dst+0(FP), DI \
	MOVQ a+8(FP), SI \
	MOVQ b+16(FP), DX \
	MOVQ n+24(FP), CX \
loop: \
	VMOVUPD (SI), Z0 \
	OP (DX), Z0, Z0 \
	VMOVUPD Z0, (DI) \
	ADDQ $64, SI \
	ADDQ $64, DX \
	ADDQ $64, DI \
	SUBQ $8, CX \
	JNZ loop \
	VZEROUPPER \
	RET

// VS: dst = a OP s.
#define VS(NAME, OP) \
TEXT NAME(SB), NOSPLIT, $0-32 \
	MOVQ dst+0(FP), DI \
	MOVQ a+8(FP), SI \
	VBROADCASTSD s+16(FP), Z1 \
	MOVQ n+24(FP), CX \
loop: \
	VMOVUPD (SI), Z0 \
	OP Z1, Z0, Z0 \
	VMOVUPD Z0, (DI) \
	ADDQ $64, SI \
	ADDQ $64, DI \
	SUBQ $8, CX \
	JNZ loop \
	VZEROUPPER \
	RET

// func vecAddVV(dst, a, b *float64, n int)
VV(·vecAddVV, VADDPD)

// func vecSubVV(dst, a, b *float64, n int)
VV(·vecSubVV, VSUBPD)

// func vecMulVV(dst, a, b *float64, n int)
VV(·vecMulVV, VMULPD)

// func vecAddVS(dst, a *float64, s float64, n int)
VS(·vecAddVS, VADDPD)

// func vecSubVS(dst, a *float64, s float64, n int)
VS(·vecSubVS, VSUBPD)

// func vecMulVS(dst, a *float64, s float64, n int)
VS(·vecMulVS, VMULPD)

// func vecSubSV(dst *float64, s float64, b *float64, n int): dst = s - b
TEXT ·vecSubSV(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	VBROADCASTSD s+8(FP), Z1
	MOVQ b+16(FP), SI
	MOVQ n+24(FP), CX
loop:
	VSUBPD (SI), Z1, Z0
	VMOVUPD Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JNZ loop
	VZEROUPPER
	RET

// func vecMulAddSVV(dst *float64, s float64, b, c *float64, n int): dst = s*b + c
TEXT ·vecMulAddSVV(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	VBROADCASTSD s+8(FP), Z1
	MOVQ b+16(FP), SI
	MOVQ c+24(FP), DX
	MOVQ n+32(FP), CX
loop:
	VMULPD (SI), Z1, Z0
	VADDPD (DX), Z0, Z0
	VMOVUPD Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DX
	ADDQ $64, DI
	SUBQ $8, CX
	JNZ loop
	VZEROUPPER
	RET

// func vecMulAddVVV(dst, a, b, c *float64, n int): dst = a*b + c
TEXT ·vecMulAddVVV(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), BX
	MOVQ c+24(FP), DX
	MOVQ n+32(FP), CX
loop:
	VMOVUPD (SI), Z0
	VMULPD (BX), Z0, Z0
	VADDPD (DX), Z0, Z0
	VMOVUPD Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, BX
	ADDQ $64, DX
	ADDQ $64, DI
	SUBQ $8, CX
	JNZ loop
	VZEROUPPER
	RET

// func vecFlagGE(dst, b *float64, base, limit float64, n int)
//
// dst = base - b >= limit ? 1 : 0, storing only the lanes that change
// (a flag variable such as not_refractory rarely does).
TEXT ·vecFlagGE(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ b+8(FP), SI
	VBROADCASTSD base+16(FP), Z1
	VBROADCASTSD limit+24(FP), Z2
	MOVQ n+32(FP), CX
	MOVQ $0x3FF0000000000000, AX
	VPBROADCASTQ AX, Z3
loop:
	VSUBPD (SI), Z1, Z0
	VCMPPD $29, Z2, Z0, K1 // GE_OQ
	VMOVAPD.Z Z3, K1, Z0
	VCMPPD $4, (DI), Z0, K2 // NEQ_UQ: the lanes that change
	KORTESTB K2, K2
	JZ next
	VMOVUPD Z0, K2, (DI)
next:
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JNZ loop
	VZEROUPPER
	RET

// func vecCrossGT(out *int32, x, gate *float64, k float64, n, first int) (count int)
//
// Writes to out first + j for the elements j where x[j] > k (and
// gate[j] != 0 when gate is not nil), in order; out has room for n.
TEXT ·vecCrossGT(SB), NOSPLIT, $0-56
	MOVQ out+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ gate+16(FP), DX
	VBROADCASTSD k+24(FP), Z1
	MOVQ n+32(FP), CX
	MOVQ first+40(FP), R8
	XORQ R9, R9
	VPXORQ Z2, Z2, Z2
loop:
	VCMPPD $1, (SI), Z1, K1 // k < x (LT_OQ)
	KORTESTB K1, K1
	JNZ hit
next:
	ADDQ $64, SI
	ADDQ $64, DX
	ADDQ $8, R8
	SUBQ $8, CX
	JNZ loop
	MOVQ R9, count+48(FP)
	VZEROUPPER
	RET
hit:
	MOVQ gate+16(FP), AX
	TESTQ AX, AX
	JZ take
	VCMPPD $4, (DX), Z2, K2 // gate != 0 (NEQ_UQ)
	KANDB K2, K1, K1
take:
	KMOVB K1, AX
	TESTL AX, AX
	JZ next
each:
	BSFL AX, BX
	ADDQ R8, BX
	MOVL BX, (DI)(R9*4)
	INCQ R9
	LEAL -1(AX), BX
	ANDL BX, AX
	JNZ each
	JMP next
