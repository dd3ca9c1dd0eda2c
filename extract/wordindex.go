package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// wordIndex finds, among word lists, those whose Dice coefficient with a
// query can reach a threshold θ = num/den, without comparing the query
// with every list: matching a title or an action against all those of a
// document made extraction quadratic in its size.
//
// It uses prefix filtering. Words are tokens counted by occurrence ("de#1",
// "de#2"), so that the multiset intersection of two lists is the set
// intersection of their tokens, and tokens are ordered rarest first. Two
// lists of a and b tokens with a coefficient of at least θ share
// t ≥ θ(a+b)/2 tokens, hence b ≥ θa/(2-θ), and so t ≥ θa/(2-θ) and
// t ≥ θb/(2-θ): a list of n tokens shares one of its first
// n - ⌈θn/(2-θ)⌉ + 1 with every list that can reach θ. Only those
// prefixes are indexed and probed, so a word common to every list ("de",
// "la") is rarely looked up. The candidates include every list that
// reaches θ; callers compute the coefficient as before.
type wordIndex struct {
	num, den int
	rank     map[token]int   // position of each token in the order, from 1
	prefix   map[token][]int // token → lists whose prefix holds it, ascending
}

// token is the k-th occurrence (from 1) of a word in a list.
type token struct {
	word string
	k    int
}

// newWordIndex orders the tokens of all, the lists that will be indexed
// or queried (tokens of other lists rank first, as if rarest); none is
// indexed yet.
func newWordIndex(num, den int, all [][]string) *wordIndex {
	x := &wordIndex{num: num, den: den, prefix: map[token][]int{}}
	df := map[token]int{}
	for _, ws := range all {
		for _, t := range tokens(ws) {
			df[t]++
		}
	}
	order := make([]token, 0, len(df))
	for t := range df {
		order = append(order, t)
	}
	slices.SortFunc(order, func(a, b token) int {
		return cmp.Or(cmp.Compare(df[a], df[b]), strings.Compare(a.word, b.word), cmp.Compare(a.k, b.k))
	})
	x.rank = make(map[token]int, len(order))
	for i, t := range order {
		x.rank[t] = i + 1
	}
	return x
}

// add indexes list i.
func (x *wordIndex) add(i int, ws []string) {
	ts := x.sorted(tokens(ws))
	for _, t := range ts[:x.prefixLen(len(ts))] {
		x.prefix[t] = append(x.prefix[t], i)
	}
}

// candidates returns, ascending and once each, the lists indexed that may
// reach θ with ws.
func (x *wordIndex) candidates(ws []string) []int {
	ts := x.sorted(tokens(ws))
	var out []int
	for _, t := range ts[:x.prefixLen(len(ts))] {
		out = append(out, x.prefix[t]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// prefixLen is how many of a list's n tokens are indexed and probed:
// n - ⌈θn/(2-θ)⌉ + 1, 0 for an empty list.
func (x *wordIndex) prefixLen(n int) int {
	if n == 0 {
		return 0
	}
	p, q := x.num*n, 2*x.den-x.num
	return n - (p+q-1)/q + 1
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
func (x *wordIndex) sorted(ts []token) []token {
	slices.SortFunc(ts, func(a, b token) int {
		return cmp.Or(cmp.Compare(x.rank[a], x.rank[b]), strings.Compare(a.word, b.word), cmp.Compare(a.k, b.k))
	})
	return ts
}

// agendaTitles is a meeting's agenda folded and indexed once, to find the
// item a heading, a label or a table cell names without folding and
// splitting every title again for each unit of the document.
type agendaTitles struct {
	words [][]string     // folded words of each item
	index *wordIndex     // the items that may reach 0.5
	same  map[string]int // the first item of each multiset of words
}

func newAgendaTitles(items []minutes.AgendaItem) *agendaTitles {
	a := &agendaTitles{words: make([][]string, len(items)), same: map[string]int{}}
	for i, it := range items {
		a.words[i] = strings.Fields(normalize.Fold(it.Title))
		if k := multiset(a.words[i]); k != "" {
			if _, dup := a.same[k]; !dup {
				a.same[k] = i
			}
		}
	}
	a.index = newWordIndex(1, 2, a.words)
	for i, ws := range a.words {
		a.index.add(i, ws)
	}
	return a
}

// find returns the index of the agenda item most similar to title (the
// first of the best Dice coefficient, at least 0.5), -1 when none is
// close.
func (a *agendaTitles) find(title string) int {
	if len(a.words) == 0 {
		return -1
	}
	ws := strings.Fields(normalize.Fold(title))
	if i, ok := a.same[multiset(ws)]; ok {
		return i // a coefficient of 1, which no item before it reaches
	}
	best, at := 0.0, -1
	for _, c := range a.index.candidates(ws) {
		if s := normalize.Dice(a.words[c], ws); s > best {
			best, at = s, c
		}
	}
	if best < 0.5 {
		return -1
	}
	return at
}

// multiset is a key for the words of ws whatever their order; "" for none.
func multiset(ws []string) string {
	s := slices.Clone(ws)
	slices.Sort(s)
	return strings.Join(s, " ")
}
