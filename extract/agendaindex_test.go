package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes"
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
			if got, want := ix.index(title), agendaIndexAll(items, title); got != want {
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
			if got, want := ix.index(s), agendaIndexAll(items, s); got != want {
				t.Fatalf("index(%q) = %d, want %d (agenda %v)", s, got, want, items)
			}
		}
	}
}
