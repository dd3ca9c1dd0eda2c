package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sahelim/minutes/extract/doc"
)

// docHead opens a document.xml with the namespaces the tests use.
const docHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>`

const docTail = `<w:sectPr/></w:body></w:document>`

// wRoot wraps XML in a root element declaring the w: namespace.
func wRoot(root, inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root +
		` xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + inner + `</w:` + root + `>`
}

// makeDOCX zips parts, without compression; a body entry becomes
// word/document.xml.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		if name == "body" {
			name, content = mainPart, docHead+content+docTail
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// mustParse parses a DOCX made of parts.
func mustParse(t *testing.T, parts map[string]string) *doc.Document {
	t.Helper()
	d, err := Parse(makeDOCX(t, parts))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

// wp writes a paragraph of one run.
func wp(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// checkFormat compares doc.Format(d), without its first line, to want.
func checkFormat(t *testing.T, d *doc.Document, want string) {
	t.Helper()
	got := doc.Format(d)
	_, got, _ = strings.Cut(got, "\n")
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("doc.Format =\n%s\nwant\n%s", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"text", []byte("Compte rendu de la réunion"), ErrMalformed},
		{"cfb", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), ErrEncrypted},
		{"no document.xml", makeDOCX(t, map[string]string{"word/styles.xml": wRoot("styles", "")}), ErrMalformed},
		{"broken xml", makeDOCX(t, map[string]string{mainPart: docHead + "<w:p><w:r>"}), ErrMalformed},
	}
	for _, tt := range tests {
		d, err := Parse(tt.data)
		if !errors.Is(err, tt.want) || d != nil {
			t.Errorf("%s: Parse = %v, %v; want nil, %v", tt.name, d, err, tt.want)
		}
	}
	if _, err := Parse(tests[2].data); !strings.Contains(err.Error(), "needs a password") {
		t.Errorf("ErrEncrypted message %q does not say a password is needed", err)
	}
}

// TestZipBomb refuses, without decompressing it, a 100 MiB part of
// spaces that deflate squeezes into about 100 KB.
func TestZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(mainPart)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(docHead + "<w:p><w:r><w:t>"))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range 100 {
		w.Write(chunk)
	}
	w.Write([]byte("</w:t></w:r></w:p>" + docTail))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Parse(buf.Bytes())
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "zip bomb") {
		t.Fatalf("Parse(%d-byte bomb) = %v, want ErrTooLarge", buf.Len(), err)
	}
	t.Logf("%d-byte zip refused in %v: %v", buf.Len(), time.Since(start), err)
}

// TestTotalBound refuses parts that are each under the part bound but
// together over the total bound.
func TestTotalBound(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for _, name := range []string{mainPart, "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml"} {
		w, _ := zw.Create(name)
		for range 60 {
			w.Write(chunk)
		}
	}
	zw.Close()
	if _, err := Parse(buf.Bytes()); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Parse(5 parts of 60 MiB) = %v, want ErrTooLarge", err)
	}
}

func TestTitle(t *testing.T) {
	d := mustParse(t, map[string]string{
		"body": wp("Texte"),
		corePart: `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Compte rendu  du CLTE</dc:title></cp:coreProperties>`,
	})
	if d.Title != "Compte rendu du CLTE" || d.Format != doc.DOCX || d.Pages != 0 {
		t.Errorf("Parse: Title %q Format %q Pages %d", d.Title, d.Format, d.Pages)
	}
}
