package interp

import (
	"strings"
	"testing"
)

// Error texts and delegation, checked without the oracle.

// quantity is a native value with str, repr, format, attributes and
// indexing, standing in for numpy/Brian values.
type quantity struct{ v float64 }

func (quantity) Type() *Class { return quantityType }

var quantityType = NewClass("Quantity", "brian2")

func (q quantity) Str(th *Thread) (string, error)  { return FormatFloatRepr(q.v) + " mV", nil }
func (q quantity) Repr(th *Thread) (string, error) { return FormatFloatRepr(q.v) + " * mvolt", nil }
func (q quantity) Format(th *Thread, spec string) (string, error) {
	s, err := FormatValue(th, Float(q.v), spec)
	return s + " mV", err
}
func (q quantity) Attr(th *Thread, name string) (Value, error) {
	if name == "dim" {
		return Str("V"), nil
	}
	return nil, nil
}
func (quantity) AttrNames() []string { return []string{"dim"} }
func (q quantity) GetItem(th *Thread, key Value) (Value, error) {
	return Float(q.v * 2), nil
}

// plain is a value with no protocols at all.
type plain struct{}

func (plain) Type() *Class { return plainType }

var plainType = NewClass("Plain", "test")

func (plain) Repr(th *Thread) (string, error) { return "<Plain>", nil }

func errText(err error) string {
	if e, ok := err.(*Exception); ok {
		return e.Class.Name + ": " + e.Message()
	}
	if err == nil {
		return ""
	}
	return "Go: " + err.Error()
}

func TestPercentFormatErrors(t *testing.T) {
	for _, c := range []struct {
		format string
		args   Value
		want   string
	}{
		{"%s %s", Tuple{Int(1)}, "TypeError: not enough arguments for format string"},
		{"%s", Tuple{Int(1), Int(2)}, "TypeError: not all arguments converted during string formatting"},
		{"%d", Str("x"), "TypeError: %d format: a real number is required, not str"},
		{"%x", Float(1), "TypeError: %x format: an integer is required, not float"},
		{"%y", Int(1), "ValueError: unsupported format character 'y' (0x79) at index 1"},
		{"ab%", Tuple{}, "ValueError: incomplete format"},
		{"%(a", NewDict(), "ValueError: incomplete format key"},
		{"%(a)s", Int(1), "TypeError: format requires a mapping"},
		{"%(a)s", NewDict(), "KeyError: a"},
		{"%c", Int(-1), "OverflowError: %c arg not in range(0x110000)"},
		{"%c", Str("ab"), "TypeError: %c requires int or char"},
		{"%*d", Tuple{Float(1), Int(1)}, "TypeError: * wants int"},
		{"%f", plain{}, "TypeError: must be real number, not Plain"},
		{"%d", plain{}, "TypeError: %d format: a real number is required, not Plain"},
		{"%99999999999d", Int(1), "MemoryError: format width or precision is too large"},
	} {
		_, err := PercentFormat(nil, c.format, c.args)
		if got := errText(err); got != c.want {
			t.Errorf("%q %% %v: got %q, want %q", c.format, c.args, got, c.want)
		}
	}
}

func TestPercentFormatNative(t *testing.T) {
	q := quantity{-65}
	for _, c := range []struct {
		format string
		args   Value
		want   string
	}{
		{"v = %s", q, "v = -65.0 mV"},
		{"%r|%8.3s|", Tuple{q, q}, "-65.0 * mvolt|     -65|"},
		{"%s and %s", Tuple{plain{}, Float(0.1)}, "<Plain> and 0.1"},
		{"%s", quantity{1e-5}, "1e-05 mV"},
	} {
		got, err := PercentFormat(nil, c.format, c.args)
		if err != nil || got != Str(c.want) {
			t.Errorf("%q %% ...: got %v, %v; want %q", c.format, got, err, c.want)
		}
	}
}

