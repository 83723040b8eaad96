package interp

import (
	"math"
	"math/rand"
	"testing"
)

// Differential tests against CPython (see format_oracle_test.go): float
// repr, format() over a grid of specs, printf-style '%', str.format, str
// methods, indexing and slicing. All cases go to one Python process.

func TestOracle(t *testing.T) {
	groups := []struct {
		name  string
		cases []oracleCase
	}{
		{"FloatRepr", floatReprCases()},
		{"FormatFloat", formatFloatCases()},
		{"FormatInt", formatIntCases()},
		{"FormatStrNone", formatStrNoneCases()},
		{"Percent", percentCases()},
		{"StrFormat", strFormatCases()},
		{"StrMethods", strMethodCases()},
		{"StrOps", strOpsCases()},
		{"Unicode", unicodeCases()},
		{"RandomSpecs", randomSpecCases()},
	}
	var exprs []string
	for _, g := range groups {
		for _, c := range g.cases {
			exprs = append(exprs, c.expr)
		}
	}
	want := runOracle(t, exprs)
	for _, g := range groups {
		n := len(g.cases)
		results := want[:n]
		want = want[n:]
		t.Run(g.name, func(t *testing.T) { compareOracle(t, g.cases, results) })
	}
}

// testFloats are edge cases plus seeded random floats of every magnitude.
func testFloats() []float64 {
	fs := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 100, 1e15, 1e16, 1e17,
		9999999999999998, 1e22, 1e23, 1e-4, 1e-5, 0.0001234, 0.00001234, 123456789012345.0,
		1234567890123456.0, 12345678901234567.0, 1.5e-7, 1.7976931348623157e308, 5e-324,
		2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(), 0.3, 2.0 / 3, 1.0 / 3,
		123.456, -0.0005, 0.05, 0.15, 0.25, 0.35, 1234.5, 99.995, 9.5, 0.95, 1e100, 3.14159,
		-123456.789, 1e-10, 65, 1.0e-320,
	}
	rng := rand.New(rand.NewSource(42))
	for i := 0; i < 300; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) {
			continue
		}
		fs = append(fs, f)
	}
	for i := 0; i < 200; i++ {
		// Short decimals like measurements: m × 10^e.
		m := float64(rng.Intn(2000000) - 1000000)
		e := rng.Intn(40) - 20
		fs = append(fs, m*math.Pow(10, float64(e)))
	}
	for i := 0; i < 100; i++ {
		fs = append(fs, rng.NormFloat64()*math.Pow(10, float64(rng.Intn(12)-6)))
	}
	return fs
}

func floatReprCases() []oracleCase {
	var cases []oracleCase
	for _, f := range testFloats() {
		v := Float(f)
		cases = append(cases, oracleCase{"repr(" + pyLit(v) + ")", func() (Value, error) {
			return Str(FormatFloatRepr(f)), nil
		}})
	}
	return cases
}

var floatSpecs = []string{
	"", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".25f", "e", ".0e", ".3e", ".16e", "E", "g", ".0g",
	".1g", ".2g", ".3g", ".10g", ".17g", "G", "#g", "#.3g", "#.0f", "#.0e", "#", "#.0", "n", "%",
	".1%", ",", ",.2f", "_.3f", "_", "+", " ", "+.2e", "10", "<10", "^12.3f", "=+12.2f",
	"012.3f", "010", "x^15,.1f", "z.1f", "z", "z.0f", ".3", ".1", ".17", ".20", "020,.2f",
	"0=12g", "*>+15.4e", "F", ".2F", "08.3%", "-", "08", ",g", "12,", "0<8", "d", "x", "c",
	"s", ",_", ".", "10.5.", "+#.3", "05,", "_e", ".50f", ".30e", ".40g", "#.20g", "é^20.3f",
	",.0f", "_g", "+,", "0=+15,.3f", "#.3%", "z+08.1e", " 010", "<", "^", "=", "+=", ".100",
}

