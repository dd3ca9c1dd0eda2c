package normalize

import (
	"strconv"
	"time"
)

// French calendar words as they read once folded (see [Fold]). A month may
// be abbreviated with or without a dot: "janv.", "févr", "fév", "sept.",
// "déc.".
const (
	monthRE   = `(janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec|january|february|march|april|june|july|august|september|october|november|december)\b\.?`
	weekdayRE = `(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`
	// dayRE is a day of the month with an optional ordinal ending: "1er",
	// "1ère", "1 er" (a superscript split off by the PDF reader), "2ème".
	dayRE  = `(\d{1,2})(?:\s?(?:er|ere|eme|e|nd)\b)?`
	yearRE = `(\d{4})`
	dashRE = `[-‐‑–—]`
)

var months = map[string]time.Month{
	"janvier": 1, "janv": 1, "jan": 1,
	"fevrier": 2, "fevr": 2, "fev": 2,
	"mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6,
	"juillet": 7, "juil": 7, "aout": 8,
	"septembre": 9, "sept": 9, "sep": 9,
	"octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
	"decembre": 12, "dec": 12,
	// English months, as some minutes of French-speaking crises date
	// their header ("21 October 2016 – 10AM"); "may" is left out, a word
	// of English prose.
	"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var weekdays = map[string]time.Weekday{
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday,
	"mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday,
}

const isoLayout = "2006-01-02"

// day returns the date y-m-d when it exists (no 31 February) and the year
// is plausible for a report.
func day(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && t.Month() == m
}

// monthEnd is the last day of month m of year y.
func monthEnd(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// iso formats t as YYYY-MM-DD.
func iso(t time.Time) string { return t.Format(isoLayout) }

// parseISO parses a YYYY-MM-DD date; ok=false for "" or anything else.
func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse(isoLayout, s)
	return t, err == nil
}

// atoi converts a string of digits; it returns -1 for "" or non-digits.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// year4 reads a 4- or 2-digit year; 2-digit years are 20xx ("11/07/25").
func year4(s string) int {
	n := atoi(s)
	if len(s) == 2 && n >= 0 {
		return 2000 + n
	}
	return n
}
