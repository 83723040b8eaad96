package kernelspec

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

//go:generate go run ./logogen -dir .

//go:embed logo-32x32.png
var logo32 []byte

//go:embed logo-64x64.png
var logo64 []byte

// DefaultName is the kernel name (the directory under kernels/).
const DefaultName = "gobrian"

// DefaultDisplayName is the name frontends show.
const DefaultDisplayName = "Brian (Go)"

// Spec is kernel.json.
type Spec struct {
	Argv          []string       `json:"argv"`
	DisplayName   string         `json:"display_name"`
	Language      string         `json:"language"`
	InterruptMode string         `json:"interrupt_mode"`
	Env           map[string]any `json:"env,omitempty"`
	Metadata      map[string]any `json:"metadata"`
}

// NewSpec returns the spec that starts binary (an absolute path) as a kernel.
func NewSpec(binary, displayName string) Spec {
	if displayName == "" {
		displayName = DefaultDisplayName
	}
	return Spec{
		Argv:          []string{binary, "kernel", "--connection-file", "{connection_file}"},
		DisplayName:   displayName,
		Language:      "python",
		InterruptMode: "message",
		Metadata: map[string]any{
			"debugger": false,
			"gobrian":  map[string]any{"description": "Brian2 spiking neural network notebooks, run by a Go interpreter and simulator"},
		},
	}
}

// Scope says which Jupyter data directory to install into.
type Scope struct {
	User      bool   // ~/.local/share/jupyter (or $JUPYTER_DATA_DIR)
	SysPrefix bool   // sys.prefix/share/jupyter: $CONDA_PREFIX, $VIRTUAL_ENV or /usr/local
	Prefix    string // DIR/share/jupyter
}

// KernelsDir returns the kernels directory for a scope. With no scope set
// it is the user's when not root, else /usr/local/share/jupyter/kernels,
// as `jupyter kernelspec install` chooses.
func KernelsDir(s Scope) (string, error) {
	switch {
	case s.Prefix != "":
		abs, err := filepath.Abs(s.Prefix)
		if err != nil {
			return "", fmt.Errorf("kernelspec: prefix: %w", err)
		}
		return filepath.Join(abs, "share", "jupyter", "kernels"), nil
	case s.SysPrefix:
		return filepath.Join(sysPrefix(), "share", "jupyter", "kernels"), nil
	case s.User || os.Geteuid() != 0:
		return userKernelsDir()
	}
	return "/usr/local/share/jupyter/kernels", nil
}

func userKernelsDir() (string, error) {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return filepath.Join(d, "kernels"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "jupyter", "kernels"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("kernelspec: no home directory for --user: %w", err)
	}
	return filepath.Join(home, ".local", "share", "jupyter", "kernels"), nil
}

// sysPrefix guesses Python's sys.prefix: the active conda or virtual
// environment, else /usr/local (Debian's sys.prefix is /usr, but
// /usr/share/jupyter belongs to the package manager).
func sysPrefix() string {
	for _, v := range []string{"CONDA_PREFIX", "VIRTUAL_ENV"} {
		if p := os.Getenv(v); p != "" {
			return p
		}
	}
	return "/usr/local"
}

// Install writes kernel.json and the logos into kernelsDir/name and
// returns that directory.
func Install(kernelsDir, name string, spec Spec) (string, error) {
	if name == "" {
		name = DefaultName
	}
	if !validName(name) {
		return "", fmt.Errorf("kernelspec: invalid kernel name %q (use letters, digits, '.', '_' and '-')", name)
	}
	if len(spec.Argv) == 0 || !filepath.IsAbs(spec.Argv[0]) {
		return "", errors.New("kernelspec: argv[0] must be an absolute path")
	}
	dir := filepath.Join(kernelsDir, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("kernelspec: %w", err)
	}
	data, err := json.MarshalIndent(spec, "", " ")
	if err != nil {
		return "", fmt.Errorf("kernelspec: encode kernel.json: %w", err)
	}
	files := map[string][]byte{
		"kernel.json":    append(data, '\n'),
		"logo-32x32.png": logo32,
		"logo-64x64.png": logo64,
	}
	for file, content := range files {
		if err := os.WriteFile(filepath.Join(dir, file), content, 0o644); err != nil {
			return "", fmt.Errorf("kernelspec: write %s: %w", file, err)
		}
	}
	return dir, nil
}

// validName accepts the names jupyter_client does: ASCII letters, digits,
// '.', '_' and '-'.
func validName(name string) bool {
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return false
		}
	}
	return name != ""
}

// Logo returns the embedded PNG of size 32 or 64 (nil otherwise).
func Logo(size int) []byte {
	switch size {
	case 32:
		return logo32
	case 64:
		return logo64
	}
	return nil
}
