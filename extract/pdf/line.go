package pdf

import (
	"math"
	"strings"
)

// Word and line thresholds, as fractions of the font size.
const (
	wordGap     = 0.15 // a gap wider than this between glyphs is a space
	baselineTol = 0.5  // glyphs whose baselines differ less share a line
	fragmentGap = 4.0  // a gap wider than this splits a line in two
	backStep    = 0.6  // a glyph further left than this starts a new line
)

// line is a run of glyphs on one baseline, in reading space.
type line struct {
	x0, x1 float64
	y      float64 // baseline
	size   float64 // largest font size
	text   string
	bold   bool
	color  uint32 // fill colour of (nearly) all its glyphs, mixedColor if none dominates
	page   int
	aside  bool // turned from another direction than the page's
}

// mixedColor marks a line whose glyphs have no dominant colour.
const mixedColor = 0xFFFFFFFF

// lineBuilder groups glyphs, in content-stream order, into lines.
type lineBuilder struct {
	out   []line
	b     strings.Builder
	cur   line
	open  bool
	lastX float64 // end of the last glyph
	lastY float64
	space bool // a space glyph or gap seen since the last glyph
	bold  int  // bold glyphs in cur
	count int
	color uint32 // colour of cur's first glyph
	same  int    // glyphs of cur in that colour
}

// buildLines turns glyphs into lines. Glyphs must be upright (dir 0);
// callers rotate other directions first.
func buildLines(gs []glyph, page int) []line {
	lb := lineBuilder{}
	for i := range gs {
		lb.add(&gs[i], page)
	}
	lb.flush()
	return lb.out
}

func (lb *lineBuilder) add(g *glyph, page int) {
	if isBlank(g.text) {
		lb.space = true
		return
	}
	size := max(g.size, 1)
	if lb.open {
		ref := max(lb.cur.size, size)
		dy := math.Abs(g.y - lb.lastY)
		gap := g.x - lb.lastX
		if dy > baselineTol*ref && math.Abs(g.y-lb.cur.y) > baselineTol*ref || gap < -backStep*ref || gap > fragmentGap*ref {
			lb.flush()
		} else if gap > wordGap*ref || lb.space && gap > -0.05*ref {
			lb.b.WriteByte(' ')
		}
	}
	if !lb.open {
		lb.cur = line{x0: g.x, y: g.y, size: size, page: page}
		lb.open = true
	}
	lb.b.WriteString(g.text)
	lb.cur.x1 = max(lb.cur.x1, g.x+g.w)
	lb.cur.x0 = min(lb.cur.x0, g.x)
	if size > lb.cur.size*1.05 {
		lb.cur.size, lb.cur.y = size, g.y
	}
	lb.lastX, lb.lastY, lb.space = g.x+g.w, g.y, false
	if lb.count == 0 {
		lb.color = g.color
	}
	if g.color == lb.color {
		lb.same++
	}
	lb.count++
	if g.bold {
		lb.bold++
	}
}

func (lb *lineBuilder) flush() {
	if !lb.open {
		return
	}
	lb.cur.text = lb.b.String()
	lb.cur.bold = lb.bold*20 >= lb.count*19
	lb.cur.color = lb.color
	if lb.same*10 < lb.count*9 {
		lb.cur.color = mixedColor
	}
	if strings.TrimSpace(lb.cur.text) != "" {
		lb.out = append(lb.out, lb.cur)
	}
	lb.b.Reset()
	lb.open, lb.space, lb.bold, lb.count, lb.same = false, false, 0, 0, 0
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\u00a0' && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return true
}
