package normalize

import (
	"slices"
	"strings"
	"unicode"
)

// How alike two texts are, measured one way everywhere: the agenda item an
// action belongs to, two copies of an action in one meeting, and an action
// a later meeting takes up again.

// Dice is the Dice coefficient of two word lists taken as multisets:
// 2|A∩B| / (|A|+|B|), from 0 (no word in common, or either list empty) to
// 1 (the same words as often).
func Dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(common(a, b)) / float64(len(a)+len(b))
}

// common counts the words of a matched by words of b, each word of b
// matched once.
func common(a, b []string) int {
	n := 0
	if len(b) <= 64 { // the usual sentence: no map to build
		var used [64]bool
		for _, w := range a {
			for j, v := range b {
				if !used[j] && v == w {
					used[j] = true
					n++
					break
				}
			}
		}
		return n
	}
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return n
}

// stopWords are French words too common to make two texts alike.
var stopWords = map[string]bool{
	"a": true, "au": true, "aux": true, "avec": true, "ce": true, "ces": true, "d": true, "dans": true,
	"de": true, "des": true, "du": true, "en": true, "et": true, "l": true, "la": true, "le": true,
	"les": true, "leur": true, "leurs": true, "par": true, "pour": true, "que": true, "qui": true,
	"sa": true, "se": true, "ses": true, "son": true, "sur": true, "un": true, "une": true,
}

// ContentWords returns the distinct words of s that carry meaning, in the
// order they first appear: folded (case, accents, œ), cut at every
// character that is neither a letter nor a digit ("l'OMS" is "l" and
// "oms"), French stop words left out.
func ContentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !stopWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// Similarity is the Dice coefficient of the content words of a and b, as
// sets: "Partager la note de plaidoyer" and "partager LA NOTE" are 0.8.
// Two texts without any content word have similarity 0.
func Similarity(a, b string) float64 {
	return Dice(ContentWords(a), ContentWords(b))
}
