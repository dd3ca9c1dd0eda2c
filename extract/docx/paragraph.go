package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// para is one w:p being read: its properties and raw text, line breaks
// as "\n", and the blocks of the text boxes anchored in it.
type para struct {
	style   string
	numID   string // "" when the paragraph sets none, "0" to remove the style's
	ilvl    int    // -1 when the paragraph sets none
	outline int    // w:outlineLvl, -1 when the paragraph sets none
	text    strings.Builder
	boxes   []doc.Block
}

// paragraph reads the w:p just opened and appends its blocks to out.
func (p *parser) paragraph(out []doc.Block) ([]doc.Block, error) {
	pp := &para{ilvl: -1, outline: -1}
	var alt altStack
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return out, eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if alt.skip(t.Name) {
				err = p.dec.Skip()
			} else if handled, e := p.inline(pp, t); handled {
				err = e
			} else {
				alt.open(t.Name)
				depth++
			}
			if err != nil {
				return out, err
			}
		case xml.EndElement:
			if depth == 0 {
				return p.emit(out, pp), nil
			}
			alt.close(t.Name)
			depth--
		}
	}
}

// inline handles an element inside a paragraph. It reports false for the
// elements read through (runs, hyperlinks, insertions, simple fields,
// smart tags), whose content is read as the paragraph's own.
func (p *parser) inline(pp *para, e xml.StartElement) (bool, error) {
	local := wLocal(e.Name)
	switch local {
	case "pPr":
		return true, p.paraProps(pp)
	case "t":
		s, err := chardata(p.dec)
		if p.visible() {
			pp.text.WriteString(s)
		}
		return true, err
	case "txbxContent":
		var err error
		pp.boxes, err = p.nested(pp.boxes)
		return true, err
	case "fldChar":
		p.field(attr(e, "fldCharType"))
	case "tab", "ptab", "br", "cr", "noBreakHyphen", "sym":
		if p.visible() {
			pp.text.WriteString(runChar(local, e))
		}
	default:
		return skipped[local], p.skipIf(skipped[local])
	}
	return true, p.dec.Skip()
}

// skipIf skips the element just opened when skip is true.
func (p *parser) skipIf(skip bool) error {
	if skip {
		return p.dec.Skip()
	}
	return nil
}

// runChar returns the text of an empty run element.
func runChar(local string, e xml.StartElement) string {
	switch local {
	case "tab", "ptab":
		return "\t"
	case "br", "cr":
		return "\n"
	case "noBreakHyphen":
		return "-"
	case "sym":
		return symbol(attr(e, "char"))
	}
	return ""
}

// symbol returns the character of a w:sym. Symbol fonts put their glyphs
// at U+F0xx; those that are bullets or arrows get a Unicode equivalent,
// the others are dropped.
func symbol(hex string) string {
	c, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return ""
	}
	switch c {
	case 0xF0B7, 0xF0A7, 0xF06C, 0xF0A8, 0xF09F:
		return "•"
	case 0xF0E0, 0xF0E8, 0xF0D8:
		return "→"
	case 0xF0FC:
		return "✓"
	}
	if c < 0xE000 || c > 0xF8FF && c <= 0x10FFFF {
		return string(rune(c))
	}
	return ""
}

// field follows a complex field: its instruction runs from begin to
// separate, its displayed result from separate to end. Fields nest.
func (p *parser) field(kind string) {
	switch kind {
	case "begin":
		p.fields = append(p.fields, false)
	case "separate":
		if len(p.fields) > 0 {
			p.fields[len(p.fields)-1] = true
		}
	case "end":
		if len(p.fields) > 0 {
			p.fields = p.fields[:len(p.fields)-1]
		}
	}
}

// visible reports whether text read now is displayed: outside any field
// instruction.
func (p *parser) visible() bool {
	for _, shown := range p.fields {
		if !shown {
			return false
		}
	}
	return true
}

// paraProps reads the w:pPr just opened: style, numbering, outline level.
// Revision marks (pPrChange) hold the old properties and are skipped.
func (p *parser) paraProps(pp *para) error {
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipped[wLocal(t.Name)] {
				if err := p.dec.Skip(); err != nil {
					return err
				}
				continue
			}
			pp.set(t)
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// set records the paragraph property element e.
func (pp *para) set(e xml.StartElement) {
	v := attr(e, "val")
	switch wLocal(e.Name) {
	case "pStyle":
		pp.style = v
	case "numId":
		pp.numID = v
	case "ilvl":
		pp.ilvl = atoi(v, -1)
	case "outlineLvl":
		pp.outline = atoi(v, -1)
	}
}
