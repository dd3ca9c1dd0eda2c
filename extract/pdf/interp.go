package pdf

import (
	"github.com/sahelim/minutes/extract/doc"
	"math"

	pdflib "github.com/ledongthuc/pdf"
)

// Bounds on the work one page may cause, so that hostile files end.
const (
	maxFormDepth = 12
	maxImages    = 64 // images kept per page, for OCR
	maxOps       = 20_000_000
	maxGlyphs    = 2_000_000
	maxSegments  = 500_000
	maxStack     = 256
)

// glyph is one shown character in reading space (points, y up).
type glyph struct {
	x, y  float64 // baseline origin
	w     float64 // advance along the baseline
	size  float64 // font size
	text  string
	bold  bool
	dir   uint8  // 0 upright, 1 rotated +90°, 2 upside down, 3 rotated -90°
	color uint32 // fill colour, 0xRRGGBB
}

// segment is a straight piece of a painted path, in reading space; area
// marks the sides of a rectangle that encloses an area.
type segment struct {
	x0, y0, x1, y1 float64
	area           bool
}

// gstate is the part of the graphics state text extraction needs.
type gstate struct {
	ctm                  matrix
	font                 *font
	size, tc, tw, th, tl float64
	rise                 float64
	fill                 uint32 // fill colour as 0xRRGGBB (text is filled); 0 is black
}

// interp runs content streams and collects glyphs and ruling segments.
type interp struct {
	fonts    *fontCache
	gs       gstate
	stack    []gstate
	tm, tlm  matrix
	path     []segment
	sub      int     // start of the current subpath in path
	cx, cy   float64 // current point (user space)
	sx, sy   float64 // subpath start
	ops      int
	glyphs   []glyph
	segments []segment
	images   []placed
	named    map[string]*font // fonts of the resources being run, by name
}

func newInterp(fonts *fontCache, base matrix) *interp {
	return &interp{fonts: fonts, gs: gstate{ctm: base, th: 1}, tm: identity, tlm: identity}
}

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res pdflib.Value, depth int) {
	// Resolving a font through the library re-reads its objects each
	// time; a stream selects the same few fonts thousands of times.
	saved := in.named
	in.named = map[string]*font{}
	defer func() { in.named = saved }()
	l := lexer{b: data}
	args := make([]operand, 0, 16)
	for in.ops < maxOps {
		v, kw, ok := l.next()
		if !ok {
			return
		}
		if kw == "" {
			if len(args) < 64 {
				args = append(args, v)
			}
			continue
		}
		in.ops++
		if kw == "ID" {
			l.skipInlineImage()
		} else {
			in.op(kw, args, res, depth)
		}
		args = args[:0]
		l.release()
	}
}

func nums(args []operand, n int) ([]float64, bool) {
	if len(args) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, a := range args[len(args)-n:] {
		if a.kind != opNum {
			return nil, false
		}
		out[i] = a.num
	}
	return out, true
}

