package pdf

import (
	"strconv"
	"strings"

	pdflib "github.com/ledongthuc/pdf"
)

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 500

// annotations draws the visible appearance of a page's annotations (form
// field values, free text, stamps), as viewers and pdftotext show them.
// When regen is set (the form's /NeedAppearances), text fields are drawn
// from their values, as viewers regenerate them, and not from their stale
// or empty appearance streams.
func (in *interp) annotations(annots pdflib.Value, base matrix, regen bool) {
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		flags := int64(num(a.Key("F")))
		if flags&(2|32) != 0 || a.Key("Subtype").Name() == "Popup" {
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdflib.Dict {
			ap = ap.Key(a.Key("AS").Name())
		}
		rect, ok := normBox(numbers(a.Key("Rect")))
		if !ok {
			continue
		}
		if a.Key("Subtype").Name() == "Widget" && (regen || ap.Kind() != pdflib.Stream) && isTextField(a) {
			in.fieldValue(a, rect, base)
			continue
		}
		if ap.Kind() == pdflib.Stream {
			in.appearance(ap, rect, base)
		}
	}
}

// appearance runs an appearance stream fitted into rect (PDF 32000
// §12.5.5: its transformed BBox is mapped onto the annotation's Rect).
func (in *interp) appearance(ap pdflib.Value, rect box, base matrix) {
	m, _ := toMatrix(numbers(ap.Key("Matrix")))
	bb, ok := normBox(numbers(ap.Key("BBox")))
	if !ok {
		return
	}
	x0, y0 := m.apply(bb.x0, bb.y0)
	x1, y1 := m.apply(bb.x1, bb.y1)
	t := box{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	if t.x1-t.x0 < 0.01 || t.y1-t.y0 < 0.01 {
		return
	}
	sx, sy := (rect.x1-rect.x0)/(t.x1-t.x0), (rect.y1-rect.y0)/(t.y1-t.y0)
	fit := matrix{sx, 0, 0, sy, rect.x0 - t.x0*sx, rect.y0 - t.y0*sy}
	saved := in.gs
	in.gs = gstate{ctm: m.mul(fit).mul(base), th: 1}
	in.tm, in.tlm = identity, identity
	in.run(readStream(ap), ap.Key("Resources"), 1)
	in.gs = saved
}

// field returns the value of key k of a form field, inherited from its
// ancestors (PDF 32000 §12.7.3.1).
func field(a pdflib.Value, k string) pdflib.Value {
	for i := 0; i < 32 && a.Kind() == pdflib.Dict; i++ {
		if v := a.Key(k); !v.IsNull() {
			return v
		}
		a = a.Key("Parent")
	}
	return pdflib.Value{}
}

// isTextField tells whether a widget belongs to a text or choice field,
// whose value a viewer shows as text.
func isTextField(a pdflib.Value) bool {
	ft := field(a, "FT").Name()
	return ft == "Tx" || ft == "Ch"
}

// fieldValue draws the value of a text field inside its rectangle in
// Helvetica at the size of its /DA, one line per line of the value.
func (in *interp) fieldValue(a pdflib.Value, rect box, base matrix) {
	v := field(a, "V")
	ff := int64(num(field(a, "Ff")))
	if v.Kind() != pdflib.String || ff&(1<<13) != 0 { // a password shows as dots
		return
	}
	size := daSize(field(a, "DA").RawString())
	if size <= 0 {
		size = min(max((rect.y1-rect.y0)*0.7, 4), 12)
	}
	f, width := in.fonts.fallback(), standardWidths("Helvetica")
	saved := in.gs
	defer func() { in.gs = saved }()
	in.gs = gstate{ctm: base, font: f, size: size, th: 1}
	y := rect.y1 - (rect.y1-rect.y0+size*0.75)/2
	if ff&(1<<12) != 0 { // multiline: from the top
		y = rect.y1 - 2 - size
	}
	for _, text := range strings.Split(strings.ReplaceAll(v.Text(), "\r", "\n"), "\n") {
		x := rect.x0 + 2
		for _, r := range text {
			w := width(string(r)) / 1000
			if len(in.glyphs) < maxGlyphs {
				in.emit(matrix{1, 0, 0, 1, x, y}.mul(base), string(r), w, f)
			}
			x += w * size
		}
		y -= size * 1.15
	}
}

// daSize reads the font size of a default appearance string such as
// "0 g /Helv 11 Tf"; it returns 0 when there is none (auto size).
func daSize(da string) float64 {
	f := strings.Fields(da)
	for i := 1; i < len(f); i++ {
		if f[i] == "Tf" {
			n, _ := strconv.ParseFloat(f[i-1], 64)
			return n
		}
	}
	return 0
}
