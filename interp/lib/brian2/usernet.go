package brian2

import (
	"fmt"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
)

// network is a Python Network(*objs): an explicit set of objects.
type network struct {
	s   *state
	obj *object
	n   *sim.Network
}

func (n *network) Type() *interp.Class { return n.s.cls.network }

// newNetwork implements Network(*objs, name='network*').
func (s *state) newNetwork(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	for _, kw := range kwargs {
		if kw.Name != "name" {
			return nil, interp.Errorf(interp.TypeError, "Network() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	s.collectGarbage(th)
	n := &network{s: s, n: sim.NewNetwork(s.env)}
	n.obj = s.track(th, nil, n)
	n.obj.net = n.n
	n.obj.magic = false
	if err := n.add(th, args); err != nil {
		return nil, err
	}
	return n, nil
}

// add accepts objects, lists/tuples of objects and other Networks.
func (n *network) add(th *interp.Thread, args []interp.Value) error {
	for _, a := range args {
		switch x := a.(type) {
		case *network:
			for _, o := range n.s.objects {
				if o.network == x.n {
					n.addObject(o)
				}
			}
			continue
		case interp.Tuple, *interp.List:
			items, _ := interp.ToSlice(th, a)
			if err := n.add(th, items); err != nil {
				return err
			}
			continue
		}
		o := n.s.recordOf(a)
		if o == nil {
			// Other containers (the set collect() returns, dicts' values...).
			if _, isStr := a.(interp.Str); !isStr {
				if items, err := interp.ToSlice(th, a); err == nil {
					if err := n.add(th, items); err != nil {
						return err
					}
					continue
				}
			}
			return interp.Errorf(interp.TypeError, "Can only add objects of type BrianObject, or containers of such objects to Network")
		}
		n.addObject(o)
	}
	return nil
}

func (n *network) addObject(o *object) {
	n.n.Add(o.sim)
	o.network = n.n
	n.obj.deps = append(n.obj.deps, o)
}

// recordOf finds the tracked record of a Python Brian object.
func (s *state) recordOf(v interp.Value) *object {
	for _, o := range s.objects {
		if o.py == v {
			return o
		}
	}
	return nil
}

func (n *network) Attr(th *interp.Thread, name string) (interp.Value, error) {
	method := func(f func(*interp.Thread, []interp.Value, []interp.Kwarg) (interp.Value, error)) (interp.Value, error) {
		return interp.NewBuiltin(name, f), nil
	}
	switch name {
	case "t":
		return numpy.NewQuantity(n.n.T(), timeDim), nil
	case "t_":
		return interp.Float(n.n.T()), nil
	case "name":
		return interp.Str(n.n.Name()), nil
	case "objects":
		var out []interp.Value
		for _, o := range n.obj.deps {
			out = append(out, o.py)
		}
		return interp.NewList(out), nil
	case "add":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.None, n.add(th, args)
		})
	case "remove":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			for _, a := range args {
				if o := n.s.recordOf(a); o != nil {
					n.n.Remove(o.sim)
					keep := n.obj.deps[:0]
					for _, d := range n.obj.deps {
						if d != o {
							keep = append(keep, d)
						}
					}
					n.obj.deps = keep
				}
			}
			return interp.None, nil
		})
	case "run":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			ra, err := parseRunArgs(th, "run", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.None, n.s.runNetwork(th, n.n, ra)
		})
	case "store":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			sn, err := storeName("store", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.None, n.s.pyError(n.n.Store(sn), "storing")
		})
	case "restore":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			sn, err := storeName("restore", args, kw)
			if err != nil {
				return nil, err
			}
			return interp.None, n.s.pyError(n.n.Restore(sn), "restoring")
		})
	case "stop":
		return method(func(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			n.n.Stop()
			return interp.None, nil
		})
	}
	return nil, nil
}

func (n *network) AttrNames() []string {
	return []string{"add", "name", "objects", "remove", "restore", "run", "stop", "store", "t", "t_"}
}

// GetItem is net['name']: the object with that name.
func (n *network) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	name, ok := key.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "Need a name to access objects in a Network.")
	}
	for _, o := range n.obj.deps {
		if o.name() == string(name) {
			return o.py, nil
		}
	}
	return nil, interp.Errorf(interp.KeyError, "'No object with name %s found'", string(name))
}

