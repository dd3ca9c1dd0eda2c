package pdf

import (
	"sort"
)

// maxCrossings bounds the rule-crossing search on pages full of drawings.
const maxCrossings = 4_000_000

// grid is a ruled table found on one page: the x of its column rules, the
// y of its row rules (top to bottom), its cells, and the glyphs of each.
type grid struct {
	page        int
	scanned     bool // found on a page read by OCR
	pageH       float64
	top, bottom float64
	xs, ys      []float64
	cells       []tcell
	owner       [][]int   // owner[r][c]: index of the cell covering slot (r, c), -1 if none
	glyphs      [][]glyph // per cell
	lines       [][]line  // per cell, once laid out
}

// findTables finds the ruled tables of a page and moves the glyphs inside
// them from p.glyphs into the tables' cells.
func findTables(p *pageText) []*grid {
	hs, vs := ruleEdges(p.segs)
	if len(hs) < 2 || len(vs) < 2 || len(hs)*len(vs) > maxCrossings {
		return nil
	}
	var grids []*grid
	for _, cells := range groupCells(findCells(crossings(hs, vs))) {
		if len(cells) < 2 {
			continue
		}
		grids = append(grids, newGrid(cells, p))
	}
	sort.Slice(grids, func(i, j int) bool { return grids[i].top > grids[j].top })
	p.glyphs = fillGrids(grids, p.glyphs)
	for _, g := range grids {
		g.lines = make([][]line, len(g.cells))
		for i, gs := range g.glyphs {
			g.lines[i] = buildLines(gs, p.n)
		}
		g.glyphs = nil
	}
	return grids
}

func newGrid(cells []tcell, p *pageText) *grid {
	g := &grid{page: p.n, scanned: p.scanned, pageH: p.h, cells: cells, bottom: cells[0].y0, top: cells[0].y1}
	xset, yset := map[float64]bool{}, map[float64]bool{}
	for _, c := range cells {
		xset[c.x0], xset[c.x1] = true, true
		yset[c.y0], yset[c.y1] = true, true
		g.top, g.bottom = max(g.top, c.y1), min(g.bottom, c.y0)
	}
	for x := range xset {
		g.xs = append(g.xs, x)
	}
	for y := range yset {
		g.ys = append(g.ys, y)
	}
	sort.Float64s(g.xs)
	sort.Sort(sort.Reverse(sort.Float64Slice(g.ys)))
	g.owner = make([][]int, len(g.ys)-1)
	for r := range g.owner {
		g.owner[r] = make([]int, len(g.xs)-1)
		for c := range g.owner[r] {
			g.owner[r][c] = -1
		}
	}
	for i, c := range cells {
		for r := index(g.ys, c.y1, true); r < len(g.ys)-1 && g.ys[r] > c.y0; r++ {
			for k := index(g.xs, c.x0, false); k < len(g.xs)-1 && g.xs[k] < c.x1; k++ {
				g.owner[r][k] = i
			}
		}
	}
	g.glyphs = make([][]glyph, len(cells))
	return g
}

// index returns the position of v in the sorted slice s.
func index(s []float64, v float64, desc bool) int {
	if desc {
		return sort.Search(len(s), func(i int) bool { return s[i] <= v })
	}
	return sort.SearchFloat64s(s, v)
}

// slot returns the cell holding point (x, y), or -1.
func (g *grid) slot(x, y float64) int {
	if x < g.xs[0] || x > g.xs[len(g.xs)-1] || y > g.ys[0] || y < g.ys[len(g.ys)-1] {
		return -1
	}
	c := sort.SearchFloat64s(g.xs, x) - 1
	r := sort.Search(len(g.ys), func(i int) bool { return g.ys[i] < y }) - 1
	if c < 0 || r < 0 || r >= len(g.owner) || c >= len(g.owner[r]) {
		return -1
	}
	return g.owner[r][c]
}

// fillGrids assigns each glyph whose centre lies in a cell to that cell,
// and returns the others.
func fillGrids(grids []*grid, gs []glyph) []glyph {
	if len(grids) == 0 {
		return gs
	}
	out := gs[:0] // in place: placed glyphs were copied into their cells
	for _, gl := range gs {
		cx, cy := gl.x+gl.w/2, gl.y+gl.size*0.3
		placed := false
		for _, g := range grids {
			if i := g.slot(cx, cy); i >= 0 {
				g.glyphs[i] = append(g.glyphs[i], gl)
				placed = true
				break
			}
		}
		if !placed {
			out = append(out, gl)
		}
	}
	return out
}
