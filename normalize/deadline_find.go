package normalize

import (
	"regexp"
	"strings"
	"unicode"
)

// Pieces of the phrases FindDue looks for, in folded text. They have no
// capturing purpose; only the extent of the match is used.
const (
	fdMonths  = monthRE + `(?:\s*(?:` + dashRE + `|/|et|ou)\s*` + monthRE + `)?(?:\s+\d{4}|\s+prochain)?`
	fdPeriod  = `(?:(?:fin\s+(?:du\s+)?)?` + ordinalRE + `\s+(?:trimestre|semestre)(?:\s*(?:de\s+)?\d{4})?|[tq][1-4]\s*` + dashRE + `?\s*\d{4}|s[12]\s*` + dashRE + `?\s*\d{4})`
	fdClock   = `(?:\s*,?\s+a\s+\d{1,2}\s?h(?:\s?\d{2})?)?`
	fdDay     = `(?:` + weekdayRE + `,?\s+)?(?:\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?\d{2,4})?|` + dayRE + `\b(?:\s+` + monthRE + `(?:\s+\d{4})?)?)` + fdClock
	fdFin     = `fin\s+(?:(?:du\s+|de\s+ce\s+)?mois(?:\s+(?:de\s+|d')` + fdMonths + `|\s+prochain)?|(?:de\s+(?:la\s+|cette\s+)?)?semaine(?:\s+prochaine)?|(?:de\s+l'|d')annee|` + fdPeriod + `|` + fdMonths + `|\d{4})`
	fdCount   = `(?:les\s+)?(?:` + numberRE + `\s*(?:ou|a|` + dashRE + `)\s*)?` + numberRE + `\s*(?:heures|h|jours|semaines|semaine|mois|ans|annees)\b`
	fdTarget  = `(?:la\s+|le\s+|l')?(?:` + fdFin + `|` + fdPeriod + `|` + fdMonths + `|` + fdDay + `|\d{4}\b|` + weekdayRE + `(?:\s+prochain)?|semaine\s+prochaine|mois\s+prochain)`
	fdTrigger = `(?:d'ici(?:\s+a)?|avant|au\s+plus\s+tard|jusqu'(?:au|a|en)|limite|courant|a\s+partir\s+d(?:u|e|')|au\s+cours\s+d(?:u|e|'))\s*`
)

// findRule is one kind of deadline phrase. A bare phrase has no trigger
// word, so it must not be the start of a longer date ("lundi 20 janvier
// 2025" heads a report); accent is the accented trigger the original text
// must start with, since folding makes "dès" the article "des".
type findRule struct {
	re     *regexp.Regexp
	bare   bool
	accent string
}

// reFindDue lists the deadline phrases FindDue accepts; the leftmost,
// then longest, wins. Each carries a corpus example.
var reFindDue = []findRule{
	// "d'ici fin mai 2025", "avant lundi prochain", "jusqu’au 1er septembre".
	{re: regexp.MustCompile(`\b` + fdTrigger + fdTarget)},
	// "pour le 26", "limite 2 février", "prévu pour ce Vendredi, 3 Avril
	// 2015", "une réunion ce 30 avril".
	{re: regexp.MustCompile(`\bpour\s+(?:le|ce)\s+` + fdDay)},
	{re: regexp.MustCompile(`\bce\s+(?:` + weekdayRE + `,?\s+)?` + dayRE + `\s+` + monthRE + `(?:\s+\d{4})?`)},
	// "Dès la semaine prochaine", "dès que possible".
	{re: regexp.MustCompile(`\bdes\s+(?:que\s+possible|maintenant|a\s+present|(?:le\s+|la\s+)?(?:semaine\s+prochaine|` + fdDay + `|` + fdMonths + `))`), accent: "dès"},
	// "en mai/juin", "en février", "en septembre prochain".
	{re: regexp.MustCompile(`\ben\s+(?:` + fdMonths + `|` + fdPeriod + `|fin\s+d'annee)`)},
	// ": fin septembre", "à la fin du mois".
	{re: regexp.MustCompile(`\b` + fdFin)},
	// "dans les 48 heures", "dans 2 ou 3 semaines", "sous 72h", "sous huitaine".
	{re: regexp.MustCompile(`\b(?:dans|sous)\s+(?:` + fdCount + `|huitaine|quinzaine)`)},
	// "Samedi 25 à 21h00", "le jeudi 18/04 à 18h".
	{re: regexp.MustCompile(`\b(?:le\s+)?` + weekdayRE + `\s+(?:\d{1,2}\s?/\s?\d{1,2}|\d{1,2}(?:er)?(?:\s+` + monthRE + `)?)\b` + fdClock), bare: true},
	// "septembre prochain", "T1-2024", "1er semestre 2025", "OCHA va
	// organiser une mission la semaine prochaine".
	{re: regexp.MustCompile(`\b(?:` + monthRE + `\s+prochain|` + fdPeriod + `|(?:la\s+)?semaine\s+prochaine|(?:le\s+)?mois\s+prochain)`), bare: true},
	// Vague but annotated: "dans un bref délai", "dans les prochains
	// jours", "à moyen terme", "mi-juillet 2023".
	{re: regexp.MustCompile(`\bdans\s+(?:un|les)\s+(?:plus\s+)?(?:bref|brefs|meilleurs)\s+delais?|\bdans\s+les\s+(?:prochains\s+(?:jours|mois)|prochaines\s+semaines|(?:jours|semaines|mois)\s+a\s+venir)|\ba\s+(?:court|moyen|long)\s+terme|(?:\ba\s+la\s+)?\bmi\s?` + dashRE + `?\s?` + monthRE + `(?:\s+\d{4})?`)},
	// "immédiatement", "dans la journée", "sans délai": the meeting's day.
	{re: regexp.MustCompile(`\b(?:immediatement|sans\s+delai|dans\s+la\s+journee|le\s+jour\s+meme|au\s+plus\s+tot)\b`)},
	// "dans un délai de 3 semaines", "dans un délai maximum de 48 heures".
	{re: regexp.MustCompile(`\bdans\s+un\s+delai\s+(?:maximum\s+|maximal\s+|de\s+rigueur\s+)?d[e']\s*` + fdCount)},
	// "à l'issue de la prochaine AG", "prochaine réunion du Cluster Santé".
	{re: regexp.MustCompile(`(?:\b(?:a\s+l'issue\s+de|lors\s+de|d'ici|avant|apres)\s+(?:la|le|l')\s*)?\bprochaine?\s+(?:reunion|ag|assemblee\s+generale|rencontre|session|seance)\b`)},
}