func formatFloatCases() []oracleCase {
	fs := testFloats()
	var cases []oracleCase
	for i, f := range fs {
		specs := floatSpecs
		if i > 60 && i%5 != 0 {
			specs = floatSpecs[:12] // keep the random tail affordable
		}
		for _, spec := range specs {
			v, spec := Float(f), spec
			cases = append(cases, oracleCase{"format(" + pyLit(v) + ", " + pyLit(Str(spec)) + ")",
				func() (Value, error) { return testStrResult(FormatValue(nil, v, spec)) }})
		}
	}
	return cases
}

var intSpecs = []string{
	"", "d", "5d", "<5", "^7", "=+8", "08", "010,", ",", "_", "_x", "_b", "#x", "#X", "#o",
	"#b", "x", "X", "o", "b", "+d", " d", "n", "e", ".2e", "f", ".1f", "g", "%", ".2%",
	",.2f", "#010x", "0=20_b", "*^20,", "-10", "z", ".2", ",x", "c", "5c", "<05c", "+c",
	"#c", "_o", "#_x", "0", "00", "012_", ",n", "s", "E", "G", "F", "%s", "10.", "_X",
}

func formatIntCases() []oracleCase {
	ints := []Value{Int(0), Int(1), Int(-1), Int(7), Int(42), Int(-255), Int(1234), Int(65),
		Int(1234567), Int(-9876543210), Int(math.MaxInt64), Int(math.MinInt64), Int(0x10ffff),
		Int(0x110000), testBigInt("1000000000000000000000000000000"),
		testBigInt("-1267650600228229401496703205376"), True, False}
	var cases []oracleCase
	for _, v := range ints {
		for _, spec := range intSpecs {
			v, spec := v, spec
			cases = append(cases, oracleCase{"format(" + pyLit(v) + ", " + pyLit(Str(spec)) + ")",
				func() (Value, error) { return testStrResult(FormatValue(nil, v, spec)) }})
		}
	}
	return cases
}

func formatStrNoneCases() []oracleCase {
	vals := []Value{Str(""), Str("abc"), Str("héllo"), Str("日本"), Str("a\tb"), None}
	specs := []string{"", "s", "10", "<10", ">10", "^10", "^9", "*^9", "é>6", ".2", "10.2", "=10",
		"+", " ", "-", "#", "010", "d", "z", ".0", "x", ",", "_", "0>5", "5.3s", "ab"}
	var cases []oracleCase
	for _, v := range vals {
		for _, spec := range specs {
			v, spec := v, spec
			cases = append(cases, oracleCase{"format(" + pyLit(v) + ", " + pyLit(Str(spec)) + ")",
				func() (Value, error) { return testStrResult(FormatValue(nil, v, spec)) }})
		}
	}
	return cases
}

