package normalize

import (
	"strings"
	"unicode"
)

// Mention is one organization named in free text: s[Start:End] is Text.
type Mention struct {
	Org        Org
	Text       string
	Start, End int // byte offsets in s
}

// Mentions finds the known organizations named in s, in order and without
// overlaps; at one place the longest name wins ("Croix-Rouge malienne"
// over a shorter name inside it). Acronyms and short names match
// case-sensitively as whole words ("OMS", not the "OMS" inside "COMSA");
// longer names match folded. Roles and generic groups are found only by
// their acronyms ("CCP", "HCC", "ONG"), never by common words such as
// "coordination" or "partenaires".
func Mentions(s string) []Mention {
	t := orgs()
	f, offs := foldMap(s)
	spans := wordSpans(f)
	var out []Mention
	for i := 0; i < len(spans); {
		m, n := t.longestAt(s, f, offs, spans[i:])
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// longestAt matches the longest organization name that starts at the
// first of spans; n is the number of words it covers, 0 when none.
func (t *orgTable) longestAt(s, f string, offs []int, spans [][2]int) (Mention, int) {
	for n := min(t.maxTokens, len(spans)); n > 0; n-- {
		words := make([]string, n)
		for j := range words {
			words[j] = f[spans[j][0]:spans[j][1]]
		}
		start, end := offs[spans[0][0]], offs[spans[n-1][1]]
		text := strings.TrimRightFunc(s[start:end], func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
		})
		for _, on := range t.names[strings.Join(words, " ")] {
			o := t.orgs[on.org]
			if on.exact != "" && caseKey(text) != on.exact && !titleCased(text, on.exact) {
				continue
			}
			if on.exact == "" && (o.Kind == "role" || o.Kind == "group") {
				continue
			}
			return Mention{Org: o, Text: text, Start: start, End: start + len(text)}, n
		}
	}
	return Mention{}, 0
}

// titleCased reports whether text is an acronym of four letters or more
// written with a capital only ("Ocha", "Unicef"), as French prose often
// writes them. Shorter ones ("Pam", "Oms") could be names or words.
func titleCased(text, exact string) bool {
	r := []rune(text)
	if len(r) < 4 || strings.ToUpper(text) != strings.ToUpper(exact) || !unicode.IsUpper(r[0]) {
		return false
	}
	return string(r[1:]) == strings.ToLower(string(r[1:]))
}

// wordSpans returns the byte spans of the runs of letters and digits of f.
func wordSpans(f string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range f {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(f)})
	}
	return spans
}
