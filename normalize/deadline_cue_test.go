package normalize

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fixtureSentences are the texts of the HTML fixtures (tags removed) and
// every string of the gold annotations.
func fixtureSentences(t *testing.T) []string {
	var out []string
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, dir := range []string{"../testdata/corpus", "../testdata/general"} {
		html, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for _, p := range html {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, strings.Split(tag.ReplaceAllString(string(b), "\n"), "\n")...)
		}
		gold, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		for _, p := range gold {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatal(err)
			}
			out = append(out, jsonStrings(v)...)
		}
	}
	return out
}

func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	return nil
}

// TestFindDueCues checks that gating the expressions on the cues derived
// from them changes no result: on the fixtures' text, the deadline tests, and
// sentences drawn from deadline words.
func TestFindDueCues(t *testing.T) {
	sentences := fixtureSentences(t)
	for _, tt := range dueTests {
		sentences = append(sentences, tt.raw)
	}
	words := strings.Fields(`d'ici d’ici avant au plus tard jusqu'au jusqu’à limite courant à partir du au cours de pour le
		dès des que possible maintenant présent en fin du mois semaine prochaine prochain année trimestre semestre
		T1 S2 2025 15 1er 3 48 heures h jours dans sous huitaine quinzaine deux quinze lundi Samedi mai juin
		sept. décembre févr mi- bref délai à venir moyen terme réunion AG chaque par fois , . :
		ce Vendredi, 3 Avril pour ce 30 avril délai de maximum journée immédiatement maintenant mai2025 mi-juillet mijuillet décision novembre2024 T1-2024 q3 2024 s2-2025 t5 s3 lundi12`)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		ws := make([]string, 1+rng.IntN(7))
		for i := range ws {
			ws[i] = words[rng.IntN(len(words))]
		}
		sentences = append(sentences, strings.Join(ws, " "))
	}
	for _, s := range sentences {
		if got, want := FindDue(s), findDue(s, reFindDue, nil); got != want {
			t.Errorf("FindDue(%q) = %q, want %q (every expression run)", s, got, want)
		}
	}
}
