package pdf

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// cutPDF returns a one-page PDF whose content stream decodes to more than
// maxStream bytes: a line of text, blank space past the bound, and a line
// that the bound cuts off.
func cutPDF(t *testing.T) []byte {
	t.Helper()
	var content bytes.Buffer
	zw, err := zlib.NewWriterLevel(&content, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(zw, "BT /F1 12 Tf 72 720 Td (Compte rendu de la reunion) Tj ET\n")
	blank := bytes.Repeat([]byte(" "), 1<<20)
	for range maxStream>>20 + 1 {
		zw.Write(blank)
	}
	fmt.Fprint(zw, "\nBT /F1 12 Tf 72 700 Td (Texte perdu) Tj ET\n")
	zw.Close()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", content.Len(), content.Bytes()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// TestStreamCut checks that a content stream cut at maxStream is read up
// to the cut and reported in the document's warnings, not stored as if it
// were whole.
func TestStreamCut(t *testing.T) {
	d, err := Parse(cutPDF(t))
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Format(d)
	if !strings.Contains(text, "Compte rendu de la reunion") || strings.Contains(text, "Texte perdu") {
		t.Errorf("text read:\n%s", text)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "page 1: content stream over 64 MiB, cut there") {
		t.Errorf("Warnings = %q, want the cut of page 1", d.Warnings)
	}
}
