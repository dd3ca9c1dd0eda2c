// Package pdf reads PDF files into the document model of package doc. It
// uses github.com/ledongthuc/pdf only to reach objects and streams, and
// interprets content streams itself: glyph positions, fonts and ruling
// lines give lines, paragraphs, headings, list items and tables.
package pdf

import (
	"errors"
	"fmt"

	"github.com/sahelim/minutes/extract/doc"
)

// Errors a caller can branch on, tested with errors.Is.
var (
	ErrPassword  = errors.New("needs a password")
	ErrNoText    = errors.New("no text layer")
	ErrEmpty     = errors.New("empty file")
	ErrMalformed = errors.New("malformed pdf")
)

// Config holds reading options; the zero value is Parse's behaviour.
type Config struct {
	// Password is the user password of an encrypted file; the empty
	// password is always tried first.
	Password string
	// OCR reads the pages that have no text layer but an image over most
	// of the page (scans); nil leaves them empty, and a file with no text
	// at all fails with ErrNoText.
	OCR OCR
	// ForceOCR reads every page with OCR, whatever its text layer.
	ForceOCR bool
}

// Parse reads a PDF with an empty user password. It returns ErrEmpty for a
// file with no PDF content, ErrPassword when a password is needed,
// ErrNoText for pages without any text (a scan), and an error wrapping
// ErrMalformed for a file it cannot read.
func Parse(data []byte) (*doc.Document, error) {
	return Config{}.Parse(data)
}

// Parse reads a PDF with c's options; see the package-level Parse.
func (c Config) Parse(data []byte) (d *doc.Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			d, err = nil, fmt.Errorf("%w: %v", ErrMalformed, x)
		}
	}()
	f, err := open(data, c.Password)
	if err != nil {
		return nil, err
	}
	return f.document(c)
}

// errPanic turns a recovered panic into an error.
func errPanic(x any) error {
	if e, ok := x.(error); ok {
		return e
	}
	return fmt.Errorf("%v", x)
}
