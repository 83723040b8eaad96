package brian2

import (
	"fmt"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/sim"
)

// synapsePathways builds the pathways of Synapses(on_pre=, on_post=,
// delay=, on_event=): each of on_pre and on_post a string (pathway "pre"
// or "post") or a dict of named pathways, delay a time (for "pre") or a
// dict by pathway, on_event an event name or a dict by pathway.
func synapsePathways(th *interp.Thread, onPre, onPost, delay, onEvent interp.Value) ([]sim.Pathway, error) {
	events := map[string]string{}
	defaultEvent := "spike"
	switch e := onEvent.(type) {
	case interp.NoneType:
	case interp.Str:
		defaultEvent = string(e)
	case *interp.Dict:
		for _, kv := range dictPairs(e) {
			k, ok1 := kv[0].(interp.Str)
			v, ok2 := kv[1].(interp.Str)
			if !ok1 || !ok2 {
				return nil, interp.Errorf(interp.TypeError, "on_event has to map pathway names to event names")
			}
			events[string(k)] = string(v)
		}
	default:
		return nil, interp.Errorf(interp.TypeError, "on_event has to be a string or a dictionary, not '%s'", onEvent.Type().Name)
	}
	delays := map[string]float64{}
	switch d := delay.(type) {
	case interp.NoneType:
	case *interp.Dict:
		for _, kv := range dictPairs(d) {
			k, ok := kv[0].(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "The keys of the delay argument have to be pathway names")
			}
			t, err := timeArg(th, "delay", kv[1])
			if err != nil {
				return nil, err
			}
			delays[string(k)] = t
		}
	default:
		t, err := timeArg(th, "delay", delay)
		if err != nil {
			return nil, interp.Errorf(interp.TypeError, "Delay argument has to be a quantity or a dictionary, is type %s instead.", delay.Type().Name)
		}
		delays["pre"] = t
	}
	var out []sim.Pathway
	add := func(side string, arg interp.Value) error {
		switch a := arg.(type) {
		case interp.NoneType:
		case interp.Str:
			if a != "" {
				out = append(out, sim.Pathway{Name: side, Side: side, Code: string(a)})
			}
		case *interp.Dict:
			for _, kv := range dictPairs(a) {
				k, ok := kv[0].(interp.Str)
				if !ok {
					return interp.Errorf(interp.TypeError, "Keys for the 'on_%s' argumenthave to be strings, got %s instead.", side, kv[0].Type().Name)
				}
				code, err := optString("on_"+side, kv[1])
				if err != nil {
					return err
				}
				out = append(out, sim.Pathway{Name: string(k), Side: side, Code: code})
			}
		default:
			return interp.Errorf(interp.TypeError, "on_%s has to be a string or a dictionary, not '%s'", side, arg.Type().Name)
		}
		return nil
	}
	if err := add("pre", onPre); err != nil {
		return nil, err
	}
	if err := add("post", onPost); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for k := range out {
		p := &out[k]
		if seen[p.Name] {
			return nil, interp.Errorf(interp.ValueError, "Cannot add updater with name '%s', synapses object already has an attribute with this name.", p.Name)
		}
		seen[p.Name] = true
		p.Event = defaultEvent
		if e, ok := events[p.Name]; ok {
			p.Event = e
		}
		if d, ok := delays[p.Name]; ok {
			// a given delay is the pathway's one delay (shared), as Brian
			p.Delay, p.ScalarDelay = d, true
		}
	}
	for name := range delays {
		if !seen[name] && !(name == "pre" && delay != interp.None && !isDict(delay)) {
			return nil, interp.Errorf(interp.ValueError, "Cannot set the delay for pathway '%s': unknown pathway.", name)
		}
	}
	return out, nil
}

func isDict(v interp.Value) bool { _, ok := v.(*interp.Dict); return ok }

// dictPairs lists a dict's items in order.
func dictPairs(d *interp.Dict) [][2]interp.Value {
	var out [][2]interp.Value
	d.Items(func(k, v interp.Value) bool {
		out = append(out, [2]interp.Value{k, v})
		return true
	})
	return out
}

// synapticPathway is the Python SynapticPathway (S.pre, S.up): its
// delays, event and side.
type synapticPathway struct {
	syn  *group
	spec sim.Pathway
}

var synapticPathwayClass = interp.NewClass("SynapticPathway", "brian2.synapses.synapses")

func (p *synapticPathway) Type() *interp.Class { return synapticPathwayClass }

func (p *synapticPathway) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("<SynapticPathway '%s_%s' of '%s'>", p.syn.syn.Name(), p.spec.Name, p.syn.syn.Name()), nil
}

func (p *synapticPathway) Attr(th *interp.Thread, name string) (interp.Value, error) {
	switch name {
	case "delay", "delay_":
		if p.spec.Side != "pre" {
			return nil, interp.Errorf(interp.NotImplementedError, "Delays of postsynaptic pathways are not supported by gobrian's simulator yet")
		}
		return p.syn.view(th, sim.DelayVar(p.spec.Name), name == "delay")
	case "event":
		return interp.Str(p.spec.Event), nil
	case "prepost":
		return interp.Str(p.spec.Side), nil
	case "objname":
		return interp.Str(p.spec.Name), nil
	case "code":
		return interp.Str(p.spec.Code), nil
	case "name":
		return interp.Str(p.syn.syn.Name() + "_" + p.spec.Name), nil
	}
	return nil, nil
}

func (p *synapticPathway) SetAttr(th *interp.Thread, name string, val interp.Value) error {
	if name != "delay" && name != "delay_" {
		return interp.Errorf(interp.AttributeError, "'SynapticPathway' object attribute '%s' is read-only", name)
	}
	if p.spec.Side != "pre" {
		return interp.Errorf(interp.NotImplementedError, "Delays of postsynaptic pathways are not supported by gobrian's simulator yet")
	}
	return p.syn.SetAttr(th, sim.DelayVar(p.spec.Name)+name[len("delay"):], val)
}

func (p *synapticPathway) AttrNames() []string {
	return []string{"code", "delay", "event", "name", "objname", "prepost"}
}

// pathwayAttr is S.<pathway name>, or nil.
func (gr *group) pathwayAttr(name string) interp.Value {
	for _, pw := range gr.syn.Pathways() {
		if pw.Name == name {
			return &synapticPathway{syn: gr, spec: pw}
		}
	}
	return nil
}