func percentCases() []oracleCase {
	formats := []string{"%s", "%r", "%a", "%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d",
		"%.3d", "%x", "%#x", "%#X", "%#o", "%o", "%08.3f", "%f", "%e", "%.2E", "%g", "%G", "%#g",
		"%10.4g", "%-10.2e|", "%+.1f", "%c", "%%", "%5.1s|", "%.0f", "%#.0e", "%+08.2f", "% 010d",
		"%-+8d|", "%#08x", "%#-8o|", "%10s", "%-10r|", "%.2s", "%5%", "%y", "%", "%5", "%.", "%ld",
		"%hs", "x%sy%sz", "%s %s", "%F", "%.20g", "%#.3x", "% .3e", "%05s", "%+s", "%0-6d|",
		"%(a)s", "%é"}
	vals := []Value{Int(0), Int(42), Int(-7), Int(255), Float(3.14159), Float(-0.5), Float(1e20),
		Float(math.Inf(1)), Float(math.NaN()), Float(2.5), Str("abc"), Str("é"), Str(""), True,
		None, testBigInt("123456789012345678901234567890"), Tuple{Int(1), Int(2)}, Tuple{},
		Tuple{Str("x")}}
	var cases []oracleCase
	for i, f := range testFloats() {
		if i%3 != 0 {
			continue
		}
		for _, pf := range []string{"%f", "%.3e", "%g", "%#.12G", "%+015.4f", "%.0f", "%-12.5g|", "%.17g", "%s", "%r"} {
			pf, v := pf, Value(Float(f))
			cases = append(cases, oracleCase{pyLit(Str(pf)) + " % " + pyLit(v),
				func() (Value, error) { return PercentFormat(nil, pf, v) }})
		}
	}
	for _, f := range formats {
		for _, v := range vals {
			f, v := f, v
			cases = append(cases, oracleCase{pyLit(Str(f)) + " % " + pyLit(v),
				func() (Value, error) { return PercentFormat(nil, f, v) }})
		}
	}
	// Mappings and '*' arguments.
	d := NewDict()
	d.SetStr("a", Int(1))
	d.SetStr("b", Str("two"))
	d.SetStr("c(d)", Float(0.25))
	for _, c := range []struct {
		f string
		v Value
	}{
		{"%(a)s-%(b)r", d}, {"%(a)05d", d}, {"%(c(d))s", d}, {"%(x)s", d}, {"%(a", d},
		{"%(a)s %s", d}, {"no fields", d}, {"%*d|", Tuple{Int(5), Int(42)}},
		{"%-*d|", Tuple{Int(5), Int(42)}}, {"%*d|", Tuple{Int(-5), Int(42)}},
		{"%.*f", Tuple{Int(2), Float(1.23456)}}, {"%*.*f|", Tuple{Int(9), Int(3), Float(3.14159)}},
		{"%*d", Tuple{Str("a"), Int(1)}}, {"%*d", Tuple{Int(1)}}, {"%s %s", Tuple{Int(1)}},
		{"%s", Tuple{Int(1), Int(2)}}, {"abc", Int(5)}, {"abc", Tuple{}}, {"abc", NewList(nil)},
		{"%s %s", NewList([]Value{Int(1), Int(2)})}, {"%(a)s", Int(5)},
		{"%c", Int(0x110000)}, {"%c", Int(-1)}, {"%c", Str("ab")}, {"%c", Float(1.5)},
		{"%x", Float(1.5)}, {"%d", Str("5")}, {"%f", Str("a")}, {"%d", Float(math.Inf(1))},
		{"%d", Float(math.NaN())}, {"%d", Float(-3.99)}, {"%5.2%", Tuple{}}, {"%s%%", Float(0.1)},
		{"Spike times: %s", Float(1e-05)}, {"Before v = %s", Float(0)},
	} {
		c := c
		cases = append(cases, oracleCase{pyLit(Str(c.f)) + " % " + pyLit(c.v),
			func() (Value, error) { return PercentFormat(nil, c.f, c.v) }})
	}
	return cases
}

func strFormatCases() []oracleCase {
	d := NewDict()
	d.SetStr("k", Int(7))
	d.Set(nil, Int(1), Str("one"))
	args := []Value{Int(42), Float(2.5), Str("xy"), NewList([]Value{Int(10), Int(20)}), d,
		Tuple{Str("t0"), Str("t1")}}
	kwargs := []Kwarg{{"name", Str("Ann")}, {"w", Int(8)}, {"p", Int(3)}}
	patterns := []string{"{}", "{}{}", "{0}{1}{0}", "{0!r}", "{2!r:>8}", "{2!s}", "{2!a}",
		"{:>10}", "{0:{w}}", "{1:{w}.{p}f}", "{name}", "{name!r:^9}", "{3[1]}", "{3[-1]}",
		"{4[k]}", "{4[1]}", "{5[0]}{5[1]}", "{{}}", "{{{0}}}", "{:,}", "{0:_x}", "{1:%}",
		"{0}{}", "{}{0}", "{", "}", "{0", "{!x}", "{!}", "{0!r", "{0.}", "{0[}", "{0]x}",
		"{3[0]x}", "{:{}}", "{:{:{}}}", "{9}", "{missing}", "{3[5]}", "{0[0]}",
		"{3[a]}", "a{{b", "a}}b", "x}", "{0!rr}", "{0:{9}}", "{name:d}", "{:}", "{!r}",
		"{0:}", "{0[}]}", "{ }", "{0 }", "{-1}", "{00}", "{2:*^{w}}"}
	var cases []oracleCase
	argLits := ""
	for _, a := range args {
		argLits += pyLit(a) + ","
	}
	kwLits := ""
	for _, kw := range kwargs {
		kwLits += kw.Name + "=" + pyLit(kw.Value) + ","
	}
	for _, p := range patterns {
		p := p
		cases = append(cases, oracleCase{pyLit(Str(p)) + ".format(" + argLits + kwLits + ")",
			func() (Value, error) { return testStrResult(StrFormat(nil, p, args, kwargs)) }})
	}
	for _, p := range []string{"{k}", "{0}", "{missing}", "{k:>5}", "plain", "{}"} {
		p := p
		cases = append(cases, oracleCase{pyLit(Str(p)) + ".format_map(" + pyLit(d) + ")",
			func() (Value, error) { return testStrResult(StrFormatMap(nil, p, d)) }})
	}
	return cases
}

