package docx

import (
	"encoding/xml"
	"io"
	"strings"
)

// The WordprocessingML namespaces: transitional (what Word writes) and
// strict ISO 29500.
const (
	wNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcNS      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// isW reports whether n is the WordprocessingML element local.
func isW(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == wNS || n.Space == wStrictNS)
}

// wLocal returns n's local name if n is a WordprocessingML name, else "".
func wLocal(n xml.Name) string {
	if n.Space == wNS || n.Space == wStrictNS {
		return n.Local
	}
	return ""
}

// attr returns the value of the attribute local of e, whatever its
// namespace ("w:val", "val"), or "".
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// skipped lists the WordprocessingML elements whose content is never
// text of the document: properties, deleted and moved-away revisions,
// field instructions, references to notes and comments, and the
// properties of content controls.
var skipped = map[string]bool{
	"rPr": true, "sectPr": true, "tblPr": true, "trPr": true, "tcPr": true,
	"tblPrEx": true, "sdtPr": true, "sdtEndPr": true, "pPrChange": true,
	"rPrChange": true, "del": true, "moveFrom": true, "delText": true,
	"instrText": true, "delInstrText": true, "fldData": true,
	"commentReference": true, "footnoteReference": true,
	"endnoteReference": true, "annotationRef": true, "footnoteRef": true,
	"endnoteRef": true, "altChunk": true, "object": true,
}

// newDecoder returns a decoder for one part.
func newDecoder(r io.Reader) *xml.Decoder {
	return xml.NewDecoder(r)
}

// chardata reads the text of the element just opened, up to its end tag.
func chardata(dec *xml.Decoder) (string, error) {
	var b strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return b.String(), eof(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

// eof turns the end of input inside an element into a syntax error.
func eof(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// altStack chooses one branch of each mc:AlternateContent: the first
// mc:Choice, else the mc:Fallback. Producers put the same text box in
// both, and reading both would print it twice.
type altStack []bool

// skip reports whether the element opened is a branch to skip, and
// records that the enclosing alternative has been taken otherwise.
func (s *altStack) skip(n xml.Name) bool {
	if n.Space != mcNS || (n.Local != "Choice" && n.Local != "Fallback") || len(*s) == 0 {
		return false
	}
	top := &(*s)[len(*s)-1]
	if *top {
		return true
	}
	*top = true
	return false
}

// open pushes an alternative when the element opened is one.
func (s *altStack) open(n xml.Name) {
	if n.Space == mcNS && n.Local == "AlternateContent" {
		*s = append(*s, false)
	}
}

// close pops an alternative when the element closed is one.
func (s *altStack) close(n xml.Name) {
	if n.Space == mcNS && n.Local == "AlternateContent" && len(*s) > 0 {
		*s = (*s)[:len(*s)-1]
	}
}
