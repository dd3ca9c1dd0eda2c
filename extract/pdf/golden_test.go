package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/extract/doc/doctest"
)

// corpusPDFs returns the PDF fixtures, which have goldens in testdata.
func corpusPDFs(t testing.TB) []string {
	return doctest.Fixtures(t, "pdf", "../../testdata/corpus", "../../testdata/general", "../../testdata/field")
}

// TestGolden compares doc.Format of each fixture with
// testdata/NAME.golden; -update rewrites the goldens.
func TestGolden(t *testing.T) {
	for _, path := range corpusPDFs(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			doctest.Golden(t, filepath.Join("testdata", name+".golden"), doc.Format(d))
		})
	}
}
