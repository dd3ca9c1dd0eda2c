package normalize

import (
	"regexp"
	"strings"
	"time"
)

// Deadline is a deadline as written and as normalised. Date is the ISO due
// date under the conventions of eval/GOLD.md, "" when the words name no
// date ("prochaine réunion") or need a meeting date that is unknown.
// Precision says what kind of expression it is, even when Date is "":
// "day", "month", "quarter", "semester", "year", "relative" (a duration
// after the meeting), "asap", or "" when vague or not a deadline.
type Deadline struct {
	Raw       string // as written, trimmed
	Date      string // ISO date, "" when it has none
	Precision string // day, month, quarter, semester, year, relative, asap, ""
	Qualifier string // "avant", "au plus tard", "d'ici", "dès", "courant", "jusqu'au", "limite", "pour", "en" ... or ""
}

// Precisions of a [Deadline].
const (
	PrecisionDay      = "day"
	PrecisionMonth    = "month"
	PrecisionQuarter  = "quarter"
	PrecisionSemester = "semester"
	PrecisionYear     = "year"
	PrecisionRelative = "relative"
	PrecisionASAP     = "asap"
)

// Due normalises a deadline as written, relative to the meeting's ISO date
// (meeting is "" when unknown). A period resolves to its last day ("fin mai
// 2025" and "mai 2025" → 2025-05-31, "1er semestre 2025" → 2025-06-30), a
// range to the end of its last period ("Février – mars 2024" →
// 2024-03-31), a duration to the meeting date plus the duration ("48
// heures", "dans 2 ou 3 semaines" takes the upper bound), "Immédiat" to the
// meeting date, and a day or month without a year to its next occurrence
// on or after the meeting. "fin de la semaine" is the Friday on or after
// the meeting. A qualifier ("avant", "au plus tard") does not move the date.
// Vague words ("prochaine réunion", "mi-juillet", "à moyen terme") and
// frequencies ("chaque mois") keep Raw and give no Date.
func Due(raw, meeting string) Deadline {
	d := Deadline{Raw: strings.TrimSpace(raw)}
	f := dueText(raw)
	d.Qualifier = qualifier(f)
	ref, known := parseISO(meeting)
	if r, ok := resolveDue(f, dueRef{ref, known}); ok {
		d.Precision = r.precision
		if !r.date.IsZero() {
			d.Date = iso(r.date)
		}
	}
	return d
}

// reWithin is the long form of "dans": "dans un délai maximum de".
var reWithin = regexp.MustCompile(`\bdans un delai (?:maximum |maximal |de rigueur )?d(?:e |')`)

// dueText folds a deadline for the rules and drops the punctuation around it.
func dueText(raw string) string {
	f := strings.Trim(Fold(raw), " .,;:!?()[]«»\"*-–—/")
	// "dans un délai (maximum) de 3 semaines" is "dans 3 semaines"
	return reWithin.ReplaceAllString(f, "dans ")
}

// dueRef is the meeting date that relative deadlines count from.
type dueRef struct {
	meet  time.Time
	known bool
}

// dueResult is what a rule makes of a deadline: a zero date when the
// expression is vague or needs an unknown meeting date.
type dueResult struct {
	date      time.Time
	precision string
	loc       []int // where the rule matched in the folded text
}

// resolveDue runs the rules in order; the first that recognises f decides.
// ok=false when f is not a deadline at all, or is a frequency.
func resolveDue(f string, ref dueRef) (dueResult, bool) {
	if sp, ok := findDate(f); ok {
		t := sp.from
		if !sp.to.IsZero() {
			t = sp.to
		}
		return dueResult{t, PrecisionDay, []int{sp.start, sp.end}}, true
	}
	if reFrequency.MatchString(f) {
		return dueResult{}, false
	}
	for _, r := range dueRules {
		m := r.re.FindStringSubmatchIndex(f)
		if m == nil {
			continue
		}
		if res, ok := r.resolve(groups(f, m), ref); ok {
			res.loc = m[:2]
			return res, true
		}
	}
	return dueResult{}, false
}

var (
	// "au plus tard fin mai 2025", "D'ici fin 1è semestre 2025", "Dès la
	// semaine prochaine", "jusqu'au 1er septembre", "limite 2 février".
	reQualifier = regexp.MustCompile(`^(au plus tard|avant|d'ici|des|courant|jusqu'(?:au|a|en)|limite|a partir d(?:e|u|')|au cours d(?:e|u|')|pour|en)\b`)
	reLateQual  = regexp.MustCompile(`\bau plus tard$`)
	// Frequencies are not deadlines: "par trimestre", "chaque mois", "une
	// fois par mois", "mensuellement".
	reFrequency = regexp.MustCompile(`\b(?:par|chaque|tous les|toutes les)\s+(?:\d+\s+|deux\s+|trois\s+|six\s+)?(?:jours?|semaines?|mois|trimestres?|semestres?|ans|annees?|quinzaines?)\b|\bfois par\b|\b(?:mensuel|hebdomadaire|trimestriel|semestriel|annuel|quotidien|bimensuel|bimestriel)(?:le)?s?(?:ment)?\b`)
)

// qualifierNames spells the folded qualifiers as French writes them.
var qualifierNames = map[string]string{
	"des": "dès", "jusqu'a": "jusqu'à", "a partir de": "à partir de",
	"a partir du": "à partir du", "a partir d'": "à partir d'",
}

// qualifier returns the word that introduces a deadline, "" when none.
func qualifier(f string) string {
	q := reQualifier.FindString(f)
	if q == "" && reLateQual.MatchString(f) {
		q = "au plus tard"
	}
	if n, ok := qualifierNames[q]; ok {
		return n
	}
	return q
}
