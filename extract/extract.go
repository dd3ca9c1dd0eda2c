// Package extract reads a report's bytes into the document model and pulls
// out of it, with French heuristics, the meeting it records: title, date,
// times, place, participants, agenda and actions with their owners and
// deadlines, each with its provenance.
package extract

import (
	"fmt"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/extract/docx"
	"github.com/sahelim/minutes/extract/html"
	"github.com/sahelim/minutes/extract/pdf"
)

// Version is the extractor version stored with every document. Bump it
// whenever extraction changes, so that the next run re-extracts.
const Version = "1"

// Options holds reading options; the zero value reads files without a
// password.
type Options struct {
	Password string // user password for protected PDFs
}

// Parse detects the format of data and reads it into the document model.
func (o Options) Parse(data []byte) (*doc.Document, error) {
	format, err := Detect(data)
	if err != nil {
		return nil, err
	}
	var d *doc.Document
	switch format {
	case doc.PDF:
		d, err = pdf.Config{Password: o.Password}.Parse(data)
	case doc.DOCX:
		d, err = docx.Parse(data)
	case doc.HTML:
		d, err = html.Parse(data)
	}
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, fmt.Errorf("%s reader returned no document", format)
	}
	return d, nil
}
