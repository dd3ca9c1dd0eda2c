package docx

import (
	"archive/zip"
	"io"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/doc"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed: valid UTF-8, positions that never decrease, tables with
// rows of equal length.
func FuzzParse(f *testing.F) {
	for _, path := range corpusFiles(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			return
		}
		checkDocument(t, d)
	})
}

// checkDocument reports the ways d breaks the model's invariants.
func checkDocument(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, s := range append(append([]string{d.Title}, d.Headers...), d.Footers...) {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 %q", s)
		}
	}
	last := doc.Pos{}
	for i, b := range d.Blocks {
		p := b.Position()
		if p.Page < last.Page || p.Index < last.Index || p.Index != i {
			t.Errorf("block %d at %+v after %+v", i, p, last)
		}
		last = p
		if !utf8.ValidString(doc.BlockText(b)) {
			t.Errorf("block %d: invalid UTF-8 %q", i, doc.BlockText(b))
		}
		if tb, ok := b.(*doc.Table); ok {
			checkTable(t, i, tb)
		}
	}
}

// checkTable reports an empty table or rows of unequal length.
func checkTable(t *testing.T, i int, tb *doc.Table) {
	t.Helper()
	if len(tb.Rows) == 0 {
		t.Errorf("block %d: table with no rows", i)
	}
	for r, row := range tb.Rows {
		if len(row.Cells) != tb.Columns() {
			t.Errorf("block %d row %d: %d cells, want %d", i, r+1, len(row.Cells), tb.Columns())
		}
		for _, c := range row.Cells {
			for _, cb := range c.Blocks {
				if cb.Position().Index != i {
					t.Errorf("block %d row %d: cell block at %+v", i, r+1, cb.Position())
				}
			}
		}
	}
}

// TestCorpusInvariants applies the fuzz property to the fixtures.
func TestCorpusInvariants(t *testing.T) {
	for _, path := range corpusFiles(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(data)
		if err != nil {
			t.Fatalf("Parse(%s): %v", path, err)
		}
		checkDocument(t, d)
	}
}

func BenchmarkParse(b *testing.B) {
	var files [][]byte
	size := 0
	for _, path := range corpusFiles(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := Parse(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzDocumentXML fuzzes word/document.xml itself, zipped without
// compression with the corpus's styles and numbering, so that mutations
// reach the XML walker instead of breaking the deflate stream.
func FuzzDocumentXML(f *testing.F) {
	var support map[string]string
	for i, path := range corpusFiles(f) {
		parts := readParts(f, path)
		if i == 0 {
			support = parts
		}
		f.Add([]byte(parts[mainPart]))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		parts := map[string]string{stylesPart: support[stylesPart], numberingPart: support[numberingPart], mainPart: string(body)}
		d, err := Parse(makeDOCX(t, parts))
		if err != nil {
			return
		}
		checkDocument(t, d)
	})
}

// readParts returns the parts of the DOCX file at path.
func readParts(t testing.TB, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts
}
