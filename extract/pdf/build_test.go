package pdf

import (
	"bytes"
	"fmt"
	"strings"
)

// testPDF assembles small PDF files for tests: objects are numbered from
// 1 in the order they are added.
type testPDF struct {
	objs []string
}

func (b *testPDF) add(obj string) int {
	b.objs = append(b.objs, obj)
	return len(b.objs)
}

func (b *testPDF) stream(dict, data string) int {
	return b.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// bytes writes the file with a correct cross-reference table.
func (b *testPDF) bytes(root int) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(b.objs))
	for i, o := range b.objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f\r\n", len(b.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, root, xref)
	return out.Bytes()
}

// helvetica is a simple font dictionary with WinAnsi encoding.
const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// pagesPDF builds a file whose pages have the given content streams and
// share the font resource /F1 (a dictionary, or "" for Helvetica).
func pagesPDF(font string, contents ...string) []byte {
	var b testPDF
	if font == "" {
		font = helvetica
	}
	fontID := b.add(font)
	pagesID := b.add("") // filled below
	var kids []string
	for _, c := range contents {
		cid := b.stream("", c)
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf(
			"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>",
			pagesID, cid, fontID))))
	}
	b.objs[pagesID-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	return b.bytes(root)
}

// text returns a content stream showing s at (x, y) in /F1 of size 11.
func text(x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 11 Tf %g %g Td (%s) Tj ET\n", x, y, s)
}
