//go:build amd64

#include "textflag.h"

// func expAVX512(dst, src *float64, n int, k *expKernelConsts) (rare bool)
//
// Eight lanes at a time, the operation sequence of npExp's main path (see
// npexp.go); n is a multiple of 8. rare reports a lane with |x| at or
// above the rare threshold, whose result the caller recomputes.
TEXT ·expAVX512(SB), NOSPLIT, $0-33
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ k+24(FP), R8
	VBROADCASTSD 0(R8), Z16  // log2e
	VBROADCASTSD 8(R8), Z17  // shifter 1.5·2^48 + 1023
	VBROADCASTSD 16(R8), Z18 // ln2 hi
	VBROADCASTSD 24(R8), Z19 // ln2 lo
	VBROADCASTSD 32(R8), Z20 // c2
	VBROADCASTSD 40(R8), Z21 // c3
	VBROADCASTSD 48(R8), Z22 // c4
	VBROADCASTSD 56(R8), Z23 // c5
	VBROADCASTSD 64(R8), Z24 // c6
	VBROADCASTSD 72(R8), Z25 // rare threshold
	VPBROADCASTQ 80(R8), Z28 // abs mask
	VMOVUPD 88(R8), Z26      // 2^(j/16), j = 0..7
	VMOVUPD 152(R8), Z27     // j = 8..15
	KXORW K2, K2, K2

loop:
	CMPQ CX, $8
	JLT done
	VMOVUPD (SI), Z0
	// kd = x·log2e + shifter rounded toward zero: its low 4 mantissa
	// bits are j, and N = kd - shifter = floor(16·x·log2e)/16
	VMOVAPD Z17, Z1
	VFMADD231PD.RZ_SAE Z16, Z0, Z1
	VSUBPD Z17, Z1, Z2
	VMOVAPD Z0, Z3
	VFNMADD231PD Z18, Z2, Z3 // r = x - N·ln2hi
	VFNMADD231PD Z19, Z2, Z3 // r -= N·ln2lo
	VMULPD Z3, Z3, Z4        // r²
	VMOVAPD Z23, Z5
	VFMADD231PD Z24, Z3, Z5  // c5 + c6·r
	VMOVAPD Z21, Z6
	VFMADD231PD Z22, Z3, Z6  // c3 + c4·r
	VMULPD Z3, Z4, Z7        // r³
	VMOVAPD Z3, Z8
	VFMADD231PD Z20, Z4, Z8  // r + c2·r²
	VFMADD213PD Z6, Z4, Z5   // (c3 + c4·r) + r²(c5 + c6·r)
	VFMADD213PD Z8, Z7, Z5   // exp(r) - 1
	VMOVAPD Z26, Z9
	VPERMT2PD Z27, Z1, Z9    // th = 2^(j/16)
	VFMADD213PD Z9, Z9, Z5   // th·exp(r)
	VSCALEFPD Z2, Z5, Z5     // ·2^floor(N)
	VMOVUPD Z5, (DI)
	VPANDQ Z28, Z0, Z10
	VCMPPD $29, Z25, Z10, K1 // |x| ≥ threshold (ordered: not NaN)
	KORW K1, K2, K2
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JMP loop

done:
	KMOVW K2, AX
	TESTL AX, AX
	SETNE rare+32(FP)
	VZEROUPPER
	RET
