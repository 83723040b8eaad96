package matplotlib

import (
	"github.com/gobrian/gobrian/display"
	"github.com/gobrian/gobrian/interp"
)

// cmapName accepts a colormap name or a colormap object.
func cmapName(th *interp.Thread, v interp.Value) (string, error) {
	if c, ok := v.(*cmapObj); ok {
		return c.cm.Name, nil
	}
	return toStr(th, v)
}

// axImshow is Axes.imshow for 2-D scalar data or RGB(A) images.
func axImshow(a *axesObj, th *interp.Thread, args []interp.Value, kw kwargs) (interp.Value, error) {
	xv, err := argOrKw("imshow", args, kw, "X")
	if err != nil {
		return nil, err
	}
	data, shape, err := floats(th, xv)
	if err != nil {
		return nil, err
	}
	im := &display.Image{Alpha: -1, Origin: "upper", Channels: 1}
	switch {
	case len(shape) == 2:
		im.Rows, im.Cols = shape[0], shape[1]
	case len(shape) == 3 && (shape[2] == 3 || shape[2] == 4):
		im.Rows, im.Cols, im.Channels = shape[0], shape[1], shape[2]
		_, hi := minMax(data)
		if hi > 1 {
			for i := range data {
				data[i] /= 255
			}
		}
	default:
		return nil, interp.Errorf(interp.TypeError, "Invalid shape %s for image data", shapeStr(shape))
	}
	im.Data = data
	cmName := display.DefaultColormap
	if v, ok := kw.get("cmap"); ok {
		if cmName, err = cmapName(th, v); err != nil {
			return nil, err
		}
	}
	if im.Cmap, err = display.LookupColormap(cmName); err != nil {
		return nil, interp.Errorf(interp.ValueError, "%s", err.Error())
	}
	lo, hi := minMax(data)
	if im.Vmin, err = kw.float(lo, "vmin"); err != nil {
		return nil, err
	}
	if im.Vmax, err = kw.float(hi, "vmax"); err != nil {
		return nil, err
	}
	if im.Origin, err = kw.str("upper", "origin"); err != nil {
		return nil, err
	}
	if e, ok := kw.get("extent"); ok {
		ext, _, err := floats(th, e)
		if err != nil || len(ext) != 4 {
			return nil, interp.Errorf(interp.ValueError, "extent must be a 4-tuple (left, right, bottom, top)")
		}
		im.Extent = [4]float64{ext[0], ext[1], ext[2], ext[3]}
	}
	aspect := true
	if asp, ok := kw.get("aspect"); ok {
		if s, isS := asp.(interp.Str); isS && s == "auto" {
			aspect = false
		}
	}
	if s, _ := kw.str("", "interpolation"); s != "" && s != "nearest" && s != "none" && s != "antialiased" {
		im.Smooth = true
	}
	if im.Alpha, err = kw.float(-1, "alpha"); err != nil {
		return nil, err
	}
	a.ax.ImShow(im, aspect)
	return a.wrap(im), nil
}
