package normalize

import (
	"regexp"
	"strings"
	"time"
)

// dueRule recognises one kind of deadline in folded text. resolve gets the
// match and its groups; ok=false lets the next rule try.
type dueRule struct {
	re      *regexp.Regexp
	resolve func(g []string, ref dueRef) (dueResult, bool)
}

const (
	// ordinalRE is "1er", "1è" (folded "1e"), "1 er", "2ème", "2nd", "second" ...
	ordinalRE = `([1-4]\s?(?:er|ere|e|eme|nd|nde)|premier|premiere|deuxieme|second|seconde|troisieme|quatrieme)`
	// numberRE is a count written in digits or in words.
	numberRE = `(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente)`
	unitRE   = `(heures?|hrs?|h|jours?|semaines?|mois|ans|annees?)`
	// periodYearRE is the optional year after a quarter or semester:
	// "T1-2024", "1er semestre 2025", "2e trimestre de l'année 2025".
	periodYearRE = `(?:\s*(?:` + dashRE + `|,|de l'annee|de|d')?\s*(\d{4}))?\b`
)

// dueRules are tried in order after a full date (day, month and year) and
// the frequency check; see [resolveDue].
var dueRules = []dueRule{
	// "Immédiat", "immédiatement", "dès que possible".
	{regexp.MustCompile(`\b(?:immediat(?:e|ement)?|des que possible|asap|sans delai|au plus tot|aussitot que possible|urgent|urgence|tout de suite|des maintenant|des a present|des aujourd'hui|aujourd'hui|dans la journee|le jour meme)\b`), asap},
	// "prochaine réunion du Cluster Santé", "mi-juillet 2023", "à moyen terme".
	{reVague, vague},
	// "le jeudi 18/04 à 18h", "12 juin", "jusqu'au 1er septembre".
	{regexp.MustCompile(`\b(?:` + weekdayRE + `,?\s+)?(\d{1,2})\s?[/.]\s?(\d{1,2})\b(?:[^/.\d]|$)`), numDayMonth},
	{regexp.MustCompile(`\b(?:` + weekdayRE + `,?\s+)?` + dayRE + `\s+` + monthRE), textDayMonth},
	// "Samedi 25 à 21h00", "pour le 26".
	{regexp.MustCompile(`(?:\b(?:le|pour le|au|jusqu'au|avant le|d'ici le|limite|des le|a partir du)\s+|\b` + weekdayRE + `\s+)(\d{1,2})(?:er)?\b(.{0,12})`), dayOnly},
	// "48 heures", "dans 2 ou 3 semaines", "dans un mois", "J+7".
	{regexp.MustCompile(`(?:\b([\pL']+)\s+)?(?:les\s+)?(?:` + numberRE + `\s*(?:ou|a|` + dashRE + `)\s*)?\b` + numberRE + `\s*` + unitRE + `\b`), duration},
	{regexp.MustCompile(`\bj\s?\+\s?(\d+)\b`), plusDays},
	// "sous huitaine", "sous quinzaine": within eight or fifteen days.
	{regexp.MustCompile(`\b(?:sous|dans la|d'ici)\s+(huitaine|quinzaine)\b`), fortnight},
	// "1er trimestre 2025", "T1 2025", "T1-2024".
	{regexp.MustCompile(`\b(?:[tq]([1-4])|` + ordinalRE + `\s+trimestre|trimestre\s+([1-4]))` + periodYearRE), quarter},
	// "D'ici fin 1è semestre 2025", "1er semestre 2025", "S2 2025".
	{regexp.MustCompile(`\b(?:s([12])|` + ordinalRE + `\s+semestre|semestre\s+([12]))` + periodYearRE), semester},
	// "première quinzaine de juin": the 15th of that month.
	{regexp.MustCompile(`\b(?:premiere|1re|1ere|1e|1er)\s+quinzaine\s+(?:de\s+|d')` + monthRE + `(?:\s+(\d{4}))?`), firstFortnight},
	// "Avant fin mai 2025", "Février – mars 2024", "en mai/juin",
	// "septembre prochain", "d’ici la fin du mois de mars".
	{regexp.MustCompile(`\b` + monthRE + `(?:\s*(?:` + dashRE + `|/|\bet\b|\bou\b|\ba\b|\bau\b)\s*` + monthRE + `)?(?:\s+(?:de l'annee\s+)?(\d{4})\b|\s+(prochain))?`), month},
	// "fin 2025", "courant 2025", "2025", "fin d'année".
	{regexp.MustCompile(`(?:^|[^/.\-\d])((?:19|20)\d{2})\b`), year},
	{regexp.MustCompile(`\b(?:fin (?:de l'|d')annee|cette annee|l'annee en cours|(l'annee prochaine|l'an prochain))\b`), thisYear},
	// "d’ici la fin du mois", "le mois prochain".
	{regexp.MustCompile(`\b(?:fin (?:du|de ce) mois( prochain)?|ce mois|mois en cours|(mois prochain))\b`), thisMonth},
	// "fin de la semaine", "Dès la semaine prochaine".
	{regexp.MustCompile(`\b(fin de (?:la |cette )?semaine|fin de semaine|cette semaine)( prochaine)?\b|\b(semaine prochaine|semaine suivante)\b`), week},
	// "avant lundi prochain".
	{regexp.MustCompile(`\b` + weekdayRE + `\b`), weekday},
	// "2 mois" alone is a duration with no start: vague.
	{regexp.MustCompile(`\b\d+\s*(?:jours?|semaines?|mois|ans|annees?)\b`), vague},
}

