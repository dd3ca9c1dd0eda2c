package normalize

import "testing"

// TestFoldMatchesFoldMap checks that Fold's fast path folds exactly as
// foldMap, whose offsets the extractors rely on.
func TestFoldMatchesFoldMap(t *testing.T) {
	for _, s := range []string{"", "  Réunion  du\tCLUSTER Santé ", "Œuvre – l’ICC\u00a0: ﬁn", "ÉCHÉANCE 1ᵉʳ semestre", "a\u200bb", "x\u0301y", "\x00A"} {
		want, _ := foldMap(s)
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, foldMap gives %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Réunion du Cluster Santé – l’OMS")
	f.Fuzz(func(t *testing.T, s string) {
		if want, _ := foldMap(s); Fold(s) != want {
			t.Errorf("Fold(%q) = %q, foldMap gives %q", s, Fold(s), want)
		}
	})
}
