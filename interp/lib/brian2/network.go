package brian2

import (
	"fmt"
	"strings"
	"time"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim"
)

// runArgs are run()'s and Network.run()'s arguments.
type runArgs struct {
	duration  float64
	report    interp.Value
	period    time.Duration
	namespace interp.Value
}

func parseRunArgs(th *interp.Thread, fn string, args []interp.Value, kwargs []interp.Kwarg) (runArgs, error) {
	var duration, report, period, namespace, profile, level interp.Value = nil, interp.None, interp.None, interp.None, interp.None, interp.None
	if err := interp.UnpackArgs(fn, args, kwargs, "duration", &duration, "report?", &report,
		"report_period?", &period, "namespace?", &namespace, "profile?", &profile, "level?", &level); err != nil {
		return runArgs{}, err
	}
	ra := runArgs{report: report, namespace: namespace, period: 10 * time.Second}
	d, err := timeArg(th, "duration", duration)
	if err != nil {
		return ra, err
	}
	ra.duration = d
	if period != interp.None {
		p, err := timeArg(th, "report_period", period)
		if err != nil {
			return ra, err
		}
		ra.period = time.Duration(p * float64(time.Second))
	}
	return ra, nil
}

// pyRun is run(duration, report=None, report_period=10*second, namespace=None).
func (s *state) pyRun(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	ra, err := parseRunArgs(th, "run", args, kwargs)
	if err != nil {
		return nil, err
	}
	net, err := s.updateMagic(th)
	if err != nil {
		return nil, err
	}
	return interp.None, s.runNetwork(th, net, ra)
}

// invalidatesMagic reports whether a new object of this kind starts a new
// simulation (monitors do not: they may be added to a running one).
func invalidatesMagic(o *object) bool {
	switch o.py.(type) {
	case *stateMonitor, *spikeMonitor, *rateMonitor:
		return false
	}
	return true
}

// updateMagic brings the magic network up to date with the objects the
// notebook can see, as Brian's MagicNetwork does before each run: all new
// objects start a new simulation at t=0; a mix of new and already
// simulated objects is a MagicError.
func (s *state) updateMagic(th *interp.Thread) (*sim.Network, error) {
	s.collectGarbage(th)
	objs := s.scopeObjects(th)
	known, fresh := false, false
	for _, o := range objs {
		if s.magic != nil && o.network == s.magic {
			known = true
		} else if o.network == nil && invalidatesMagic(o) {
			fresh = true
		}
	}
	if known && fresh {
		return nil, interp.Errorf(MagicError, "The magic network contains a mix of objects that has been run before and new objects, Brian does not know whether you want to start a new simulation or continue an old one. Consider explicitly creating a Network object. Also note that you can find out which objects will be included in a magic network with the collect() function.")
	}
	if s.magic == nil || fresh {
		s.magic = sim.NewNetwork(s.env)
		// The magic network is Brian's "magicnetwork": it must not take
		// the name "network" from the user's first Network().
		s.env.ReleaseName(s.magic.Name())
	}
	in := map[sim.Object]bool{}
	for _, o := range objs {
		in[o.sim] = true
	}
	var drop []sim.Object
	for _, x := range s.magic.Objects() {
		if !in[x] {
			drop = append(drop, x)
		}
	}
	s.magic.Remove(drop...)
	for _, o := range objs {
		if o.network == nil {
			o.network = s.magic
		}
		s.magic.Add(o.sim)
	}
	return s.magic, nil
}

// runNetwork runs net with Brian's logging, progress reports and error
// mapping; an interrupt raises KeyboardInterrupt with the objects intact.
func (s *state) runNetwork(th *interp.Thread, net *sim.Network, ra runArgs) error {
	opts := sim.RunOptions{ReportPeriod: ra.period}
	if ra.namespace != interp.None {
		r, err := dictResolver(th, ra.namespace)
		if err != nil {
			return err
		}
		opts.Resolver = r
	} else {
		opts.Resolver = s.resolver(th)
	}
	var reportErr error
	if ra.report != interp.None {
		rep, err := s.reporter(th, ra.report)
		if err != nil {
			return err
		}
		opts.Report = func(p sim.Progress) {
			if reportErr == nil {
				reportErr = rep(p)
			}
		}
	}
	s.bind(th)
	prev := s.running
	s.running = net
	err := net.Run(th.Context(), ra.duration, opts)
	s.running = prev
	if err != nil {
		return s.pyError(err, "preparing")
	}
	return reportErr
}

func simLevel(l sim.LogLevel) int {
	switch l {
	case sim.LogDebug:
		return levelDebug
	case sim.LogInfo:
		return levelInfo
	case sim.LogWarning:
		return levelWarn
	}
	return levelError
}

