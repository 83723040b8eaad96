package sim

import (
	"sort"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
)

// addEventParts adds a thresholder for each custom event (Brian's
// events={'name': 'condition'}), in the thresholds slot.
func (g *NeuronGroup) addEventParts() error {
	names := make([]string, 0, len(g.opts.Events))
	for name, cond := range g.opts.Events {
		if name == "spike" {
			return simerr.New(simerr.ValueError, "The event name 'spike' is reserved, use the threshold argument.")
		}
		if _, err := expr.ParseExpr(cond); err != nil {
			return err
		}
		names = append(names, name)
	}
	sort.Strings(names)
	g.events = map[string][]int32{}
	for _, name := range names {
		name := name
		var prog *compiled
		g.ps = append(g.ps, &part{owner: g, name: g.name + "_" + name + "_thresholder", when: "thresholds",
			order: g.opts.Order, clock: g.clock,
			prepare: func(rc *runContext) error {
				p, err := g.compileCondition(g.opts.Events[name], rc.resolver)
				prog = p
				return err
			},
			step: func(rc *runContext) error {
				ev := g.events[name][:0]
				prog.exec(0, g.n, rc.key^hashName(g.name+name), uint64(g.clock.i), func(_, lo int, vals []float64) {
					for j, v := range vals {
						if v != 0 {
							ev = append(ev, int32(lo+j))
						}
					}
				})
				g.events[name] = ev
				return nil
			}})
	}
	return nil
}

// compileCondition compiles a boolean expression over the group.
func (g *NeuronGroup) compileCondition(cond string, r Resolver) (*compiled, error) {
	n, err := expr.ParseExpr(cond)
	if err != nil {
		return nil, err
	}
	n = g.expandSubexpressions(n)
	b := g.newScope(0, g.n, r)
	if err := b.resolve(expr.Identifiers(n)); err != nil {
		return nil, err
	}
	s := b.scope()
	if _, err := expr.Dims(n, s); err != nil {
		return nil, err
	}
	if expr.KindOf(n, s) != expr.Bool {
		return nil, simerr.New(simerr.TypeError, "Threshold condition '%s' is not a boolean expression", cond)
	}
	p, err := expr.CompileExpr(n, s)
	if err != nil {
		return nil, err
	}
	return newCompiled(p), nil
}

// EventIndices are the neurons for which the event ("spike" or a custom
// event) occurred in the last step.
func (g *NeuronGroup) EventIndices(event string) ([]int32, bool) {
	if event == "" || event == "spike" {
		return g.spikes, true
	}
	ev, ok := g.events[event]
	return ev, ok
}

// RunOnEvent runs code for the neurons where event occurred (Brian's
// G.run_on_event); Sched.When defaults to "resets".
func (g *NeuronGroup) RunOnEvent(event, code string, opts Sched) (*CodeRunner, error) {
	if _, ok := g.EventIndices(event); !ok && g.opts.Events[event] == "" {
		return nil, simerr.New(simerr.ValueError, "No event '%s' defined.", event)
	}
	stmts, err := expr.ParseCode(code)
	if err != nil {
		return nil, err
	}
	name, err := monitorName(g.env, opts, g.name+"_"+event+"_resetter")
	if err != nil {
		return nil, err
	}
	c := &CodeRunner{name: name, group: g}
	c.ps = []*part{{owner: c, name: name, when: whenOr(opts.When, "resets"), order: opts.Order, clock: g.clock,
		prepare: func(rc *runContext) error {
			st := g.expandStmts(stmts)
			var err error
			c.prog, err = g.newScope(0, g.n, rc.resolver).compile(st)
			return err
		},
		step: func(rc *runContext) error {
			idx, _ := g.EventIndices(event)
			c.prog.execIndices(idx, rc.key^hashName(name), uint64(g.clock.i), nil)
			return nil
		}}}
	return c, nil
}
