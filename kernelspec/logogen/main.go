// Command logogen draws the kernel logos (a spiking neuron's membrane
// trace on a round badge) as logo-32x32.png and logo-64x64.png in -dir.
// `go generate ./kernelspec` runs it.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", ".", "output directory")
	flag.Parse()
	for _, size := range []int{32, 64} {
		path := filepath.Join(*dir, fmt.Sprintf("logo-%dx%d.png", size, size))
		if err := write(path, draw(size)); err != nil {
			fmt.Fprintln(os.Stderr, "logogen:", err)
			os.Exit(1)
		}
	}
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return f.Close()
}

// draw renders the badge with 4x4 supersampling for smooth edges.
func draw(size int) image.Image {
	const ss = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := [3]float64{0x1f, 0x3a, 0x5f}   // deep blue
	line := [3]float64{0xff, 0xc1, 0x3b} // amber trace
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var cover, stroke float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					u := (float64(x) + (float64(sx)+0.5)/ss) / float64(size)
					v := (float64(y) + (float64(sy)+0.5)/ss) / float64(size)
					if math.Hypot(u-0.5, v-0.5) <= 0.48 {
						cover++
						if onTrace(u, v, 2.2/float64(size)+0.025) {
							stroke++
						}
					}
				}
			}
			n := float64(ss * ss)
			a, s := cover/n, 0.0
			if cover > 0 {
				s = stroke / cover
			}
			var c [3]uint8
			for i := range c {
				c[i] = uint8(bg[i]*(1-s) + line[i]*s)
			}
			img.SetNRGBA(x, y, color.NRGBA{c[0], c[1], c[2], uint8(255 * a)})
		}
	}
	return img
}

// onTrace reports whether (u, v) lies within w of the trace: two leaky
// integrate-and-fire ramps, each ending in a spike and a reset.
func onTrace(u, v, w float64) bool {
	const steps = 400
	px, py := trace(0.1)
	for i := 1; i <= steps; i++ {
		t := 0.1 + 0.8*float64(i)/steps
		x, y := trace(t)
		if segDist(u, v, px, py, x, y) <= w {
			return true
		}
		px, py = x, y
	}
	return false
}

// trace maps t in [0.1, 0.9] to a point of the membrane-potential curve.
func trace(t float64) (float64, float64) {
	const rest, thresh = 0.72, 0.45
	phase := math.Mod((t-0.1)/0.4, 1)
	switch {
	case phase < 0.8:
		// charging towards threshold: 1 - exp(-t/tau)
		frac := (1 - math.Exp(-3*phase/0.8)) / (1 - math.Exp(-3))
		return t, rest - (rest-thresh)*frac
	case phase < 0.86:
		return t, thresh - (thresh-0.2)*(phase-0.8)/0.06 // the spike
	default:
		return t, 0.2 + (rest-0.2)*(phase-0.86)/0.14 // reset
	}
}

func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l := dx*dx + dy*dy
	t := 0.0
	if l > 0 {
		t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l))
	}
	return math.Hypot(px-(ax+t*dx), py-(ay+t*dy))
}