// strCall is one str method call for the differential tests.
type strCall struct {
	name   string
	args   []Value
	kwargs []Kwarg
}

func strMethodCases() []oracleCase {
	strs := []Value{Str(""), Str("abc"), Str("  Hello World  "), Str("a,b,,c"),
		Str("héllo wörld"), Str("ab\tcd\nef\r\ngh"), Str("x\x1cy\u2028z\u0085"), Str("ﬁne straße"),
		Str("they're bill's"), Str("ΣΑΣ ΟΔΟΣ"), Str("-42"), Str("Title Case"), Str("²½一7"),
		Str("__init__"), Str("aaa")}
	none := Value(None)
	transDict := NewDict()
	transDict.SetStr("l", Str("L"))
	transDict.Set(nil, Int('o'), None)
	transTable := NewDict()
	transTable.Set(nil, Int('a'), Str("<A>"))
	transTable.Set(nil, Int('l'), None)
	transTable.Set(nil, Int('e'), Int('3'))
	badTable := NewDict()
	badTable.Set(nil, Int('a'), Float(1.5))
	badTable.Set(nil, Int('l'), Int(-1))
	calls := []strCall{
		{"capitalize", nil, nil}, {"casefold", nil, nil}, {"lower", nil, nil}, {"upper", nil, nil},
		{"swapcase", nil, nil}, {"title", nil, nil}, {"isalnum", nil, nil}, {"isalpha", nil, nil},
		{"isascii", nil, nil}, {"isdecimal", nil, nil}, {"isdigit", nil, nil},
		{"isidentifier", nil, nil}, {"islower", nil, nil}, {"isnumeric", nil, nil},
		{"isprintable", nil, nil}, {"isspace", nil, nil}, {"istitle", nil, nil},
		{"isupper", nil, nil}, {"upper", []Value{Int(1)}, nil},
		{"center", []Value{Int(20)}, nil}, {"center", []Value{Int(9), Str("*")}, nil},
		{"center", []Value{Int(4)}, nil}, {"ljust", []Value{Int(12), Str("-")}, nil},
		{"rjust", []Value{Int(12)}, nil}, {"center", nil, nil}, {"center", []Value{Int(5), Int(1)}, nil},
		{"center", []Value{Int(5), Str("ab")}, nil}, {"zfill", []Value{Int(6)}, nil},
		{"zfill", nil, nil}, {"count", []Value{Str("a")}, nil}, {"count", []Value{Str("")}, nil},
		{"count", []Value{Str("l"), Int(3)}, nil}, {"count", []Value{Str(""), Int(2), Int(-1)}, nil},
		{"count", []Value{Str(""), Int(50)}, nil}, {"find", []Value{Str("l")}, nil},
		{"find", []Value{Str("l"), Int(4)}, nil}, {"find", []Value{Str("o"), Int(-5), none}, nil},
		{"find", []Value{Str(""), Int(3)}, nil}, {"find", []Value{Str(""), Int(99)}, nil},
		{"rfind", []Value{Str("l")}, nil}, {"rfind", []Value{Str("l"), Int(0), Int(-2)}, nil},
		{"index", []Value{Str("zz")}, nil}, {"rindex", []Value{Str("b")}, nil},
		{"find", []Value{Int(1)}, nil}, {"find", nil, nil}, {"find", []Value{Str("a"), Float(1.5)}, nil},
		{"find", []Value{Str("a")}, []Kwarg{{"start", Int(1)}}},
		{"startswith", []Value{Str("ab")}, nil}, {"startswith", []Value{Tuple{Str("x"), Str(" ")}}, nil},
		{"startswith", []Value{Str("b"), Int(1)}, nil}, {"startswith", []Value{Str(""), Int(99)}, nil},
		{"endswith", []Value{Str("c")}, nil}, {"endswith", []Value{Str("b"), Int(0), Int(2)}, nil},
		{"endswith", []Value{Int(1)}, nil}, {"startswith", []Value{Tuple{Int(1)}}, nil},
		{"expandtabs", nil, nil}, {"expandtabs", []Value{Int(4)}, nil},
		{"expandtabs", nil, []Kwarg{{"tabsize", Int(2)}}}, {"expandtabs", []Value{Int(0)}, nil},
		{"join", []Value{NewList([]Value{Str("x"), Str("y"), Str("z")})}, nil},
		{"join", []Value{Tuple{}}, nil}, {"join", []Value{Str("xyz")}, nil},
		{"join", []Value{NewList([]Value{Str("x"), Int(1)})}, nil}, {"join", []Value{Int(1)}, nil},
		{"join", nil, nil}, {"strip", nil, nil}, {"lstrip", nil, nil}, {"rstrip", nil, nil},
		{"strip", []Value{Str("a ")}, nil}, {"rstrip", []Value{Str("c,")}, nil},
		{"strip", []Value{none}, nil}, {"strip", []Value{Int(1)}, nil},
		{"strip", []Value{Str("a"), Str("b")}, nil}, {"partition", []Value{Str(",")}, nil},
		{"partition", []Value{Str("l")}, nil}, {"rpartition", []Value{Str("l")}, nil},
		{"rpartition", []Value{Str("#")}, nil}, {"partition", []Value{Str("")}, nil},
		{"partition", []Value{Int(1)}, nil}, {"removeprefix", []Value{Str("ab")}, nil},
		{"removesuffix", []Value{Str("c")}, nil}, {"removeprefix", []Value{Int(1)}, nil},
		{"replace", []Value{Str("a"), Str("A")}, nil}, {"replace", []Value{Str("l"), Str("L"), Int(1)}, nil},
		{"replace", []Value{Str(""), Str("-")}, nil}, {"replace", []Value{Str(""), Str("-"), Int(2)}, nil},
		{"replace", []Value{Str("a")}, nil}, {"replace", []Value{Int(1), Str("b")}, nil},
		{"replace", []Value{Str(","), Str(";"), Int(-3)}, nil}, {"split", nil, nil},
		{"split", []Value{Str(",")}, nil}, {"split", []Value{Str(","), Int(1)}, nil},
		{"split", []Value{none, Int(1)}, nil}, {"split", nil, []Kwarg{{"maxsplit", Int(1)}}},
		{"split", []Value{Str("")}, nil}, {"split", []Value{Int(1)}, nil},
		{"split", []Value{Str("l")}, []Kwarg{{"sep", Str("l")}}}, {"split", nil, []Kwarg{{"foo", Int(1)}}},
		{"rsplit", nil, nil}, {"rsplit", []Value{none, Int(1)}, nil}, {"rsplit", []Value{Str(","), Int(1)}, nil},
		{"rsplit", []Value{Str("l"), Int(0)}, nil}, {"split", []Value{Str("a"), Int(1), Int(2)}, nil},
		{"splitlines", nil, nil}, {"splitlines", []Value{True}, nil},
		{"splitlines", nil, []Kwarg{{"keepends", True}}}, {"format_map", []Value{NewDict()}, nil},
		{"format", []Value{Int(1)}, nil}, {"encode", []Value{Str("nope")}, nil},
		{"maketrans", []Value{Str("ab"), Str("xy"), Str("c")}, nil}, {"maketrans", []Value{Str("ab"), Str("x")}, nil},
		{"maketrans", []Value{Int(1)}, nil}, {"maketrans", []Value{transDict}, nil},
		{"maketrans", []Value{Str("a"), Int(1)}, nil}, {"maketrans", nil, nil},
		{"translate", []Value{transTable}, nil}, {"translate", []Value{Str("xyz")}, nil},
		{"translate", []Value{Int(5)}, nil}, {"translate", []Value{badTable}, nil},
	}
	var cases []oracleCase
	for _, s := range strs {
		for _, c := range calls {
			s, c := s, c
			expr := pyLit(s) + "." + c.name + "("
			for _, a := range c.args {
				expr += pyLit(a) + ","
			}
			for _, kw := range c.kwargs {
				expr += kw.Name + "=" + pyLit(kw.Value) + ","
			}
			expr += ")"
			cases = append(cases, oracleCase{expr, func() (Value, error) {
				m, ok := StrMethod(nil, s.(Str), c.name)
				if !ok {
					return nil, Errorf(AttributeError, "'str' object has no attribute '%s'", c.name)
				}
				return m.(*Builtin).Fn(nil, c.args, c.kwargs)
			}})
		}
	}
	return cases
}

