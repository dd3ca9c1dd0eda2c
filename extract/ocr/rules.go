package ocr

import "github.com/sahelim/minutes/extract/pdf"

// Ruling-line finder, in pixels at 200 dpi (scaled to the image's
// resolution).
const (
	ruleGap   = 2  // gaps in a rule no wider than this are bridged (JPEG, noise)
	ruleThick = 8  // thicker runs are areas, not rules
	ruleMinH  = 60 // shortest horizontal rule: longer than any letter stroke
	ruleMinV  = 50 // shortest vertical rule: longer than a tall letter
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
	emit := func(o open) {
		if o.end-o.first+1 > thick {
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
		start, last := -1, -1
		for j := 0; j < m; j++ {
			if !at(i, j) {
				continue
			}
			if start >= 0 && j-last-1 > gap {
				if last-start+1 >= minLen {
					runs = append(runs, inkRun{start, last})
				}
				start = -1
			}
			if start < 0 {
				start = j
			}
			last = j
		}
		if start >= 0 && last-start+1 >= minLen {
			runs = append(runs, inkRun{start, last})
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
