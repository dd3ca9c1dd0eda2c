package normalize

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Person is a person's name split from its title.
type Person struct {
	Title string // "Dr", "M.", "Mme", "Pr", "Mlle", "" — normalised spelling
	Name  string // "Given FAMILY": as written, title removed, whitespace folded
}

// reTitle matches a title before a name: "Dr", "Docteur", "M.", "Mme",
// "Pr", "Professeur", "Mlle", "Monsieur", "Madame".
var reTitle = regexp.MustCompile(`^(?i)(dr|docteur|pr|prof|professeur|mlle|mademoiselle|mme|madame|mr|monsieur|m)(?:\.\s*|\s+)`)

// reTitleArticle joins two titles: "Monsieur le Docteur".
var reTitleArticle = regexp.MustCompile(`^(?i)(?:le|la)\s+`)

// titles spells each title the house way.
var titles = map[string]string{
	"dr": "Dr", "docteur": "Dr", "pr": "Pr", "prof": "Pr", "professeur": "Pr",
	"m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
	"mlle": "Mlle", "mademoiselle": "Mlle",
}

// particles link the parts of a name: "Laurent de Valensart", "AG
// Zakaria", "Oulematou dite Saran Sall", "Mohamed ould Cheikh".
var particles = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "le": true, "la": true,
	"ag": true, "ould": true, "ben": true, "bin": true, "ibn": true, "el": true,
	"al": true, "dit": true, "dite": true, "van": true, "von": true, "di": true,
}

// PersonName splits a title from a name as written: "Dr AG Zakaria" →
// {Dr, "AG Zakaria"}; "M. Tunga" → {M., Tunga}; "Docteur X" → {Dr, X}.
// What follows the name after a comma or in parentheses is dropped
// ("Hanan TALBI, NRC"). A family name written first in capitals is moved
// last: "TALBI Hanan" → "Hanan TALBI".
func PersonName(raw string) Person {
	var p Person
	s := strings.Join(strings.Fields(raw), " ")
	for {
		m := reTitle.FindStringSubmatch(s)
		if m == nil || len(m[0]) == len(s) {
			break
		}
		p.Title = titles[strings.ToLower(m[1])] // "Monsieur le Docteur": Dr
		s = s[len(m[0]):]
		if a := reTitleArticle.FindString(s); a != "" && reTitle.MatchString(s[len(a):]) {
			s = s[len(a):]
		}
	}
	if i := strings.IndexAny(s, ",(;"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	p.Name = familyLast(strings.Fields(s))
	return p
}

// familyLast moves a leading family name in capitals after the given
// names: "TALBI Hanan" → "Hanan TALBI". "AG Zakaria" stays: AG is a
// particle, not a family name.
func familyLast(words []string) string {
	n := 0
	for n < len(words) && isUpperWord(words[n]) {
		n++
	}
	family := false
	for _, w := range words[:n] {
		family = family || !particles[strings.ToLower(w)]
	}
	if n == 0 || n == len(words) || !family {
		return strings.Join(words, " ")
	}
	for _, w := range words[n:] {
		if isUpperWord(w) {
			return strings.Join(words, " ")
		}
	}
	return strings.Join(append(append([]string{}, words[n:]...), words[:n]...), " ")
}

// isUpperWord reports whether w has letters, at least two, all capitals.
func isUpperWord(w string) bool {
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

// PersonKey returns an identity key for a person's name: title dropped,
// folded, words sorted, so that "TALBI Hanan", "Hanan Talbi" and "Dr Hanan
// TALBI" are one person.
func PersonKey(name string) string {
	words := tokens(Fold(PersonName(name).Name))
	sort.Strings(words)
	return strings.Join(words, " ")
}

// notNames are words that appear beside names in attendance lists and
// headers but are not names.
var notNames = map[string]bool{
	"responsable": true, "responsables": true, "coordination": true, "coordinateur": true,
	"coordonnateur": true, "coordinatrice": true, "coordo": true, "point": true, "focal": true,
	"lieu": true, "date": true, "heure": true, "participants": true, "participant": true,
	"ordre": true, "jour": true, "cluster": true, "sante": true, "protection": true,
	"reunion": true, "presents": true, "present": true, "absents": true, "excuses": true,
	"ministere": true, "direction": true, "division": true, "service": true, "bureau": true,
	"agence": true, "agences": true, "ong": true, "association": true, "organisation": true,
	"partenaires": true, "acteurs": true, "membres": true, "lead": true, "facilitateur": true,
	"rapporteur": true, "divers": true, "actions": true, "action": true, "delais": true,
	"delai": true, "recommandations": true, "nom": true, "prenom": true, "prenoms": true,
	"fonction": true, "structure": true, "contact": true, "email": true, "telephone": true,
	"signature": true, "total": true, "region": true, "cercle": true, "commune": true,
	"gouvernement": true, "compte": true, "rendu": true, "titre": true, "objet": true,
	"nations": true, "unies": true, "humanitaire": true, "humanitaires": true,
	"representant": true, "representante": true, "chef": true, "charge": true, "directeur": true,
	"directrice": true, "national": true, "nationale": true, "regional": true, "regionale": true,
}

// LooksLikePersonName reports whether s is plausibly a person's name: one
// to five words, each capitalised or a particle ("de", "ag", "ould"), no
// digits, not a known organization, place or common header word
// ("Responsable", "Point focal", "Lieu", "Date"). A lone word in capitals
// reads as an acronym, not a name.
func LooksLikePersonName(s string) bool {
	p := PersonName(s)
	words := strings.Fields(p.Name)
	if len(words) == 0 || len(words) > 5 || strings.ContainsFunc(p.Name, unicode.IsDigit) {
		return false
	}
	if _, ok := Organization(p.Name); ok {
		return false
	}
	if _, ok := Region(p.Name); ok && len(words) == 1 {
		return false
	}
	if len(words) == 1 && isUpperWord(words[0]) && p.Title == "" {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[0], "'’")) {
	case "le", "la", "les", "l", "un", "une", "des", "du", "de", "d":
		// "La Balade des Livres" is an organization; a name does not
		// open with an article.
		return false
	}
	named := false
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
		named = named || !particles[strings.ToLower(w)]
	}
	return named
}

// nameWord reports whether w can be a word of a name: a particle, or a
// capitalised word of letters, hyphens and apostrophes that is not a
// header word ("Jean-Paul", "N'Diaye").
func nameWord(w string) bool {
	if particles[strings.ToLower(w)] {
		return true
	}
	for _, t := range tokens(Fold(w)) {
		if notNames[t] {
			return false
		}
	}
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune("-'’.", r):
			return false
		}
	}
	return true
}
