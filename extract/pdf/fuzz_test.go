package pdf

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/doc"
)

func FuzzParse(f *testing.F) {
	for _, path := range corpusPDFs(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(pagesPDF("", text(72, 700, "Réunion")+ruledTable(600, [][]string{{"a", "b"}, {"c", "d"}}, nil)))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			return
		}
		if s := doc.Format(d); !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in %q", s)
		}
		for _, b := range d.Blocks {
			tb, ok := b.(*doc.Table)
			if !ok {
				continue
			}
			if len(tb.Rows) == 0 {
				t.Errorf("table %d has no row", tb.Index)
			}
			for _, r := range tb.Rows {
				if len(r.Cells) != tb.Columns() {
					t.Errorf("table %d: row of %d cells, want %d", tb.Index, len(r.Cells), tb.Columns())
				}
			}
		}
	})
}
