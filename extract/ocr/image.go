package ocr

import (
	"image"
	"image/draw"
	"math"
)

// gray converts any image to 8-bit gray, sharing the pixels of one that
// already is.
func gray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok && g.Rect.Min == (image.Point{}) {
		return g
	}
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Rect, img, b.Min, draw.Src)
	return g
}

// otsu returns the gray level that best splits the image's histogram into
// ink and paper (Otsu's method).
func otsu(g *image.Gray) uint8 {
	var hist [256]int
	for y := 0; y < g.Rect.Dy(); y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+g.Rect.Dx()]
		for _, v := range row {
			hist[v]++
		}
	}
	total := g.Rect.Dx() * g.Rect.Dy()
	sum := 0.0
	for i, n := range hist {
		sum += float64(i * n)
	}
	var sumB, wB float64
	best, t := 0.0, 128
	for i, n := range hist {
		wB += float64(n)
		if wB == 0 {
			continue
		}
		wF := float64(total) - wB
		if wF == 0 {
			break
		}
		sumB += float64(i * n)
		mB, mF := sumB/wB, (sum-sumB)/wF
		if v := wB * wF * (mB - mF) * (mB - mF); v > best {
			best, t = v, i
		}
	}
	return uint8(t)
}

// ink is a bitmap: true where the page is inked.
type ink struct {
	w, h int
	on   []bool
}

func (k *ink) at(x, y int) bool { return x >= 0 && y >= 0 && x < k.w && y < k.h && k.on[y*k.w+x] }

// binarize marks the pixels darker than the threshold.
func binarize(g *image.Gray, t uint8) *ink {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	k := &ink{w: w, h: h, on: make([]bool, w*h)}
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x, v := range row {
			k.on[y*w+x] = v <= t
		}
	}
	return k
}

// skew estimates the angle (degrees, counter-clockwise positive) by which
// the page's text lines lean, within ±maxSkew: the angle whose
// projection of the inked pixels on the vertical axis is the most peaked
// (the rows of text then fall into few bins). It works on a reduced
// bitmap; a page with too little ink gives 0.
func skew(k *ink) float64 {
	const step = 4 // reduction
	type pt struct{ x, y float64 }
	var pts []pt
	for y := 0; y < k.h; y += step {
		for x := 0; x < k.w; x += step {
			if k.on[y*k.w+x] {
				pts = append(pts, pt{float64(x), float64(y)})
			}
		}
	}
	if len(pts) < 500 {
		return 0
	}
	bins := make([]float64, (k.h+k.w)/step+8)
	score := func(deg float64) float64 {
		t := math.Tan(deg * math.Pi / 180)
		clear(bins)
		off := float64(k.w) * math.Abs(t)
		for _, p := range pts {
			// The row a point falls in once the page is turned by deg.
			b := int((p.y + p.x*t + off) / step)
			if b >= 0 && b < len(bins) {
				bins[b]++
			}
		}
		s := 0.0
		for _, v := range bins {
			s += v * v
		}
		return s
	}
	best, bestScore := 0.0, score(0)
	for d := -maxSkew; d <= maxSkew+1e-9; d += 0.25 {
		if s := score(d); s > bestScore {
			best, bestScore = d, s
		}
	}
	centre := best
	for d := centre - 0.25; d <= centre+0.25+1e-9; d += 0.05 {
		if s := score(d); s > bestScore {
			best, bestScore = d, s
		}
	}
	return best
}

// maxSkew is the largest lean corrected, in degrees: a scanner's, not a
// photo's.
const maxSkew = 5.0

// rotate straightens an image whose lines lean by deg degrees (as skew
// measures them), turning it about its centre and keeping its size; what
// comes in from outside is white. Bilinear interpolation.
func rotate(g *image.Gray, deg float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	// The sample at output (x, y) comes from the source point turned back.
	t := -deg * math.Pi / 180
	c, s := math.Cos(t), math.Sin(t)
	cx, cy := float64(w)/2, float64(h)/2
	for y := 0; y < h; y++ {
		dy := float64(y) - cy
		row := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range row {
			dx := float64(x) - cx
			sx := c*dx - s*dy + cx
			sy := s*dx + c*dy + cy
			row[x] = sample(g, sx, sy)
		}
	}
	return out
}

func sample(g *image.Gray, x, y float64) uint8 {
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if x0 < 0 || y0 < 0 || x0+1 >= w || y0+1 >= h {
		return 255
	}
	fx, fy := x-float64(x0), y-float64(y0)
	i := y0*g.Stride + x0
	a, b := float64(g.Pix[i]), float64(g.Pix[i+1])
	c, d := float64(g.Pix[i+g.Stride]), float64(g.Pix[i+g.Stride+1])
	v := a*(1-fx)*(1-fy) + b*fx*(1-fy) + c*(1-fx)*fy + d*fx*fy
	return uint8(v + 0.5)
}
