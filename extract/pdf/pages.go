package pdf

import (
	pdflib "github.com/ledongthuc/pdf"
)

// maxPages bounds the page tree walk.
const maxPages = 100_000

// pageRef is one leaf of the page tree with its inherited attributes.
type pageRef struct {
	v         pdflib.Value
	resources pdflib.Value
	box       box
	rotate    int
}

// inherited is what a page inherits from its ancestors.
type inherited struct {
	resources pdflib.Value
	media     []float64
	crop      []float64
	rotate    int
}

// pageTree lists the pages in order. It follows /Kids itself, with a
// visited set, because the library's own walk loops forever on a node that
// is its own kid.
func pageTree(root pdflib.Value) []pageRef {
	var out []pageRef
	seen := map[objKey]bool{}
	var walk func(n pdflib.Value, in inherited, depth int)
	walk = func(n pdflib.Value, in inherited, depth int) {
		k := keyOf(n)
		if depth > 64 || len(out) >= maxPages || seen[k] && k != (objKey{}) {
			return
		}
		seen[k] = true
		in = inherit(n, in)
		kids := n.Key("Kids")
		if kids.Kind() != pdflib.Array || n.Key("Type").Name() == "Page" {
			if n.Kind() == pdflib.Dict {
				out = append(out, newPageRef(n, in))
			}
			return
		}
		for i := 0; i < kids.Len() && len(out) < maxPages; i++ {
			walk(kids.Index(i), in, depth+1)
		}
	}
	walk(root, inherited{}, 0)
	return out
}

func inherit(n pdflib.Value, in inherited) inherited {
	if r := n.Key("Resources"); r.Kind() == pdflib.Dict {
		in.resources = r
	}
	if b := numbers(n.Key("MediaBox")); len(b) == 4 {
		in.media = b
	}
	if b := numbers(n.Key("CropBox")); len(b) == 4 {
		in.crop = b
	}
	if r := n.Key("Rotate"); r.Kind() == pdflib.Integer || r.Kind() == pdflib.Real {
		in.rotate = int(num(r))
	}
	return in
}

func newPageRef(n pdflib.Value, in inherited) pageRef {
	b, ok := normBox(in.media)
	if !ok {
		b = box{0, 0, 612, 792}
	}
	if c, ok := normBox(in.crop); ok {
		c = box{max(c.x0, b.x0), max(c.y0, b.y0), min(c.x1, b.x1), min(c.y1, b.y1)}
		if c.x1-c.x0 > 1 && c.y1-c.y0 > 1 {
			b = c
		}
	}
	return pageRef{v: n, resources: in.resources, box: b, rotate: in.rotate}
}

// size returns the page's width and height in reading orientation.
func (p pageRef) size() (float64, float64) {
	w, h := p.box.x1-p.box.x0, p.box.y1-p.box.y0
	if r := ((p.rotate % 360) + 360) % 360; r == 90 || r == 270 {
		return h, w
	}
	return w, h
}
