package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	// "du 19 au 20 mars 2025", "19-20 mars 2025", "du 28 février au 2
	// mars 2025", "du 3 au 6 avril 2017": a range whose start may borrow
	// its month and year from the end.
	reTextRange = regexp.MustCompile(`\b(?:du\s+)?` + dayRE + `(?:\s+` + monthRE + `(?:\s+` + yearRE + `)?)?\s*(?:` + dashRE + `|\bau\b|\ba\b|\bet\b)\s*` + dayRE + `\s+` + monthRE + `,?\s+` + yearRE + `\b`)
	// "28 Mars 2019", "mardi, 20 Février 2018", "1er mars 2025", "20 fév. 2018".
	// "15 janvier 2020", "03/Mars/2020", "31 mars 21" (a year of two
	// digits, never a time: "12 mars 15h" is no year 2015).
	reTextDate = regexp.MustCompile(`\b` + dayRE + `(?:\s+|\s?[/.-]\s?)` + monthRE + `(?:,?\s+|\s?[/.-]\s?)(\d{4}|\d{2})\b(?:\s*[h:]\s*\d)?`)
	// "05/04/2017", "5-4-2017", "11/07/25", "05.04.2017".
	reNumDate = regexp.MustCompile(`\b(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2})\b`)
	// "2017-04-05".
	reISODate = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	// What joins the two dates of a numeric range: "05/04/2017 au 07/04/2017".
	reRangeJoin = regexp.MustCompile(`^\s*(?:` + dashRE + `|au\b|a\b|et\b)\s*`)
)

// span is a date or range found in folded text, at f[start:end].
type span struct {
	start, end int
	from, to   time.Time // to is zero for a single day
}

// Date finds the first French calendar date or date range in s and returns
// its ISO start and end; end is "" for a single day. Impossible dates (31
// février) are skipped. A date needs its year; 2-digit years are 20xx.
// ok=false when s holds no date.
func Date(s string) (start, end string, ok bool) {
	f := Fold(s)
	if strings.ContainsAny(f, "0123456789") && reGluedYear.MatchString(f) {
		f = reGluedYear.ReplaceAllString(f, "$1 $2")
	}
	sp, ok := findDate(formalDate(f))
	if !ok {
		return "", "", false
	}
	start = iso(sp.from)
	if !sp.to.IsZero() {
		end = iso(sp.to)
	}
	return start, end, true
}

// reGluedYear splits a month glued to its year: "18 octobre2012".
var reGluedYear = regexp.MustCompile(`(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)((?:19|20)\d{2})\b`)

// The formal dates of procès-verbaux: "le 2ème Jour du Mois d’Avril
// 2015", "L’An deux mille seize et le vendredi 15 Janvier".
var (
	reDayOfMonth = regexp.MustCompile(`\b(\d{1,2})\s*(?:er|ere|eme|e)?\s+jour\s+du\s+mois\s+(?:de\s+|d')`)
	reYearWords  = regexp.MustCompile(`\bl'an\s+(deux mille(?:[\s-]+(?:et[\s-]+)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante))*)`)
	reDayMonth   = regexp.MustCompile(`\b` + dayRE + `\s+` + monthRE + `(?:\s+(\d{4}))?`)
)

// formalDate rewrites those as plain dates: "2 avril 2015", "15 janvier
// 2016" (a year in words is given to the day and month that follow it).
func formalDate(f string) string {
	if strings.Contains(f, "jour du mois") {
		f = reDayOfMonth.ReplaceAllString(f, "$1 ")
	}
	if !strings.Contains(f, "l'an ") {
		return f
	}
	m := reYearWords.FindStringSubmatchIndex(f)
	if m == nil {
		return f
	}
	year := yearInWords(f[m[2]:m[3]])
	if year == 0 {
		return f
	}
	rest := f[m[1]:]
	dm := reDayMonth.FindStringSubmatchIndex(rest)
	if dm == nil || dm[0] > 80 || dm[6] >= 0 {
		return f
	}
	at := m[1] + dm[1]
	return f[:at] + " " + strconv.Itoa(year) + f[at:]
}

