package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// everyPair sums up the earlier occurrences of each action by comparing
// every pair, the reference for followUps' index.
func everyPair(acts []followAction) []followUp {
	var out []followUp
	for i, a := range acts {
		f := followUp{id: a.id, previous: -1}
		dates := map[string]bool{}
		for _, e := range acts[:i] {
			sim, ok := repeats(a, e)
			if !ok {
				continue
			}
			dates[e.date] = true
			f.previous, f.sim = e.id, sim
			if f.firstSeen == "" || e.date < f.firstSeen || e.date == f.firstSeen && e.id < f.first {
				f.first, f.firstSeen = e.id, e.date
			}
		}
		if f.previous >= 0 {
			f.repeats = len(dates)
			out = append(out, f)
		}
	}
	return out
}

// TestFollowUpsMatchesEveryPair checks the indexed search of follow-ups
// against the comparison of every pair, on random actions.
func TestFollowUpsMatchesEveryPair(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 40)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("mot%d", i)
	}
	owners := [][]string{nil, {"who"}, {"ocha"}, {"who", "ocha"}}
	total := 0
	for round := range 20 {
		var acts []followAction
		for i := range 150 {
			var words []string // distinct, as normalize.ContentWords gives them
			for range 1 + r.IntN(8) {
				// A skewed vocabulary: some words are common, most rare.
				if w := vocab[min(r.IntN(40), r.IntN(40))]; !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
			acts = append(acts, followAction{id: int64(i + 1), date: fmt.Sprintf("2025-%02d-01", 1+i/15),
				words: words, owners: owners[r.IntN(len(owners))]})
		}
		want, got := everyPair(acts), followUps(acts)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: the index found %d repeating actions, every pair %d", round, len(got), len(want))
		}
		total += len(want)
	}
	if total == 0 {
		t.Fatal("no action repeats: the test compares nothing")
	}
}
