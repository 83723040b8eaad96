package interp

func init() {
	addMethods(TupleType, map[string]func(th *Thread, recv Value, args []Value, kwargs []Kwarg) (Value, error){
		"index": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("index", args, 1, 3); err != nil {
				return nil, err
			}
			return seqFind(th, recv.(Tuple), args, "tuple")
		},
		"count": func(th *Thread, recv Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("tuple.count", args, 1, 1); err != nil {
				return nil, err
			}
			return seqCount(th, recv.(Tuple), args[0])
		},
	})
}