func (n *network) Contains(th *interp.Thread, item interp.Value) (bool, error) {
	for _, o := range n.obj.deps {
		if o.py == item {
			return true, nil
		}
	}
	return false, nil
}

func (n *network) Repr(th *interp.Thread) (string, error) {
	t, err := interp.ToStr(th, numpy.NewQuantity(n.n.T(), timeDim))
	if err != nil {
		return "", err
	}
	var parts []string
	for _, o := range n.obj.deps {
		r, err := interp.Repr(th, o.py)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	return fmt.Sprintf("<Network at time t=%s, containing objects: %s>", t, strings.Join(parts, ", ")), nil
}

// networkOperation is a NetworkOperation: a Python function called during
// runs, with the current time when it takes an argument.
type networkOperation struct {
	s     *state
	obj   *object
	op    *sim.NetworkOperation
	fn    interp.Value
	noArg bool // the function takes no argument
}

func (o *networkOperation) Type() *interp.Class { return o.s.cls.networkOperation }

func (o *networkOperation) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("NetworkOperation(clock=..., when=start, order=0, name='%s')", o.op.Name()), nil
}

// Call calls the wrapped function directly, as calling a decorated
// function does in Brian.
func (o *networkOperation) Call(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	return th.Call(o.fn, args, kwargs)
}

func (o *networkOperation) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "name":
		return interp.Str(o.op.Name()), nil
	case "function":
		return o.fn, nil
	case "active":
		return interp.Bool(o.op.Active()), nil
	}
	return nil, nil
}

func (o *networkOperation) AttrNames() []string { return []string{"active", "function", "name"} }

// newNetworkOperation implements NetworkOperation(function, dt=, clock=, when=, order=, name=).
func (s *state) newNetworkOperation(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var fn interp.Value
	var dt, clock, when, name interp.Value = interp.None, interp.None, interp.Str("start"), interp.None
	order := 0
	if err := interp.UnpackArgs("NetworkOperation", args, kwargs, "function", &fn, "dt?", &dt,
		"clock?", &clock, "when?", &when, "order?", &order, "name?", &name); err != nil {
		return nil, err
	}
	if _, ok := fn.(interp.Callable); !ok {
		return nil, interp.Errorf(interp.TypeError, "NetworkOperation needs a callable, not '%s'", fn.Type().Name)
	}
	sc, err := s.sched(th, dt, clock, when, order, name)
	if err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	o := &networkOperation{s: s, fn: fn, noArg: takesNoArgs(th, fn)}
	op, err := sim.NewNetworkOperation(s.env, func(t float64) error {
		var args []interp.Value
		if !o.noArg {
			args = []interp.Value{numpy.NewQuantity(t, timeDim)}
		}
		_, err := th.Call(o.fn, args, nil)
		return err
	}, sc)
	if err != nil {
		return nil, s.pyError(err, "creating")
	}
	o.op = op
	o.obj = s.track(th, op, o)
	return o, nil
}

// takesNoArgs tells whether fn is declared without parameters, from its
// __code__.co_argcount when the evaluator provides it.
func takesNoArgs(th *interp.Thread, fn interp.Value) bool {
	code, err := interp.GetAttr(th, fn, "__code__")
	if err != nil {
		return false
	}
	n, err := interp.GetAttr(th, code, "co_argcount")
	if err != nil {
		return false
	}
	c, err := interp.AsInt(n)
	return err == nil && c == 0
}

// pyNetworkOperation is the decorator: @network_operation or
// @network_operation(dt=..., when=...).
func (s *state) pyNetworkOperation(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	if len(args) == 1 {
		if _, ok := args[0].(interp.Callable); ok {
			return s.newNetworkOperation(th, args, kwargs)
		}
	}
	if len(args) > 0 {
		return nil, interp.Errorf(interp.TypeError, "network_operation takes a function or keyword arguments")
	}
	return interp.NewBuiltin("network_operation", func(th *interp.Thread, fargs []interp.Value, fkw []interp.Kwarg) (interp.Value, error) {
		return s.newNetworkOperation(th, fargs, kwargs)
	}), nil
}
