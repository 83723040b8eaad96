package sim
import ("testing";"fmt";"github.com/gobrian/gobrian/sim/simerr")
func TestMsgs(t *testing.T) {
	env := NewEnv()
	for _, src := range []string{"dv/dt = 1-v", "v : furlong", "v : 1\nv : 1", "dv/dt = -v/tau : integer", "v : mV", "v : 1 (foo)"} {
		_, err := NewNeuronGroup(env, 1, src, GroupOptions{})
		fmt.Printf("%s | %q\n", simerr.TypeOf(err), err.Error())
	}
}