// reEvery continues a day into a frequency: "le 15 de chaque mois".
var reEvery = regexp.MustCompile(`^\s*(?:de\s+|d')?(?:chaque|tous\s+les|toutes\s+les)\b`)

// reYearNext tells a bare phrase that is the start of a dated heading.
var reYearNext = regexp.MustCompile(`^\s*,?\s*\d{4}\b`)

// reMeetingName continues "prochaine réunion" with the name of the meeting
// as written: "prochaine réunion du Cluster Santé".
var reMeetingName = regexp.MustCompile(`^\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*`)

// FindDue finds a deadline phrase in a sentence and returns it as written
// ("d'ici fin mai 2025", "dans les 48 heures", "avant lundi prochain",
// "pour le 26", "fin septembre"), or "" when there is none. It is
// conservative: a bare date or month is not taken as a deadline, since
// sentences also date past events, and frequencies ("une fois par mois",
// "par trimestre") are skipped.
func FindDue(sentence string) string {
	return findDue(sentence, reFindDue, findCues)
}

// findCues are the cues of each expression of reFindDue.
var findCues = rulesCues(reFindDue)

func rulesCues(rules []findRule) []gate {
	out := make([]gate, len(rules))
	for i, r := range rules {
		out[i] = cuesOf(r.re).gate()
	}
	return out
}

// findDue is FindDue with the given rules, each run only on a sentence
// that holds its cues (none: always run).
func findDue(sentence string, rules []findRule, cs []gate) string {
	f, offs := foldMap(sentence)
	start, end := -1, -1
	for i, r := range rules {
		if i < len(cs) && !cs[i].in(f) {
			continue
		}
		for _, m := range r.re.FindAllStringIndex(f, -1) {
			if !r.accepts(sentence, f, offs, m) {
				continue
			}
			if start < 0 || m[0] < start || m[0] == start && m[1] > end {
				start, end = m[0], m[1]
			}
			break
		}
	}
	if start < 0 {
		return ""
	}
	from, to := offs[start], offs[end]
	if strings.Contains(f[start:end], "prochain") {
		to += len(reMeetingName.FindString(sentence[to:]))
	}
	return strings.TrimRightFunc(sentence[from:to], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",:.;", r)
	})
}

// accepts checks a match m of r in f, the folded sentence: not a
// frequency ("une fois par mois"), not the start of a dated heading, and
// with its accent where folding lost it.
func (r findRule) accepts(sentence, f string, offs []int, m []int) bool {
	if reFrequency.MatchString(f[max(0, m[0]-16):m[1]]) || reEvery.MatchString(f[m[1]:]) {
		return false
	}
	if r.bare && reYearNext.MatchString(f[m[1]:]) {
		return false
	}
	if r.accent != "" {
		_, word, _ := strings.Cut(" "+strings.ToLower(sentence[offs[m[0]]:offs[m[1]]]), " ")
		return strings.HasPrefix(word, r.accent)
	}
	return true
}

// IsDeadline reports whether s, a table cell or a short phrase, reads as a
// deadline: dated ("Avant fin mai 2025", "48 heures", "12 juin") or vague
// ("prochaine réunion du Cluster Santé", "à moyen terme", "continue").
// Frequencies ("par trimestre", "chaque mois", "une fois par mois") are not
// deadlines, and neither is a sentence that merely contains one.
func IsDeadline(s string) bool {
	f := dueText(s)
	if f == "" || len(strings.Fields(f)) > 10 {
		return false
	}
	r, ok := resolveDue(f, dueRef{})
	if !ok {
		return false
	}
	rest := f[:r.loc[0]] + " " + f[r.loc[1]:]
	n := 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !dueFiller[w] {
			n++
		}
	}
	if r.precision == PrecisionYear {
		return n == 0 // "fin 2025", not "HRP 2019"
	}
	return n <= 3
}

// dueFiller are the words around a deadline that do not make it a sentence.
var dueFiller = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "du": true, "de": true,
	"d": true, "des": true, "a": true, "au": true, "en": true, "pour": true,
	"avant": true, "ici": true, "jusqu": true, "plus": true, "tard": true,
	"fin": true, "limite": true, "courant": true, "date": true, "delai": true,
	"delais": true, "echeance": true, "partir": true, "cours": true, "et": true,
	"ou": true, "h": true, "prochain": true, "prochaine": true,
}
