package ocr

import (
	"regexp"
	"sort"
	"strings"

	"github.com/sahelim/minutes/extract/pdf"
)

// Tables without ruling lines are found from the words' alignment: lines
// whose words leave the same wide gaps (gutters) between them, over at
// least three lines, are the rows of a table whose columns the gutters
// part. They are handed to the PDF reader as the rules a ruled table of
// that layout would have (a rule in each gutter, one between rows, a
// frame), so that the born-digital table code builds the table, places
// the words in its cells and joins it to its continuation on the next
// page, as it does for a ruled table.
const (
	minGutter  = 0.6 // narrowest gutter, in ems of the page's body size; word spaces are 0.2–0.4 em
	minRows    = 3   // fewest lines of a table
	minBridged = 3   // fewest lines with words on both sides of each gutter
	maxSpace   = 2   // a wider space between lines, in ems, ends a table
	wideColumn = 0.3 // a two-column region whose columns are both wider than this share of the page's text is a page in two columns, not a table
)

// span is a stretch of a line's ink, words closer than a gutter joined.
type span struct {
	x0, x1 float64
	text   string
}

// textLine is one line of the page: its extent and its spans.
type textLine struct {
	y0, y1 float64
	spans  []span
}

// alignedTables returns the rules of the tables that the words' alignment
// shows, outside the page's ruled tables (rs). body is the page's body
// size in pixels.
func alignedTables(words []pdf.Word, rs []pdf.Rule, body float64) []pdf.Rule {
	if body <= 0 {
		return nil
	}
	ls := textLines(words, body)
	left, right := pageExtent(ls)
	var out []pdf.Rule
	for i := 0; i < len(ls); {
		if ruled(ls[i], rs) {
			i++
			continue
		}
		lo, hi, gs := region(ls, rs, i, body)
		if gs == nil || !tableLike(ls[lo:hi], gs, right-left) {
			i++
			continue
		}
		out = append(out, tableRules(ls[lo:hi], gs, rs, body)...)
		i = hi
	}
	return out
}

// textLines groups the words by line (they come sorted by line, then x)
// and joins each line's words into spans.
func textLines(words []pdf.Word, body float64) []textLine {
	var ls []textLine
	for i := 0; i < len(words); {
		j := i
		l := textLine{y0: words[i].Y0, y1: words[i].Y1}
		for ; j < len(words) && words[j].Line == words[i].Line; j++ {
			w := words[j]
			l.y0, l.y1 = min(l.y0, w.Y0), max(l.y1, w.Y1)
			if n := len(l.spans); n > 0 && w.X0-l.spans[n-1].x1 < minGutter*body {
				l.spans[n-1].x1 = max(l.spans[n-1].x1, w.X1)
				l.spans[n-1].text += " " + w.Text
				continue
			}
			l.spans = append(l.spans, span{w.X0, w.X1, w.Text})
		}
		ls = append(ls, l)
		i = j
	}
	sort.SliceStable(ls, func(a, b int) bool { return ls[a].y0+ls[a].y1 < ls[b].y0+ls[b].y1 })
	return ls
}

func pageExtent(ls []textLine) (left, right float64) {
	for i, l := range ls {
		if i == 0 {
			left, right = l.spans[0].x0, l.spans[len(l.spans)-1].x1
		}
		left, right = min(left, l.spans[0].x0), max(right, l.spans[len(l.spans)-1].x1)
	}
	return left, right
}

// ruled tells whether a line stands beside a vertical rule: it is in a
// ruled table, which the rules rebuild.
func ruled(l textLine, rs []pdf.Rule) bool {
	for _, r := range rs {
		if r.X0 == r.X1 && r.Y0 < l.y1 && r.Y1 > l.y0 {
			return true
		}
	}
	return false
}

// gutter is a gap of paper through all the lines of a region; bridged
// counts the lines with words on both of its sides.
type gutter struct {
	x0, x1  float64
	bridged int
}

// gutters returns the gaps at least minGutter ems wide between the spans
// of lines, inside their extent.
func gutters(ls []textLine, body float64) []gutter {
	var sp []span
	for _, l := range ls {
		sp = append(sp, l.spans...)
	}
	sort.Slice(sp, func(a, b int) bool { return sp[a].x0 < sp[b].x0 })
	var gs []gutter
	end := 0.0
	for i, s := range sp {
		if i > 0 && s.x0-end >= minGutter*body {
			gs = append(gs, gutter{x0: end, x1: s.x0})
		}
		if i == 0 || s.x1 > end {
			end = s.x1
		}
	}
	for i := range gs {
		for _, l := range ls {
			if l.spans[0].x1 <= gs[i].x0 && l.spans[len(l.spans)-1].x0 >= gs[i].x1 {
				gs[i].bridged++
			}
		}
	}
	return gs
}

