package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// presenters reads the presenter named in an agenda item: "Présentation
// de la situation (OMS)", "Présentation ... (DNDS)".
func presenters(p *people, it minutes.AgendaItem) {
	for _, name := range presenterNames(it.Title) {
		p.add(minutes.Participant{Person: name, Role: "présentateur", Raw: name, Source: it.Source})
	}
	m := trailingParen.FindStringSubmatch(it.Title)
	if m == nil {
		return
	}
	for _, part := range splitOwnerText(m[1]) { // "(UNDSS-Gouvernement)", "(OMS/UNICEF)"
		if org, ok := normalize.Organization(part); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: part},
				Role: "présentateur", Raw: part, Source: it.Source})
		}
	}
}

// agendaDuration is the time given to a point: "(5 min)", "10 min", "25'".
var agendaDuration = normalize.MustExpr(`(?i)\(?\s*\d{1,3}\s*(?:min(?:utes?)?|mn|'|’)\s*\)?`)

// presenterNames reads who presents an agenda point: the name beside its
// duration ("Introduction, Kalil (5 min)", "Suivi des points d’action,
// 5 min, Daouda", "GTT-SIN, Marie, (10 min)"), or a full name in
// parentheses ("Mise à jour HNO-HRP 2021 (Fabien Tallec)", "(IMO et
// Fabien Tallec)"). Organizations, groups and pronouns ("Tous",
// "Partenaire") are not presenters.
func presenterNames(title string) []string {
	var out []string
	timed := agendaDuration.MatchString(title)
	if timed {
		rest := agendaDuration.ReplaceAllString(title, ",")
		parts := strings.Split(rest, ",")
		for _, part := range parts[1:] {
			for _, name := range splitOwnerText(strings.Trim(strings.TrimSpace(part), "()–- ")) {
				if presenterLike(name, 1) { // "Kalil et Rosette"
					out = append(out, name)
				}
			}
		}
	}
	for _, m := range parenthesized.FindAllStringSubmatch(title, -1) {
		for _, part := range splitOwnerText(m[1]) {
			part = strings.TrimSpace(part)
			if presenterLike(part, 2) {
				out = append(out, part)
			}
		}
	}
	return out
}

// presenterLike reports whether s is a person's name of at least min
// words: capitalised, no organization, no group or function.
func presenterLike(s string, min int) bool {
	ws := strings.Fields(s)
	if len(ws) < min || len(ws) > 4 || !isUpper([]rune(s)[0]) {
		return false
	}
	for _, w := range ws {
		if len([]rune(strings.TrimRight(w, "."))) < 2 {
			return false // "Hépatite E", "A. Gallais": a name's words are words
		}
	}
	if _, ok := organization(s); ok {
		return false
	}
	for _, w := range ws {
		f := trimWord(normalize.Fold(w))
		if functionWordsLex[f] || institutionWords[f] || groupWords[f] || isAcronym(w) {
			return false
		}
	}
	return normalize.LooksLikePersonName(s)
}

// groupWords name everyone or a group, never a person: "Divers, Tous".
var groupWords = set(nominal("tous!", "toutes!", "chacun!", "partenaire", "membre", "participant", "équipe", "all!", "everyone!", "plénière", "groupe", "secrétariat!", "coordination!", "cluster!", "modérateur"))
