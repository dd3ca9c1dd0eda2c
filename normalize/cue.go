package normalize

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// cues are words a text must hold for an expression to match in it: the
// text holds a word of each list, or the expression cannot match. Running
// an expression only on the texts that hold its cues gives the same
// matches for much less: most sentences hold no deadline, and running
// every deadline expression over each of them was a fifth of extraction.
//
// They are derived from the expression itself (cuesOf), so that a new
// rule is gated without anyone writing its cue words.
type cues [][]string

// maxCueLists is how many lists of cues are kept, the most selective
// (longest shortest word) first: each costs a search of the text.
const maxCueLists = 3

// maxClassCues is the largest character class taken as a list of
// one-character cues ("[tq]", "\d"); a larger one gives no cue.
const maxClassCues = 10

// cuesOf derives the cues of re: every match holds a word of each list.
// Nil when nothing is certain (an expression that matches an empty
// string, or whose every word ignores case).
func cuesOf(re *regexp.Regexp) cues {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	cs := need(t.Simplify())
	for i, list := range cs {
		cs[i] = minimal(list)
	}
	slices.SortStableFunc(cs, func(a, b []string) int { return shortest(b) - shortest(a) })
	return cs[:min(len(cs), maxCueLists)]
}

// need returns lists of words such that every match of t holds a word of
// each list.
func need(t *syntax.Regexp) cues {
	switch t.Op {
	case syntax.OpLiteral:
		if !caseless(t) {
			return nil
		}
		return cues{{string(t.Rune)}}
	case syntax.OpCharClass:
		return classCues(t.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return need(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return need(t.Sub[0])
		}
	case syntax.OpConcat:
		return concatCues(t.Sub)
	case syntax.OpAlternate:
		return alternateCues(t.Sub)
	}
	return nil
}

// concatCues: a match of a concatenation holds a match of each part.
// Consecutive parts that match one of a few strings ("en" then \s, "[tq]"
// then "[1-4]") give the strings they match together ("en ", "t1" … "q4"),
// more selective than each part alone.
func concatCues(subs []*syntax.Regexp) cues {
	var out cues
	run := []string{""}
	flush := func() {
		if !slices.Contains(run, "") {
			out = append(out, run)
		}
		run = []string{""}
	}
	for _, s := range subs {
		if set, ok := exact(s); ok && len(run)*len(set) <= maxExact {
			run = product(run, set)
			continue
		}
		flush()
		if set, ok := exact(s); ok {
			run = set
			continue
		}
		out = append(out, need(s)...)
	}
	flush()
	return out
}

// maxExact is the most strings a part is spelled out as.
const maxExact = 32

// exact returns the strings t matches, when they are few (maxExact).
func exact(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if !caseless(t) {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCharClass:
		if cs := classCues(t.Rune); cs != nil {
			return cs[0], true
		}
	case syntax.OpCapture:
		return exact(t.Sub[0])
	case syntax.OpQuest:
		if set, ok := exact(t.Sub[0]); ok && len(set) < maxExact {
			return append(set, ""), true
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range t.Sub {
			set, ok := exact(s)
			if !ok || len(out)+len(set) > maxExact {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range t.Sub {
			set, ok := exact(s)
			if !ok || len(out)*len(set) > maxExact {
				return nil, false
			}
			out = product(out, set)
		}
		return out, true
	}
	return nil, false
}

// caseless reports whether the literal t matches only itself: it does not
// ignore case, or holds no letter that has another case ("→", "->", ":").
// A character class ignoring case already lists both cases.
func caseless(t *syntax.Regexp) bool {
	if t.Flags&syntax.FoldCase == 0 {
		return true
	}
	for _, r := range t.Rune {
		if unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// product returns every string of a followed by one of b.
func product(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// alternateCues: a match of an alternation matches one of its branches,
// so it holds a word of the union of one list from each branch (the most
// selective); a branch with no list gives none.
func alternateCues(subs []*syntax.Regexp) cues {
	var union []string
	for _, s := range subs {
		cs := need(s)
		if len(cs) == 0 {
			return nil
		}
		best := slices.MaxFunc(cs, func(a, b []string) int { return shortest(a) - shortest(b) })
		union = append(union, best...)
	}
	slices.Sort(union)
	return cues{slices.Compact(union)}
}

// classCues lists the characters of a small class, as cues.
func classCues(ranges []rune) cues {
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if len(out) == maxClassCues {
				return nil
			}
			out = append(out, string(r))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return cues{out}
}

// minimal drops the words of list that hold another: "janvier" once
// "jan" is there.
func minimal(list []string) []string {
	var out []string
	for _, w := range list {
		if !slices.ContainsFunc(list, func(v string) bool { return v != w && strings.Contains(w, v) }) {
			out = append(out, w)
		}
	}
	return out
}

func shortest(list []string) int {
	n := len(list[0])
	for _, w := range list[1:] {
		n = min(n, len(w))
	}
	return n
}

// gate is cues made quick to check: a list of one-byte words is one
// search for any of its bytes, and a list of white space is dropped (every
// sentence holds some, so checking it costs and spares nothing).
type gate struct {
	bytes []string   // each: the bytes of a list of one-byte words
	words [][]string // the other lists
}

func (cs cues) gate() gate {
	var g gate
	for _, list := range cs {
		if slices.ContainsFunc(list, func(w string) bool { return len(w) != 1 }) {
			g.words = append(g.words, list)
			continue
		}
		set := strings.Join(list, "")
		if strings.Trim(set, " \t\n\f\r\v") == "" {
			continue
		}
		g.bytes = append(g.bytes, set)
	}
	return g
}

// in reports whether f holds a word of each list (white space aside).
func (g gate) in(f string) bool {
	for _, set := range g.bytes {
		if !strings.ContainsAny(f, set) {
			return false
		}
	}
	for _, list := range g.words {
		if !slices.ContainsFunc(list, func(w string) bool { return strings.Contains(f, w) }) {
			return false
		}
	}
	return true
}
