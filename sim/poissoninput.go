package sim

import (
	"math"
	"runtime"

	"github.com/gobrian/gobrian/sim/expr"
	"github.com/gobrian/gobrian/sim/simerr"
	"github.com/gobrian/gobrian/sim/units"
)

// PoissonInput adds to a variable of a group, at every time step and for
// every neuron, weight times the number of events of N independent
// Poisson inputs at a rate (Brian's PoissonInput): a Binomial(N, rate·dt)
// draw, replaced as in Brian by a normal deviate of the same mean and
// variance when N·p > 5 and N·(1−p) > 5. Sched.When defaults to
// "synapses".
type PoissonInput struct {
	activity
	name    string
	target  Source
	varName string
	n       int
	rate    float64
	opts    PoissonInputOptions
	clock   *Clock
	dt0     float64 // the target's dt when the input was created
	ps      []*part
	run     *poissonRun
}

// PoissonInputOptions is the weight of an event, a constant or an
// expression of the target's variables, and the schedule.
type PoissonInputOptions struct {
	Weight     float64
	WeightDim  units.Dim
	WeightExpr string // if set, replaces Weight
	Sched
}

// NewPoissonInput adds n Poisson inputs at rate (Hz) to variable varName
// of target.
func NewPoissonInput(env *Env, target Source, varName string, n int, rate float64, opts PoissonInputOptions) (*PoissonInput, error) {
	g := target.Group()
	v, ok := g.vars[varName]
	if !ok || varName == "i" {
		return nil, simerr.New("KeyError", "%s is not a variable of %s", varName, g.name)
	}
	if opts.WeightExpr == "" && opts.WeightDim != v.Dim {
		return nil, &simerr.DimensionMismatchError{
			Desc: "The provided weight does not have the same unit as the target variable '" + varName + "'",
			Dims: []units.Dim{opts.WeightDim, v.Dim}}
	}
	if n < 0 || rate < 0 || math.IsNaN(rate) {
		return nil, simerr.New(simerr.ValueError, "The number of inputs and their rate have to be non-negative.")
	}
	name, err := monitorName(env, opts.Sched, "poissoninput")
	if err != nil {
		return nil, err
	}
	in := &PoissonInput{name: name, target: target, varName: varName, n: n, rate: rate, opts: opts,
		clock: g.clock, dt0: g.clock.dt}
	in.ps = []*part{{owner: in, name: name, when: whenOr(opts.When, "synapses"), order: opts.Order, clock: g.clock,
		prepare: in.prepare, step: in.step}}
	return in, nil
}

func (in *PoissonInput) Name() string   { return in.name }
func (in *PoissonInput) parts() []*part { return in.ps }

// N, Rate and Var are the number of inputs, their rate (Hz) and the
// target variable.
func (in *PoissonInput) N() int                       { return in.n }
func (in *PoissonInput) Rate() float64                { return in.rate }
func (in *PoissonInput) Var() string                  { return in.varName }
func (in *PoissonInput) Clock() *Clock                { return in.clock }
func (in *PoissonInput) Target() Source               { return in.target }
func (in *PoissonInput) Options() PoissonInputOptions { return in.opts }

// poissonRun is what prepare computes for a run.
type poissonRun struct {
	weight  *compiled // nil: the constant weight
	key     uint64
	normal  bool
	loc, sd float64 // the normal approximation
	binom   binomial
	w       []float64 // the weights of this step
}

// binomial draws Binomial(n, p) by inversion, as Brian's generated code.
type binomial struct {
	n        int
	reverse  bool
	p, q, qn float64
	bound    float64
}

func newBinomial(n int, p float64) binomial {
	b := binomial{n: n, reverse: p > 0.5, p: p}
	if b.reverse {
		b.p = 1 - p
	}
	b.q = 1 - b.p
	b.qn = math.Exp(float64(n) * math.Log(b.q))
	b.bound = math.Min(float64(n), float64(n)*b.p+10*math.Sqrt(float64(n)*b.p*b.q+1))
	return b
}

func (b *binomial) draw(s *expr.Stream) float64 {
	x, px, u := 0, b.qn, s.Uniform()
	for u > px {
		x++
		if float64(x) > b.bound {
			x, px, u = 0, b.qn, s.Uniform()
			continue
		}
		u -= px
		px = float64(b.n-x+1) * b.p * px / (float64(x) * b.q)
	}
	if b.reverse {
		return float64(b.n - x)
	}
	return float64(x)
}

func (in *PoissonInput) prepare(rc *runContext) error {
	g := in.target.Group()
	if g.clock.dt != in.dt0 {
		return simerr.New(simerr.NotImplementedError, "The dt used for simulating %s changed after the PoissonInput source was created.", g.name)
	}
	r := &poissonRun{key: rc.key ^ hashName(in.name)}
	if in.opts.WeightExpr != "" {
		a, b := in.target.Span()
		n, err := expr.ParseExpr(in.opts.WeightExpr)
		if err != nil {
			return err
		}
		n = g.expandSubexpressions(n)
		sb := g.newScope(a, b, rc.resolver)
		if err := sb.resolve(expr.Identifiers(n)); err != nil {
			return err
		}
		if err := expr.CheckDims(in.opts.WeightExpr, n, g.vars[in.varName].Dim, sb.scope()); err != nil {
			return err
		}
		p, err := expr.CompileExpr(n, sb.scope())
		if err != nil {
			return err
		}
		r.weight = newCompiled(p)
	}
	p := in.rate * g.clock.dt
	nf := float64(in.n)
	if nf*p > 5 && nf*(1-p) > 5 {
		r.normal, r.loc, r.sd = true, nf*p, math.Sqrt(nf*p*(1-p))
	} else {
		r.binom = newBinomial(in.n, p)
	}
	in.run = r
	return nil
}

func (in *PoissonInput) step(rc *runContext) error {
	r := in.run
	g := in.target.Group()
	a, b := in.target.Span()
	data := g.vars[in.varName].data
	step := uint64(in.clock.i)
	w := in.opts.Weight
	if r.weight != nil {
		if cap(r.w) < b-a {
			r.w = make([]float64, b-a)
		}
		r.w = r.w[:b-a]
		r.weight.exec(a, b, r.key^1, step, func(_, lo int, vals []float64) { copy(r.w[lo-a:], vals) })
	}
	forChunks(a, b, max(1, runtime.GOMAXPROCS(0)), func(_, ch, lo, hi int) {
		s := expr.NewStream(r.key, step<<24^uint64(ch))
		for j := lo; j < hi; j++ {
			var k float64
			if r.normal {
				k = s.Normal()*r.sd + r.loc
			} else {
				k = r.binom.draw(&s)
			}
			wj := w
			if r.weight != nil {
				wj = r.w[j-a]
			}
			data[j] += k * wj
		}
	})
	return nil
}
