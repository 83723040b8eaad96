package sim

import "strings"

// Keeping a group's not_refractory flags in an expr.RefractoryGate is
// exact only while the threshold is the sole writer of not_refractory
// and lastspike during a run. settleGates drops the gate of a group some
// other code of the run may write them with; network operations (Python)
// may write anything, so every gate is recomputed after each of them.

// settleGates keeps the gates of rc.gated that no scheduled code writes,
// lazy where nothing reads not_refractory during the run either.
func (rc *runContext) settleGates(sched []scheduled) {
	kept := rc.gated[:0]
	for _, g := range rc.gated {
		nr, ls := g.vars["not_refractory"].data, g.vars["lastspike"].data
		writes := func(c *compiled) bool { return c != nil && (c.prog.Writes(nr) || c.prog.Writes(ls)) }
		reads := func(c *compiled) bool { return c != nil && c.prog.Uses(nr) }
		// plain state variables other than not_refractory
		plain := func(src Source, vars []string) bool {
			if src.Group() != g {
				return true
			}
			for _, v := range vars {
				if _, ok := g.vars[v]; !ok || v == "not_refractory" {
					return false
				}
			}
			return true
		}
		safe, lazy := true, true
		for _, s := range sched {
			switch o := s.p.owner.(type) {
			case *NeuronGroup:
				// another group's code refers to its own variables only
				if o == g {
					safe = safe && !writes(g.rt.reset)
					lazy = lazy && !reads(g.rt.reset)
				}
			case *CodeRunner:
				if o.group == g {
					safe = safe && !writes(o.prog)
					lazy = lazy && !reads(o.prog)
				}
			case *Synapses:
				for _, pw := range o.pathways {
					safe = safe && !writes(pw.prog)
					lazy = lazy && !reads(pw.prog)
				}
				for _, q := range o.model.List {
					if q.HasFlag("summed") {
						target := strings.TrimSuffix(q.Name, "_post")
						safe = safe && target != "not_refractory" && target != "lastspike"
						lazy = false // its program is not at hand: assume it reads
					}
				}
			case *PoissonInput:
				if o.target.Group() == g {
					safe = safe && o.varName != "not_refractory" && o.varName != "lastspike"
					lazy = lazy && (o.run == nil || !reads(o.run.weight))
				}
			case *StateMonitor:
				lazy = lazy && plain(o.src, o.vars)
			case *SpikeMonitor:
				lazy = lazy && plain(o.src, o.vars)
			case *PopulationRateMonitor:
			case *NetworkOperation:
				lazy = false
			default:
				safe = false
			}
		}
		if safe {
			g.rt.gate.SetLazy(lazy)
			kept = append(kept, g)
		} else {
			g.rt.gate = nil
		}
	}
	rc.gated = kept
}

// finishGates writes the flags of lazy gates into not_refractory; the
// run calls it however it ends.
func (rc *runContext) finishGates() {
	for _, g := range rc.gated {
		if gt := g.rt.gate; gt != nil {
			gt.Materialize(g.vars["not_refractory"].data)
		}
	}
}

// invalidateGates makes every gate recompute its flags at the next step.
func (rc *runContext) invalidateGates() {
	for _, g := range rc.gated {
		if g.rt.gate != nil {
			g.rt.gate.Invalidate()
		}
	}
}