func strOpsCases() []oracleCase {
	strs := []Value{Str(""), Str("abcdef"), Str("héllo→wörld"), Str("日本語")}
	n := Value(None)
	keys := []Value{Int(0), Int(1), Int(-1), Int(5), Int(-7), Int(100), True, Float(1.5), Str("a"), n,
		&Slice{n, n, n}, &Slice{Int(1), Int(4), n}, &Slice{n, n, Int(-1)}, &Slice{Int(-3), n, n},
		&Slice{n, Int(-2), Int(2)}, &Slice{Int(10), Int(-10), Int(-3)}, &Slice{Int(1), Int(1), Int(0)},
		&Slice{Str("a"), n, n}, &Slice{Int(-100), Int(100), Int(3)}, &Slice{Int(4), Int(1), Int(-1)},
		&Slice{n, n, Int(2)}, &Slice{testBigInt("100000000000000000000"), n, n}}
	var cases []oracleCase
	for _, s := range strs {
		for _, k := range keys {
			s, k := s, k
			var lit string
			if sl, ok := k.(*Slice); ok {
				part := func(v Value) string {
					if v == n {
						return ""
					}
					return pyLit(v)
				}
				lit = part(sl.Start) + ":" + part(sl.Stop) + ":" + part(sl.Step)
			} else {
				lit = "(" + pyLit(k) + ")"
			}
			cases = append(cases, oracleCase{pyLit(s) + "[" + lit + "]",
				func() (Value, error) { return StrGetItem(s.(Str), k) }})
		}
		for _, item := range []Value{Str(""), Str("b"), Str("l→w"), Str("本"), Int(1)} {
			s, item := s, item
			cases = append(cases, oracleCase{pyLit(item) + " in " + pyLit(s), func() (Value, error) {
				ok, err := StrContains(s.(Str), item)
				return Bool(ok), err
			}})
		}
		for _, m := range []Value{Int(3), Int(0), Int(-2), True, Float(2)} {
			s, m := s, m
			cases = append(cases, oracleCase{pyLit(s) + " * " + pyLit(m),
				func() (Value, error) { return StrMul(s.(Str), m) }})
		}
		for _, other := range []Value{Str("abc"), Str("日"), Str(""), Int(1)} {
			for _, op := range []Op{Lt, Le, Eq, Ne, Gt, Ge} {
				s, other, op := s, other, op
				cases = append(cases, oracleCase{pyLit(s) + " " + op.String() + " " + pyLit(other),
					func() (Value, error) {
						r, err := StrCompare(op, s.(Str), other)
						if r == nil && err == nil {
							return nil, Errorf(TypeError, "'%s' not supported between instances of 'str' and '%s'", op, other.Type().Name)
						}
						return r, err
					}})
			}
		}
	}
	for _, s := range []string{"", "a", "it's", `say "hi"`, `both ' and "`, "tab\there", "nl\n",
		"\x00\x07\x1b\x7f", "\\", "é→日本", "\u00a0\u200b\u2028", "\U0001F600", "\ufeff", "\u0080\u009f"} {
		s := s
		cases = append(cases, oracleCase{"repr(" + pyLit(Str(s)) + ")",
			func() (Value, error) { return Str(ReprStr(s)), nil }})
		cases = append(cases, oracleCase{"ascii(" + pyLit(Str(s)) + ")",
			func() (Value, error) { return Str(ASCIIEscape(ReprStr(s))), nil }})
	}
	return cases
}

