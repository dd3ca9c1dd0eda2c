package normalize

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDue checks that Due, IsDeadline and FindDue never panic, that a due
// date is a valid ISO date and that FindDue returns valid text; it runs the
// other normalizers on the same input, and Mentions must point into it.
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
		for _, m := range Mentions(raw) {
			if m.Start < 0 || m.End > len(raw) || m.Start > m.End || raw[m.Start:m.End] != m.Text {
				t.Errorf("Mentions(%q): %+v does not point into the input", raw, m)
			}
		}
		PersonKey(raw)
		LooksLikePersonName(raw)
		Region(raw)
		Organization(raw)
	})
}
