package matplotlib

import (
	"image"
	_ "image/jpeg" // imread decodes JPEG too
	"image/png"
	"os"
	"strings"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/interp/lib/numpy"
	"github.com/gobrian/gobrian/sim/units"
)

// LoadImage builds matplotlib.image (imread, imsave).
func LoadImage(th *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("matplotlib.image")
	m.Set("imread", interp.NewBuiltin("imread", imread))
	return m, nil
}

// imread reads a PNG as float32-like values in [0, 1] with shape
// (rows, cols, channels), as matplotlib does (RGBA for PNGs with alpha,
// RGB otherwise, 2-D for greyscale).
func imread(th *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var fname string
	var format interp.Value = interp.None
	if err := interp.UnpackArgs("imread", args, kw, "fname", &fname, "format?", &format); err != nil {
		return nil, err
	}
	f, err := os.Open(fname)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, interp.Errorf(interp.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", fname)
		}
		return nil, interp.Errorf(interp.OSError, "%s", err.Error())
	}
	defer f.Close()
	var img image.Image
	if strings.HasSuffix(strings.ToLower(fname), ".png") {
		img, err = png.Decode(f)
	} else {
		img, _, err = image.Decode(f)
	}
	if err != nil {
		return nil, interp.Errorf(interp.ValueError, "cannot identify image file '%s': %s", fname, err.Error())
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	// Channels follow the file's colour type as Pillow reports it:
	// greyscale 2-D, RGB 3, RGBA and palette 4 (JPEG is always RGB).
	ch := 3
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		ch = 1
	case *image.NRGBA, *image.NRGBA64, *image.Paletted:
		ch = 4
	}
	data := make([]float64, 0, w*h*ch)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			if ch == 1 {
				data = append(data, float64(r)/65535)
				continue
			}
			// un-premultiply
			if a > 0 && a < 65535 {
				r, g, bl = r*65535/a, g*65535/a, bl*65535/a
			}
			data = append(data, float64(r)/65535, float64(g)/65535, float64(bl)/65535)
			if ch == 4 {
				data = append(data, float64(a)/65535)
			}
		}
	}
	shape := []int{h, w, ch}
	if ch == 1 {
		shape = []int{h, w}
	}
	return numpy.NewFloatArray(data, shape, units.Dim{}), nil
}
