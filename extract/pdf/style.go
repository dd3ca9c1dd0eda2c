package pdf

import (
	"math"
	"sort"
)

// styles are document-wide measures that tell body text from headings
// and one paragraph from the next.
type styles struct {
	body     float64         // font size of most text
	spacing  float64         // usual baseline distance within a paragraph, in body sizes
	headings []float64       // sizes larger than body, largest first
	minor    []float64       // sizes a little larger than body, largest first
	right    map[int]float64 // right edge of the text on each page
	color    uint32          // colour of most text
}

func newStyles(flows [][]item) *styles {
	st := &styles{body: 10, spacing: 1.2, right: map[int]float64{}}
	weight, cells := map[float64]int{}, map[float64]int{}
	colors := map[uint32]int{}
	var ratios []float64
	measure := func(ls []line, w map[float64]int) {
		for i := range ls {
			l := &ls[i]
			w[round(l.size)] += len(l.text)
			colors[l.color] += len(l.text)
			if i > 0 && math.Abs(ls[i-1].size-l.size) < 0.5 && ls[i-1].y > l.y {
				if r := (ls[i-1].y - l.y) / l.size; r > 0.9 && r < 3 {
					ratios = append(ratios, r)
				}
			}
		}
	}
	for _, fl := range flows {
		var run []line
		for _, it := range fl {
			if it.line != nil {
				run = append(run, *it.line)
				if !it.line.aside {
					st.right[it.line.page] = max(st.right[it.line.page], it.line.x1)
				}
				continue
			}
			for _, ls := range it.table.lines {
				measure(ls, cells)
			}
		}
		measure(run, weight)
	}
	if total(weight) < 200 {
		for k, v := range cells {
			weight[k] += v
		}
	}
	st.pick(weight)
	for c, n := range colors {
		if c != mixedColor && n > colors[st.color] {
			st.color = c
		}
	}
	if r := lowMedian(ratios); r > 0.9 && r < 2.5 {
		st.spacing = r
	}
	return st
}

func total(w map[float64]int) int {
	n := 0
	for _, v := range w {
		n += v
	}
	return n
}

// pick sets the body size (the size of most text) and the heading sizes
// (larger and rarer).
func (st *styles) pick(weight map[float64]int) {
	best := 0
	for s, w := range weight {
		if w > best || w == best && s < st.body {
			st.body, best = s, w
		}
	}
	for s, w := range weight {
		switch {
		case s > st.body*1.1 && w > 0 && w*2 < best:
			st.headings = append(st.headings, s)
		case s > st.body && w > 0 && w*2 < best:
			st.minor = append(st.minor, s)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(st.headings)))
	sort.Sort(sort.Reverse(sort.Float64Slice(st.minor)))
}

// lowMedian is the median of the smaller half of xs: the line spacing
// inside paragraphs, not the gaps between them.
func lowMedian(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)/3]
}

func round(x float64) float64 { return math.Round(x*2) / 2 }

// headingLevel returns the level of text of the given size and weight,
// 0 for body text. A short line in another colour than the body's
// ("Titre 1" is blue in Word's default template) counts as bold. A bold
// line a little larger than the body (11.5 pt over 10.5) ranks above a
// bold line of body size.
func (st *styles) headingLevel(size float64, bold bool, short bool) int {
	r := round(size)
	for i, s := range st.headings {
		if math.Abs(r-s) < 0.3 {
			return min(i+1, 6)
		}
	}
	if !bold || !short {
		return 0
	}
	for i, s := range st.minor {
		if math.Abs(r-s) < 0.3 {
			return min(len(st.headings)+i+1, 6)
		}
	}
	return min(len(st.headings)+len(st.minor)+1, 6)
}
