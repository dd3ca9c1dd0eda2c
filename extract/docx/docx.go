// Package docx reads Office Open XML word-processing files (.docx) into a
// [doc.Document]: headings from the style sheet, list items numbered as
// Word numbers them, tables with merged cells laid on their grid, and
// running headers, footers and notes kept apart from the body.
//
// It reads the zip with archive/zip and the XML with encoding/xml token
// by token, bounding every part it decompresses, so that a small hostile
// file cannot make it allocate without limit.
package docx

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/sahelim/minutes/extract/doc"
)

// Errors returned by Parse; test them with errors.Is.
var (
	// ErrTooLarge reports a part that decompresses past the reader's bound,
	// or a table with more cells than it will build.
	ErrTooLarge = errors.New("zip bomb: decompressed size over the bound")
	// ErrMalformed reports data that is not a zip archive, that has no
	// word/document.xml, or whose main part is not well-formed XML.
	ErrMalformed = errors.New("malformed docx")
	// ErrEncrypted reports an OLE compound file: Office stores encrypted
	// documents (and legacy .doc files) in that container.
	ErrEncrypted = errors.New("encrypted document (OLE compound file): needs a password, or a legacy .doc to convert")
)

// cfbMagic opens every OLE compound file.
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Parse reads a .docx file. The document has Format doc.DOCX and no pages
// (Page 0 everywhere); Title is the core properties' dc:title, "" if none.
// Headers gets the text lines of the header parts, Footers those of the
// footer parts followed by footnotes and endnotes, each list without
// duplicates. Comments and deleted revisions are never read.
//
// Parse returns ErrEncrypted, ErrMalformed or ErrTooLarge (wrapped) as
// described on each, and never panics.
func Parse(data []byte) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w: panic: %v", ErrMalformed, r)
		}
	}()
	if bytes.HasPrefix(data, cfbMagic) {
		return nil, ErrEncrypted
	}
	a, err := openArchive(data)
	if err != nil {
		return nil, err
	}
	p := &parser{a: a}
	if err := p.loadSupport(); err != nil {
		return nil, err
	}
	d = &doc.Document{Format: doc.DOCX}
	if d.Blocks, err = p.body(); err != nil {
		return nil, err
	}
	if err := p.notes(d); err != nil {
		return nil, err
	}
	if d.Title, err = title(a); err != nil {
		return nil, err
	}
	d.Renumber()
	return d, nil
}

// loadSupport reads the style sheet and the numbering definitions. A
// missing part leaves them empty; a broken one keeps what was read before
// the error, since Word itself renders such a file as plain text.
func (p *parser) loadSupport() error {
	var err error
	if p.styles, err = readStyles(p.a); err != nil && errors.Is(err, ErrTooLarge) {
		return err
	}
	if p.num, err = readNumbering(p.a); err != nil && errors.Is(err, ErrTooLarge) {
		return err
	}
	return nil
}
