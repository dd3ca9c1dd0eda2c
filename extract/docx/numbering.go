package docx

import (
	"encoding/xml"
	"strings"
)

const numberingPart = "word/numbering.xml"

// maxLevels is the number of list levels Word defines (ilvl 0–8).
const maxLevels = 9

// level is one level of a list definition: the first number, the number
// format (decimal, lowerLetter, bullet…) and the marker pattern ("%1.",
// "%1-", "%1.%2"). symbol is set when the marker's font is Symbol or
// Wingdings, whose glyphs sit in the private-use area.
type level struct {
	start  int
	format string
	text   string
	symbol bool
}

// abstractNum is a list definition shared by list instances.
type abstractNum struct {
	levels [maxLevels]*level
}

// num is a list instance: a definition and per-level overrides. A
// startOverride makes the instance restart its numbering.
type num struct {
	abstract string
	levels   [maxLevels]*level
	starts   [maxLevels]*int
}

// numbering holds the definitions of word/numbering.xml and the running
// counters of the lists met so far.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
	counters  map[string]*counter
}

// numReader is the state of reading numbering.xml.
type numReader struct {
	n     *numbering
	abs   *abstractNum
	num   *num
	ovr   int // ilvl of the open lvlOverride, -1 outside
	lvl   *level
	inLvl bool
}

// readNumbering reads word/numbering.xml; a missing part gives no lists.
func readNumbering(a *archive) (*numbering, error) {
	n := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}, counters: map[string]*counter{}}
	rc, err := a.open(numberingPart)
	if rc == nil || err != nil {
		return n, err
	}
	defer rc.Close()
	r := numReader{n: n, ovr: -1}
	dec := newDecoder(rc)
	for {
		tok, err := dec.Token()
		if err != nil {
			return n, ignoreEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if wLocal(t.Name) == "pPr" || wLocal(t.Name) == "rPr" && !r.inLvl {
				err = dec.Skip()
			} else {
				r.start(t)
			}
		case xml.EndElement:
			r.end(t)
		}
		if err != nil {
			return n, err
		}
	}
}

// start handles an opening tag of numbering.xml.
func (r *numReader) start(e xml.StartElement) {
	v := attr(e, "val")
	switch wLocal(e.Name) {
	case "abstractNum":
		r.abs = &abstractNum{}
		if id := attr(e, "abstractNumId"); r.n.abstracts[id] == nil {
			r.n.abstracts[id] = r.abs
		}
	case "num":
		r.num = &num{}
		if id := attr(e, "numId"); r.n.nums[id] == nil {
			r.n.nums[id] = r.num
		}
	case "abstractNumId":
		if r.num != nil {
			r.num.abstract = v
		}
	case "lvlOverride":
		r.ovr = ilvl(attr(e, "ilvl"))
	case "startOverride":
		if r.num != nil && r.ovr >= 0 {
			s := atoi(v, 1)
			r.num.starts[r.ovr] = &s
		}
	case "lvl":
		r.openLevel(e)
	default:
		r.setLevel(e)
	}
}

// openLevel starts a w:lvl, of a definition or of an override.
func (r *numReader) openLevel(e xml.StartElement) {
	r.inLvl = true
	r.lvl = &level{start: 1, format: "decimal"}
	i := ilvl(attr(e, "ilvl"))
	switch {
	case i < 0:
		r.lvl = nil
	case r.num != nil && r.ovr >= 0:
		r.num.levels[r.ovr] = r.lvl
	case r.abs != nil && r.abs.levels[i] == nil:
		r.abs.levels[i] = r.lvl
	}
}

// setLevel records a property of the open level.
func (r *numReader) setLevel(e xml.StartElement) {
	if r.lvl == nil {
		return
	}
	v := attr(e, "val")
	switch wLocal(e.Name) {
	case "start":
		r.lvl.start = atoi(v, 1)
	case "numFmt":
		r.lvl.format = v
	case "lvlText":
		r.lvl.text = truncate(v, 32)
	case "rFonts":
		f := strings.ToLower(attr(e, "ascii") + attr(e, "hAnsi"))
		r.lvl.symbol = strings.Contains(f, "symbol") || strings.Contains(f, "wingdings")
	}
}

// end handles a closing tag of numbering.xml.
func (r *numReader) end(e xml.EndElement) {
	switch wLocal(e.Name) {
	case "abstractNum":
		r.abs = nil
	case "num":
		r.num = nil
	case "lvlOverride":
		r.ovr = -1
	case "lvl":
		r.lvl, r.inLvl = nil, false
	}
}

// ilvl parses a list level index, -1 when out of 0–8.
func ilvl(s string) int {
	i := atoi(s, -1)
	if i < 0 || i >= maxLevels {
		return -1
	}
	return i
}

// truncate cuts s to at most n runes: a marker pattern is a few
// characters, and each list item repeats it.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
