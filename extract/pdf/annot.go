package pdf

import (
	pdflib "github.com/ledongthuc/pdf"
)

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 500

// annotations draws the visible appearance of a page's annotations (form
// field values, free text, stamps), as viewers and pdftotext show them.
func (in *interp) annotations(annots pdflib.Value, base matrix) {
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
		if ap.Kind() != pdflib.Stream || !ok {
			continue
		}
		in.appearance(ap, rect, base)
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
