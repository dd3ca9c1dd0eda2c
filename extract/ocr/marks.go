package ocr

import (
	"sort"

	"github.com/sahelim/minutes/extract/pdf"
)

// marks adds the marks that Tesseract left out (it drops a lone small
// blob as noise): a word "x" for an isolated blob of ink the size of a
// letter, under no word and with no word beside it on its line, as the
// crosses of an attendance table's "Présent" and "Excusé" columns; and a
// bullet "•" for a solid dot that opens a line of text.
// k is the page's ink with its rules erased; body is the page's body size
// in pixels.
func marks(words []pdf.Word, rs []pdf.Rule, k *ink, body float64) []pdf.Word {
	if body <= 0 || len(words) == 0 {
		return words
	}
	covered := func(x0, y0, x1, y1 float64) bool {
		for _, w := range words {
			// A word on the same line within one em counts as beside.
			if w.X0-body < x1 && w.X1+body > x0 && w.Y0 < y1 && w.Y1 > y0 {
				return true
			}
		}
		return false
	}
	seen := make([]bool, len(k.on))
	var stack []int
	var out []pdf.Word
	for start, on := range k.on {
		if !on || seen[start] {
			continue
		}
		// Flood the blob, up to a letter's worth of pixels.
		x0, y0, x1, y1, n := k.w, k.h, -1, -1, 0
		stack = append(stack[:0], start)
		seen[start] = true
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := i%k.w, i/k.w
			x0, y0, x1, y1, n = min(x0, x), min(y0, y), max(x1, x), max(y1, y), n+1
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nx, ny := x+d[0], y+d[1]
				if j := ny*k.w + nx; k.at(nx, ny) && !seen[j] {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
		w, h := float64(x1-x0+1), float64(y1-y0+1)
		bx0, by0, bx1, by1 := float64(x0), float64(y0), float64(x1+1), float64(y1+1)
		if w > 0.9*body || h > 0.9*body || w > 2*h || h > 2*w {
			continue
		}
		mark := pdf.Word{X0: bx0, Y0: by0, X1: bx1, Y1: by1, Size: body, Conf: 0.5, Line: -1}
		solid := float64(n) >= 0.6*w*h
		switch {
		case solid && w >= 0.15*body:
			// A solid dot opening a line: the bullet of a list item.
			next := bulletOf(words, rs, bx0, by0, bx1, by1, body)
			if next < 0 {
				continue
			}
			mark.Text, mark.Line, mark.Size = "•", words[next].Line, words[next].Size
		case !solid && w >= 0.3*body && h >= 0.3*body && float64(n) >= 0.08*w*h && !covered(bx0, by0, bx1, by1):
			mark.Text = "x"
		default:
			continue
		}
		out = append(out, mark)
	}
	if len(out) == 0 {
		return words
	}
	// Each mark is a line of its own, after the page's lines; the PDF
	// reader places it by its position.
	next := 0
	for _, w := range words {
		next = max(next, w.Line+1)
	}
	for i := range out {
		if out[i].Line < 0 {
			out[i].Line = next
			next++
		}
	}
	words = append(words, out...)
	sort.SliceStable(words, func(a, b int) bool {
		if words[a].Line != words[b].Line {
			return words[a].Line < words[b].Line
		}
		return words[a].X0 < words[b].X0
	})
	return words
}

// bulletOf returns the word a dot is the bullet of: the first word of its
// line, starting a little to the dot's right, with no text just before the
// dot (text in the next cell to the left, past a rule, does not count);
// -1 if none.
func bulletOf(words []pdf.Word, rs []pdf.Rule, x0, y0, x1, y1, body float64) int {
	ruled := func(a, b float64) bool {
		for _, r := range rs {
			if r.X0 == r.X1 && r.X0 > a && r.X0 < b && r.Y0 <= y1 && r.Y1 >= y0 {
				return true
			}
		}
		return false
	}
	best := -1
	for i, w := range words {
		if w.Y0 > y1 || w.Y1 < y0 {
			continue // not on the dot's line
		}
		if w.X1 > x0-0.2*body && w.X0 < x1+0.2*body {
			return -1 // a word over it: a dot of the text
		}
		if w.X1 <= x0 {
			if x0-w.X1 < 3*body && !ruled(w.X1, x0) {
				return -1 // text just before it: not a line's start
			}
			continue
		}
		if gap := w.X0 - x1; gap < 3*body && (best < 0 || w.X0 < words[best].X0) {
			best = i
		}
	}
	return best
}
