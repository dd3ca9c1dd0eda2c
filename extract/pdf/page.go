package pdf

import (
	"bytes"
	"fmt"
	"math"

	pdflib "github.com/ledongthuc/pdf"
)

// pageText is one page read: glyphs and ruling segments in reading space,
// turned so that most of its text is upright.
type pageText struct {
	n       int // 1-based page number
	w, h    float64
	glyphs  []glyph // upright glyphs, in content order
	aside   []glyph // glyphs in other directions, already turned upright
	segs    []segment
	images  []placed // image XObjects drawn, for OCR
	scanned bool     // read by OCR
}

// readPage interprets page i (0-based). A panic in the object layer
// becomes an error naming the page.
func (f *file) readPage(i int, fonts *fontCache) (p pageText, err error) {
	defer func() {
		if x := recover(); x != nil {
			p, err = pageText{n: i + 1}, fmt.Errorf("page %d: malformed content stream: %v", i+1, x)
		}
	}()
	ref := f.pages[i]
	w, h := ref.size()
	base := pageMatrix(ref.box, ref.rotate)
	in := newInterp(fonts, base)
	in.glyphs = make([]glyph, 0, fonts.glyphs)
	defer func() { fonts.glyphs = len(in.glyphs) }()
	in.run(f.content(i), ref.resources, 0)
	in.annotations(ref.v.Key("Annots"), base, f.needAppearances)
	p = pageText{n: i + 1, w: w, h: h, segs: in.segments, images: in.images}
	glyphs := dedupe(clip(in.glyphs, w, h))
	p.orient(glyphs)
	return p, nil
}

// content returns the decoded content of page i, noting in f.cut a content
// cut at maxStream. When the page has contents that the cross-reference
// table cannot reach, it reads them through a rebuilt table.
func (f *file) content(i int) []byte {
	c := f.pages[i].v.Key("Contents")
	data, cut := streamData(c)
	if len(bytes.TrimSpace(data)) == 0 && (c.Kind() == pdflib.Array || c.Kind() == pdflib.Stream) {
		if alt := f.rebuilt(); alt != nil {
			data, cut = streamData(alt.pages[i].v.Key("Contents"))
		}
	}
	if cut {
		f.cut = append(f.cut, i+1)
	}
	return data
}

// clip drops glyphs outside the visible page.
func clip(gs []glyph, w, h float64) []glyph {
	out := gs[:0]
	for _, g := range gs {
		if g.x+g.w*0.5 >= -1 && g.x <= w+1 && g.y >= -g.size*0.2-1 && g.y <= h+1 {
			out = append(out, g)
		}
	}
	return out
}

// cellKey packs a square of the dedupe grid into one integer: the map
// then hashes a uint64 instead of a struct, on a path taken nine times
// per glyph.
func cellKey(x, y int) uint64 { return uint64(uint32(x))<<32 | uint64(uint32(y)) }

// dedupe removes the second copy of a glyph drawn twice at about the same
// place (fake bold, shadows). Kept glyphs are filed by cell of a 2-point
// grid, each cell a chain through next (the last kept glyph of the cell
// in head, the one before it in next), so that filing allocates nothing
// per cell.
func dedupe(gs []glyph) []glyph {
	const bucket = 2.0
	head := make(map[uint64]int32, len(gs))
	next := make([]int32, 0, len(gs))
	out := gs[:0]
	for _, g := range gs {
		x, y := int(math.Floor(g.x/bucket)), int(math.Floor(g.y/bucket))
		if isDuplicate(g, head, next, x, y, out) {
			continue
		}
		k := cellKey(x, y)
		prev, ok := head[k]
		if !ok {
			prev = -1
		}
		head[k] = int32(len(out))
		next = append(next, prev)
		out = append(out, g)
	}
	return out
}

func isDuplicate(g glyph, head map[uint64]int32, next []int32, x, y int, kept []glyph) bool {
	tol := min(0.15*g.size, 1.5)
	for dx := -1; dx <= 1; dx++ {
		for dy := -1; dy <= 1; dy++ {
			i, ok := head[cellKey(x+dx, y+dy)]
			for ; ok && i >= 0; i = next[i] {
				k := kept[i]
				if k.text == g.text && k.dir == g.dir && math.Abs(k.x-g.x) < tol && math.Abs(k.y-g.y) < tol {
					return true
				}
			}
		}
	}
	return false
}

// orient turns the page so that its dominant text direction is upright,
// and sets the glyphs of other directions aside, each turned upright.
func (p *pageText) orient(gs []glyph) {
	var count [4]int
	for _, g := range gs {
		count[g.dir&3]++
	}
	dom := uint8(0)
	for d := uint8(1); d < 4; d++ {
		if count[d] > count[dom] {
			dom = d
		}
	}
	if dom != 0 {
		for i := range gs {
			gs[i] = turnGlyph(gs[i], dom, p.w, p.h)
		}
		for i := range p.segs {
			p.segs[i] = turnSegment(p.segs[i], dom, p.w, p.h)
		}
		if dom != 2 {
			p.w, p.h = p.h, p.w
		}
	}
	// Filter in place: the upright glyphs keep gs's memory.
	upright := gs[:0]
	for _, g := range gs {
		if g.dir == 0 {
			upright = append(upright, g)
		} else {
			p.aside = append(p.aside, turnGlyph(g, g.dir, p.w, p.h))
		}
	}
	p.glyphs = upright
}

// turn maps a point so that direction d becomes upright.
func turn(x, y float64, d uint8, w, h float64) (float64, float64) {
	switch d & 3 {
	case 1:
		return y, w - x
	case 2:
		return w - x, h - y
	case 3:
		return h - y, x
	}
	return x, y
}

func turnGlyph(g glyph, d uint8, w, h float64) glyph {
	g.x, g.y = turn(g.x, g.y, d, w, h)
	g.dir = (g.dir - d) & 3
	return g
}

func turnSegment(s segment, d uint8, w, h float64) segment {
	s.x0, s.y0 = turn(s.x0, s.y0, d, w, h)
	s.x1, s.y1 = turn(s.x1, s.y1, d, w, h)
	return s
}
