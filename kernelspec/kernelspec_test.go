package kernelspec

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestLogosAreSquarePNGs(t *testing.T) {
	for _, size := range []int{32, 64} {
		img, err := png.Decode(bytes.NewReader(Logo(size)))
		if err != nil {
			t.Fatalf("logo %d: %v", size, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("logo %d is %dx%d", size, b.Dx(), b.Dy())
		}
	}
}

func TestInstallWritesSpec(t *testing.T) {
	prefix := t.TempDir()
	dir, err := KernelsDir(Scope{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(prefix, "share", "jupyter", "kernels"); dir != want {
		t.Fatalf("KernelsDir = %s, want %s", dir, want)
	}
	got, err := Install(dir, "", NewSpec("/opt/bin/gobrian", ""))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(got, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec map[string]any
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	argv := spec["argv"].([]any)
	if argv[0] != "/opt/bin/gobrian" || argv[1] != "kernel" || argv[3] != "{connection_file}" {
		t.Errorf("argv = %v", argv)
	}
	if spec["display_name"] != "Brian (Go)" || spec["language"] != "python" || spec["interrupt_mode"] != "message" {
		t.Errorf("spec = %v", spec)
	}
	for _, f := range []string{"logo-32x32.png", "logo-64x64.png"} {
		if _, err := os.Stat(filepath.Join(got, f)); err != nil {
			t.Error(err)
		}
	}

	// Differential: jupyter itself must list the installed spec.
	jupyter, err := exec.LookPath("jupyter-kernelspec")
	if err != nil {
		t.Skip("jupyter-kernelspec not installed; skipping the listing check")
	}
	cmd := exec.Command(jupyter, "list", "--json")
	cmd.Env = append(os.Environ(), "JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v", err)
	}
	if !strings.Contains(string(out), `"gobrian"`) || !strings.Contains(string(out), "Brian (Go)") {
		t.Errorf("jupyter kernelspec list does not show gobrian:\n%s", out)
	}
}

func TestInstallRejectsBadInput(t *testing.T) {
	if _, err := Install(t.TempDir(), "bad name!", NewSpec("/bin/x", "")); err == nil {
		t.Error("bad name accepted")
	}
	if _, err := Install(t.TempDir(), "ok", NewSpec("relative/bin", "")); err == nil {
		t.Error("relative binary accepted")
	}
}