// reporter implements report='text'|'stdout'|'stderr'|callable with
// Brian's TextReport lines.
func (s *state) reporter(th *interp.Thread, report interp.Value) (func(sim.Progress) error, error) {
	quantity := func(x float64) (string, error) { return interp.ToStr(th, numpy.NewQuantity(x, timeDim)) }
	if name, ok := report.(interp.Str); ok {
		var write func(string)
		switch name {
		case "text", "stdout":
			write = th.Stdout
		case "stderr":
			write = th.Stderr
		default:
			return nil, interp.Errorf(interp.ValueError, "Do not know how to handle report argument \"%s\".", string(name))
		}
		return func(p sim.Progress) error {
			if p.Elapsed == 0 && !p.Done {
				start, err := quantity(p.Start)
				if err != nil {
					return err
				}
				dur, err := quantity(p.Duration)
				if err != nil {
					return err
				}
				write(fmt.Sprintf("Starting simulation at t=%s for a duration of %s\n", start, dur))
				return nil
			}
			completed := 1.0
			if p.Duration > 0 {
				completed = p.Elapsed / p.Duration
			}
			t, err := quantity(completed * p.Duration)
			if err != nil {
				return err
			}
			wall := p.Wall.Seconds()
			msg := fmt.Sprintf("%s (%d%%) simulated in %s", t, int(completed*100), formatTime(wall))
			if completed < 1 {
				remaining := float64(int64((1-completed)/completed*wall + 0.5))
				msg += fmt.Sprintf(", estimated %s remaining.\n", formatTime(remaining))
			} else {
				msg += "\n"
			}
			write(msg)
			return nil
		}, nil
	}
	if _, ok := report.(interp.Callable); !ok {
		return nil, interp.Errorf(interp.TypeError, "report has to be a string or a callable")
	}
	return func(p sim.Progress) error {
		completed := 1.0
		if p.Duration > 0 {
			completed = p.Elapsed / p.Duration
		}
		_, err := th.Call(report, []interp.Value{numpy.NewQuantity(p.Wall.Seconds(), timeDim),
			interp.Float(completed), numpy.NewQuantity(p.Start, timeDim), numpy.NewQuantity(p.Duration, timeDim)}, nil)
		return err
	}, nil
}

// formatTime is Brian's _format_time: "3h 25m 45s", "12s", "< 1s".
func formatTime(sec float64) string {
	var parts []string
	remaining := sec
	for _, u := range []struct {
		div    float64
		letter string
	}{{86400, "d"}, {3600, "h"}, {60, "m"}, {1, "s"}} {
		n := float64(int64(remaining / u.div))
		remaining -= n * u.div
		if n > 0 || len(parts) > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", int64(n), u.letter))
		}
	}
	if len(parts) == 0 {
		return "< 1s"
	}
	return strings.Join(parts, " ")
}

// pyStop is stop(): the running network ends after the current step.
func (s *state) pyStop(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("stop", args, kwargs); err != nil {
		return nil, err
	}
	if s.running != nil {
		s.running.Stop()
	}
	return interp.None, nil
}

// pyStartScope is start_scope(): later runs ignore the objects created so far.
func (s *state) pyStartScope(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("start_scope", args, kwargs); err != nil {
		return nil, err
	}
	s.scope++
	return interp.None, nil
}

// pyCollect is collect(): the objects run() would simulate.
func (s *state) pyCollect(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var level interp.Value = interp.None
	if err := interp.UnpackArgs("collect", args, kwargs, "level?", &level); err != nil {
		return nil, err
	}
	s.collectGarbage(th)
	var out []interp.Value
	for _, o := range s.scopeObjects(th) {
		out = append(out, o.py)
	}
	// Brian returns a set; build it with the builtin when available.
	if b, err := th.Import("builtins"); err == nil {
		if set, ok := b.Members.GetStr("set"); ok {
			return th.Call(set, []interp.Value{interp.NewList(out)}, nil)
		}
	}
	return interp.NewList(out), nil
}

func storeName(fn string, args []interp.Value, kwargs []interp.Kwarg) (string, error) {
	name := "default"
	var filename, level, restoreRandom interp.Value = interp.None, interp.None, interp.None
	pairs := []any{"name?", &name, "filename?", &filename}
	if fn == "restore" {
		pairs = append(pairs, "restore_random_state?", &restoreRandom)
	}
	pairs = append(pairs, "level?", &level)
	if err := interp.UnpackArgs(fn, args, kwargs, pairs...); err != nil {
		return "", err
	}
	if filename != interp.None {
		return "", interp.Errorf(interp.NotImplementedError, "%s() with a filename is not supported by gobrian: "+
			"network states are kept in memory only. Use %s(name) to keep several states during this session.", fn, fn)
	}
	return name, nil
}

// pyStore is store(name='default'): snapshot of the magic network.
func (s *state) pyStore(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	name, err := storeName("store", args, kwargs)
	if err != nil {
		return nil, err
	}
	net, err := s.updateMagic(th)
	if err != nil {
		return nil, err
	}
	return interp.None, s.pyError(net.Store(name), "storing")
}

// pyRestore is restore(name='default').
func (s *state) pyRestore(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	name, err := storeName("restore", args, kwargs)
	if err != nil {
		return nil, err
	}
	net, err := s.updateMagic(th)
	if err != nil {
		return nil, err
	}
	return interp.None, s.pyError(net.Restore(name), "restoring")
}

// pySeed is seed(seed=None): reproducible simulator random streams, and
// numpy's generator seeded alike, as Brian seeds both.
func (s *state) pySeed(th *interp.Thread, args []interp.Value, kwargs []interp.Kwarg) (interp.Value, error) {
	var seed interp.Value = interp.None
	if err := interp.UnpackArgs("seed", args, kwargs, "seed?", &seed); err != nil {
		return nil, err
	}
	if seed == interp.None {
		s.env.SeedRandom()
	} else {
		n, err := interp.AsInt(seed)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, interp.Errorf(interp.ValueError, "Seed must be between 0 and 2**32 - 1")
		}
		s.env.Seed(uint64(n))
	}
	if rnd, err := th.Import("numpy.random"); err == nil {
		if f, ok := rnd.Members.GetStr("seed"); ok {
			if _, err := th.Call(f, []interp.Value{seed}, nil); err != nil {
				return nil, err
			}
		}
	}
	return interp.None, nil
}
