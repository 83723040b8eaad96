package pystd

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// JSONDecodeError is json.JSONDecodeError, a ValueError.
var JSONDecodeError = interp.NewExceptionClass("JSONDecodeError", "json.decoder", interp.ValueError)

// jsonDecoder parses JSON text as Python's json module does, positions
// counted in code points for its error messages.
type jsonDecoder struct {
	s          []rune
	objectHook value
	pairsHook  value
	parseFloat value
	parseInt   value
}

func (d *jsonDecoder) fail(msg string, pos int) error {
	line := 1
	col := pos + 1
	for i := 0; i < pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			line++
			col = pos - i
		}
	}
	e := interp.Errorf(JSONDecodeError, "%s: line %d column %d (char %d)", msg, line, col, pos)
	e.Attrs = interp.NewDict()
	e.Attrs.SetStr("msg", interp.Str(msg))
	e.Attrs.SetStr("pos", interp.Int(pos))
	e.Attrs.SetStr("lineno", interp.Int(line))
	e.Attrs.SetStr("colno", interp.Int(col))
	e.Attrs.SetStr("doc", interp.Str(string(d.s)))
	return e
}

func (d *jsonDecoder) skipWS(i int) int {
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	return i
}

func (d *jsonDecoder) value(th *thread, i int) (value, int, error) {
	if err := th.CheckInterrupt(); err != nil {
		return nil, 0, err
	}
	if i >= len(d.s) {
		return nil, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, j, err := d.str(i + 1)
		return interp.Str(s), j, err
	case c == '{':
		return d.object(th, i+1)
	case c == '[':
		return d.array(th, i+1)
	case d.lit(i, "null"):
		return interp.None, i + 4, nil
	case d.lit(i, "true"):
		return interp.True, i + 4, nil
	case d.lit(i, "false"):
		return interp.False, i + 5, nil
	case d.lit(i, "NaN"):
		return d.constant(th, "NaN", math.NaN(), i+3)
	case d.lit(i, "Infinity"):
		return d.constant(th, "Infinity", math.Inf(1), i+8)
	case d.lit(i, "-Infinity"):
		return d.constant(th, "-Infinity", math.Inf(-1), i+9)
	case c == '-' || c >= '0' && c <= '9':
		return d.number(th, i)
	}
	return nil, i, d.fail("Expecting value", i)
}

func (d *jsonDecoder) constant(th *thread, text string, f float64, j int) (value, int, error) {
	return interp.Float(f), j, nil
}

func (d *jsonDecoder) lit(i int, word string) bool {
	w := []rune(word)
	if i+len(w) > len(d.s) {
		return false
	}
	for k, r := range w {
		if d.s[i+k] != r {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *jsonDecoder) number(th *thread, i int) (value, int, error) {
	start := i
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || !isDigit(d.s[i]) {
		return nil, start, d.fail("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && isDigit(d.s[i+1]) {
		isFloat = true
		i++
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && isDigit(d.s[j]) {
			isFloat = true
			for j < len(d.s) && isDigit(d.s[j]) {
				j++
			}
			i = j
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		if d.parseFloat != interp.None {
			v, err := th.Call(d.parseFloat, []value{interp.Str(text)}, nil)
			return v, i, err
		}
		f, _ := strconv.ParseFloat(text, 64)
		return interp.Float(f), i, nil
	}
	if d.parseInt != interp.None {
		v, err := th.Call(d.parseInt, []value{interp.Str(text)}, nil)
		return v, i, err
	}
	n, _ := new(big.Int).SetString(text, 10)
	return interp.MakeBigInt(n), i, nil
}

// str parses a string body starting after the opening quote.
func (d *jsonDecoder) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", i, d.fail("Unterminated string starting at", begin)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c < 0x20:
			return "", i, d.fail("Invalid control character at", i)
		case c != '\\':
			b.WriteRune(c)
			i++
			continue
		}
		i++
		if i >= len(d.s) {
			return "", i, d.fail("Unterminated string starting at", begin)
		}
		esc := d.s[i]
		simple := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
		if r, ok := simple[esc]; ok {
			b.WriteRune(r)
			i++
			continue
		}
		if esc != 'u' {
			return "", i, d.fail("Invalid \\escape", i-1)
		}
		r, ok := d.hex4(i + 1)
		if !ok {
			return "", i, d.fail("Invalid \\uXXXX escape", i-1)
		}
		i += 5
		if r >= 0xd800 && r <= 0xdbff && i+1 < len(d.s) && d.s[i] == '\\' && d.s[i+1] == 'u' {
			if lo, ok := d.hex4(i + 2); ok && lo >= 0xdc00 && lo <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
				i += 6
			}
		}
		b.WriteRune(r)
	}
}