func TestFormatFloatReprTable(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{0.1, "0.1"}, {1e16, "1e+16"}, {1e-5, "1e-05"}, {100, "100.0"}, {math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"}, {math.NaN(), "nan"}, {math.Copysign(0, -1), "-0.0"},
		{1.5e-7, "1.5e-07"}, {123456789012345.0, "123456789012345.0"}, {1e15, "1000000000000000.0"},
		{0.0001, "0.0001"}, {1e100, "1e+100"}, {5e-324, "5e-324"},
	} {
		if got := FormatFloatRepr(c.f); got != c.want {
			t.Errorf("FormatFloatRepr(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func BenchmarkFormatFloatRepr(b *testing.B) {
	fs := testFloats()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = FormatFloatRepr(fs[i%len(fs)])
	}
}

// randomSpecCases applies random strings over the spec alphabet to ints,
// floats and strs, so that odd combinations hit the parser and the error
// paths, and random printf formats to tuples.
func randomSpecCases() []oracleCase {
	const alphabet = "<>^=+- z#0012345689,_.eEfFgGn%xXobcds*"
	rng := rand.New(rand.NewSource(7))
	spec := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	vals := []Value{Int(0), Int(-1234567), Int(65), Float(-0.0), Float(1234.5678), Float(1e-7),
		Float(math.Inf(-1)), Str("abc"), testBigInt("-123456789012345678901234567890"), True}
	var cases []oracleCase
	for i := 0; i < 2500; i++ {
		v, sp := vals[i%len(vals)], spec(1+rng.Intn(7))
		cases = append(cases, oracleCase{"format(" + pyLit(v) + ", " + pyLit(Str(sp)) + ")",
			func() (Value, error) { return testStrResult(FormatValue(nil, v, sp)) }})
	}
	args := Tuple{Int(42), Float(-2.5), Str("xy"), Int(7), Float(0.001)}
	for i := 0; i < 1500; i++ {
		f := "%" + spec(1+rng.Intn(5)) + "|%s"
		cases = append(cases, oracleCase{pyLit(Str(f)) + " % " + pyLit(args),
			func() (Value, error) { return PercentFormat(nil, f, args) }})
	}
	// Random str.format patterns over the field grammar's alphabet.
	const fieldAlphabet = "{{{}}}[]!:01a.rsx>5"
	fargs := []Value{Str("xyz"), Int(1)}
	fkw := []Kwarg{{"a", Str("ab")}}
	for i := 0; i < 1500; i++ {
		b := make([]byte, 1+rng.Intn(8))
		for j := range b {
			b[j] = fieldAlphabet[rng.Intn(len(fieldAlphabet))]
		}
		f := string(b)
		cases = append(cases, oracleCase{pyLit(Str(f)) + ".format('xyz', 1, a='ab')",
			func() (Value, error) { return testStrResult(StrFormat(nil, f, fargs, fkw)) }})
	}
	return cases
}
