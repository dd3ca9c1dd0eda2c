package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// notes reads the running headers and footers, and the footnotes and
// endnotes, into d.Headers and d.Footers: notes are not body text, but
// their text (often a source URL) must not be lost. A broken part keeps
// the text read before the break; only ErrTooLarge is returned.
func (p *parser) notes(d *doc.Document) error {
	headers, footers := lines{}, lines{}
	for _, name := range p.a.notes() {
		blocks, err := p.notePart(name)
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		if strings.HasPrefix(name, "word/header") {
			headers.add(blocks)
		} else {
			footers.add(blocks)
		}
	}
	d.Headers, d.Footers = headers.list, footers.list
	return nil
}

// notePart reads the blocks of a header, footer, footnotes or endnotes
// part. Separator notes (the rule above the notes) are skipped.
func (p *parser) notePart(name string) ([]doc.Block, error) {
	rc, err := p.a.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	p.dec, p.fields = newDecoder(rc), nil
	var out []doc.Block
	for {
		tok, err := p.dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, malformed(name, err)
		}
		e, ok := tok.(xml.StartElement)
		switch {
		case !ok:
		case isW(e.Name, "hdr") || isW(e.Name, "ftr"):
			out, err = p.blocks(out)
			return out, malformedIf(name, err)
		case isW(e.Name, "footnote") || isW(e.Name, "endnote"):
			if t := attr(e, "type"); t != "" && t != "normal" {
				err = p.dec.Skip()
			} else {
				out, err = p.blocks(out)
			}
			if err != nil {
				return out, malformed(name, err)
			}
		}
	}
}

// malformedIf is malformed for a non-nil err.
func malformedIf(part string, err error) error {
	if err == nil {
		return nil
	}
	return malformed(part, err)
}

// lines gathers text lines without duplicates, in order: every page
// repeats the same header.
type lines struct {
	list []string
	seen map[string]bool
}

// add adds the lines of blocks, a table's row by row.
func (l *lines) add(blocks []doc.Block) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	for _, b := range blocks {
		for _, line := range strings.Split(doc.BlockText(b), "\n") {
			if line = doc.Clean(line); line != "" && !l.seen[line] {
				l.seen[line] = true
				l.list = append(l.list, line)
			}
		}
	}
}
