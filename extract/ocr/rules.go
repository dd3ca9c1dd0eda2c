package ocr

import (
	"image"

	"github.com/sahelim/minutes/extract/pdf"
)

// Ruling-line finder, in pixels at 200 dpi (scaled to the image's
// resolution).
const (
	ruleGap   = 2   // gaps in a rule no wider than this are bridged (JPEG, noise)
	ruleThick = 8   // thicker runs are areas, not rules
	ruleMinH  = 120 // shortest horizontal rule: longer than a run of bold letters
	ruleMinV  = 50  // shortest vertical rule: longer than a tall letter
)

// run is a stretch of ink along one row (or column) of the bitmap.
type inkRun struct{ lo, hi int }

// rules finds the horizontal and vertical ruling lines of a bitmap: long
// straight runs of ink, a few pixels thick.
func rules(k *ink, dpi float64) []pdf.Rule {
	f := dpi / 200
	out := lines(k, true, int(ruleMinH*f), int(ruleThick*f+0.5), int(ruleGap*f+0.5))
	return append(out, lines(k, false, int(ruleMinV*f), int(ruleThick*f+0.5), int(ruleGap*f+0.5))...)
}

// lines finds rules along rows (horiz) or columns: runs of at least minLen
// pixels in consecutive rows that overlap are one rule, kept when at most
// thick rows deep.
func lines(k *ink, horiz bool, minLen, thick, gap int) []pdf.Rule {
	n, m := k.h, k.w // rows to scan, pixels per row
	at := func(i, j int) bool { return k.on[i*k.w+j] }
	if !horiz {
		n, m = k.w, k.h
		at = func(i, j int) bool { return k.on[j*k.w+i] }
	}
	type open struct {
		lo, hi     int
		first, end int // rows
	}
	var out []pdf.Rule
	var cur []open
	// clear tells whether row i (a rule's neighbour) is mostly paper
	// between lo and hi: beside a row through letters, there are letters.
	clear := func(i, lo, hi int) bool {
		if i < 0 || i >= n {
			return true
		}
		inked := 0
		for j := lo; j <= hi; j++ {
			if at(i, j) {
				inked++
			}
		}
		return inked*3 < hi-lo+1
	}
	emit := func(o open) {
		if o.end-o.first+1 > thick || !clear(o.first-4, o.lo, o.hi) || !clear(o.end+4, o.lo, o.hi) {
			return
		}
		mid := float64(o.first+o.end+1) / 2
		if horiz {
			out = append(out, pdf.Rule{X0: float64(o.lo), Y0: mid, X1: float64(o.hi + 1), Y1: mid})
		} else {
			out = append(out, pdf.Rule{X0: mid, Y0: float64(o.lo), X1: mid, Y1: float64(o.hi + 1)})
		}
	}
	for i := 0; i < n; i++ {
		var runs []inkRun
		start, last, inked := -1, -1, 0
		keep := func() {
			// A rule is solid: a row through bold letters, whose gaps
			// are bridged, is not.
			if n := last - start + 1; n >= minLen && inked*10 >= n*9 {
				runs = append(runs, inkRun{start, last})
			}
		}
		for j := 0; j < m; j++ {
			if !at(i, j) {
				continue
			}
			if start >= 0 && j-last-1 > gap {
				keep()
				start = -1
			}
			if start < 0 {
				start, inked = j, 0
			}
			last = j
			inked++
		}
		if start >= 0 {
			keep()
		}
		// Extend the open rules that a run of this row continues.
		var next []open
		used := make([]bool, len(runs))
		for _, o := range cur {
			cont := false
			for r, ru := range runs {
				if ru.lo < o.hi && ru.hi > o.lo {
					o.lo, o.hi, o.end = min(o.lo, ru.lo), max(o.hi, ru.hi), i
					used[r], cont = true, true
				}
			}
			if cont {
				next = append(next, o)
			} else {
				emit(o)
			}
		}
		for r, ru := range runs {
			if !used[r] {
				next = append(next, open{ru.lo, ru.hi, i, i})
			}
		}
		cur = next
	}
	for _, o := range cur {
		emit(o)
	}
	return out
}

// ruleLevel is the gray level under which a pixel may belong to a rule:
// halfway between the ink threshold t and the paper (the most common
// level above t).
func ruleLevel(g *image.Gray, t uint8) uint8 {
	var hist [256]int
	for y := 0; y < g.Rect.Dy(); y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+g.Rect.Dx()] {
			hist[v]++
		}
	}
	paper := 255
	for v := int(t) + 1; v < 256; v++ {
		if hist[v] > hist[paper] {
			paper = v
		}
	}
	return uint8((int(t) + paper) / 2)
}

// erase returns a copy of g with the rules painted white, a pixel or two
// beyond their edges, and with them any letter stroke they cross.
func erase(g *image.Gray, rs []pdf.Rule, dpi float64) *image.Gray {
	if len(rs) == 0 {
		return g
	}
	out := &image.Gray{Pix: append([]uint8(nil), g.Pix...), Stride: g.Stride, Rect: g.Rect}
	half := int(ruleThick*dpi/200/2 + 1.5)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for _, r := range rs {
		x0, x1 := int(r.X0)-1, int(r.X1)+1
		y0, y1 := int(r.Y0)-1, int(r.Y1)+1
		if r.Y0 == r.Y1 {
			y0, y1 = int(r.Y0)-half, int(r.Y0)+half
		} else {
			x0, x1 = int(r.X0)-half, int(r.X0)+half
		}
		for y := max(y0, 0); y <= min(y1, h-1); y++ {
			row := out.Pix[y*out.Stride:]
			for x := max(x0, 0); x <= min(x1, w-1); x++ {
				row[x] = 255
			}
		}
	}
	return out
}
