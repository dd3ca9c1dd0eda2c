package normalize

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDue checks that Due, IsDeadline and FindDue never panic, that a due
// date is a valid ISO date, and that FindDue returns text of its input.
func FuzzDue(f *testing.F) {
	for _, tt := range dueTests {
		f.Add(tt.raw, tt.meeting)
	}
	f.Fuzz(func(t *testing.T, raw, meeting string) {
		d := Due(raw, meeting)
		if d.Date != "" {
			if _, err := time.Parse(isoLayout, d.Date); err != nil {
				t.Errorf("Due(%q, %q).Date = %q, not an ISO date", raw, meeting, d.Date)
			}
		}
		IsDeadline(raw)
		if p := FindDue(raw); utf8.ValidString(raw) && !utf8.ValidString(p) {
			t.Errorf("FindDue(%q) = %q, not valid UTF-8", raw, p)
		}
		Date(raw)
		Time(raw)
	})
}
