package display

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// maxPixels bounds the raster's memory (about 600 MB of RGBA).
const maxPixels = 150_000_000

// tightPad is the inline backend's pad_inches (0.1 in) in points.
const tightPad = 7.2

// TightBBox returns the drawn content's box in figure points
// (x0, y0, x1, y1, origin bottom-left), without padding.
func (f *Figure) TightBBox() ([4]float64, error) {
	r, err := f.tightRect()
	return [4]float64{r.x0, r.y0, r.x1, r.y1}, err
}

func (f *Figure) tightRect() (r rect, err error) {
	fonts, err := loadFonts()
	if err != nil {
		return rect{}, err
	}
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("display: laying out figure: %v", e)
		}
	}()
	p := &painter{fonts: fonts, dpi: f.DPI, bbox: emptyRect()}
	f.draw(p)
	if p.bbox.empty() {
		return rect{0, 0, f.Width * 72, f.Height * 72}, nil
	}
	return p.bbox, nil
}

// frame returns the fonts to render with and the region to render: the
// tight box plus pad, or the page.
func (f *Figure) frame(tight bool) (*fontSet, rect, error) {
	fonts, err := loadFonts()
	if err != nil {
		return nil, rect{}, err
	}
	if !tight {
		return fonts, rect{0, 0, f.Width * 72, f.Height * 72}, nil
	}
	r, err := f.tightRect()
	if err != nil {
		return nil, rect{}, err
	}
	return fonts, rect{r.x0 - tightPad, r.y0 - tightPad, r.x1 + tightPad, r.y1 + tightPad}, nil
}

// PNG renders the figure as the inline backend shows it: cropped to the
// drawn content plus 0.1 in (bbox_inches='tight'), at dpi (0 = the
// figure's own).
func (f *Figure) PNG(dpi float64) ([]byte, error) {
	return f.RenderPNG(dpi, true)
}

// SVG renders the figure cropped like PNG.
func (f *Figure) SVG() ([]byte, error) {
	return f.RenderSVG(true)
}

// RenderPNG renders to PNG; tight selects cropping (savefig's default is
// the whole page).
func (f *Figure) RenderPNG(dpi float64, tight bool) ([]byte, error) {
	img, err := f.RenderImage(dpi, tight)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("display: encoding PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// RenderImage rasterises the figure.
func (f *Figure) RenderImage(dpi float64, tight bool) (img image.Image, err error) {
	if dpi <= 0 {
		dpi = f.DPI
	}
	fonts, fr, err := f.frame(tight)
	if err != nil {
		return nil, err
	}
	w := int(math.Round((fr.x1 - fr.x0) * dpi / 72))
	h := int(math.Round((fr.y1 - fr.y0) * dpi / 72))
	if w < 1 || h < 1 || w >= 1<<16 || h >= 1<<16 || w*h > maxPixels {
		return nil, fmt.Errorf("Image size of %dx%d pixels is too large. It must be less than 2^16 in each direction.", w, h)
	}
	defer func() {
		if e := recover(); e != nil {
			img, err = nil, fmt.Errorf("display: rendering figure: %v", e)
		}
	}()
	// vgimg needs an integer dpi; size the canvas from the pixel count.
	idpi := math.Round(dpi)
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(float64(w)*72/idpi), vg.Length(float64(h)*72/idpi)),
		vgimg.UseDPI(int(idpi)), vgimg.UseBackgroundColor(f.FaceColor))
	rgba, ok := c.Image().(*image.RGBA)
	if !ok {
		return nil, fmt.Errorf("display: unexpected canvas image type %T", c.Image())
	}
	p := &painter{c: c, img: rgba, dpi: math.Round(dpi), off: Pt{fr.x0, fr.y0}, fonts: fonts, bbox: emptyRect()}
	f.draw(p)
	return rgba, nil
}

// RenderSVG renders the figure as SVG (text as DejaVu Sans text elements).
func (f *Figure) RenderSVG(tight bool) (out []byte, err error) {
	fonts, fr, err := f.frame(tight)
	if err != nil {
		return nil, err
	}
	defer func() {
		if e := recover(); e != nil {
			out, err = nil, fmt.Errorf("display: rendering figure: %v", e)
		}
	}()
	w, h := vg.Length(fr.x1-fr.x0), vg.Length(fr.y1-fr.y0)
	c := vgsvg.NewWith(vgsvg.UseWH(w, h))
	p := &painter{c: c, dpi: 72, off: Pt{fr.x0, fr.y0}, fonts: fonts, bbox: emptyRect()}
	p.fillRect(rect{fr.x0, fr.y0, fr.x1, fr.y1}, f.FaceColor)
	f.draw(p)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("display: writing SVG: %w", err)
	}
	return buf.Bytes(), nil
}

// PixelSize is the figure's page size in pixels at its dpi.
func (f *Figure) PixelSize() (int, int) {
	return int(math.Round(f.Width * f.DPI)), int(math.Round(f.Height * f.DPI))
}
