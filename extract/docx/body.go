package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/sahelim/minutes/extract/doc"
)

// Bounds on what a hostile file can make the reader build.
const (
	maxNest  = 32      // tables and text boxes inside one another
	maxCells = 1 << 20 // table cells in one document, padding included
)

// parser reads the parts of one document.
type parser struct {
	a      *archive
	dec    *xml.Decoder
	styles styles
	num    *numbering
	fields []bool // open fields: true once past their instruction
	nest   int    // depth of tables and text boxes being read
	inCell int    // depth of table cells being read
	cells  int    // table cells built so far
}

// body reads the blocks of word/document.xml.
func (p *parser) body() ([]doc.Block, error) {
	rc, err := p.a.open(mainPart)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	p.dec = newDecoder(rc)
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return nil, malformed(mainPart, err)
		}
		if e, ok := tok.(xml.StartElement); ok && isW(e.Name, "body") {
			blocks, err := p.blocks(nil)
			if err != nil {
				return nil, malformed(mainPart, err)
			}
			return blocks, nil
		}
	}
}

// malformed names the part in err and marks it ErrMalformed, unless it
// already reports ErrTooLarge: broken XML, a truncated or corrupt zip
// entry, a bad checksum.
func malformed(part string, err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: %w: %w", part, ErrMalformed, err)
}

// blocks reads block-level content (paragraphs and tables) up to the end
// tag of the element just opened, appending to out. Containers that only
// wrap blocks (content controls, inserted revisions, custom XML) are read
// through; so is anything unknown, so that no text is lost.
func (p *parser) blocks(out []doc.Block) ([]doc.Block, error) {
	return p.blocksWith(out, nil)
}

// blocksWith is [parser.blocks] with a reader for the container's own
// properties (a cell's w:tcPr): props reports whether it consumed the
// element just opened.
func (p *parser) blocksWith(out []doc.Block, props func(xml.StartElement) (bool, error)) ([]doc.Block, error) {
	var alt altStack
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return out, eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			done := false
			if props != nil {
				if done, err = props(t); err != nil {
					return out, err
				}
			}
			switch {
			case done:
			case isW(t.Name, "p"):
				out, err = p.paragraph(out)
			case isW(t.Name, "tbl"):
				out, err = p.table(out)
			case skipped[wLocal(t.Name)] || alt.skip(t.Name):
				err = p.dec.Skip()
			default:
				alt.open(t.Name)
				depth++
			}
			if err != nil {
				return out, err
			}
		case xml.EndElement:
			if depth == 0 {
				return out, nil
			}
			alt.close(t.Name)
			depth--
		}
	}
}

// nested reads the blocks of a text box, or skips them past maxNest.
func (p *parser) nested(out []doc.Block) ([]doc.Block, error) {
	if p.nest >= maxNest {
		return out, p.dec.Skip()
	}
	p.nest++
	defer func() { p.nest-- }()
	return p.blocks(out)
}
