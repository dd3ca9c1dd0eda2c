package normalize

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	// A time of day: "15H", "16H30", "9h00", "18 h 30", "10:00", "14
	// heures". The word before it is captured to tell "à 14 heures" (a
	// time) from "pendant 2 heures" (a duration).
	reClock = regexp.MustCompile(`(?:(\pL+)\s+)?\b(\d{1,2})\s*(?:(h|heures?)\s*(\d{2})?|:(\d{2})(?:\s*(am|pm)\b)?|(am|pm))\b`)
	// What joins the two ends of a time range: "15H -16H30", "de 9h à
	// 12h30", "21h15–22h38".
	// The first end may carry its minutes' unit ("10h30 min à 12h00"),
	// the second a verb of ending ("démarrée à 14 H30 - clôturée à 16 H
	// 00", "démarrée à 8h35 et terminée à 10h40", "entre 9h et 11h").
	reClockJoin = regexp.MustCompile(`^\s*(?:min(?:utes?)?\b|mn\b)?\s*['’]?\s*(?:` + dashRE + `|a\b|au\b|jusqu'a\b|et\b)\s*(?:(?:(?:s'est\s+|a\s+pris\s+)?(?:clotur|termin|lev|achev|fini|pris fin)\pL*)\s+(?:a|vers)\b\s*)?`)
)

// durationWords precede a number of hours that is a duration, not a time:
// "pendant 2h", "dans 48 heures", "en 3h".
var durationWords = map[string]bool{
	"pendant": true, "durant": true, "dans": true, "sous": true, "en": true,
	"les": true, "chaque": true, "toutes": true, "de": false,
}

// Time finds the first time of day or time range in s and returns start
// and end as HH:MM; end is "" for a single time. "15H -16H30" gives
// "15:00", "16:30". A bare "N heures" is a time only after "à", "vers",
// "dès" or "de" ("à 14 heures"); "48 heures" is a duration and is not a
// time. ok=false when s holds no time.
func Time(s string) (start, end string, ok bool) {
	f := Fold(s)
	for _, m := range reClock.FindAllStringSubmatchIndex(f, -1) {
		start, ok := clock(groups(f, m))
		if !ok {
			continue
		}
		return start, clockEnd(f[m[1]:]), true
	}
	return "", "", false
}

// clockEnd reads the end of a range that starts right after a time.
func clockEnd(rest string) string {
	join := reClockJoin.FindStringIndex(rest)
	if join == nil {
		return ""
	}
	rest = rest[join[1]:]
	m := reClock.FindStringSubmatchIndex(rest)
	if m == nil || m[4] != 0 { // the hour must come first
		return ""
	}
	g := groups(rest, m)
	g[1] = "a" // a range end is a time even when written "12 heures"
	end, _ := clock(g)
	return end
}

// clock validates the groups of reClock: word, hour, unit, minutes after
// the unit, minutes after a colon.
func clock(g []string) (string, bool) {
	word, unit := g[1], g[3]
	h, min := atoi(g[2]), 0
	switch {
	case g[4] != "":
		min = atoi(g[4])
	case g[5] != "":
		min = atoi(g[5])
	}
	switch ampm := g[6] + g[7]; {
	case ampm == "":
	case h < 1 || h > 12:
		return "", false
	case ampm == "pm" && h < 12:
		h += 12 // "2PM" is 14:00, as English dates in French minutes write it
	case ampm == "am" && h == 12:
		h = 0
	}
	if h < 0 || h > 23 || min > 59 {
		return "", false
	}
	if durationWords[word] && g[4] == "" && g[5] == "" {
		return "", false
	}
	if strings.HasPrefix(unit, "heure") && g[4] == "" && !timeWords[word] {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, min), true
}

// timeWords make "N heures" a time of day: "à 14 heures", "vers 9 heures".
var timeWords = map[string]bool{"a": true, "vers": true, "des": true, "de": true, "jusqu'a": true}
