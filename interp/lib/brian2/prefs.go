package brian2

import (
	"sort"
	"strings"

	"github.com/gobrian/gobrian/interp"
)

// prefs is Brian's preference tree (prefs.codegen.target = 'numpy'). gobrian
// has one engine, so code-generation preferences are stored and echoed
// back but change nothing.
type prefs struct {
	cls    *interp.Class
	values map[string]interp.Value // full dotted name -> value
	// onSet reacts to preferences gobrian honours (the console log level).
	onSet func(key string, v interp.Value)
}

// prefNode is one level of the tree: prefs.codegen is the node "codegen".
type prefNode struct {
	p    *prefs
	path string
}

func newPrefs() *prefs {
	p := &prefs{cls: interp.NewClass("BrianGlobalPreferences", "brian2.core.preferences"),
		values: map[string]interp.Value{
			"codegen.target":                        interp.Str("auto"),
			"codegen.string_expression_target":      interp.Str("numpy"),
			"codegen.loop_invariant_optimisations":  interp.True,
			"core.default_float_dtype":              interp.Str("float64"),
			"core.network.default_schedule":         interp.NewList([]interp.Value{interp.Str("start"), interp.Str("groups"), interp.Str("thresholds"), interp.Str("synapses"), interp.Str("resets"), interp.Str("end")}),
			"logging.console_log_level":             interp.Str("INFO"),
			"devices.cpp_standalone.openmp_threads": interp.Int(0),
		}}
	return p
}

func (p *prefs) root() *prefNode { return &prefNode{p: p} }

func (n *prefNode) Type() *interp.Class { return n.p.cls }

func (n *prefNode) full(name string) string {
	if n.path == "" {
		return name
	}
	return n.path + "." + name
}

// Attr returns a stored value, or the sub-tree for a known prefix.
func (n *prefNode) Attr(th *interp.Thread, name string) (interp.Value, error) {
	key := n.full(name)
	if v, ok := n.p.values[key]; ok {
		return v, nil
	}
	for k := range n.p.values {
		if strings.HasPrefix(k, key+".") {
			return &prefNode{p: n.p, path: key}, nil
		}
	}
	if n.path == "" {
		// Unknown top-level categories still give a node, so that any
		// documented preference can be set.
		return &prefNode{p: n.p, path: key}, nil
	}
	return nil, interp.Errorf(interp.KeyError, "'No preference with name %s'", key)
}

func (n *prefNode) AttrNames() []string {
	seen := map[string]bool{}
	prefix := ""
	if n.path != "" {
		prefix = n.path + "."
	}
	var out []string
	for k := range n.p.values {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			head, _, _ := strings.Cut(rest, ".")
			if !seen[head] {
				seen[head] = true
				out = append(out, head)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (n *prefNode) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	n.p.set(n.full(name), v)
	return nil
}

func (p *prefs) set(key string, v interp.Value) {
	p.values[key] = v
	if p.onSet != nil {
		p.onSet(key, v)
	}
}

// GetItem supports prefs['codegen.target'].
func (n *prefNode) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	s, ok := key.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "preference names are strings")
	}
	if v, ok := n.p.values[n.full(string(s))]; ok {
		return v, nil
	}
	return nil, interp.Errorf(interp.KeyError, "'No preference with name %s'", n.full(string(s)))
}

func (n *prefNode) SetItem(th *interp.Thread, key, v interp.Value) error {
	s, ok := key.(interp.Str)
	if !ok {
		return interp.Errorf(interp.TypeError, "preference names are strings")
	}
	n.p.set(n.full(string(s)), v)
	return nil
}

func (n *prefNode) Repr(th *interp.Thread) (string, error) {
	if n.path == "" {
		return "<BrianGlobalPreferences>", nil
	}
	return "<BrianGlobalPreferenceView for " + n.path + ">", nil
}
