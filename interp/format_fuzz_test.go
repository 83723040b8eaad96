package interp

import (
	"math"
	"math/big"
	"strconv"
	"testing"
)

// Fuzz targets: bad input must give a Python exception, never a Go panic,
// and float reprs must round-trip.

func FuzzFormatValue(f *testing.F) {
	for _, spec := range []string{"", ",.2f", "#010_b", "é^20.3%", "z+08.1e", ".100g", "{", "99999999999999999999", "0=+,", "c"} {
		f.Add(1234.5, int64(-42), "héllo", spec)
	}
	f.Fuzz(func(t *testing.T, x float64, n int64, s, spec string) {
		for _, v := range []Value{Float(x), Int(n), Str(s), Bool(n%2 == 0), None,
			MakeBigInt(new(big.Int).Mul(big.NewInt(n), big.NewInt(math.MaxInt64)))} {
			out, err := FormatValue(nil, v, spec)
			if err != nil {
				if _, ok := err.(*Exception); !ok {
					t.Fatalf("format(%v, %q): non-Python error %v", v, spec, err)
				}
			} else if len(out) > 1<<27 {
				t.Fatalf("format(%v, %q): %d bytes", v, spec, len(out))
			}
		}
	})
}

func FuzzPercentFormat(f *testing.F) {
	for _, format := range []string{"%s", "%(a)s", "%-*.*f|", "%#x %c", "%5%", "%(a", "%.3e %r %a"} {
		f.Add(format, 2.5, int64(7), "x")
	}
	f.Fuzz(func(t *testing.T, format string, x float64, n int64, s string) {
		d := NewDict()
		d.SetStr("a", Float(x))
		for _, args := range []Value{Tuple{Int(n), Float(x), Str(s)}, Float(x), Str(s), d, Tuple{}} {
			if _, err := PercentFormat(nil, format, args); err != nil {
				if _, ok := err.(*Exception); !ok {
					t.Fatalf("%q %% %v: non-Python error %v", format, args, err)
				}
			}
		}
	})
}

func FuzzStrFormat(f *testing.F) {
	for _, format := range []string{"{}", "{0[1]:{1}}", "{a!r:>{b}}", "{:{:{}}}", "{0.x}", "}}{{", "{0[}"} {
		f.Add(format, "s")
	}
	f.Fuzz(func(t *testing.T, format, s string) {
		args := []Value{NewList([]Value{Str(s), Int(3)}), Int(5), Str(s)}
		kwargs := []Kwarg{{"a", Str(s)}, {"b", Int(4)}}
		if _, err := StrFormat(nil, format, args, kwargs); err != nil {
			if _, ok := err.(*Exception); !ok {
				t.Fatalf("%q: non-Python error %v", format, err)
			}
		}
	})
}

func FuzzStrMethods(f *testing.F) {
	f.Add("  a,b  c ", ",", int64(1))
	f.Add("ΣΑΣ\tx\r\ny", "", int64(-1))
	f.Fuzz(func(t *testing.T, s, arg string, n int64) {
		for _, name := range StrMethodNames() {
			if name == "format" || name == "format_map" {
				continue
			}
			m, _ := StrMethod(nil, Str(s), name)
			for _, args := range [][]Value{nil, {Str(arg)}, {Int(n % 100)}, {Str(arg), Int(n % 100)}, {Str(arg), Str(arg), Int(n)}} {
				if _, err := m.(*Builtin).Fn(nil, args, nil); err != nil {
					if _, ok := err.(*Exception); !ok {
						t.Fatalf("%q.%s(%v): non-Python error %v", s, name, args, err)
					}
				}
			}
		}
		for _, key := range []Value{Int(n), &Slice{Int(n), None, Int(n%7 - 3)}} {
			if _, err := StrGetItem(Str(s), key); err != nil {
				if _, ok := err.(*Exception); !ok {
					t.Fatalf("%q[%v]: non-Python error %v", s, key, err)
				}
			}
		}
	})
}

func FuzzFloatReprRoundTrip(f *testing.F) {
	f.Add(uint64(0x3fb999999999999a))
	f.Fuzz(func(t *testing.T, bits uint64) {
		x := math.Float64frombits(bits)
		s := FormatFloatRepr(x)
		if math.IsNaN(x) {
			if s != "nan" {
				t.Fatalf("repr(nan) = %q", s)
			}
			return
		}
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(y) != bits {
			t.Fatalf("repr(%b) = %q does not round-trip (%v)", bits, s, err)
		}
	})
}
