package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// benchFixtures reads the fixtures of one format from both corpora.
func benchFixtures(b *testing.B, format string) [][]byte {
	b.Helper()
	var files [][]byte
	for _, dir := range []string{"../testdata/corpus", "../testdata/general"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*."+format))
		if err != nil {
			b.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, data)
		}
	}
	if len(files) == 0 {
		b.Fatalf("no %s fixtures", format)
	}
	return files
}

// BenchmarkParse reads every fixture of a format through the dispatch, one
// loop over all of them per iteration.
func BenchmarkParse(b *testing.B) {
	for _, format := range []string{"pdf", "docx", "html"} {
		b.Run(format, func(b *testing.B) {
			files := benchFixtures(b, format)
			size := 0
			for _, data := range files {
				size += len(data)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range files {
					if _, err := (Options{}).Parse(data); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkMeeting extracts the meeting from documents already read: the
// French heuristics and normalization alone.
func BenchmarkMeeting(b *testing.B) {
	for _, format := range []string{"pdf", "docx", "html"} {
		b.Run(format, func(b *testing.B) {
			var docs []*doc.Document
			for _, data := range benchFixtures(b, format) {
				d, err := Options{}.Parse(data)
				if err != nil {
					b.Fatal(err)
				}
				docs = append(docs, d)
			}
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					Meeting(d)
				}
			}
		})
	}
}
