package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// agendaTitles is a meeting's agenda folded and indexed once, to find the
// item a heading, a label or a table cell names without folding and
// splitting every title again for each unit of the document.
//
// It gives exactly what comparing the title with every item would give
// (the first item of the best Dice coefficient, at least 0.5), but looks
// only at items that can reach 0.5, found by prefix filtering: words are
// tokens counted by occurrence ("de#1", "de#2"), so that the multiset
// intersection of two titles is the set intersection of their tokens,
// and tokens are ordered rarest first. Two titles of a and b tokens with
// a Dice coefficient of at least 0.5 share t ≥ (a+b)/4 tokens, so a ≥ b/3,
// b ≥ a/3 and t ≥ max(a, b)/3: their first n-⌈n/3⌉+1 tokens (n their
// length) share at least one. Only those prefixes are indexed and probed,
// so a word common to every item ("de", "la") is rarely looked up.
type agendaTitles struct {
	words  [][]string      // folded words of each item
	rank   map[token]int   // position of each token of the items in the order
	prefix map[token][]int // token → items whose prefix holds it, ascending
}

// token is the k-th occurrence (from 1) of a word in a title.
type token struct {
	word string
	k    int
}

func newAgendaTitles(items []minutes.AgendaItem) *agendaTitles {
	a := &agendaTitles{words: make([][]string, len(items)), prefix: map[token][]int{}}
	df := map[token]int{}
	toks := make([][]token, len(items))
	for i, it := range items {
		a.words[i] = strings.Fields(normalize.Fold(it.Title))
		toks[i] = tokens(a.words[i])
		for _, t := range toks[i] {
			df[t]++
		}
	}
	order := make([]token, 0, len(df))
	for t := range df {
		order = append(order, t)
	}
	slices.SortFunc(order, func(x, y token) int {
		return cmp.Or(cmp.Compare(df[x], df[y]), strings.Compare(x.word, y.word), cmp.Compare(x.k, y.k))
	})
	a.rank = make(map[token]int, len(order))
	for i, t := range order {
		a.rank[t] = i + 1 // 0 is for tokens no item holds: rarest of all
	}
	for i, ts := range toks {
		for _, t := range a.sorted(ts)[:prefixLen(len(ts))] {
			a.prefix[t] = append(a.prefix[t], i)
		}
	}
	return a
}

// tokens numbers the occurrences of each word of ws.
func tokens(ws []string) []token {
	seen := make(map[string]int, len(ws))
	out := make([]token, len(ws))
	for i, w := range ws {
		seen[w]++
		out[i] = token{w, seen[w]}
	}
	return out
}

// sorted orders ts rarest first, in place.
func (a *agendaTitles) sorted(ts []token) []token {
	slices.SortFunc(ts, func(x, y token) int {
		return cmp.Or(cmp.Compare(a.rank[x], a.rank[y]), strings.Compare(x.word, y.word), cmp.Compare(x.k, y.k))
	})
	return ts
}

// prefixLen is how many of a title's n tokens must be looked at: n-⌈n/3⌉+1.
func prefixLen(n int) int {
	if n == 0 {
		return 0
	}
	return n - (n+2)/3 + 1
}

// index returns the index of the agenda item most similar to title, -1
// when none is close.
func (a *agendaTitles) index(title string) int {
	if len(a.words) == 0 {
		return -1
	}
	ws := strings.Fields(normalize.Fold(title))
	ts := a.sorted(tokens(ws))
	var cands []int
	for _, t := range ts[:prefixLen(len(ts))] {
		cands = append(cands, a.prefix[t]...)
	}
	slices.Sort(cands)
	best, at := 0.0, -1
	for i, c := range cands {
		if i > 0 && cands[i-1] == c {
			continue
		}
		if s := dice(a.words[c], ws); s > best {
			best, at = s, c
		}
	}
	if best < 0.5 {
		return -1
	}
	return at
}
