package pdf

import pdflib "github.com/ledongthuc/pdf"

// fontCache holds what a document's pages share: fonts (keyed by the font
// object and its resource name, so that /F1 of page 2 is never read with
// page 1's /F1) and decoded Form XObject streams.
type fontCache struct {
	fonts map[fontKey]*font
	byRes map[fontKey]*font // by shared resources object and name, to skip resolving
	forms map[objKey][]byte
	deflt *font
	// glyphs is the glyph count of the last page read: the next page's
	// glyph slice starts at that size instead of growing from nothing.
	glyphs int
	// cutForms counts the Form XObjects cut at maxStream.
	cutForms int
}

type fontKey struct {
	obj  objKey
	name string
}

func newFontCache() *fontCache {
	return &fontCache{fonts: map[fontKey]*font{}, byRes: map[fontKey]*font{}, forms: map[objKey][]byte{}}
}

// get returns the font named name in the resources res.
func (c *fontCache) get(res pdflib.Value, name string) *font {
	rk := fontKey{keyOf(res), name}
	if rk.obj != (objKey{}) {
		if f, ok := c.byRes[rk]; ok {
			return f
		}
	}
	f := c.resolve(res, name)
	if rk.obj != (objKey{}) {
		c.byRes[rk] = f
	}
	return f
}

// resolve looks the font up in res and loads it once per font object.
func (c *fontCache) resolve(res pdflib.Value, name string) *font {
	v := res.Key("Font").Key(name)
	k := fontKey{keyOf(v), name}
	if f, ok := c.fonts[k]; ok {
		return f
	}
	f := c.fallback()
	if v.Kind() == pdflib.Dict {
		f = loadFont(v)
	}
	c.fonts[k] = f
	return f
}

// fallback is the font of text shown before any Tf or with a missing font:
// Helvetica with StandardEncoding.
func (c *fontCache) fallback() *font {
	if c.deflt == nil {
		c.deflt = &font{vscale: 1, dw: 1}
		c.deflt.loadSimple(pdflib.Value{}, "Helvetica")
	}
	return c.deflt
}

// formData returns the decoded content of a Form XObject.
func (c *fontCache) formData(xo pdflib.Value) []byte {
	k := keyOf(xo)
	if d, ok := c.forms[k]; ok && k != (objKey{}) {
		return d
	}
	d, cut := readStreamCut(xo)
	if cut {
		c.cutForms++
	}
	if k != (objKey{}) && len(c.forms) < 4096 {
		c.forms[k] = d
	}
	return d
}
