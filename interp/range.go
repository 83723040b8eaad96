package interp

// Attr exposes start, stop and step.
func (r *Range) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return Int(r.Start), nil
	case "stop":
		return Int(r.Stop), nil
	case "step":
		return Int(r.Step), nil
	}
	return nil, nil
}

// AttrNames lists range's attributes.
func (r *Range) AttrNames() []string { return []string{"count", "index", "start", "step", "stop"} }

func init() {
	addMethods(RangeType, map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error){
		"index": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("index", args, 1, 1); err != nil {
				return nil, err
			}
			r := recv.(*Range)
			if ok, _ := Contains(th, r, args[0]); ok {
				i, _ := args[0].(Int)
				return Int((int64(i) - r.Start) / r.Step), nil
			}
			s, _ := Repr(th, args[0])
			return nil, Errorf(ValueError, "%s is not in range", s)
		},
		"count": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("count", args, 1, 1); err != nil {
				return nil, err
			}
			if ok, _ := Contains(th, recv, args[0]); ok {
				return Int(1), nil
			}
			return Int(0), nil
		},
	})
}
