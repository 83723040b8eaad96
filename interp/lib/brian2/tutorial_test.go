package brian2

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/matplotlib"
	"github.com/gobrian/gobrian/interp/lib/numpy"
)

// sharedDir finds ../shared beside the repository (tutorials and
// Brian2's reference outputs).
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, _ := filepath.Abs("../../../../shared")
	if _, err := os.Stat(filepath.Join(dir, "reference")); err != nil {
		t.Skipf("shared reference outputs not found at %s", dir)
	}
	return dir
}

// cellOutput is what one cell produced, in the reference's terms.
type cellOutput struct {
	stdout, stderr string
	ename, evalue  string
	result         string
	displays       int
}

// sessionOutput records a Session's output streams and displays.
type sessionOutput struct {
	recorder
	displays int
}

func (o *sessionOutput) Display(map[string]string, map[string]any, string, bool) { o.displays++ }

func newSession() *interp.Session {
	mods := map[string]interp.ModuleLoader{
		"numpy": numpy.Load, "numpy.random": numpy.LoadRandom, "brian2.units": numpy.LoadUnits,
	}
	for name, l := range matplotlib.Loaders() {
		mods[name] = l
	}
	for name, l := range Loaders() {
		mods[name] = l
	}
	return interp.NewSession(interp.Options{Modules: mods})
}

func runCell(s *interp.Session, n int, src string) cellOutput {
	out := &sessionOutput{}
	res := s.Execute(context.Background(), src, out, interp.ExecOptions{CellName: fmt.Sprintf("<ipython-input-%d>", n)})
	c := cellOutput{stdout: out.stdout.String(), stderr: out.stderr.String(), displays: out.displays}
	if res.Error != nil {
		c.ename, c.evalue = res.Error.Ename, res.Error.Evalue
	}
	if res.Result != nil {
		c.result = res.Result["text/plain"]
	}
	return c
}

var tookRe = regexp.MustCompile(`\(took \d+(\.\d+)?s\)`)

func normalise(s string) string { return tookRe.ReplaceAllString(s, "(took Xs)") }

// Every cell of tutorial 1 prints what Brian2 2.5.1 printed.
func TestTutorial1MatchesReference(t *testing.T) { checkTutorial(t, "1-intro-to-brian-neurons") }

// Tutorials 2 (synapses) and 3 (simulations) likewise.
func TestTutorial2MatchesReference(t *testing.T) { checkTutorial(t, "2-intro-to-brian-synapses") }
func TestTutorial3MatchesReference(t *testing.T) { checkTutorial(t, "3-intro-to-brian-simulations") }

// checkTutorial runs a tutorial's cells in order through one Session and
// compares each cell's streams, error and result with the reference.
func checkTutorial(t *testing.T, name string) {
	dir := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "reference", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cells []struct {
			Cell    int    `json:"cell"`
			Source  string `json:"source"`
			Outputs []struct {
				Type   string `json:"type"`
				Name   string `json:"name"`
				Text   string `json:"text"`
				Ename  string `json:"ename"`
				Evalue string `json:"evalue"`
				Plain  string `json:"text/plain"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	// Notebooks open files (brian.png) relative to their own folder.
	t.Chdir(filepath.Join(dir, "tutorials"))
	s := newSession()
	for _, cell := range ref.Cells {
		var want cellOutput
		for _, o := range cell.Outputs {
			switch o.Type {
			case "stream":
				if o.Name == "stderr" {
					want.stderr += o.Text
				} else {
					want.stdout += o.Text
				}
			case "error":
				want.ename, want.evalue = o.Ename, o.Evalue
			case "execute_result":
				want.result = o.Plain
			case "display_data":
				want.displays++
			}
		}
		got := runCell(s, cell.Cell, cell.Source)
		got.stderr, want.stderr = normalise(got.stderr), normalise(want.stderr)
		if got != want {
			t.Errorf("cell %d:\n%s\n got %+v\nwant %+v", cell.Cell, indent(cell.Source), got, want)
		}
	}
}

func indent(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }
