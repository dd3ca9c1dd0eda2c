package main

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// variation is how one synthetic document differs from its fixture:
// other people and organizations in place of those of the gold
// annotations, dates moved by whole months, and table rows and
// paragraphs repeated.
type variation struct {
	rng        *rand.Rand
	swap       map[string]string // gold name or organization → replacement
	names      *regexp.Regexp    // the keys of swap; nil if none
	months     int               // shift of every date
	rowCopies  int               // extra copies of a repeated table row
	paraCopies int               // extra copies of a repeated paragraph
}

// firstNames, lastNames and organizations replace the people and
// organizations of the fixtures. No apostrophes or ampersands, so that
// they need no escaping in XML or HTML.
var (
	firstNames = []string{"Aminata", "Moussa", "Fatoumata", "Boubacar", "Mariam", "Ibrahim", "Awa", "Seydou",
		"Claire", "Julien", "Nathalie", "Thomas", "Sophie", "Mathieu", "Hélène", "Karim", "Aïssata", "Oumar"}
	lastNames = []string{"Traoré", "Keïta", "Diarra", "Coulibaly", "Maïga", "Touré", "Sangaré", "Diallo",
		"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Cissé", "Konaté", "Dembélé"}
	organizations = []string{"OMS", "UNICEF", "UNFPA", "UNHCR", "OCHA", "PAM", "OIM", "PNUD", "FAO", "NRC",
		"COOPI", "IMC", "ALIMA", "MSF", "IRC", "DRC", "CARE", "Oxfam", "Handicap International", "Croix-Rouge malienne",
		"Médecins du Monde", "Action contre la Faim", "Save the Children", "World Vision", "Terre des hommes",
		"Association des parents d élèves", "Conseil citoyen Centre", "France Nature Environnement"}
)

// newVariation draws a variation of fx.
func newVariation(rng *rand.Rand, fx *fixture) *variation {
	v := &variation{
		rng:        rng,
		swap:       make(map[string]string),
		names:      fx.names,
		months:     rng.IntN(85) - 72, // six years back to a year ahead
		rowCopies:  rng.IntN(4),
		paraCopies: rng.IntN(3),
	}
	for _, p := range fx.Persons {
		v.swap[p] = pick(rng, firstNames) + " " + pick(rng, lastNames)
	}
	for _, o := range fx.Orgs {
		v.swap[o] = pick(rng, organizations)
	}
	return v
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// text varies a run of document text: names, organizations and dates.
func (v *variation) text(s string) string {
	if v.names != nil {
		s = v.names.ReplaceAllStringFunc(s, func(m string) string { return v.swap[m] })
	}
	s = frenchDate.ReplaceAllStringFunc(s, v.frenchDate)
	return numericDate.ReplaceAllStringFunc(s, v.numericDate)
}

// namesPattern matches any of the given names as whole words, longest
// first; nil when there is none. Names with characters that markup
// escapes are left out: they would not match the escaped text.
func namesPattern(names []string) *regexp.Regexp {
	var alts []string
	for _, n := range names {
		if n != "" && !strings.ContainsAny(n, `&<>'"`) {
			alts = append(alts, regexp.QuoteMeta(n))
		}
	}
	if len(alts) == 0 {
		return nil
	}
	sortLongestFirst(alts)
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

var monthNames = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

var (
	// frenchDate: "28 Mars 2019", "1er avril 2017", "fin mai 2025" (the
	// month and year alone).
	frenchDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(er)?\s+)?(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})\b`)
	// numericDate: "28/03/2019", "05.04.2017".
	numericDate = regexp.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})([/.])(\d{4})\b`)
)

// frenchDate moves a date written in words by v.months, keeping its
// style: "1er", the month's capitals, a missing day.
func (v *variation) frenchDate(m string) string {
	g := frenchDate.FindStringSubmatch(m)
	month := monthIndex(g[3])
	year, _ := strconv.Atoi(g[4])
	if g[1] == "" {
		t := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, v.months, 0)
		return matchCase(monthNames[t.Month()-1], g[3]) + " " + strconv.Itoa(t.Year())
	}
	day, _ := strconv.Atoi(g[1])
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, v.months, 0)
	d := strconv.Itoa(t.Day())
	if t.Day() == 1 && g[2] != "" {
		d += g[2]
	}
	return d + " " + matchCase(monthNames[t.Month()-1], g[3]) + " " + strconv.Itoa(t.Year())
}

// numericDate moves a day/month/year date by v.months, keeping its
// separators and zero padding.
func (v *variation) numericDate(m string) string {
	g := numericDate.FindStringSubmatch(m)
	day, _ := strconv.Atoi(g[1])
	month, _ := strconv.Atoi(g[3])
	year, _ := strconv.Atoi(g[5])
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return m
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, v.months, 0)
	return fmt.Sprintf("%0*d%s%0*d%s%d", len(g[1]), t.Day(), g[2], len(g[3]), int(t.Month()), g[4], t.Year())
}

// monthIndex is the 1-based number of a French month name, with or
// without accents, in any case.
func monthIndex(name string) int {
	n := strings.NewReplacer("é", "e", "É", "e", "û", "u", "Û", "u").Replace(strings.ToLower(name))
	for i, m := range monthNames {
		if strings.NewReplacer("é", "e", "û", "u").Replace(m) == n {
			return i + 1
		}
	}
	return 1
}

// matchCase writes lower (a lowercase word) in the case of model: all
// capitals, capitalized or lowercase.
func matchCase(lower, model string) string {
	switch {
	case model == strings.ToUpper(model):
		return strings.ToUpper(lower)
	case unicode.IsUpper(firstRune(model)):
		r, n := utf8.DecodeRuneInString(lower)
		return string(unicode.ToUpper(r)) + lower[n:]
	}
	return lower
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
