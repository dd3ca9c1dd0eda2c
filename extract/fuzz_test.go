package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzMeeting runs the whole extraction on mutated reports: whatever the
// document model holds, extraction must not panic, and every action must
// have a text.
func FuzzMeeting(f *testing.F) {
	for _, dir := range []string{"../testdata/corpus", "../testdata/general"} {
		for _, ext := range []string{"*.html", "*.docx"} {
			paths, _ := filepath.Glob(filepath.Join(dir, ext))
			for _, p := range paths {
				if data, err := os.ReadFile(p); err == nil {
					f.Add(data)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Options{}.Parse(data)
		if err != nil {
			return
		}
		m := Meeting(d)
		for _, a := range m.Actions {
			if a.Text == "" {
				t.Errorf("action without text: %+v", a)
			}
		}
	})
}
