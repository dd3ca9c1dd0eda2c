package docx

import (
	"encoding/xml"
	"errors"

	"github.com/sahelim/minutes/extract/doc"
)

const corePart = "docProps/core.xml"

// dcNS is the Dublin Core namespace of dc:title.
const dcNS = "http://purl.org/dc/elements/1.1/"

// title returns dc:title from the core properties, "" when the part or
// the element is missing or unreadable: metadata is optional.
func title(a *archive) (string, error) {
	rc, err := a.open(corePart)
	if rc == nil || err != nil {
		return "", tooLarge(err)
	}
	defer rc.Close()
	dec := newDecoder(rc)
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", tooLarge(err)
		}
		if e, ok := tok.(xml.StartElement); ok && e.Name.Space == dcNS && e.Name.Local == "title" {
			s, err := chardata(dec)
			return doc.Clean(s), tooLarge(err)
		}
	}
}

// tooLarge keeps err only if it reports ErrTooLarge.
func tooLarge(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return nil
}
