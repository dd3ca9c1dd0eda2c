package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// agendaIndexAll is the definition agendaTitles.index must keep: the
// first item of the best Dice coefficient against every item, at least
// 0.5.
func agendaIndexAll(items []minutes.AgendaItem, title string) int {
	best, at := 0.0, -1
	for i, it := range items {
		if s := similar(it.Title, title); s > best {
			best, at = s, i
		}
	}
	if best < 0.5 {
		return -1
	}
	return at
}

// TestAgendaTitlesFixtures looks up every unit and label of every fixture
// in its own agenda and in the agenda of every other fixture.
func TestAgendaTitlesFixtures(t *testing.T) {
	var agendas [][]minutes.AgendaItem
	var titles []string
	for _, dir := range []string{"../testdata/corpus", "../testdata/general"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.*"))
		for _, p := range paths {
			if strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".md") {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Options{}.Parse(data)
			if err != nil {
				continue
			}
			agendas = append(agendas, Meeting(d).Agenda)
			for _, u := range units(d) {
				titles = append(titles, u.Text, stripNumber(u.Text))
				if label, _, ok := splitLabel(u.Text); ok {
					titles = append(titles, label)
				}
			}
		}
	}
	for _, items := range agendas {
		ix := newAgendaTitles(items)
		for _, title := range titles {
			if got, want := ix.find(title), agendaIndexAll(items, title); got != want {
				t.Errorf("index(%q) = %d, want %d (agenda %v)", title, got, want, items)
			}
		}
	}
}

// TestAgendaTitlesRandom draws titles from a small vocabulary, with
// repeated and shared words, so that ties and multisets are common.
func TestAgendaTitlesRandom(t *testing.T) {
	vocab := strings.Fields("de la le santé point situation des et nutrition OMS réunion suivi divers")
	rng := rand.New(rand.NewPCG(1, 2))
	title := func() string {
		ws := make([]string, rng.IntN(8))
		for i := range ws {
			ws[i] = vocab[rng.IntN(len(vocab))]
		}
		return strings.Join(ws, " ")
	}
	for range 300 {
		items := make([]minutes.AgendaItem, rng.IntN(12))
		for i := range items {
			items[i].Title = title()
		}
		ix := newAgendaTitles(items)
		for range 50 {
			s := title()
			if got, want := ix.find(s), agendaIndexAll(items, s); got != want {
				t.Fatalf("index(%q) = %d, want %d (agenda %v)", s, got, want, items)
			}
		}
	}
}

// dedupeAll is the definition dedupe must keep: each action compared with
// every one kept before it.
func dedupeAll(as []minutes.Action) []minutes.Action {
	var out []minutes.Action
	var kept [][]string
	for _, a := range as {
		ws := strings.Fields(normalize.Fold(a.Text))
		dup := false
		for i, k := range kept {
			if normalize.Dice(ws, k) >= 0.8 && (a.DueRaw == "" || out[i].DueRaw == "" || a.DueRaw == out[i].DueRaw) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
			kept = append(kept, ws)
		}
	}
	return out
}

// TestDedupeRandom draws actions from a small vocabulary and a few
// deadlines, so that near repeats are common.
func TestDedupeRandom(t *testing.T) {
	vocab := strings.Fields("l'OMS partager le rapport de la réunion avec les partenaires santé du cluster avant")
	dues := []string{"", "", "fin mai", "15 juin"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		as := make([]minutes.Action, rng.IntN(30))
		for i := range as {
			ws := make([]string, 1+rng.IntN(9))
			for j := range ws {
				ws[j] = vocab[rng.IntN(len(vocab))]
			}
			as[i] = minutes.Action{Text: strings.Join(ws, " "), DueRaw: dues[rng.IntN(len(dues))]}
		}
		got, want := dedupe(as), dedupeAll(as)
		if len(got) != len(want) {
			t.Fatalf("dedupe kept %d of %d actions, want %d", len(got), len(as), len(want))
		}
		for i := range got {
			if got[i].Text != want[i].Text || got[i].DueRaw != want[i].DueRaw {
				t.Fatalf("dedupe()[%d] = %q, want %q", i, got[i].Text, want[i].Text)
			}
		}
	}
}