// yearInWords reads a year of this century written in words: "deux mille
// seize" is 2016, "deux mille vingt et un" 2021.
func yearInWords(s string) int {
	units := map[string]int{"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
		"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
		"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) < 2 || ws[0] != "deux" || ws[1] != "mille" {
		return 0
	}
	n := 0
	for _, w := range ws[2:] {
		if w == "et" {
			continue
		}
		v, ok := units[w]
		if !ok {
			return 0
		}
		n += v // "dix-sept" is 10 + 7, "vingt et un" 20 + 1
	}
	if n > 99 {
		return 0
	}
	return 2000 + n
}

// findDate returns the leftmost date or range in folded text f; at equal
// starts the longer match wins.
func findDate(f string) (span, bool) {
	var best span
	found := false
	for _, find := range []func(string) (span, bool){textRange, singleDate} {
		if sp, ok := find(f); ok && (!found || sp.start < best.start ||
			sp.start == best.start && sp.end > best.end) {
			best, found = sp, true
		}
	}
	return best, found
}

// singleDate finds the leftmost single date in f and, when another date
// follows after "au" or a dash, makes it a range.
func singleDate(f string) (span, bool) {
	sp, ok := firstSingle(f)
	if !ok {
		return sp, false
	}
	join := reRangeJoin.FindStringIndex(f[sp.end:])
	if join == nil {
		return sp, true
	}
	rest := f[sp.end+join[1]:]
	if next, ok := firstSingle(rest); ok && next.start == 0 && next.from.After(sp.from) {
		sp.to = next.from
		sp.end += join[1] + next.end
	}
	return sp, true
}

// firstSingle finds the leftmost valid single date in f.
func firstSingle(f string) (span, bool) {
	var best span
	found := false
	for _, c := range []struct {
		re   *regexp.Regexp
		make func([]string) (time.Time, bool)
	}{{reTextDate, textDay}, {reNumDate, numDay}, {reISODate, isoDay}} {
		for _, m := range c.re.FindAllStringSubmatchIndex(f, -1) {
			t, ok := c.make(groups(f, m))
			if !ok {
				continue
			}
			if !found || m[0] < best.start {
				best, found = span{start: m[0], end: m[1], from: t}, true
			}
			break
		}
	}
	return best, found
}

// textRange finds the leftmost valid "du 19 au 20 mars 2025" range.
func textRange(f string) (span, bool) {
	for _, m := range reTextRange.FindAllStringSubmatchIndex(f, -1) {
		if m[0] > 0 && (f[m[0]-1] == '#' || strings.HasSuffix(f[:m[0]], "n°") || strings.HasSuffix(f[:m[0]], "no ")) {
			continue // "Réunion #7 - 21 octobre 2016": a number, not a range
		}
		g := groups(f, m)
		to, ok := textDay([]string{g[0], g[4], g[5], g[6]})
		if !ok {
			continue
		}
		from, ok := rangeStart(g[1], g[2], g[3], to)
		if !ok {
			continue
		}
		return span{start: m[0], end: m[1], from: from, to: to}, true
	}
	return span{}, false
}

// rangeStart completes the start of a range from its end: "du 28 décembre
// au 3 janvier 2025" starts in 2024.
func rangeStart(d, mon, y string, to time.Time) (time.Time, bool) {
	m := to.Month()
	if mon != "" {
		m = months[mon]
	}
	yr := to.Year()
	if y != "" {
		yr = atoi(y)
	}
	from, ok := day(yr, m, atoi(d))
	if ok && y == "" && from.After(to) {
		from, ok = day(yr-1, m, atoi(d))
	}
	return from, ok && !from.After(to)
}

// groups returns the whole match and its submatches as strings ("" when a
// group did not take part).
func groups(f string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = f[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func textDay(g []string) (time.Time, bool) {
	if len(g[3]) == 2 && !strings.HasSuffix(g[0], g[3]) {
		return time.Time{}, false // "12 mars 15h30": a time, not the year 2015
	}
	return day(year4(g[3]), months[g[2]], atoi(g[1]))
}
func numDay(g []string) (time.Time, bool) {
	return day(year4(g[3]), time.Month(atoi(g[2])), atoi(g[1]))
}
func isoDay(g []string) (time.Time, bool) { return day(atoi(g[1]), time.Month(atoi(g[2])), atoi(g[3])) }
