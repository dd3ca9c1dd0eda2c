package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"

	"github.com/sahelim/minutes/extract/doc"
)

// ErrUnsupported means the bytes are not a PDF, DOCX or HTML document.
var ErrUnsupported = errors.New("unsupported format")

// ErrEmpty means the file has no bytes at all.
var ErrEmpty = errors.New("empty file")

// Detect names the format of data from its bytes, never from a file name:
// doc.PDF, doc.DOCX or doc.HTML. Any other content gives an error wrapping
// ErrUnsupported that says what the bytes look like.
func Detect(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return doc.PDF, nil
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return detectZip(data)
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "", fmt.Errorf("%w: OLE compound file (a legacy .doc/.xls, or a password-protected Office document)", ErrUnsupported)
	case looksHTML(head):
		return doc.HTML, nil
	}
	return "", fmt.Errorf("%w: %s", ErrUnsupported, describe(head))
}

func detectZip(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: broken zip archive: %v", ErrUnsupported, err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return doc.DOCX, nil
		}
	}
	for _, f := range zr.File {
		switch f.Name {
		case "content.xml":
			return "", fmt.Errorf("%w: OpenDocument file (save it as DOCX)", ErrUnsupported)
		case "xl/workbook.xml":
			return "", fmt.Errorf("%w: Excel workbook", ErrUnsupported)
		case "ppt/presentation.xml":
			return "", fmt.Errorf("%w: PowerPoint presentation", ErrUnsupported)
		}
	}
	return "", fmt.Errorf("%w: zip archive without word/document.xml", ErrUnsupported)
}

var htmlMarks = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta"), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<table"), []byte("<h1")}

func looksHTML(head []byte) bool {
	lower := bytes.ToLower(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")))
	for _, m := range htmlMarks {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}

var magics = []struct {
	prefix, what string
}{
	{"\x89PNG", "PNG image"},
	{"\xFF\xD8\xFF", "JPEG image"},
	{"GIF8", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"{\\rtf", "RTF document"},
	{"\x1F\x8B", "gzip archive"},
	{"Rar!", "RAR archive"},
	{"7z\xBC\xAF", "7-Zip archive"},
	{"<?xml", "XML file"},
}

func describe(head []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return m.what
		}
	}
	if isText(head) {
		return "plain text, not a PDF, DOCX or HTML document"
	}
	return "unknown binary content"
}

func isText(b []byte) bool {
	for _, c := range b {
		if c < 0x09 || (c > 0x0D && c < 0x20) {
			return false
		}
	}
	return true
}
