package brian2

import (
	"github.com/gobrian/gobrian/interp"
)

// linkedVar is what linked_var(...) returns: a link target, consumed by
// assigning it to a (linked) variable of a NeuronGroup.
type linkedVar struct {
	src   *group
	name  string
	index interp.Value // None, or an integer array
}

var linkedVariableClass = interp.NewClass("LinkedVariable", "brian2.core.variables")

func (l *linkedVar) Type() *interp.Class { return linkedVariableClass }

// pyLinkedVar implements linked_var(group_or_variable, name=None, index=None).
func pyLinkedVar(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var target interp.Value
	var name, index interp.Value = interp.None, interp.None
	if err := interp.UnpackArgs("linked_var", args, kwargs, "group_or_variable", &target, "name?", &name, "index?", &index); err != nil {
		return nil, err
	}
	switch t := target.(type) {
	case *variableView:
		if name != interp.None {
			return nil, interp.Errorf(interp.ValueError, "Cannot give a variable and a variable name at the same time.")
		}
		if t.gr == nil || t.subexpr {
			return nil, interp.Errorf(interp.TypeError, "Can only link to a state variable of a group.")
		}
		return &linkedVar{src: t.gr, name: t.name, index: index}, nil
	case *group:
		if name == interp.None {
			return nil, interp.Errorf(interp.ValueError, "Need to provide a variable name")
		}
		n, ok := name.(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "name has to be a string")
		}
		if _, err := t.owner().Var(string(n)); err != nil {
			return nil, interp.Errorf(interp.KeyError, "%s", string(n))
		}
		return &linkedVar{src: t, name: string(n), index: index}, nil
	}
	return nil, interp.Errorf(interp.TypeError, "linked_var needs a group or a variable, not '%s'", target.Type().Name)
}

// link assigns a linked_var(...) to variable name of gr, or refuses a
// plain value for a (linked) variable, as Brian's NeuronGroup.__setattr__.
// handled is false when neither applies.
func (gr *group) link(th *interp.Thread, name string, val interp.Value) (handled bool, err error) {
	l, isLink := val.(*linkedVar)
	v, verr := gr.owner().Var(name)
	if !isLink {
		if verr == nil && v.Linked {
			return true, interp.Errorf(interp.ValueError, "Cannot set a linked variable directly, link it to another variable using 'linked_var'.")
		}
		return false, nil
	}
	if verr != nil || !v.Linked || gr.sub != nil {
		return true, interp.Errorf(interp.TypeError, "Cannot link variable '%s', it has to be marked as a linked variable with '(linked)' in the model equations.", name)
	}
	var index []int
	if l.index != interp.None {
		idx, err := indexList(th, "index", l.index)
		if err != nil {
			return true, interp.Errorf(interp.TypeError, "The index for a linked variable has to be an integer array")
		}
		index = idx
	}
	if err := gr.g.Link(name, l.src.owner(), l.name, index); err != nil {
		return true, gr.s.pyError(err, "linking")
	}
	return true, nil
}
