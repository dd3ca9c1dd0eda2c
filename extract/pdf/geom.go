package pdf

import "math"

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// vec applies only the linear part of m.
func (m matrix) vec(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y, m[1]*x + m[3]*y
}

func toMatrix(v []float64) (matrix, bool) {
	if len(v) != 6 {
		return identity, false
	}
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return identity, false
		}
	}
	return matrix(v), true
}

// box is an axis-aligned rectangle, x0 ≤ x1, y0 ≤ y1.
type box struct{ x0, y0, x1, y1 float64 }

func normBox(v []float64) (box, bool) {
	if len(v) != 4 {
		return box{}, false
	}
	b := box{min(v[0], v[2]), min(v[1], v[3]), max(v[0], v[2]), max(v[1], v[3])}
	if b.x1-b.x0 < 1 || b.y1-b.y0 < 1 {
		return box{}, false
	}
	return b, true
}

// pageMatrix maps default user space to reading space: the origin at the
// visible box's lower left corner and the page turned by /Rotate so that
// text reads upright.
func pageMatrix(b box, rotate int) matrix {
	switch ((rotate % 360) + 360) % 360 {
	case 90:
		return matrix{0, -1, 1, 0, -b.y0, b.x1}
	case 180:
		return matrix{-1, 0, 0, -1, b.x1, b.y1}
	case 270:
		return matrix{0, 1, -1, 0, b.y1, -b.x0}
	}
	return matrix{1, 0, 0, 1, -b.x0, -b.y0}
}
