package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/extract/doc/doctest"
)

// fixtures returns the HTML fixtures, which have goldens in testdata.
func fixtures(t testing.TB) []string {
	return doctest.Fixtures(t, "html", "../../testdata/corpus", "../../testdata/general", "../../testdata/field")
}

// TestGolden compares doc.Format of each HTML fixture with
// testdata/NAME.golden; -update rewrites the goldens.
func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse(%s): %v", path, err)
			}
			doctest.Golden(t, filepath.Join("testdata", name+".golden"), doc.Format(d))
		})
	}
}
