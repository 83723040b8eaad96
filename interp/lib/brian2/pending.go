package brian2

import (
	"github.com/gobrian/gobrian/interp"
)

// pendingClasses are Brian classes the simulator does not provide yet:
// calling one raises a clear NotImplementedError instead of NameError, so
// a notebook fails at the line that needs the missing feature.
func pendingClasses() []named {
	var out []named
	for _, c := range []struct{ name, module string }{
		{"SpatialNeuron", "brian2.spatialneuron.spatialneuron"},
	} {
		cls := interp.NewClass(c.name, c.module)
		name := c.name
		cls.New = func(*interp.Thread, *interp.Class, []interp.Value, []interp.Kwarg) (interp.Value, error) {
			return nil, interp.Errorf(interp.NotImplementedError, "%s is not supported by gobrian's simulator yet", name)
		}
		out = append(out, named{c.name, cls})
	}
	return out
}
