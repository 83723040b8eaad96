package sim

import "github.com/gobrian/gobrian/sim/simerr"

func errorf(typ, format string, args ...any) error { return simerr.New(typ, format, args...) }

// objectErr wraps err as Brian's BrianObjectException for the named object.
func objectErr(name string, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*simerr.ObjectError); ok {
		return err
	}
	return &simerr.ObjectError{Object: name, Err: err}
}
