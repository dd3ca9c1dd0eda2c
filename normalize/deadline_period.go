package normalize

import (
	"strings"
	"time"
)

// numberWords are counts written in letters.
var numberWords = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quinze": 15,
	"vingt": 20, "trente": 30,
}

// relativeWords introduce a duration that counts from the meeting: "dans
// 2 semaines", "sous 72h", "d'ici 15 jours", "en 3 jours".
var relativeWords = map[string]bool{"dans": true, "sous": true, "d'ici": true, "en": true, "apres": true, "delai": true}

func count(s string) int {
	if n, ok := numberWords[s]; ok {
		return n
	}
	return atoi(s)
}

// duration resolves "48 heures" and "dans 2 ou 3 semaines" (lead word,
// lower bound, upper bound, unit). A bare duration counts only in hours of
// a day or more ("48 heures", "72h"): "2 mois" alone has no start and
// "à 18h" is a time.
func duration(g []string, ref dueRef) (dueResult, bool) {
	lead, n, unit := g[1], count(g[3]), g[4]
	hours := strings.HasPrefix(unit, "h")
	switch {
	case n < 0:
		return dueResult{}, false
	case relativeWords[lead], lead == "a" && !hours:
	case lead == "" && hours && n >= 24:
	default:
		return dueResult{}, false
	}
	return relative(ref, PrecisionRelative, func(t time.Time) time.Time {
		switch {
		case hours:
			return t.Add(time.Duration(n) * time.Hour)
		case strings.HasPrefix(unit, "j"):
			return t.AddDate(0, 0, n)
		case strings.HasPrefix(unit, "s"):
			return t.AddDate(0, 0, 7*n)
		case unit == "mois":
			return t.AddDate(0, n, 0)
		}
		return t.AddDate(n, 0, 0)
	}), true
}

// plusDays resolves "J+7": seven days after the meeting.
func plusDays(g []string, ref dueRef) (dueResult, bool) {
	n := atoi(g[1])
	return relative(ref, PrecisionRelative, func(t time.Time) time.Time { return t.AddDate(0, 0, n) }), true
}

// fortnight resolves "sous huitaine" to the meeting plus eight days and
// "sous quinzaine" to the meeting plus fifteen.
func fortnight(g []string, ref dueRef) (dueResult, bool) {
	n := 8
	if g[1] == "quinzaine" {
		n = 15
	}
	return relative(ref, PrecisionRelative, func(t time.Time) time.Time { return t.AddDate(0, 0, n) }), true
}

// ordinal reads "1er", "2ème", "second", "troisième" ... as 1 to 4.
func ordinal(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] >= '1' && s[0] <= '4':
		return int(s[0] - '0')
	case strings.HasPrefix(s, "prem"):
		return 1
	case strings.HasPrefix(s, "deux"), strings.HasPrefix(s, "second"):
		return 2
	case strings.HasPrefix(s, "trois"):
		return 3
	case strings.HasPrefix(s, "quat"):
		return 4
	}
	return 0
}

// period resolves the n-th period of months months (3 for a quarter, 6
// for a semester) of year y, or of its next occurrence when y is "".
func period(g []string, ref dueRef, months int, precision string) (dueResult, bool) {
	n := max(atoi(g[1]), ordinal(g[2]), atoi(g[3]))
	if n < 1 || n*months > 12 {
		return dueResult{}, false
	}
	end := time.Month(n * months)
	if g[4] != "" {
		return dueResult{date: monthEnd(atoi(g[4]), end), precision: precision}, true
	}
	return nextMonthEnd(ref, end, false, precision), true
}

func quarter(g []string, ref dueRef) (dueResult, bool) {
	return period(g, ref, 3, PrecisionQuarter)
}

func semester(g []string, ref dueRef) (dueResult, bool) {
	return period(g, ref, 6, PrecisionSemester)
}

// nextMonthEnd is the end of month m in the meeting's year, or the next
// year when that end is before the meeting (or not after it, for "mars
// prochain").
func nextMonthEnd(ref dueRef, m time.Month, strict bool, precision string) dueResult {
	if !ref.known {
		return dueResult{precision: precision}
	}
	t := monthEnd(ref.meet.Year(), m)
	if t.Before(ref.meet) || strict && m <= ref.meet.Month() {
		t = monthEnd(ref.meet.Year()+1, m)
	}
	return dueResult{date: t, precision: precision}
}

// month resolves "fin mai 2025", "Février – mars 2024" (the end of the
// range), "en mai/juin", "septembre prochain" (first month, second month,
// year, "prochain").
func month(g []string, ref dueRef) (dueResult, bool) {
	m := months[g[1]]
	if g[2] != "" {
		m = months[g[2]]
	}
	if g[3] != "" {
		return dueResult{date: monthEnd(atoi(g[3]), m), precision: PrecisionMonth}, true
	}
	return nextMonthEnd(ref, m, g[4] != "", PrecisionMonth), true
}

// firstFortnight resolves "première quinzaine de juin (2025)" to the 15th
// of that month.
func firstFortnight(g []string, ref dueRef) (dueResult, bool) {
	r, _ := month([]string{g[0], g[1], "", g[2], ""}, ref)
	if !r.date.IsZero() {
		r.date = time.Date(r.date.Year(), r.date.Month(), 15, 0, 0, 0, 0, time.UTC)
		r.precision = PrecisionDay
	}
	return r, true
}

// year resolves "fin 2025", "courant 2025", "2025".
func year(g []string, _ dueRef) (dueResult, bool) {
	return dueResult{date: monthEnd(atoi(g[1]), 12), precision: PrecisionYear}, true
}

// thisYear resolves "fin d'année" and "l'année prochaine" from the meeting.
func thisYear(g []string, ref dueRef) (dueResult, bool) {
	next := 0
	if g[1] != "" {
		next = 1
	}
	return relative(ref, PrecisionYear, func(t time.Time) time.Time { return monthEnd(t.Year()+next, 12) }), true
}

// thisMonth resolves "d'ici la fin du mois" and "le mois prochain".
func thisMonth(g []string, ref dueRef) (dueResult, bool) {
	next := time.Month(0)
	if g[1] != "" || g[2] != "" {
		next = 1
	}
	return relative(ref, PrecisionMonth, func(t time.Time) time.Time { return monthEnd(t.Year(), t.Month()+next) }), true
}

// week resolves "fin de la semaine" to the Friday on or after the meeting
// (a week later for "fin de la semaine prochaine") and "la semaine
// prochaine" to the meeting date plus seven days.
func week(g []string, ref dueRef) (dueResult, bool) {
	if g[3] != "" {
		return relative(ref, PrecisionRelative, func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }), true
	}
	extra := 0
	if g[2] != "" {
		extra = 7
	}
	return relative(ref, PrecisionDay, func(t time.Time) time.Time {
		return t.AddDate(0, 0, (int(time.Friday)-int(t.Weekday())+7)%7+extra)
	}), true
}

// weekday resolves "avant lundi prochain" to the first Monday strictly
// after the meeting.
func weekday(g []string, ref dueRef) (dueResult, bool) {
	wd := weekdays[g[1]]
	return relative(ref, PrecisionDay, func(t time.Time) time.Time {
		return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+6)%7+1)
	}), true
}
