package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"sort"
	"strings"
	"unicode"

	pdflib "github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"

	"github.com/sahelim/minutes/extract/doc"
)

// OCR recognises the text of a page that has none (a scan). The reader
// knows no OCR engine: package ocr provides one, and extract wires it in
// Config.OCR.
type OCR interface {
	Recognize(s Scan) (*Recognized, error)
}

// Scan is a page handed to OCR.
type Scan struct {
	Page          int     // 1-based
	Width, Height float64 // the page in points, in reading orientation
	// Image is the page's only image, decoded, when it covers the page
	// upright; nil when the page must be rendered from File.
	Image    image.Image
	File     []byte // the whole PDF, to render the page
	Password string
}

// Recognized is what OCR read on an image of Width × Height pixels: words
// and ruling lines, in pixels from the top left corner.
type Recognized struct {
	Width, Height int
	Words         []Word
	Rules         []Rule
}

// Word is one recognised word. Line numbers the words' lines over the
// page; Size is the font size in pixels, estimated from the letters'
// heights; Conf is the engine's confidence, 0 to 1.
type Word struct {
	Text           string
	X0, Y0, X1, Y1 float64
	Line           int
	Size           float64
	Bold           bool
	Color          uint32 // 0xRRGGBB, black when unknown
	Conf           float64
}

// Rule is a ruling line seen in the image, in pixels.
type Rule struct{ X0, Y0, X1, Y1 float64 }

// placed is an image XObject drawn on a page, with the CTM that maps its
// unit square into reading space.
type placed struct {
	xo  pdflib.Value
	ctm matrix
}

// scanned tells whether page p is read by OCR: always when forced; else
// when it has no text and images cover most of it (a scan), or, if the
// whole file turns out to have no text, when it has no text but an image
// or a drawing.
func (c Config) scanned(p *pageText) scanKind {
	if c.OCR == nil {
		return scanNot
	}
	if c.ForceOCR {
		return scanPage
	}
	if len(p.glyphs)+len(p.aside) > 0 {
		return scanNot
	}
	covered := 0.0
	for _, im := range p.images {
		covered += overlap(im.ctm, p.w, p.h)
	}
	switch {
	case covered >= 0.5*p.w*p.h:
		return scanPage
	case len(p.images) > 0 || len(p.segs) > 0:
		return scanIfNoText
	}
	return scanNot
}

type scanKind int

const (
	scanNot scanKind = iota
	scanPage
	scanIfNoText
)

// overlap is the area of the page covered by the image of ctm.
func overlap(m matrix, w, h float64) float64 {
	b := imageBox(m)
	dx := min(b.x1, w) - max(b.x0, 0)
	dy := min(b.y1, h) - max(b.y0, 0)
	if dx <= 0 || dy <= 0 {
		return 0
	}
	return dx * dy
}

func imageBox(m matrix) box {
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [4][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := m.apply(c[0], c[1])
		b.x0, b.y0, b.x1, b.y1 = min(b.x0, x), min(b.y0, y), max(b.x1, x), max(b.y1, y)
	}
	return b
}

// scan reads page i by OCR into p, replacing its glyphs and rules, and
// returns the words' confidences.
func (f *file) scan(i int, p *pageText, c Config) ([]Word, error) {
	s := Scan{Page: i + 1, Width: p.w, Height: p.h, File: f.data, Password: c.Password}
	place := matrix{p.w, 0, 0, -p.h, 0, p.h} // a rendered page: pixels over the whole page
	if len(p.glyphs)+len(p.aside) == 0 {
		if img, m, ok := f.soleImage(p); ok {
			s.Image = img
			// The image's row 0 is its top: unit square y = 1.
			place = matrix{1, 0, 0, -1, 0, 1}.mul(m)
		}
	}
	r, err := c.OCR.Recognize(s)
	if err != nil {
		return nil, fmt.Errorf("%w: page %d is a scan: %w", ErrNoText, i+1, err)
	}
	if r == nil || r.Width <= 0 || r.Height <= 0 {
		return nil, nil
	}
	sx, sy := 1/float64(r.Width), 1/float64(r.Height)
	pt := func(x, y float64) (float64, float64) { return place.apply(x*sx, y*sy) }
	// Points per pixel, for sizes.
	ux, uy := place.vec(sx, 0)
	scale := math.Hypot(ux, uy)
	words := append([]Word(nil), r.Words...)
	sort.SliceStable(words, func(a, b int) bool { return words[a].Line < words[b].Line })
	p.glyphs, p.aside, p.segs, p.scanned = p.glyphs[:0], nil, nil, true
	for _, w := range words {
		if strings.TrimSpace(w.Text) == "" {
			continue
		}
		size := w.Size * scale
		x0, y1 := pt(w.X0, w.Y1)
		x1, _ := pt(w.X1, w.Y1)
		base := y1
		if descends(w.Text) {
			base += 0.21 * size
		}
		p.glyphs = append(p.glyphs, glyph{x: min(x0, x1), y: base, w: math.Abs(x1 - x0), size: size, text: w.Text, bold: w.Bold, color: w.Color})
	}
	for _, r := range r.Rules {
		x0, y0 := pt(r.X0, r.Y0)
		x1, y1 := pt(r.X1, r.Y1)
		p.segs = append(p.segs, segment{x0: x0, y0: y0, x1: x1, y1: y1})
	}
	return words, nil
}

