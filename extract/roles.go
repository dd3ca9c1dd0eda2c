package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// roleParticipant reads a role line: "Laurent de Valensart, intérim du
// Coordinateur du CP (UNHCR)", "Hanan TALBI, NRC", "Oulematou dite Saran
// Sall, Associée à la coordination".
func roleParticipant(value, label string, src minutes.Source) minutes.Participant {
	value = strings.TrimRight(value, " .")
	name, rest := value, ""
	if i := strings.IndexAny(value, ",("); i > 0 {
		name, rest = strings.TrimSpace(value[:i]), value[i:]
	}
	if cut := cutFunction(name); cut != name {
		name, rest = cut, strings.TrimPrefix(value, cut) // "Houzibe FOBA Associate Field Officer (Protection) UNHCR"
	}
	pn := normalize.PersonName(name)
	x := minutes.Participant{Title: pn.Title, Role: roleName(label), Raw: value, Source: src}
	if org, ok := organization(name); ok && !normalize.LooksLikePersonName(name) {
		x.Organization = org
		return x
	}
	x.Person = pn.Name
	if paren := parenthesized.FindStringSubmatch(rest); paren != nil {
		if org, ok := organization(paren[1]); ok {
			x.Organization = org
		}
	}
	if x.Organization.Acronym == "" {
		if org, ok := organization(strings.Trim(rest, " ,")); ok {
			x.Organization = org
		}
	}
	return x
}

func roleName(label string) string {
	label = strings.TrimPrefix(strings.TrimPrefix(label, "le "), "la ")
	switch {
	case strings.HasPrefix(label, "secretaire"):
		return "rapporteur" // "Le Secrétaire de séance" takes the minutes
	case strings.HasPrefix(label, "rapport"), strings.HasPrefix(label, "redact"), strings.HasPrefix(label, "redige"):
		return "rapporteur"
	case strings.HasPrefix(label, "facilit"):
		return "facilitateur"
	case strings.HasPrefix(label, "moderat"):
		return "modérateur"
	case strings.HasPrefix(label, "presid"):
		return "président"
	}
	return label
}
