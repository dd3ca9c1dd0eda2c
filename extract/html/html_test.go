package html

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

var update = flag.Bool("update", false, "update golden files")

// fixtureDirs hold the HTML fixtures with golden output in testdata.
var fixtureDirs = []string{"../../testdata/corpus", "../../testdata/general"}

func fixtures(t testing.TB) []string {
	var files []string
	for _, dir := range fixtureDirs {
		m, err := filepath.Glob(filepath.Join(dir, "*.html"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no HTML fixtures")
	}
	return files
}

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
				t.Fatalf("Parse: %v", err)
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
				t.Errorf("Format(Parse(%s)) differs from %s:\n%s", path, golden, got)
			}
		})
	}
}
