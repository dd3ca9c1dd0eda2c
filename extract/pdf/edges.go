package pdf

import (
	"math"
	"sort"
)

// Tolerances of the ruled-table finder, in points (pdfplumber's defaults).
const (
	snapTol   = 3.0 // edges closer than this are one rule
	joinTol   = 3.0 // collinear edges with a smaller gap are joined
	crossTol  = 3.0 // how far a rule may stop short of a crossing one
	minEdge   = 3.0 // shorter edges are ignored
	axisSlack = 1.0 // how far from horizontal/vertical a rule may lean
)

// edge is a horizontal (y0 == y1) or vertical (x0 == x1) rule.
type edge struct{ x0, y0, x1, y1 float64 }

// ruleEdges splits painted segments into horizontal and vertical edges,
// snapped and joined. The sides of filled areas count as rules (zebra
// rows often have no other) unless a true rule runs close beside them
// (cell shading inset in a ruled cell).
func ruleEdges(segs []segment) (hs, vs []edge) {
	var thin, area []segment
	for _, s := range segs {
		if s.area {
			area = append(area, s)
		} else {
			thin = append(thin, s)
		}
	}
	hs, vs = axisEdges(thin)
	ah, av := axisEdges(area)
	hs = append(hs, apart(ah, hs, true)...)
	vs = append(vs, apart(av, vs, false)...)
	return joinEdges(snapEdges(hs, true), true), joinEdges(snapEdges(vs, false), false)
}

// apart returns the edges of es that no rule of rules runs beside.
func apart(es, rules []edge, horiz bool) []edge {
	const near = 5.0
	if len(es)*len(rules) > maxCrossings {
		return es
	}
	out := es[:0]
	for _, e := range es {
		lo, hi := e.span(horiz)
		beside := false
		for _, r := range rules {
			rlo, rhi := r.span(horiz)
			if math.Abs(r.pos(horiz)-e.pos(horiz)) < near && rlo < hi && rhi > lo {
				beside = true
				break
			}
		}
		if !beside {
			out = append(out, e)
		}
	}
	return out
}

// axisEdges keeps the horizontal and vertical segments.
func axisEdges(segs []segment) (hs, vs []edge) {
	for _, s := range segs {
		dx, dy := math.Abs(s.x1-s.x0), math.Abs(s.y1-s.y0)
		switch {
		case dy <= axisSlack && dx >= minEdge:
			y := (s.y0 + s.y1) / 2
			hs = append(hs, edge{min(s.x0, s.x1), y, max(s.x0, s.x1), y})
		case dx <= axisSlack && dy >= minEdge:
			x := (s.x0 + s.x1) / 2
			vs = append(vs, edge{x, min(s.y0, s.y1), x, max(s.y0, s.y1)})
		}
	}
	return hs, vs
}

// pos is the coordinate a rule lies on; lo and hi its extent.
func (e edge) pos(horiz bool) float64 {
	if horiz {
		return e.y0
	}
	return e.x0
}

func (e edge) span(horiz bool) (float64, float64) {
	if horiz {
		return e.x0, e.x1
	}
	return e.y0, e.y1
}

func setPos(e *edge, horiz bool, p float64) {
	if horiz {
		e.y0, e.y1 = p, p
	} else {
		e.x0, e.x1 = p, p
	}
}

// snapEdges moves edges whose positions cluster within snapTol onto the
// cluster's mean.
func snapEdges(es []edge, horiz bool) []edge {
	sort.Slice(es, func(i, j int) bool { return es[i].pos(horiz) < es[j].pos(horiz) })
	for i := 0; i < len(es); {
		j, sum := i+1, es[i].pos(horiz)
		for j < len(es) && es[j].pos(horiz)-es[j-1].pos(horiz) <= snapTol {
			sum += es[j].pos(horiz)
			j++
		}
		mean := sum / float64(j-i)
		for k := i; k < j; k++ {
			setPos(&es[k], horiz, mean)
		}
		i = j
	}
	return es
}

// joinEdges merges collinear edges that overlap or nearly touch.
func joinEdges(es []edge, horiz bool) []edge {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].pos(horiz) != es[j].pos(horiz) {
			return es[i].pos(horiz) < es[j].pos(horiz)
		}
		a, _ := es[i].span(horiz)
		b, _ := es[j].span(horiz)
		return a < b
	})
	var out []edge
	for _, e := range es {
		if n := len(out); n > 0 && out[n-1].pos(horiz) == e.pos(horiz) {
			lo, hi := e.span(horiz)
			_, lastHi := out[n-1].span(horiz)
			if lo <= lastHi+joinTol {
				if horiz {
					out[n-1].x1 = max(lastHi, hi)
				} else {
					out[n-1].y1 = max(lastHi, hi)
				}
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