// region grows a table from line i, whose words must leave a gutter:
// down while each gutter bridged by two lines stays open, then up while
// every gutter stays open (a header cell above the first full row). It
// returns the lines [lo, hi) and their gutters bridged by minBridged
// lines, nil if there are none or too few lines.
func region(ls []textLine, rs []pdf.Rule, i int, body float64) (lo, hi int, gs []gutter) {
	if len(ls[i].spans) < 2 {
		return i, i + 1, nil
	}
	hi = i + 1
	for hi < len(ls) && !ruled(ls[hi], rs) && ls[hi].y0-ls[hi-1].y1 < maxSpace*body && keeps(gutters(ls[i:hi], body), gutters(ls[i:hi+1], body), minBridged) {
		hi++
	}
	lo = i
	for lo > 0 && !ruled(ls[lo-1], rs) && ls[lo].y0-ls[lo-1].y1 < maxSpace*body && keeps(gutters(ls[lo:hi], body), gutters(ls[lo-1:hi], body), 0) {
		lo--
	}
	if hi-lo < minRows {
		return lo, hi, nil
	}
	for _, g := range gutters(ls[lo:hi], body) {
		if g.bridged >= minBridged {
			gs = append(gs, g)
		}
	}
	return lo, hi, gs
}

// keeps tells whether the gutters after adding a line still open through
// each gutter before that was bridged by at least n lines.
func keeps(before, after []gutter, n int) bool {
	if len(after) == 0 {
		return false
	}
	for _, b := range before {
		if b.bridged < n {
			continue
		}
		open := false
		for _, a := range after {
			if a.x0 < b.x1 && a.x1 > b.x0 {
				open = true
				break
			}
		}
		if !open {
			return false
		}
	}
	return true
}

// marker is a list item's marker alone: a number, a letter, a bullet.
var marker = regexp.MustCompile(`^(\(?[0-9]{1,3}[.)°]?|\(?[a-zA-Z][.)]|[•*°·»>o-]|–|—)$`)

// tableLike tells whether the columns that gutters part are a table's,
// not a list's markers and items, labels and their values, or a page set
// in two columns. width is the extent of the page's text.
func tableLike(ls []textLine, gs []gutter, width float64) bool {
	first := gs[0].x0
	markers, labels, lefts := 0, 0, 0
	for _, l := range ls {
		var left []string
		for _, s := range l.spans {
			if s.x1 <= first {
				left = append(left, s.text)
			}
		}
		if len(left) == 0 {
			continue
		}
		lefts++
		t := strings.Join(left, " ")
		if marker.MatchString(t) {
			markers++
		}
		if strings.HasSuffix(t, ":") {
			labels++
		}
	}
	if lefts == 0 || markers == lefts || labels == lefts {
		return false
	}
	if len(gs) == 1 {
		x0, x1 := ls[0].spans[0].x0, ls[0].spans[len(ls[0].spans)-1].x1
		for _, l := range ls {
			x0, x1 = min(x0, l.spans[0].x0), max(x1, l.spans[len(l.spans)-1].x1)
		}
		if gs[0].x0-x0 > wideColumn*width && x1-gs[0].x1 > wideColumn*width {
			return false
		}
	}
	return true
}

// tableRules draws the rules of the table that lines ls make: a frame, a
// rule in each gutter by the next column's words, and a rule between
// rows. Rows are parted by the page's horizontal rules and by gaps
// between lines clearly wider than the table's usual spacing; a table
// with neither has one row per line.
func tableRules(ls []textLine, gs []gutter, rs []pdf.Rule, body float64) []pdf.Rule {
	pad := 0.3 * body
	x0, x1 := ls[0].spans[0].x0, ls[0].spans[len(ls[0].spans)-1].x1
	for _, l := range ls {
		x0, x1 = min(x0, l.spans[0].x0), max(x1, l.spans[len(l.spans)-1].x1)
	}
	x0, x1 = x0-pad, x1+pad
	var spaces []float64
	for k := 1; k < len(ls); k++ {
		spaces = append(spaces, ls[k].y0-ls[k-1].y1)
	}
	sorted := append([]float64(nil), spaces...)
	sort.Float64s(sorted)
	usual := sorted[len(sorted)/2]
	breaks := make([]float64, len(spaces)) // y of the rule after line k, 0 if none
	found := false
	for k, s := range spaces {
		a, b := ls[k].y1, ls[k+1].y0
		for _, r := range rs {
			if r.Y0 == r.Y1 && r.Y0 >= a-2 && r.Y0 <= b+2 && r.X1-r.X0 > (x1-x0)/2 {
				breaks[k] = r.Y0
			}
		}
		if breaks[k] == 0 && s > max(1.8*usual, usual+0.5*body) {
			breaks[k] = (a + b) / 2
		}
		found = found || breaks[k] != 0
	}
	if !found {
		for k := range breaks {
			breaks[k] = (ls[k].y1 + ls[k+1].y0) / 2
		}
	}
	top, bottom := ls[0].y0-pad, ls[len(ls)-1].y1+pad
	out := []pdf.Rule{{X0: x0, Y0: top, X1: x1, Y1: top}, {X0: x0, Y0: bottom, X1: x1, Y1: bottom}}
	for _, y := range breaks {
		if y != 0 {
			out = append(out, pdf.Rule{X0: x0, Y0: y, X1: x1, Y1: y})
		}
	}
	out = append(out, pdf.Rule{X0: x0, Y0: top, X1: x0, Y1: bottom}, pdf.Rule{X0: x1, Y0: top, X1: x1, Y1: bottom})
	for _, g := range gs {
		x := g.x1 - min(pad, (g.x1-g.x0)/2)
		out = append(out, pdf.Rule{X0: x, Y0: top, X1: x, Y1: bottom})
	}
	return out
}
