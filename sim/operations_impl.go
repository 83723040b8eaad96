package sim

import (
	"github.com/gobrian/gobrian/sim/expr"
)

func newNetworkOperation(env *Env, fn func(t float64) error, opts Sched) (*NetworkOperation, error) {
	name, err := monitorName(env, opts, "networkoperation")
	if err != nil {
		return nil, err
	}
	o := &NetworkOperation{name: name, fn: fn, clock: clockFor(env, opts)}
	o.ps = []*part{{owner: o, name: name, when: whenOr(opts.When, "start"), order: opts.Order, clock: o.clock,
		step: func(rc *runContext) error {
			// Python code may have written anything
			defer rc.invalidateGates()
			return o.fn(o.clock.T())
		}}}
	return o, nil
}

func (g *NeuronGroup) runRegularly(code string, opts Sched) (*CodeRunner, error) {
	stmts, err := expr.ParseCode(code)
	if err != nil {
		return nil, err
	}
	name, err := monitorName(g.env, opts, g.name+"_run_regularly")
	if err != nil {
		return nil, err
	}
	clock := g.clock
	if opts.Clock != nil || opts.DT > 0 {
		clock = clockFor(g.env, opts)
	}
	c := &CodeRunner{name: name, group: g}
	var key uint64
	c.ps = []*part{{owner: c, name: name, when: whenOr(opts.When, "start"), order: opts.Order, clock: clock,
		prepare: func(rc *runContext) error {
			st := g.expandStmts(stmts)
			b := g.newScope(0, g.n, rc.resolver)
			b.clock = clock
			var err error
			if c.prog, err = b.compile(st); err != nil {
				return err
			}
			key = rc.key ^ hashName(name)
			return nil
		},
		step: func(rc *runContext) error {
			c.prog.exec(0, g.n, key, uint64(clock.i), nil)
			return nil
		}}}
	return c, nil
}
