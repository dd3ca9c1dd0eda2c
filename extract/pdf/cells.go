package pdf

import "sort"

// point is a crossing of a horizontal and a vertical rule.
type point struct{ x, y float64 }

// crossing records which rules meet at a point.
type crossing struct {
	h, v []int32
}

// tcell is one ruled cell: x0 < x1, y0 (bottom) < y1 (top).
type tcell struct{ x0, y0, x1, y1 float64 }

// crossings finds where horizontal and vertical rules meet.
func crossings(hs, vs []edge) map[point]*crossing {
	out := map[point]*crossing{}
	for vi, v := range vs {
		for hi, h := range hs {
			if v.x0 < h.x0-crossTol || v.x0 > h.x1+crossTol || h.y0 < v.y0-crossTol || h.y0 > v.y1+crossTol {
				continue
			}
			p := point{v.x0, h.y0}
			c := out[p]
			if c == nil {
				c = &crossing{}
				out[p] = c
			}
			c.h = append(c.h, int32(hi))
			c.v = append(c.v, int32(vi))
		}
		if len(out) > 200_000 {
			break
		}
	}
	return out
}

func shares(a, b []int32) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// findCells returns, for each crossing, the smallest rectangle whose four
// corners are crossings joined by rules (pdfplumber's intersections_to_cells).
func findCells(cs map[point]*crossing) []tcell {
	pts := make([]point, 0, len(cs))
	for p := range cs {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].x != pts[j].x {
			return pts[i].x < pts[j].x
		}
		return pts[i].y > pts[j].y
	})
	byX := map[float64][]point{}
	byY := map[float64][]point{}
	for _, p := range pts {
		byX[p.x] = append(byX[p.x], p)
		byY[p.y] = append(byY[p.y], p)
	}
	var out []tcell
	for _, p := range pts {
		if c, ok := cellAt(p, cs, byX[p.x], byY[p.y]); ok {
			out = append(out, c)
		}
	}
	return out
}

// cellAt finds the cell whose top-left corner is p.
func cellAt(p point, cs map[point]*crossing, column, row []point) (tcell, bool) {
	for _, below := range column {
		if below.y >= p.y || !shares(cs[p].v, cs[below].v) {
			continue
		}
		for _, right := range row {
			if right.x <= p.x || !shares(cs[p].h, cs[right].h) {
				continue
			}
			corner := point{right.x, below.y}
			c, ok := cs[corner]
			if ok && shares(c.v, cs[right].v) && shares(c.h, cs[below].h) {
				return tcell{p.x, below.y, right.x, p.y}, true
			}
		}
	}
	return tcell{}, false
}

// groupCells splits cells into tables: cells sharing a corner belong to
// the same table.
func groupCells(cells []tcell) [][]tcell {
	parent := make([]int, len(cells))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[point]int{}
	for i, c := range cells {
		for _, p := range []point{{c.x0, c.y0}, {c.x0, c.y1}, {c.x1, c.y0}, {c.x1, c.y1}} {
			if j, ok := owner[p]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[p] = i
			}
		}
	}
	groups := map[int][]tcell{}
	var order []int
	for i, c := range cells {
		r := find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], c)
	}
	out := make([][]tcell, 0, len(groups))
	for _, r := range order {
		out = append(out, groups[r])
	}
	return out
}
