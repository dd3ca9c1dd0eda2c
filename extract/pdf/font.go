package pdf

import (
	"strings"

	pdflib "github.com/ledongthuc/pdf"
)

// font is a font resource reduced to what text extraction needs: how to
// split a string into codes, the text of each code and its advance width.
type font struct {
	twoByte bool        // Type0: codes follow enc's codespace, 2 bytes by default
	enc     *cmap       // Type0 embedded encoding CMap (codespace and CIDs), or nil
	ucs2    bool        // Type0 with a Uni…-UCS2/UTF16 CMap: the codes are UTF-16
	legacy  *legacyCMap // Type0 with a predefined CMap of a CJK character set
	toUni   *cmap
	text    [256]string  // simple fonts: text of each code
	widths  [256]float64 // simple fonts: advance of each code, text space units per 1 pt of size
	cidW    map[uint32]float64
	dw      float64
	vscale  float64 // glyph height in font-size units (1 except Type 3)
	bold    bool
	cache   map[uint32]string
}

// loadFont reads a font dictionary. It never fails: a font it cannot read
// gives empty text and default widths.
func loadFont(v pdflib.Value) *font {
	f := &font{vscale: 1, dw: 1}
	base := v.Key("BaseFont").Name()
	f.bold = isBold(base, v.Key("FontDescriptor"))
	if tu := v.Key("ToUnicode"); tu.Kind() == pdflib.Stream {
		f.toUni = parseCMap(readStream(tu))
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.loadType0(v)
		return f
	}
	f.loadSimple(v, base)
	return f
}

func isBold(base string, desc pdflib.Value) bool {
	b := strings.ToLower(base)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi", ",bd", "-bd"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	flags := int64(num(desc.Key("Flags")))
	return flags&(1<<18) != 0 || num(desc.Key("FontWeight")) >= 600
}

// loadType0 reads a composite font: its encoding CMap and the /W and /DW
// widths of its descendant CIDFont.
func (f *font) loadType0(v pdflib.Value) {
	f.twoByte = true
	enc := v.Key("Encoding")
	switch {
	case enc.Kind() == pdflib.Stream:
		f.enc = parseCMap(readStream(enc))
	case strings.Contains(enc.Name(), "UCS2") || strings.Contains(enc.Name(), "UTF16"):
		f.ucs2 = true
	default:
		f.legacy = predefinedCMap(enc.Name())
	}
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1
	if dw := desc.Key("DW"); !dw.IsNull() {
		f.dw = num(dw) / 1000
	}
	f.cidW = cidWidths(desc.Key("W"))
	f.cache = map[uint32]string{}
}

// cidWidths reads a /W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func cidWidths(w pdflib.Value) map[uint32]float64 {
	out := map[uint32]float64{}
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		next := w.Index(i + 1)
		if next.Kind() == pdflib.Array {
			c := uint32(num(first))
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+uint32(j)] = num(next.Index(j)) / 1000
			}
			i += 2
			continue
		}
		lo, hi, wd := uint32(num(first)), uint32(num(next)), num(w.Index(i+2))/1000
		for c := lo; c <= hi && c-lo < 1<<16; c++ {
			out[c] = wd
		}
		i += 3
	}
	return out
}

// loadSimple reads a Type 1, TrueType or Type 3 font: its encoding and
// widths.
func (f *font) loadSimple(v pdflib.Value, base string) {
	scale := 0.001
	if v.Key("Subtype").Name() == "Type3" {
		fm := numbers(v.Key("FontMatrix"))
		if len(fm) == 6 && fm[0] != 0 {
			scale = fm[0]
			f.vscale = abs(fm[3]) * 1000
		}
	}
	names := encodingTable(v, base)
	for c := range 256 {
		if s, ok := f.toUni.lookupOK(uint32(c)); ok {
			f.text[c] = s
			continue
		}
		f.text[c] = names[c]
	}
	f.loadWidths(v, base, scale)
}

func (m *cmap) lookupOK(c uint32) (string, bool) {
	if m == nil {
		return "", false
	}
	s, ok := m.lookup(c)
	return s, ok && s != ""
}

func (f *font) loadWidths(v pdflib.Value, base string, scale float64) {
	missing := num(v.Key("FontDescriptor").Key("MissingWidth"))
	ws := v.Key("Widths")
	if ws.Kind() != pdflib.Array {
		std := standardWidths(base)
		for c := range 256 {
			f.widths[c] = std(f.text[c]) * 0.001
		}
		return
	}
	first := int(num(v.Key("FirstChar")))
	for c := range 256 {
		f.widths[c] = missing * scale
	}
	n := ws.Len()
	for i := 0; i < n && first+i < 256; i++ {
		if first+i >= 0 {
			f.widths[first+i] = num(ws.Index(i)) * scale
		}
	}
}

// next splits the first code off s: it returns the code and its length.
func (f *font) next(s []byte) (uint32, int) {
	if !f.twoByte {
		return uint32(s[0]), 1
	}
	n := 2
	switch {
	case f.enc != nil:
		n = f.enc.codeLen(s, 2)
	case f.legacy != nil:
		n = f.legacy.codeLen(s)
	}
	if n > len(s) {
		n = len(s)
	}
	return code(s[:n]), n
}

// decode returns the text and advance width (text space, per unit of font
// size) of code c.
func (f *font) decode(c uint32) (string, float64) {
	if !f.twoByte {
		return f.text[c&0xff], f.widths[c&0xff]
	}
	cid := c
	if f.enc != nil && (f.enc.cids != nil || f.enc.cidRng != nil) {
		cid = f.enc.cid(c)
	}
	w, ok := f.cidW[cid]
	if !ok {
		w = f.dw
	}
	return f.cidText(c), w
}

func (f *font) cidText(c uint32) string {
	if s, ok := f.cache[c]; ok {
		return s
	}
	s, ok := f.toUni.lookupOK(c)
	switch {
	case ok:
	case f.ucs2:
		s = string(rune(c))
	case f.legacy != nil:
		s = f.legacy.text(c)
	}
	if len(f.cache) < 1<<16 {
		f.cache[c] = s
	}
	return s
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
