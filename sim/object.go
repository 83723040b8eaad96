package sim

// Object is anything a Network can run: groups, monitors, operations.
// Its code runs in schedule slots; Name identifies it in errors.
type Object interface {
	Name() string
	// Active objects run; inactive ones are skipped (Brian's obj.active).
	Active() bool
	SetActive(bool)
	// parts are the scheduled pieces (a NeuronGroup has a state updater,
	// a thresholder and a resetter, each in its own slot).
	parts() []*part
}

// DefaultSchedule returns the slots of Brian's default schedule, in order.
func DefaultSchedule() []string {
	return []string{"start", "groups", "thresholds", "synapses", "resets", "end"}
}

// part is one scheduled code piece of an object.
type part struct {
	owner Object
	name  string // e.g. "neurongroup_stateupdater"
	when  string
	order int
	clock *Clock
	// prepare is called at the start of each run (names resolved, code
	// compiled, units checked); step runs one time step.
	prepare func(rc *runContext) error
	step    func(rc *runContext) error
}

// Sched describes where an object's code runs: its clock (or dt), schedule
// slot and order. Zero values mean the object's defaults.
type Sched struct {
	DT    float64 // if > 0, a new clock with this dt
	Clock *Clock  // explicit clock (overrides DT)
	When  string  // schedule slot, "" for the object's default
	Order int
	Name  string // "" for Brian's default name
}

type activity struct{ inactive bool }

func (a *activity) Active() bool      { return !a.inactive }
func (a *activity) SetActive(on bool) { a.inactive = !on }