func TestFormatValueDelegation(t *testing.T) {
	q := quantity{2.5}
	for _, c := range []struct {
		v    Value
		spec string
		want string
	}{
		{q, ".2f", "2.50 mV"},
		{q, "", "2.5 mV"},
		{plain{}, "", "<Plain>"},
	} {
		got, err := FormatValue(nil, c.v, c.spec)
		if err != nil || got != c.want {
			t.Errorf("format(%v, %q) = %q, %v; want %q", c.v, c.spec, got, err, c.want)
		}
	}
	_, err := FormatValue(nil, plain{}, "10")
	if got, want := errText(err), "TypeError: unsupported format string passed to Plain.__format__"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, err = FormatValue(nil, None, "5")
	if got, want := errText(err), "TypeError: unsupported format string passed to NoneType.__format__"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStrFormatNative(t *testing.T) {
	q := quantity{3}
	got, err := StrFormat(nil, "{0.dim} {0[1]} {q:.1f} {q!s} {q!r:>14}", []Value{q}, []Kwarg{{"q", q}})
	want := "V 6.0 3.0 mV 3.0 mV    3.0 * mvolt"
	if err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	_, err = StrFormat(nil, "{0.nope}", []Value{q}, nil)
	if got, want := errText(err), "AttributeError: 'Quantity' object has no attribute 'nope'"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, err = StrFormat(nil, "{0[0]}", []Value{plain{}}, nil)
	if got, want := errText(err), "TypeError: 'Plain' object is not subscriptable"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStrFormatErrors(t *testing.T) {
	for _, c := range []struct {
		format string
		want   string
	}{
		{"{4}", "IndexError: Replacement index 4 out of range for positional args tuple"},
		{"{}{0}", "ValueError: cannot switch from automatic field numbering to manual field specification"},
		{"{0}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"},
		{"{x}", "KeyError: x"},
		{"{", "ValueError: Single '{' encountered in format string"},
		{"}", "ValueError: Single '}' encountered in format string"},
		{"{0!z}", "ValueError: Unknown conversion specifier z"},
		{"{:{:{:{}}}}", "ValueError: Max string recursion exceeded"},
	} {
		_, err := StrFormat(nil, c.format, []Value{Int(1), Int(2), Int(3), Int(4)}, nil)
		if got := errText(err); got != c.want {
			t.Errorf("%q.format(1, 2, 3, 4): got %q, want %q", c.format, got, c.want)
		}
	}
}

func TestFormatValueExamples(t *testing.T) {
	for _, c := range []struct {
		v    Value
		spec string
		want string
	}{
		{Float(1e16), "", "1e+16"},
		{Float(0.1), ".3", "0.1"},
		{Float(1234.5), ",.2f", "1,234.50"},
		{Int(1234567), "_", "1_234_567"},
		{Int(255), "#010_b", "0b1111_1111"},
		{Int(1234), "010,", "00,001,234"},
		{True, "", "True"},
		{True, "d", "1"},
		{Str("ab"), "^6", "  ab  "},
		{Float(-0.0001), "z.2f", "0.00"},
	} {
		got, err := FormatValue(nil, c.v, c.spec)
		if err != nil || got != c.want {
			t.Errorf("format(%v, %q) = %q, %v; want %q", c.v, c.spec, got, err, c.want)
		}
	}
}

func TestStrMethodNames(t *testing.T) {
	names := StrMethodNames()
	joined := " " + strings.Join(names, " ") + " "
	for _, want := range []string{"capitalize", "format", "format_map", "join", "split", "zfill", "removeprefix", "splitlines"} {
		if !strings.Contains(joined, " "+want+" ") {
			t.Errorf("StrMethodNames lacks %s", want)
		}
	}
	for _, n := range names {
		if _, ok := StrMethod(nil, "x", n); !ok {
			t.Errorf("StrMethod(%q) not found", n)
		}
	}
	if _, ok := StrMethod(nil, "x", "nope"); ok {
		t.Error("StrMethod found a method that does not exist")
	}
	m, _ := StrMethod(nil, "a-b", "split")
	got, err := m.(*Builtin).Call(nil, []Value{Str("-")}, nil)
	if err != nil || testRepr(got) != "['a', 'b']" {
		t.Errorf("'a-b'.split('-') = %v, %v", got, err)
	}
}
