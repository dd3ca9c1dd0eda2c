package ocr

import (
	"sort"

	"github.com/sahelim/minutes/extract/pdf"
)

// marks adds a word "x" for each mark that Tesseract left out: an
// isolated blob of ink the size of a letter, under no word and with no word
// beside it on its line, as the crosses of an attendance table's
// "Présent" and "Excusé" columns (Tesseract drops a lone letter as noise).
// k is the page's ink with its rules erased; body is the page's body size
// in pixels.
func marks(words []pdf.Word, k *ink, body float64) []pdf.Word {
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
		if w < 0.3*body || h < 0.3*body || w > 0.9*body || h > 0.9*body || w > 2*h || h > 2*w || float64(n) < 0.08*w*h {
			continue
		}
		if covered(float64(x0), float64(y0), float64(x1+1), float64(y1+1)) {
			continue
		}
		out = append(out, pdf.Word{Text: "x", X0: float64(x0), Y0: float64(y0), X1: float64(x1 + 1), Y1: float64(y1 + 1), Size: body, Conf: 0.5})
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
		out[i].Line = next + i
	}
	words = append(words, out...)
	sort.SliceStable(words, func(a, b int) bool { return words[a].Line < words[b].Line })
	return words
}
