package isolate

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// largeDOCX returns a valid DOCX of n short paragraphs, each with a style
// and two runs, as Word writes them. 50,000 of them take about 600 MB of
// resident memory in the reader.
func largeDOCX(t *testing.T, n int) []byte {
	t.Helper()
	var body strings.Builder
	body.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for i := range n {
		fmt.Fprintf(&body, `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">mot0 </w:t></w:r><w:r><w:t>Point %d.</w:t></w:r></w:p>`, i)
	}
	body.WriteString(`</w:body></w:document>`)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", body.String()},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// largeHTML returns a valid HTML page of about size bytes: paragraphs of
// twelve styled spans, as exported from a word processor. 25 MiB take
// about 370 MB of resident memory.
func largeHTML(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<html><head><meta charset="utf-8"><title>Compte rendu</title></head><body><h1>Compte rendu de la réunion</h1>`)
	span := `<span class="c12 c7" style="font-family:Calibri;color:#000000">mot</span>`
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p class=\"c3\">%s %d.</p>\n", strings.Repeat(span, 12), i)
	}
	b.WriteString(`</body></html>`)
	return b.Bytes()
}

// TestLargeFiles checks that large valid files, which failed "out of
// memory (limit 2GiB)" when the limit was the address space (measured with
// the program of commit 0ba5a1c: the DOCX at 295 MB resident, the HTML at
// 385 MB), are read under the default limit, and that the child that read
// each is replaced rather than reused with the memory it grew.
func TestLargeFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a 25 MB HTML page and a DOCX of 50,000 paragraphs")
	}
	files := []struct {
		name string
		data []byte
	}{
		{"docx", largeDOCX(t, 50_000)},
		{"html", largeHTML(25 << 20)},
	}
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			p := newPool(t, 0, defaultMemory)
			res, err := p.Parse(context.Background(), f.data)
			if err != nil {
				t.Fatalf("%d bytes: %v", len(f.data), err)
			}
			if len(res.Doc.Blocks) < 10_000 {
				t.Errorf("%d blocks", len(res.Doc.Blocks))
			}
			if n := len(p.idle); n != 0 {
				t.Errorf("%d idle children after a large file, want the child replaced", n)
			}
			t.Logf("%s of %d bytes: peak resident memory of the child %d MB", f.name, len(f.data), p.Peak()>>20)
		})
	}
}

// TestLargeFileOverLimit checks that a real reader going past the limit
// fails the file "out of memory", and that the next file is read.
func TestLargeFileOverLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a DOCX of 50,000 paragraphs")
	}
	p := newPool(t, 0, 128<<20)
	_, err := p.Parse(context.Background(), largeDOCX(t, 50_000))
	if !errors.Is(err, ErrOutOfMemory) || !strings.Contains(err.Error(), "out of memory (limit 128MiB)") {
		t.Fatalf("Parse = %v, want out of memory (limit 128MiB)", err)
	}
	if _, err := p.Parse(context.Background(), []byte("<p>Ordre du jour</p>")); err != nil {
		t.Errorf("the next file: %v", err)
	}
}
