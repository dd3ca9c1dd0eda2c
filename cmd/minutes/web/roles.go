package web

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahelim/minutes/normalize"
)

// roles translates the roles the extraction stores (extract's roleName and
// the participants it reads), folded, to French and English.
var roles = map[string][2]string{
	"participant":       {"Participant", "Participant"},
	"intervenant":       {"Intervenant", "Speaker"},
	"presentateur":      {"Présentateur", "Presenter"},
	"rapporteur":        {"Rapporteur", "Minute-taker"},
	"facilitateur":      {"Facilitateur", "Facilitator"},
	"moderateur":        {"Modérateur", "Moderator"},
	"president":         {"Président", "Chair"},
	"lead":              {"Lead", "Lead"},
	"owner":             {"Responsable d'une action", "Action owner"},
	"representant":      {"Représentant", "Representative"},
	"directeur general": {"Directeur général", "Director-General"},
	"point focal":       {"Point focal", "Focal point"},
	"coordinateur":      {"Coordinateur", "Coordinator"},
	"coordonnateur":     {"Coordonnateur", "Coordinator"},
	"chef de bureau":    {"Chef de bureau", "Head of office"},
	"secretaire":        {"Secrétaire", "Secretary"},
}

// roleLabel shows a stored role: a known one translated, any other in one
// form whatever its case ("Directeur Général" and "directeur général" are
// both "Directeur général"; an acronym such as OMS is kept).
func roleLabel(lang, role string) string {
	if t, ok := roles[normalize.Fold(strings.TrimSpace(role))]; ok {
		if lang == "en" {
			return t[1]
		}
		return t[0]
	}
	words := strings.Fields(role)
	for i, w := range words {
		if !isAcronym(w) {
			words[i] = strings.ToLower(w)
		}
	}
	s := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// isAcronym reports whether w is written in capitals, with at least two
// letters (OMS, UNICEF, DRS).
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
