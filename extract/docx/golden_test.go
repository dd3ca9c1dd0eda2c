package docx

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

var update = flag.Bool("update", false, "update golden files")

// corpora are the fixture folders whose .docx files have goldens.
var corpora = []string{"../../testdata/corpus", "../../testdata/general"}

// corpusFiles returns the .docx fixtures.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, dir := range corpora {
		m, err := filepath.Glob(filepath.Join(dir, "*.docx"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no .docx fixtures")
	}
	return files
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
			got := doc.Format(d)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Parse(%s) differs from %s:\n%s", path, golden, diff(string(want), got))
			}
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
