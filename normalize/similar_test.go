package normalize

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestDice(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"revue du plan", "revue du plan", 1},
		{"revue du plan", "plan du revue", 1},             // order does not count
		{"point point focal", "point focal focal", 4.0 / 6}, // multisets: each word matched once
		{"revue du plan de travail", "revue du plan", 0.75},
		{"revue", "", 0},
		{"", "", 0},
		{"a b", "c d", 0},
	} {
		if got := Dice(strings.Fields(tt.a), strings.Fields(tt.b)); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Dice(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDiceLong: past 64 words Dice counts with a map, and gives what the
// short path gives.
func TestDiceLong(t *testing.T) {
	var a, b []string
	for i := range 100 {
		a = append(a, string(rune('a'+i%7)))
		b = append(b, string(rune('a'+i%5)))
	}
	want := 0
	for _, w := range slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a), b...)))) {
		want += min(strings.Count(strings.Join(a, ""), w), strings.Count(strings.Join(b, ""), w))
	}
	if got := common(a, b); got != want {
		t.Errorf("common of 100 words = %d, want %d", got, want)
	}
	if got, short := common(a, b[:64]), common(b[:64], a); got != short {
		t.Errorf("common is not symmetric: %d and %d", got, short)
	}
}

func TestContentWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Partager la note de plaidoyer avec l'OMS", []string{"partager", "note", "plaidoyer", "oms"}},
		{"Mise en œuvre, mise en ŒUVRE", []string{"mise", "oeuvre"}},
		{"Élaborer le plan 2025-2026", []string{"elaborer", "plan", "2025", "2026"}},
		{"de la et", nil},
	} {
		if got := ContentWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("ContentWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"Partager la note de plaidoyer", "Partager la note de plaidoyer", 1},
		{"Partager la note de plaidoyer", "partager LA NOTE de plaidoyer.", 1},
		{"Élaborer un plan de réponse", "Elaborer le plan de reponse", 1},
		{"Mise en œuvre du plan", "mise en oeuvre du plan", 1},
		{"Partager la note de plaidoyer", "Partager la note", 0.8},
		{"Partager la note note", "Partager la note", 1}, // sets: a word said twice counts once
		{"Partager la note", "Désigner un point focal", 0},
		{"", "", 0},
	} {
		if got := Similarity(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
