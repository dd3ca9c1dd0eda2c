package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse reads each PDF fixture of both corpora, one
// sub-benchmark per file, so that a profile points at the slow one.
func BenchmarkParse(b *testing.B) {
	var paths []string
	for _, dir := range []string{"../../testdata/corpus", "../../testdata/general"} {
		m, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		b.Fatal("no PDF fixtures")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".pdf"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