func (in *interp) op(kw string, args []operand, res pdflib.Value, depth int) {
	if in.textOp(kw, args, res) || in.pathOp(kw, args) {
		return
	}
	switch kw {
	case "q":
		if len(in.stack) < maxStack {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(args, 6); ok {
			if m, ok := toMatrix(v); ok {
				in.gs.ctm = m.mul(in.gs.ctm)
			}
		}
	case "Do":
		if len(args) > 0 && args[len(args)-1].kind == opName {
			in.form(string(args[len(args)-1].str), res, depth)
		}
	case "g", "rg", "k", "sc", "scn":
		// One component after sc/scn may be a tint of a spot colour, not
		// a gray: only gray, RGB and CMYK are read.
		if c, ok := fillColor(args); ok && (kw[0] != 's' || len(args) >= 3) {
			in.gs.fill = c
		}
	}
}

// fillColor reads a fill colour given as gray, RGB or CMYK components
// (the count of numbers tells which) as 0xRRGGBB. Pattern names and other
// spaces are not colours of text: ok is false.
func fillColor(args []operand) (uint32, bool) {
	var v []float64
	for _, a := range args {
		if a.kind != opNum {
			return 0, false
		}
		v = append(v, min(max(a.num, 0), 1))
	}
	var r, g, b float64
	switch len(v) {
	case 1:
		r, g, b = v[0], v[0], v[0]
	case 3:
		r, g, b = v[0], v[1], v[2]
	case 4:
		r, g, b = (1-v[0])*(1-v[3]), (1-v[1])*(1-v[3]), (1-v[2])*(1-v[3])
	default:
		return 0, false
	}
	return uint32(r*255+0.5)<<16 | uint32(g*255+0.5)<<8 | uint32(b*255+0.5), true
}

// form runs a Form XObject.
func (in *interp) form(name string, res pdflib.Value, depth int) {
	if depth >= maxFormDepth {
		return
	}
	xo := res.Key("XObject").Key(name)
	if xo.Key("Subtype").Name() == "Image" && len(in.images) < maxImages {
		in.images = append(in.images, placed{xo: xo, ctm: in.gs.ctm})
		return
	}
	if xo.Key("Subtype").Name() != "Form" {
		return
	}
	data := in.fonts.formData(xo)
	if len(data) == 0 {
		return
	}
	saved, savedTm, savedTlm := in.gs, in.tm, in.tlm
	savedStack := len(in.stack)
	if m, ok := toMatrix(numbers(xo.Key("Matrix"))); ok {
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	sub := xo.Key("Resources")
	if sub.Kind() != pdflib.Dict {
		sub = res
	}
	in.run(data, sub, depth+1)
	in.gs, in.tm, in.tlm = saved, savedTm, savedTlm
	if len(in.stack) > savedStack {
		in.stack = in.stack[:savedStack]
	}
}

func (in *interp) textOp(kw string, args []operand, res pdflib.Value) bool {
	switch kw {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "ET":
	case "Tf":
		if len(args) >= 2 && args[len(args)-2].kind == opName {
			name := string(args[len(args)-2].str)
			f, ok := in.named[name]
			if !ok {
				f = in.fonts.get(res, name)
				in.named[name] = f
			}
			in.gs.font = f
			in.gs.size = args[len(args)-1].num
		}
	case "Tc", "Tw", "Tz", "TL", "Ts", "Tr":
		in.textState(kw, args)
	case "Td", "TD", "Tm", "T*":
		in.textMove(kw, args)
	case "Tj":
		in.showLast(args)
	case "'":
		in.textMove("T*", nil)
		in.showLast(args)
	case "\"":
		if v, ok := nums(args[:max(len(args)-1, 0)], 2); ok {
			in.gs.tw, in.gs.tc = v[0], v[1]
		}
		in.textMove("T*", nil)
		in.showLast(args)
	case "TJ":
		in.showArray(args)
	default:
		return false
	}
	return true
}

func (in *interp) textState(kw string, args []operand) {
	v, ok := nums(args, 1)
	if !ok {
		return
	}
	switch kw {
	case "Tc":
		in.gs.tc = v[0]
	case "Tw":
		in.gs.tw = v[0]
	case "Tz":
		in.gs.th = v[0] / 100
	case "TL":
		in.gs.tl = v[0]
	case "Ts":
		in.gs.rise = v[0]
	}
}

func (in *interp) textMove(kw string, args []operand) {
	switch kw {
	case "Td", "TD":
		v, ok := nums(args, 2)
		if !ok {
			return
		}
		if kw == "TD" {
			in.gs.tl = -v[1]
		}
		in.tlm = matrix{1, 0, 0, 1, v[0], v[1]}.mul(in.tlm)
	case "T*":
		in.tlm = matrix{1, 0, 0, 1, 0, -in.gs.tl}.mul(in.tlm)
	case "Tm":
		v, ok := nums(args, 6)
		if !ok {
			return
		}
		m, ok := toMatrix(v)
		if !ok {
			return
		}
		in.tlm = m
	}
	in.tm = in.tlm
}

func (in *interp) showLast(args []operand) {
	if len(args) > 0 && args[len(args)-1].kind == opStr {
		in.show(args[len(args)-1].str)
	}
}

func (in *interp) showArray(args []operand) {
	if len(args) == 0 || args[len(args)-1].kind != opArray {
		return
	}
	for _, e := range args[len(args)-1].arr {
		switch e.kind {
		case opStr:
			in.show(e.str)
		case opNum:
			tx := -e.num / 1000 * in.gs.size * in.gs.th
			in.tm[4] += tx * in.tm[0]
			in.tm[5] += tx * in.tm[1]
		}
	}
}

// show draws a string with the current font, one glyph per code.
func (in *interp) show(s []byte) {
	f := in.gs.font
	if f == nil {
		f = in.fonts.fallback()
	}
	gs := &in.gs
	for i := 0; i < len(s); {
		c, n := f.next(s[i:])
		i += n
		text, w := f.decode(c)
		m := in.tm.mul(gs.ctm)
		if text != "" && len(in.glyphs) < maxGlyphs {
			in.emit(m, text, w, f)
		}
		tx := w*gs.size + gs.tc
		if n == 1 && c == 32 {
			tx += gs.tw
		}
		tx *= gs.th
		in.tm[4] += tx * in.tm[0]
		in.tm[5] += tx * in.tm[1]
	}
}

func (in *interp) emit(m matrix, text string, w float64, f *font) {
	gs := &in.gs
	x, y := m.apply(0, gs.rise)
	ax, ay := m.vec(w*gs.size*gs.th, 0)
	ux, uy := m.vec(0, gs.size*f.vscale)
	g := glyph{x: x, y: y, size: math.Hypot(ux, uy), text: doc.Symbols(text), bold: f.bold, color: gs.fill}
	g.w = math.Hypot(ax, ay)
	dx, dy := m.vec(1, 0)
	switch {
	case math.Abs(dx) >= math.Abs(dy) && dx >= 0:
		g.dir = 0
	case math.Abs(dx) >= math.Abs(dy):
		g.dir = 2
	case dy > 0:
		g.dir = 1
	default:
		g.dir = 3
	}
	if math.IsNaN(g.x+g.y+g.w+g.size) || math.IsInf(g.x+g.y+g.w+g.size, 0) {
		return
	}
	in.glyphs = append(in.glyphs, g)
}
