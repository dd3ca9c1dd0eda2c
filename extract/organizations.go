package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// acronymsInText names an unknown organization written in full by its
// acronym when the document uses that acronym: "Agence Nationale de la
// Cohésion des Territoires" in the attendance list and "L'ANCT souligne
// ..." in the text make it ANCT.
func acronymsInText(ps []minutes.Participant, us []unit) {
	used := map[string]bool{}
	for _, u := range us {
		for _, w := range upperWord.FindAllString(u.Text, -1) {
			used[w] = true
		}
	}
	for i := range ps {
		o := &ps[i].Organization
		if o.Kind != "unknown" || words(o.Acronym) < 2 {
			continue
		}
		if a := initials(o.Acronym); len(a) >= 2 && used[a] {
			o.Name, o.Acronym = o.Acronym, a
		}
	}
}

var upperWord = normalize.MustExpr(`\b[A-Z]{2,8}\b`)

// joiners are left out of an acronym: "Agence Nationale de la Cohésion des
// Territoires" is ANCT.
var joiners = map[string]bool{"de": true, "la": true, "le": true, "les": true, "des": true, "du": true, "d": true, "l": true, "et": true, "en": true, "pour": true, "au": true, "aux": true}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '-' }) {
		if joiners[strings.ToLower(w)] {
			continue
		}
		r := []rune(normalize.Fold(w))
		if len(r) == 0 {
			continue
		}
		b.WriteString(strings.ToUpper(string(r[0])))
	}
	return b.String()
}

// acronymExpanded is an acronym followed by its expansion: "DRH
// (Direction régionale de l'hydraulique)".
var acronymExpanded = normalize.MustExpr(`^(\p{Lu}[\p{Lu}\d&-]{1,11})\s*\((\p{Lu}[^()]{5,})\)$`)

// organization canonicalises an organization as written. Parentheses
// after a known name are dropped: "MINUSMA (CAD, POC)" is MINUSMA.
func organization(s string) (minutes.Organization, bool) {
	s = strings.TrimSpace(s)
	if org, ok := normalize.Organization(s); ok {
		return minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: s}, true
	}
	if i := strings.Index(s, "("); i > 0 {
		if org, ok := normalize.Organization(strings.TrimSpace(s[:i])); ok {
			return minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: s}, true
		}
	}
	if ws := strings.Fields(s); len(ws) >= 2 {
		// "DRS Mopti", "OCHA Gao", "UNICEF Niger", "OCHA Goma": an office
		// of a known organization, named by its town or country (one or
		// two capitalised words).
		for k := len(ws) - 1; k >= max(1, len(ws)-2); k-- {
			// An office named by another town keeps its name as written
			// ("EPST OICHA" and "EPST KAMANGO" are two participants).
			if _, known := normalize.Region(strings.Join(ws[k:], " ")); !known {
				continue
			}
			if org, ok := normalize.Organization(strings.Join(ws[:k], " ")); ok && participating(org.Kind) {
				return minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: s}, true
			}
		}
	}
	if m := acronymExpanded.FindStringSubmatch(s); m != nil {
		// "DRH (Direction régionale de l'hydraulique)"
		return minutes.Organization{Acronym: m[1], Name: m[2], Kind: "unknown", Raw: s}, true
	}
	if isAcronym(s) && len(s) >= 3 {
		return minutes.Organization{Acronym: s, Name: s, Kind: "unknown", Raw: s}, true
	}
	return minutes.Organization{}, false
}

// splitPersonOrg splits "Hanan TALBI, NRC", "Béatrice - Coeur Emeraude",
// "Dr Coulibaly (MDO OMS Mopti)" into a name and an organization.
func splitPersonOrg(e string) (string, string) {
	if i := strings.Index(e, "("); i > 0 && strings.HasSuffix(e, ")") {
		inner := e[i+1 : len(e)-1]
		name := strings.TrimSpace(e[:i])
		if org, ok := firstOrg(inner); ok {
			return name, org
		}
		return name, ""
	}
	at, width := -1, 0 // the first separator in the entry
	for _, sep := range []string{", ", " - ", " – ", " / "} {
		if i := strings.Index(e, sep); i > 0 && (at < 0 || i < at) {
			at, width = i, len(sep)
		}
	}
	if at < 0 {
		return e, ""
	}
	return strings.TrimSpace(e[:at]), strings.TrimSpace(e[at+width:])
}

// firstOrg finds a known organization named in s: "Coordo. WHE OMS" → WHO.
func firstOrg(s string) (string, bool) {
	if ms := normalize.Mentions(s); len(ms) > 0 {
		return ms[0].Text, true
	}
	return "", false
}