// descends reports whether a word has a letter below the baseline.
func descends(s string) bool {
	return strings.ContainsAny(s, "gjpqyç,;()[]{}|")
}

// soleImage decodes the page's image when it is the only one and is drawn
// upright over most of the page: a JPEG, or Flate-compressed gray or RGB
// samples of 8 bits. Other pages are rendered by the OCR.
func (f *file) soleImage(p *pageText) (image.Image, matrix, bool) {
	if len(p.images) != 1 {
		return nil, matrix{}, false
	}
	im := p.images[0]
	m := im.ctm
	if m[0] <= 0 || m[3] <= 0 || math.Abs(m[1]) > 1e-6 || math.Abs(m[2]) > 1e-6 {
		return nil, matrix{}, false
	}
	img, err := f.decodeImage(im.xo)
	if err != nil || img == nil {
		return nil, matrix{}, false
	}
	return img, m, true
}

// decodeImage decodes an image XObject whose samples a scan usually has.
func (f *file) decodeImage(xo pdflib.Value) (img image.Image, err error) {
	defer func() {
		if x := recover(); x != nil {
			img, err = nil, fmt.Errorf("image: %v", x)
		}
	}()
	filter := xo.Key("Filter")
	if filter.Kind() == pdflib.Array && filter.Len() == 1 {
		filter = filter.Index(0)
	}
	w, h := int(xo.Key("Width").Int64()), int(xo.Key("Height").Int64())
	if w <= 0 || h <= 0 || w*h > 100_000_000 || xo.Key("ImageMask").Bool() {
		return nil, nil
	}
	switch filter.Name() {
	case "DCTDecode":
		raw := f.rawStream(xo)
		if raw == nil {
			return nil, nil
		}
		return jpeg.Decode(bytes.NewReader(raw))
	case "FlateDecode":
		if xo.Key("BitsPerComponent").Int64() != 8 || xo.Key("DecodeParms").Kind() != pdflib.Null {
			return nil, nil
		}
		data := readStream(xo)
		switch cs := xo.Key("ColorSpace").Name(); {
		case cs == "DeviceGray" && len(data) >= w*h:
			return &image.Gray{Pix: data[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}, nil
		case cs == "DeviceRGB" && len(data) >= 3*w*h:
			g := image.NewGray(image.Rect(0, 0, w, h))
			for i := range g.Pix {
				r, gr, b := int(data[3*i]), int(data[3*i+1]), int(data[3*i+2])
				g.Pix[i] = uint8((299*r + 587*gr + 114*b) / 1000)
			}
			return g, nil
		}
	}
	return nil, nil
}

// rawStream returns the undecoded bytes of a stream object of an
// unencrypted file, found by its "N G obj" header: the library cannot
// read a DCT stream without decoding it.
func (f *file) rawStream(v pdflib.Value) []byte {
	k := keyOf(v)
	if k.id == 0 || f.r.Trailer().Key("Encrypt").Kind() != pdflib.Null {
		return nil
	}
	if f.offsets == nil {
		f.offsets, _ = scanObjects(f.data)
	}
	o, ok := f.offsets[int(k.id)]
	if !ok || o[0] >= len(f.data) {
		return nil
	}
	rest := f.data[o[0]:]
	at := bytes.Index(rest, []byte("stream"))
	if at < 0 || at > 1<<16 {
		return nil
	}
	at += len("stream")
	if at < len(rest) && rest[at] == '\r' {
		at++
	}
	if at < len(rest) && rest[at] == '\n' {
		at++
	}
	n := int(v.Key("Length").Int64())
	if n <= 0 || at+n > len(rest) {
		return nil
	}
	return rest[at : at+n]
}

// confidences gives each block of an OCR'd page the mean confidence of its
// words: the page's words are matched to the blocks' words in order of
// text.
func confidences(d *doc.Document, words map[int][]Word) {
	if len(words) == 0 {
		return
	}
	d.OCR = map[int]float64{}
	pool := map[int]map[string][]float64{}
	for pg, ws := range words {
		m := map[string][]float64{}
		for _, w := range ws {
			k := confKey(w.Text)
			m[k] = append(m[k], w.Conf)
		}
		pool[pg] = m
	}
	for _, b := range d.Blocks {
		pos := b.Position()
		m := pool[pos.Page]
		if m == nil {
			continue
		}
		sum, n := 0.0, 0
		for _, t := range strings.Fields(doc.BlockText(b)) {
			k := confKey(t)
			if cs := m[k]; len(cs) > 0 {
				sum += cs[0]
				n++
				m[k] = cs[1:]
			}
		}
		if n > 0 {
			d.OCR[pos.Index] = math.Round(sum/float64(n)*1000) / 1000
		} else {
			d.OCR[pos.Index] = 0
		}
	}
}

func confKey(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// scanTol is how far the columns of a table continued on the next page
// may stand from the first page's when both pages are scans: each sheet
// lies a little differently on the scanner.
const scanTol = 10.0

// sameHeader tells whether two header rows of OCR'd pages say the same,
// letters and digits compared without case or accents: at least two cells
// alike and none different, a cell OCR left empty ("N°" dropped) matching
// any.
func sameHeader(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	same := 0
	for i := range a {
		fa, fb := foldOCR(a[i]), foldOCR(b[i])
		switch {
		case fa == "" || fb == "":
		case fa != fb:
			return false
		default:
			same++
		}
	}
	return same >= 2
}

func foldOCR(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
