package pdf

// pathOp handles path construction and painting. Painted straight pieces
// become segments (candidate table rules); curves count by their chord.
func (in *interp) pathOp(kw string, args []operand) bool {
	switch kw {
	case "m":
		if v, ok := nums(args, 2); ok {
			in.endSubpath()
			in.cx, in.cy, in.sx, in.sy = v[0], v[1], v[0], v[1]
		}
	case "l":
		if v, ok := nums(args, 2); ok {
			in.lineTo(v[0], v[1])
		}
	case "c":
		if v, ok := nums(args, 6); ok {
			in.lineTo(v[4], v[5])
		}
	case "v", "y":
		if v, ok := nums(args, 4); ok {
			in.lineTo(v[2], v[3])
		}
	case "h":
		in.lineTo(in.sx, in.sy)
	case "re":
		in.rect(args)
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		if kw == "s" || kw == "b" || kw == "b*" {
			in.lineTo(in.sx, in.sy)
		}
		in.paint(kw[0] == 'f' || kw[0] == 'F')
	case "n":
		in.path = in.path[:0]
		in.sub = 0
	default:
		return false
	}
	return true
}

func (in *interp) lineTo(x, y float64) {
	if len(in.path) < maxSegments {
		m := in.gs.ctm
		x0, y0 := m.apply(in.cx, in.cy)
		x1, y1 := m.apply(x, y)
		in.path = append(in.path, segment{x0: x0, y0: y0, x1: x1, y1: y1})
	}
	in.cx, in.cy = x, y
}

func (in *interp) rect(args []operand) {
	v, ok := nums(args, 4)
	if !ok {
		return
	}
	x, y, w, h := v[0], v[1], v[2], v[3]
	in.endSubpath()
	in.cx, in.cy, in.sx, in.sy = x, y, x, y
	in.lineTo(x+w, y)
	in.lineTo(x+w, y+h)
	in.lineTo(x, y+h)
	in.lineTo(x, y)
	in.endSubpath()
}

// endSubpath marks the sides of the subpath just finished when they
// enclose an area rather than draw a line: filled, such a shape is a
// background, not a rule.
func (in *interp) endSubpath() {
	s := in.path[min(in.sub, len(in.path)):]
	in.sub = len(in.path)
	if len(s) < 3 {
		return
	}
	x0, y0, x1, y1 := s[0].x0, s[0].y0, s[0].x0, s[0].y0
	for _, e := range s {
		x0, x1 = min(x0, e.x0, e.x1), max(x1, e.x0, e.x1)
		y0, y1 = min(y0, e.y0, e.y1), max(y1, e.y0, e.y1)
	}
	if x1-x0 > 3 && y1-y0 > 3 {
		for i := range s {
			s[i].area = true
		}
	}
}

// paint keeps the axis-aligned pieces of the current path as rules; the
// sides of filled rectangles that enclose an area are backgrounds.
func (in *interp) paint(fillOnly bool) {
	in.endSubpath()
	for _, s := range in.path {
		if len(in.segments) >= maxSegments {
			break
		}
		s.area = s.area && fillOnly
		dx, dy := abs(s.x1-s.x0), abs(s.y1-s.y0)
		if dx < 1 && dy < 1 {
			continue
		}
		if dy <= 1 || dx <= 1 {
			in.segments = append(in.segments, s)
		}
	}
	in.path = in.path[:0]
	in.sub = 0
}
