package normalize

import (
	"reflect"
	"regexp"
	"testing"
)

func TestCuesOf(t *testing.T) {
	tests := []struct {
		re   string
		want cues
	}{
		{`\bd'ici\s+fin`, cues{{"d'ici"}, {"fin"}, {"\t", "\n", "\f", "\r", " "}}},
		{`\ben (?:mai|juin|[tq][1-4])`, cues{{"en juin", "en mai", "en q1", "en q2", "en q3", "en q4", "en t1", "en t2", "en t3", "en t4"}}},
		{`\b(?:lundi|mardi)\s+\d`, cues{{"lundi", "mardi"}, {"\t", "\n", "\f", "\r", " "}, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}},
		{`(?:a|)b+`, cues{{"b"}}},
		// ignoring case, a word with letters is uncertain, a sign is not
		{`(?i)(→|->|=>)\s*action\s*:`, cues{{"->", "=>", "→"}, {":"}}},
		{`(?i)\bordre du jour\b`, nil},
		{`x*`, nil},
		{`(?i)avant`, nil},
	}
	for _, tt := range tests {
		got := cuesOf(regexp.MustCompile(tt.re))
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cuesOf(%q) = %q, want %q", tt.re, got, tt.want)
		}
	}
}
