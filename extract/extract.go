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
	"github.com/sahelim/minutes/extract/ocr"
	"github.com/sahelim/minutes/extract/pdf"
)

// Version is the extractor version stored with every document. Bump it
// whenever extraction changes, so that the next run re-extracts.
const Version = "1"

// Options holds reading options; the zero value reads files without a
// password.
type Options struct {
	Password string // user password for protected PDFs
	// OCR says which PDF pages are read by optical character recognition:
	// "auto" (or "") the scanned pages, those without text under an image
	// covering most of the page; "off" none (a scan fails with "no text
	// layer"); "force" every page.
	OCR string
	// OCRPage, if set, is called before each page is OCR'd.
	OCRPage func(page int)
}

// OCRModes are the values of Options.OCR.
var OCRModes = []string{"auto", "off", "force"}

// pdfConfig returns the PDF reader's options.
func (o Options) pdfConfig() (pdf.Config, error) {
	c := pdf.Config{Password: o.Password}
	switch o.OCR {
	case "", "auto":
		c.OCR = ocr.Engine{Started: o.OCRPage}
	case "force":
		c.OCR, c.ForceOCR = ocr.Engine{Started: o.OCRPage}, true
	case "off":
	default:
		return c, fmt.Errorf("unknown OCR mode %q (auto, off or force)", o.OCR)
	}
	return c, nil
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
		var c pdf.Config
		if c, err = o.pdfConfig(); err == nil {
			d, err = c.Parse(data)
		}
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