// reVague matches deadlines that name no date.
var reVague = regexp.MustCompile(`(?:(?:a l'issue de|lors de|d'ici|avant|apres)\s+(?:la |le |l')?)?\bprochaine?s?\s+(?:reunion|rencontre|session|ag|assemblee|seance|comite|copil|ca)\b` +
	`|(?:a la )?\bmi\s?` + dashRE + `?\s?(?:` + monthRE + `(?:\s+\d{4})?|\d{4}|mois|annee)` +
	`|\bdebut\s+(?:(?:du mois\s+)?(?:de\s+|d')?` + monthRE + `|\d{4}|d'annee|de l'annee|du mois|de la semaine)` +
	`|\bprochainement\b|\b(?:jours|semaines|mois) a venir\b|\bprochain(?:e)?s (?:jours|semaines|mois)\b` +
	`|\bbrefs? delais?\b|\bmeilleurs delais\b|\b(?:court|moyen|long) terme\b|\bcontinu|\bpermanen|\ba (?:definir|determiner|preciser|confirmer|fixer)\b` +
	`|\bnon defini|\btbd\b|\bissue de\b|\bdes que\b|\bau fur et a mesure\b|\bregulierement\b|\bulterieurement\b|\bongoing\b|\bselon (?:les|la|le)\b|\blors de\b`)

func asap(_ []string, ref dueRef) (dueResult, bool) {
	return relative(ref, PrecisionASAP, func(t time.Time) time.Time { return t }), true
}

func vague([]string, dueRef) (dueResult, bool) { return dueResult{}, true }

// relative applies add to the meeting date, or gives no date when the
// meeting date is unknown.
func relative(ref dueRef, precision string, add func(time.Time) time.Time) dueResult {
	if !ref.known {
		return dueResult{precision: precision}
	}
	return dueResult{date: add(ref.meet), precision: precision}
}

// numDayMonth resolves "18/04" (weekday, day, month).
func numDayMonth(g []string, ref dueRef) (dueResult, bool) {
	m := atoi(g[3])
	if m < 1 || m > 12 || atoi(g[2]) < 1 || atoi(g[2]) > 31 {
		return dueResult{}, false
	}
	return nextDay(ref, time.Month(m), atoi(g[2]), ""), true
}

// textDayMonth resolves "12 juin" (weekday, day, month).
func textDayMonth(g []string, ref dueRef) (dueResult, bool) {
	d := atoi(g[2])
	if d < 1 || d > 31 {
		return dueResult{}, false
	}
	return nextDay(ref, months[g[3]], d, ""), true
}

// nextDay is the first m/d on or after the meeting, in a year where it
// falls on weekday wd when one is given.
func nextDay(ref dueRef, m time.Month, d int, wd string) dueResult {
	if !ref.known {
		return dueResult{precision: PrecisionDay}
	}
	var first time.Time
	for y := ref.meet.Year(); y <= ref.meet.Year()+7; y++ {
		t, ok := day(y, m, d)
		if !ok || t.Before(ref.meet) {
			continue
		}
		if first.IsZero() {
			first = t
		}
		if wd == "" || t.Weekday() == weekdays[wd] {
			return dueResult{date: t, precision: PrecisionDay}
		}
	}
	return dueResult{date: first, precision: PrecisionDay}
}

// dayWordsAfter may follow a bare day of the month: "Samedi 25 à 21h00",
// "pour le 26 : tableaux".
var dayWordsAfter = map[string]bool{"": true, "a": true, "au": true, "et": true, "ou": true, "pour": true, "inclus": true}

// dayOnly resolves "Samedi 25" or "pour le 26": the next day of that
// number on or after the meeting, on that weekday when one is given.
func dayOnly(g []string, ref dueRef) (dueResult, bool) {
	d, rest := atoi(g[2]), g[3]
	if strings.IndexAny(rest[:min(1, len(rest))], "/:h0123456789") == 0 ||
		len(rest) > 1 && rest[0] == '.' && rest[1] >= '0' && rest[1] <= '9' {
		return dueResult{}, false // "18/04", "18h", "1.5"
	}
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if d < 1 || d > 31 || !dayWordsAfter[strings.Trim(next, ".,;:!?()")] {
		return dueResult{}, false
	}
	if !ref.known {
		return dueResult{precision: PrecisionDay}, true
	}
	return nextDayOfMonth(ref.meet, d, g[1]), true
}

// nextDayOfMonth is the first day numbered d on or after from, on weekday
// wd when one is given and such a day comes within a year.
func nextDayOfMonth(from time.Time, d int, wd string) dueResult {
	var first time.Time
	for i := 0; i < 13; i++ {
		month1 := time.Date(from.Year(), from.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		t, ok := day(month1.Year(), month1.Month(), d)
		if !ok || t.Before(from) {
			continue
		}
		if first.IsZero() {
			first = t
		}
		if wd == "" || t.Weekday() == weekdays[wd] {
			return dueResult{date: t, precision: PrecisionDay}
		}
	}
	return dueResult{date: first, precision: PrecisionDay}
}
