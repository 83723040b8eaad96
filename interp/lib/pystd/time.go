package pystd

import (
	"fmt"
	"strings"
	"time"

	"github.com/gobrian/gobrian/interp"
)

// StructTimeType is the class of time.struct_time values.
var StructTimeType = interp.NewClass("struct_time", "time", interp.TupleType)

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// structTime is time.struct_time: a 9-tuple with named fields.
type structTime struct {
	t     time.Time
	items interp.Tuple
}

func newStructTime(t time.Time) *structTime {
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	wday := (int(t.Weekday()) + 6) % 7 // Monday is 0
	return &structTime{t: t, items: interp.Tuple{
		interp.Int(t.Year()), interp.Int(t.Month()), interp.Int(t.Day()), interp.Int(t.Hour()),
		interp.Int(t.Minute()), interp.Int(t.Second()), interp.Int(wday), interp.Int(t.YearDay()), interp.Int(isdst),
	}}
}

func (*structTime) Type() *interp.Class { return StructTimeType }

func (s *structTime) Len(th *thread) (int, error) { return len(s.items), nil }

func (s *structTime) GetItem(th *thread, key value) (value, error) {
	return interp.GetItem(th, s.items, key)
}

func (s *structTime) Iterate(th *thread) (interp.Iterator, error) { return interp.Iterate(th, s.items) }

func (s *structTime) Attr(th *thread, name string) (value, error) {
	for i, f := range structTimeFields {
		if f == name {
			return s.items[i], nil
		}
	}
	switch name {
	case "tm_zone":
		z, _ := s.t.Zone()
		return interp.Str(z), nil
	case "tm_gmtoff":
		_, off := s.t.Zone()
		return interp.Int(off), nil
	}
	return nil, nil
}

func (s *structTime) AttrNames() []string {
	return append(append([]string(nil), structTimeFields...), "tm_zone", "tm_gmtoff")
}

func (s *structTime) Repr(th *thread) (string, error) {
	parts := make([]string, len(structTimeFields))
	for i, f := range structTimeFields {
		parts[i] = fmt.Sprintf("%s=%d", f, s.items[i])
	}
	return "time.struct_time(" + strings.Join(parts, ", ") + ")", nil
}

// timeArg turns an optional struct_time or 9-tuple argument into a time.
func timeArg(th *thread, args []value) (time.Time, error) {
	if len(args) == 0 || args[0] == interp.None {
		return time.Now(), nil
	}
	if st, ok := args[0].(*structTime); ok {
		return st.t, nil
	}
	items, err := interp.ToSlice(th, args[0])
	if err != nil {
		return time.Time{}, err
	}
	if len(items) != 9 {
		return time.Time{}, interp.Errorf(interp.TypeError, "time.struct_time() takes a 9-sequence (%d-sequence given)", len(items))
	}
	n := make([]int, 6)
	for i := range n {
		v, err := interp.AsInt(items[i])
		if err != nil {
			return time.Time{}, err
		}
		n[i] = int(v)
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.Local), nil
}

// strftime formats t with the common C directives.
func strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", (int(t.Weekday())+6)%7+1)
		case 'Z':
			z, _ := t.Zone()
			b.WriteString(z)
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'c':
			b.WriteString(t.Format("Mon Jan _2 15:04:05 2006"))
		case 'x', 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'X', 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'R':
			b.WriteString(t.Format("15:04"))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func timeModule(th *thread) (*interp.Module, error) {
	m := interp.NewModule("time")
	start := time.Now()
	seconds := func(d time.Duration) value { return interp.Float(d.Seconds()) }
	def(m, "time", func(th *thread, args []value, kw []kwarg) (value, error) {
		return interp.Float(float64(time.Now().UnixNano()) / 1e9), nil
	})
	def(m, "time_ns", func(th *thread, args []value, kw []kwarg) (value, error) {
		return interp.Int(time.Now().UnixNano()), nil
	})
	for _, name := range []string{"perf_counter", "monotonic", "process_time", "thread_time"} {
		clock := func() time.Duration { return time.Since(start) }
		if name == "process_time" || name == "thread_time" {
			clock = func() time.Duration {
				if d, ok := cpuTime(); ok {
					return d
				}
				return time.Since(start)
			}
		}
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			return seconds(clock()), nil
		})
		def(m, name+"_ns", func(th *thread, args []value, kw []kwarg) (value, error) {
			return interp.Int(clock().Nanoseconds()), nil
		})
	}
	def(m, "sleep", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("time.sleep", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := interp.AsFloat(args[0])
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if s < 0 {
			return nil, interp.Errorf(interp.ValueError, "sleep length must be non-negative")
		}
		timer := time.NewTimer(time.Duration(s * float64(time.Second)))
		defer timer.Stop()
		select {
		case <-timer.C:
			return interp.None, nil
		case <-th.Context().Done():
			return nil, interp.Errorf(interp.KeyboardInterrupt, "")
		}
	})
	convert := func(name string, utc bool) {
		def(m, name, func(th *thread, args []value, kw []kwarg) (value, error) {
			if err := nargs(name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			t := time.Now()
			if len(args) == 1 && args[0] != interp.None {
				s, ok := interp.AsFloat(args[0])
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
				}
				t = time.Unix(0, int64(s*1e9))
			}
			if utc {
				t = t.UTC()
			} else {
				t = t.Local()
			}
			return newStructTime(t), nil
		})
	}
	convert("localtime", false)
	convert("gmtime", true)
	def(m, "mktime", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("mktime", args, kw, 1, 1); err != nil {
			return nil, err
		}
		t, err := timeArg(th, args)
		if err != nil {
			return nil, err
		}
		return interp.Float(float64(t.Unix())), nil
	})
	def(m, "strftime", func(th *thread, args []value, kw []kwarg) (value, error) {
		if err := nargs("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		f, ok := args[0].(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		t, err := timeArg(th, args[1:])
		if err != nil {
			return nil, err
		}
		return interp.Str(strftime(string(f), t)), nil
	})
	def(m, "asctime", func(th *thread, args []value, kw []kwarg) (value, error) {
		t, err := timeArg(th, args)
		if err != nil {
			return nil, err
		}
		return interp.Str(t.Format("Mon Jan _2 15:04:05 2006")), nil
	})
	def(m, "ctime", func(th *thread, args []value, kw []kwarg) (value, error) {
		t := time.Now()
		if len(args) == 1 && args[0] != interp.None {
			s, _ := interp.AsFloat(args[0])
			t = time.Unix(0, int64(s*1e9))
		}
		return interp.Str(t.Format("Mon Jan _2 15:04:05 2006")), nil
	})
	m.Set("struct_time", StructTimeType)
	_, off := time.Now().Zone()
	m.Set("timezone", interp.Int(-off))
	return m, nil
}
