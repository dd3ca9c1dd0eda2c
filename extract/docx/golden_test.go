package docx

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/extract/doc/doctest"
)

var update = flag.Bool("update", false, "update golden files")

// corpusFiles returns the .docx fixtures, which have goldens in testdata.
func corpusFiles(t testing.TB) []string {
	return doctest.Fixtures(t, "docx", "../../testdata/corpus", "../../testdata/general")
}

// TestGolden compares doc.Format of each fixture with
// testdata/NAME.golden; -update rewrites the goldens.
func TestGolden(t *testing.T) {
	for _, path := range corpusFiles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".docx")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse(%s): %v", path, err)
			}
			doctest.Golden(t, filepath.Join("testdata", name+".golden"), doc.Format(d), *update)
		})
	}
}

// diff returns the first differing lines of want and got.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, wl, gl)
		}
	}
	return ""
}
