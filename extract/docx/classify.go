package docx

import (
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// emit appends the blocks of the finished paragraph pp to out: a
// heading, a list item or a paragraph, then the blocks of its text boxes.
// A numbered heading keeps its number before its text ("2. Situation"),
// as Word displays it. Empty paragraphs are dropped, though a numbered one still advances its
// list, as Word counts it. In a table cell a heading becomes a paragraph.
// A paragraph's line breaks split it into one paragraph per line, the way
// such lines read ("Direction Transition" / "Affaire suivie
// par…").
func (p *parser) emit(out []doc.Block, pp *para) []doc.Block {
	level := p.headingLevel(pp)
	marker, bullet := p.marker(pp)
	raw := pp.text.String()
	switch {
	case level > 0 && p.inCell == 0:
		if text := doc.Clean(raw); text != "" {
			if marker != "" && !bullet {
				text = marker + " " + text
			}
			out = append(out, &doc.Heading{Level: level, Text: text})
		}
	case marker != "":
		if text := doc.Clean(raw); text != "" {
			out = append(out, &doc.ListItem{Level: p.listLevel(pp), Marker: marker, Text: text})
		}
	default:
		// A line break ends a line: "Date : 4 juin 2025<br/>Présent.es : ..."
		// are two lines, not one run-on paragraph.
		for _, line := range strings.Split(raw, "\n") {
			if text := doc.Clean(line); text != "" {
				out = append(out, &doc.Paragraph{Text: text})
			}
		}
	}
	return append(out, pp.boxes...)
}

// headingLevel returns the paragraph's heading level, 0 for body text:
// its own outline level first, else its style's.
func (p *parser) headingLevel(pp *para) int {
	if pp.outline >= 0 {
		return outlineLevel(pp.outline)
	}
	return p.styles.headingLevel(pp.style)
}

// numPr returns the paragraph's list and level: its own numbering
// properties, completed by its style's. numID "" or "0" means no list.
func (p *parser) numPr(pp *para) (string, int) {
	styleID, styleLvl := p.styles.numbering(pp.style)
	numID, lvl := pp.numID, pp.ilvl
	if numID == "" {
		numID = styleID
	}
	if lvl < 0 {
		lvl = styleLvl
	}
	return numID, lvl
}

// marker advances the paragraph's list, if any, and returns its marker
// ("" if none) and whether that is a bullet.
func (p *parser) marker(pp *para) (string, bool) {
	numID, lvl := p.numPr(pp)
	if numID == "" || numID == "0" {
		return "", false
	}
	return p.num.next(numID, lvl)
}

// listLevel is the 1-based level of a list item.
func (p *parser) listLevel(pp *para) int {
	_, lvl := p.numPr(pp)
	return lvl + 1
}
