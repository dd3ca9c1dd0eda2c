package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLinksMatchesEveryPair checks the indexed search of follow-ups
// against the comparison of every pair, on random actions.
func TestLinksMatchesEveryPair(t *testing.T) {
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
			words := map[string]bool{}
			for range 1 + r.IntN(8) {
				// A skewed vocabulary: some words are common, most rare.
				words[vocab[min(r.IntN(40), r.IntN(40))]] = true
			}
			acts = append(acts, followAction{id: int64(i + 1), date: fmt.Sprintf("2025-%02d-01", 1+i/15),
				words: words, owners: owners[r.IntN(len(owners))]})
		}
		var want []link
		for i, a := range acts {
			for _, e := range acts[:i] {
				if sim, ok := repeats(a, e); ok {
					want = append(want, link{a.id, e.id, sim})
				}
			}
		}
		got := links(acts)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: links found %d pairs, every pair %d", round, len(got), len(want))
		}
		total += len(want)
	}
	if total == 0 {
		t.Fatal("no pair repeats: the test compares nothing")
	}
}
