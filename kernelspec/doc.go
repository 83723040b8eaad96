// Package kernelspec writes gobrian's Jupyter kernel spec (kernel.json and
// the 32 and 64 px logos) into a Jupyter data directory.
//
// The logos are PNGs generated once by logogen (go generate ./kernelspec)
// and embedded with go:embed.
package kernelspec