func (d *jsonDecoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[i:i+4]), 16, 32)
	return rune(n), err == nil
}

func (d *jsonDecoder) object(th *thread, i int) (value, int, error) {
	var pairs []interp.Tuple
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(th, pairs, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, j, err := d.str(i + 1)
		if err != nil {
			return nil, j, err
		}
		j = d.skipWS(j)
		if j >= len(d.s) || d.s[j] != ':' {
			return nil, j, d.fail("Expecting ':' delimiter", j)
		}
		j = d.skipWS(j + 1)
		v, j, err := d.value(th, j)
		if err != nil {
			return nil, j, err
		}
		pairs = append(pairs, interp.Tuple{interp.Str(key), v})
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == '}' {
			return d.finishObject(th, pairs, j+1)
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

func (d *jsonDecoder) finishObject(th *thread, pairs []interp.Tuple, end int) (value, int, error) {
	if d.pairsHook != interp.None {
		list := make([]value, len(pairs))
		for i, p := range pairs {
			list[i] = p
		}
		v, err := th.Call(d.pairsHook, []value{interp.NewList(list)}, nil)
		return v, end, err
	}
	obj := interp.NewDict()
	for _, p := range pairs {
		if err := obj.Set(th, p[0], p[1]); err != nil {
			return nil, end, err
		}
	}
	if d.objectHook != interp.None {
		v, err := th.Call(d.objectHook, []value{obj}, nil)
		return v, end, err
	}
	return obj, end, nil
}

func (d *jsonDecoder) array(th *thread, i int) (value, int, error) {
	var out []value
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return interp.NewList(out), i + 1, nil
	}
	for {
		v, j, err := d.value(th, i)
		if err != nil {
			return nil, j, err
		}
		out = append(out, v)
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == ']' {
			return interp.NewList(out), j + 1, nil
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

func jsonLoads(th *thread, args []value, kw []kwarg) (value, error) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "loads() takes 1 positional argument but %d were given", len(args))
	}
	if err := checkKw("loads", kw, "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"); err != nil {
		return nil, err
	}
	s, ok := args[0].(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "the JSON object must be str, bytes or bytearray, not %s", args[0].Type().Name)
	}
	d := &jsonDecoder{s: []rune(string(s)),
		objectHook: kwGet(kw, "object_hook", interp.None), pairsHook: kwGet(kw, "object_pairs_hook", interp.None),
		parseFloat: kwGet(kw, "parse_float", interp.None), parseInt: kwGet(kw, "parse_int", interp.None)}
	if len(d.s) > 0 && d.s[0] == '\ufeff' {
		return nil, d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.skipWS(0)
	v, j, err := d.value(th, i)
	if err != nil {
		return nil, err
	}
	j = d.skipWS(j)
	if j != len(d.s) {
		return nil, d.fail("Extra data", j)
	}
	return v, nil
}

func jsonModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("json")
	m.Set("JSONDecodeError", JSONDecodeError)
	def(m, "dumps", jsonDumps)
	def(m, "loads", jsonLoads)
	def(m, "dump", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "dump() missing required argument 'fp'")
		}
		s, err := jsonDumps(th, args[:1], kw)
		if err != nil {
			return nil, err
		}
		w, err := interp.GetAttr(th, args[1], "write")
		if err != nil {
			return nil, err
		}
		_, err = th.Call(w, []value{s}, nil)
		return interp.None, err
	})
	def(m, "load", func(th *thread, args []value, kw []kwarg) (value, error) {
		if len(args) != 1 {
			return nil, interp.Errorf(interp.TypeError, "load() missing required argument 'fp'")
		}
		r, err := interp.GetAttr(th, args[0], "read")
		if err != nil {
			return nil, err
		}
		s, err := th.Call(r, nil, nil)
		if err != nil {
			return nil, err
		}
		return jsonLoads(th, []value{s}, kw)
	})
	return m, nil
}
