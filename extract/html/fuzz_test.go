package html

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/doc"
)

func FuzzParse(f *testing.F) {
	for _, path := range fixtures(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(newsPage))
	f.Add([]byte("<table><tr><td rowspan=0 colspan=3>a<table><td>b</table><td>c</table>"))
	f.Add([]byte("<ol type=I start=-3 reversed><li value=x>a<ul><li>b</ul></ol>"))
	f.Add([]byte("<meta charset=iso-8859-1><p>\x92\x9c\xe9"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			if strings.Contains(err.Error(), "panic") {
				t.Fatalf("Parse panicked: %v", err)
			}
			return
		}
		check(t, d)
	})
}

// check fails t unless d's text is valid UTF-8, its positions never
// decrease, and each table has rows of one width.
func check(t *testing.T, d *doc.Document) {
	t.Helper()
	if !utf8.ValidString(d.Title) {
		t.Errorf("title %q is not UTF-8", d.Title)
	}
	last := -1
	for _, b := range d.Blocks {
		if i := b.Position().Index; i < last {
			t.Errorf("block index %d after %d", i, last)
		} else {
			last = i
		}
		if s := doc.BlockText(b); !utf8.ValidString(s) {
			t.Errorf("block text %q is not UTF-8", s)
		}
		tbl, ok := b.(*doc.Table)
		if !ok {
			continue
		}
		if len(tbl.Rows) == 0 || tbl.Columns() == 0 {
			t.Errorf("table %d is empty", tbl.Index)
		}
		for i, r := range tbl.Rows {
			if len(r.Cells) != tbl.Columns() {
				t.Errorf("table %d row %d has %d cells, want %d", tbl.Index, i+1, len(r.Cells), tbl.Columns())
			}
		}
	}
}

func BenchmarkParse(b *testing.B) {
	var pages [][]byte
	for _, path := range fixtures(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range pages {
			if _, err := Parse(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
