package extract

import (
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// listParticipants reads an attendance list, inline or on the lines that
// follow its label; it reports whether it found anyone.
func listParticipants(p *people, f field, role string, excused, orgList bool) bool {
	n := len(p.list)
	value := normalize.Fold(f.Value)
	if f.Src.Row == 1 && words(f.Value) <= 4 && (orgHeader.MatchString(value) || roleHeader.MatchString(value)) {
		return false // "Participants | Autorité de rattachement": a table's header, read by attendanceTable
	}
	if headcount.MatchString(value) {
		return false // "Participants : 21 participants de 15 organisations" is a count
	}
	orgList = orgList || mostlyOrgs(f)
	if f.Value != "" {
		for _, e := range splitEntries(f.Value) {
			addEntry(p, e, role, excused, orgList, f.Src)
		}
		if len(p.list) > n || !strings.HasSuffix(f.Value, ":") {
			return len(p.list) > n
		}
	}
	listed := false
	for _, u := range f.Follow {
		if u.Kind != "list_item" && (words(u.Text) > 20 && !enumeration(u.Text) || listed) {
			break // prose, or a line after the list ("Interne", a page mark)
		}
		listed = listed || u.Kind == "list_item"
		for _, e := range splitEntries(u.Text) {
			addEntry(p, e, role, excused, orgList, u.Src)
		}
	}
	return len(p.list) > n
}

// splitEntries splits an attendance line on commas and semicolons outside
// parentheses, unless the line reads as "Name, Organization".
func splitEntries(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(depth-1, 0)
		case depth == 0 && (r == ',' || r == ';'):
			out = append(out, s[start:i])
			start = i + 1
		case depth == 0 && (r == '/' || r == '.') && i > 0 && s[i-1] != ' ' && r == '.' && i+2 < len(s) && s[i+1] == ' ' && isUpper(rune(s[i+2])) && isAcronym(lastField(s[start:i])):
			// "CRS. DRSES": a full stop between two acronyms separates them
			out = append(out, s[start:i])
			start = i + 1
		case depth == 0 && r == '/' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' && orgEntry(s[start:i]) && orgEntry(nextEntry(s[i+1:])):
			// "ENDA-MALI / MINUSMA": a spaced slash between two
			// organizations separates them ("Juliette - vigiliantes /
			// Extinction Rebellion" is one person's affiliations)
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	out = append(out, s[start:])
	if len(out) == 1 {
		// "OMS - UNICEF - OCHA - MSF": dashes separate the entries of a
		// list with no comma when they are short.
		if parts := dashSep.Split(s, -1); len(parts) >= 3 && allShort(parts, 4) {
			out = parts
		}
	}
	if len(out) >= 2 && strings.Contains(out[0], " - ") && allPlaces(out[1:]) {
		// "Marie-Hélène Guitton - Amis du Jardin, Dinan": the places
		// qualify the organization.
		return []string{s}
	}
	if len(out) >= 2 && normalize.LooksLikePersonName(strings.TrimSpace(out[0])) && (!anyPerson(out[1:]) || len(out) == 2 && orgLike(out[0], out[1])) {
		// "Armelle LIVORY-MOSER, Agence d’urbanisme, de développement
		// économique ...": one person and her organization.
		return []string{s}
	}
	var clean []string
	for _, e := range out {
		if e = strings.TrimSpace(strings.Trim(e, " .")); e != "" {
			clean = append(clean, e)
		}
	}
	return clean
}

// orgLike reports whether s, written after name, reads as an organization
// rather than a second person: a known organization, an acronym in it
// ("DREAL Occitanie"), three words or more, or one word after a full name.
func orgLike(name, s string) bool {
	s = strings.TrimSpace(s)
	if _, ok := normalize.Organization(s); ok || words(s) >= 3 || words(name) >= 2 && words(s) == 1 {
		// "Clément JULLIEN, BearingPoint": after a full name, one word
		// names the organization.
		return true
	}
	for _, w := range strings.Fields(s) {
		if isAcronym(w) {
			return true
		}
	}
	return false
}

// allPlaces reports whether every part is a capitalised word or two, as
// the towns after an organization are: "Dinan", "Trélat", "Taden".
func allPlaces(parts []string) bool {
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || words(p) > 2 || !isUpper([]rune(p)[0]) {
			return false
		}
	}
	return true
}

// anyPerson reports whether one of the parts reads as a person's name.
func anyPerson(parts []string) bool {
	for _, p := range parts {
		if normalize.LooksLikePersonName(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// addEntry reads one attendance entry: an organization ("MINUSMA (CAD,
// POC)"), a person with an organization ("Hanan TALBI, NRC", "Béatrice -
// Coeur Emeraude", "Dr X (OMS)"), or a person alone.
func addEntry(p *people, e, role string, excused, orgList bool, src minutes.Source) {
	e = strings.TrimSpace(stripNumber(e))
	if parts := representedOrgs(e); len(parts) > 0 {
		for _, part := range parts {
			addEntry(p, part, role, excused, orgList, src)
		}
		return
	}
	if orgList && !hasTitle(e) {
		listedOrg(p, e, role, excused, src)
		return
	}
	if e == "" || words(e) > 14 || strings.HasSuffix(e, ":") {
		return
	}
	e = strings.TrimSpace(emailRe.ReplaceAllString(e, ""))
	if e == "" {
		return
	}
	x := minutes.Participant{Role: role, Excused: excused, Raw: e, Source: src}
	if org, ok := organization(e); ok {
		x.Organization = org
		p.add(x)
		return
	}
	if orgWithPeople(p, x, e) {
		return
	}
	if strings.Contains(e, " ") && !isUpper([]rune(e)[0]) && !unicode.IsDigit([]rune(e)[0]) {
		return // "voir liste des participants": words, not an entry
	}
	if !strings.ContainsAny(e, " ,()-") && !excused && !isUpper([]rune(e)[0]) {
		// A single lower-case word that is no known organization is a
		// pseudonym: "germinolegrand", "situphen".
		x.Person = e
		p.add(x)
		return
	}
	name, orgText := splitPersonOrg(e)
	pn := normalize.PersonName(name)
	if pn.Title == "" && orgText == "" && !personShaped(strings.Fields(pn.Name)) && words(e) <= 6 && !excused {
		// "Croix Rouge", "Ambassade de France", "Direction régionale de
		// la santé": institution words name a body, not a person.
		x.Organization = minutes.Organization{Acronym: e, Name: e, Kind: "unknown", Raw: e}
		p.add(x)
		return
	}
	if pn.Title == "" && !normalize.LooksLikePersonName(pn.Name) {
		if orgText == "" && !excused && words(e) <= 6 {
			x.Organization = minutes.Organization{Acronym: e, Name: e, Kind: "unknown", Raw: e}
			p.add(x)
		}
		return
	}
	x.Person, x.Title = pn.Name, pn.Title
	orgs := orgsOf(orgText)
	if len(orgs) == 0 {
		p.add(x)
	}
	for _, o := range orgs {
		x.Organization = o
		p.add(x)
	}
}

// headcount is a count given where a list is expected: "21 participants
// de 15 organisations", "18 personnes".
var headcount = normalize.MustExpr(`^(environ |plus de |pres de )?\d+\s+(participants?|personnes?|membres?|representants?|organisations?|structures?|partenaires?)\b`)

// representatives opens an entry that names organizations through their
// representatives: "les représentants de l'OMS", "de la DRS".
var representatives = normalize.MustExpr(`(?i)^(?:(?:les |des )?(?:représentants?|representants?|délégués?|delegues?|délégations?|membres?) )?(?:de la |de l['’]|du |des |de |d['’])`)

var andRe = normalize.MustExpr(`\s+et\s+`)

// representedOrgs reads "les représentants de l'OMS", "de la DRS et de la
// Protection civile" as the organizations they name; nil when the entry is
// not written so, or names anything but known organizations.
func representedOrgs(e string) []string {
	m := representatives.FindStringIndex(e)
	if m == nil {
		return nil
	}
	var out []string
	for _, part := range andRe.Split(e, -1) {
		part = strings.TrimSpace(strings.TrimRight(part, " ."))
		if loc := representatives.FindStringIndex(part); loc != nil {
			part = part[loc[1]:]
		}
		if _, ok := organization(part); !ok && !(part != "" && isUpper([]rune(part)[0]) && !personShaped(strings.Fields(part))) {
			return nil // a known organization, or a body's name ("la Protection civile")
		}
		out = append(out, part)
	}
	return out
}

// emailRe matches an e-mail address written beside a name.
var emailRe = normalize.MustExpr(`\s*[\w.+-]+@[\w-]+\.[\w.-]+`)

// orgWithPeople reads "La Balade des Livres (Anne-Marie Tessier,
// Présidente et Marilyn Degrenne, Directrice artistique)": an organization
// represented by the people in parentheses.
func orgWithPeople(p *people, x minutes.Participant, e string) bool {
	i := strings.Index(e, "(")
	if i <= 0 || !strings.HasSuffix(e, ")") {
		return false
	}
	org := strings.TrimSpace(e[:i])
	if normalize.LooksLikePersonName(org) {
		return false
	}
	var names []string
	for _, part := range splitOwnerText(e[i+1 : len(e)-1]) {
		if normalize.LooksLikePersonName(part) && !roleWords.MatchString(normalize.Fold(part)) {
			names = append(names, part)
		}
	}
	if len(names) == 0 {
		return false
	}
	x.Organization = minutes.Organization{Acronym: org, Name: org, Kind: "unknown", Raw: org}
	for _, n := range names {
		x.Person = n
		p.add(x)
	}
	return true
}

// roleWords open a function written where an organization is expected:
// "1ère adjointe en charge de ...", "Directrice citoyenneté", "Chargé de mission".
var roleWords = normalize.MustExpr(`^(\d|adjoint|directeur|directrice|charge|chargee|president|presidente|maire|conseiller|conseillere|responsable|chef|cheffe|secretaire|tresorier|tresoriere|delegue|deleguee|coordinat|coordonnat|animat|elu|elue|vice|membre|benevole|stagiaire|future?|maraich)`)

// affiliations separates the organizations of one person: "Université de
// La Rochelle / ADERA", "Amap Ploubalay + conseiller municipal".
var affiliations = normalize.MustExpr(`\s*/\s*|\s+\+\s+`)

// orgNoun opens an organization written in lower case after another:
// "vigiliantes + mairie Lanvallay".
var orgNoun = normalize.MustExpr(`^(mairie|commune|ville|association|asso|ferme|cooperative|coop|amap|collectif|syndicat|federation|entreprise|societe)\b`)

// descriptorAcronym is a generic description before an organization's
// acronym: "Bureau d’études CDVIA", "Cabinet KPMG", "Association AMSS".
var descriptorAcronym = normalize.MustExpr(`^(?i:bureau d['’](?:e|é)tudes|cabinet|soci[eé]t[eé]|association|entreprise)\s+(\p{Lu}[\p{Lu}\d&-]{2,})$`)

// orgsOf reads the organizations of an attendance entry: "Université de
// La Rochelle / ADERA" is two, "Brest Métropole / service SIG" one,
// "Solutions & Co (ARD Pays de la Loire)" is "Solutions & Co".
func orgsOf(s string) []minutes.Organization {
	var out []minutes.Organization
	for i, part := range affiliations.Split(emailRe.ReplaceAllString(s, ""), -1) {
		part = strings.TrimRight(strings.TrimSpace(part), " -–—,;:") // "CDVIA - h.x@cdvia.fr"
		if m := descriptorAcronym.FindStringSubmatch(part); m != nil {
			part = m[1] // "Bureau d’études CDVIA"
		}
		if j := strings.Index(part, "("); j > 0 {
			part = strings.TrimSpace(part[:j])
		}
		if j := strings.Index(part, ", "); j > 0 && allPlaces(strings.Split(part[j+2:], ", ")) {
			part = part[:j] // "Amis du Jardin, Dinan"
		}
		if j := strings.Index(part, " pour "); j > 0 {
			part = part[:j]
		}
		f := normalize.Fold(part)
		if part == "" || roleWords.MatchString(f) || i > 0 && !isUpper([]rune(part)[0]) && !orgNoun.MatchString(f) {
			continue
		}
		if org, ok := organization(part); ok {
			out = append(out, org)
			continue
		}
		out = append(out, minutes.Organization{Acronym: part, Name: part, Kind: "unknown", Raw: part})
	}
	return out
}

// represented matches a sentence that introduces who attended: "Cette
// retraite a regroupé plus de 40 personnes ... représentant :", "Ont pris
// part à la réunion :".
var represented = normalize.MustExpr(`\b(representant|representaient|representees?|representes|regroupe|ont pris part|ont participe|ont assiste|etaient presents)\b`)

func representedIntro(u unit) bool {
	return !u.InCell && strings.HasSuffix(strings.TrimSpace(u.Text), ":") && represented.MatchString(normalize.Fold(u.Text))
}

// representedList adds the known organizations named in the list that
// follows such a sentence.
func representedList(p *people, us []unit) {
	for _, u := range us {
		if u.Kind != "list_item" {
			return
		}
		for _, m := range normalize.Mentions(u.Text) {
			if participating(m.Org.Kind) {
				p.add(minutes.Participant{Organization: minutes.Organization{Acronym: m.Org.Acronym, Name: m.Org.Name, Kind: m.Org.Kind, Raw: m.Text},
					Role: "participant", Raw: m.Text, Source: u.Src})
			}
		}
	}
}

// nearby reports whether a later attendance label b stands beside the
// first one a: in the same table, or within three blocks of it.
func nearby(a, b minutes.Source) bool {
	return a.Page == b.Page && (a.Block == b.Block || b.Block > a.Block && b.Block-a.Block <= 3)
}

// enumeration reports whether a paragraph is a list written on one line:
// four entries or more, most of them a few words ("OMS, MSP, ALIMA, …").
func enumeration(s string) bool {
	parts := splitEntries(s)
	if len(parts) < 4 {
		return false
	}
	short := 0
	for _, e := range parts {
		if words(e) <= 6 {
			short++
		}
	}
	return short*4 >= len(parts)*3
}

// listedOrg reads an entry of a list of organizations: never a person
// (a person needs a title there), a known organization with the known
// ones it names in parentheses ("MINUSMA (CICR, UNPOL)"), or an
// organization as written ("CLUB RFI BANDIAGARA"). Generic groups
// ("Organisations Non Gouvernementales", "Société civile etc.") are not
// organizations.
func listedOrg(p *people, e, role string, excused bool, src minutes.Source) {
	e = strings.TrimSpace(emailRe.ReplaceAllString(e, ""))
	e = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(e, "etc."), "etc"))
	e = strings.Trim(e, " .,;:-–—")
	if e == "" || words(e) > 8 || strings.HasSuffix(e, ":") {
		return
	}
	x := minutes.Participant{Role: role, Excused: excused, Raw: e, Source: src}
	org, ok := organization(e)
	switch {
	case ok && !participating(org.Kind):
		return
	case ok:
	case !isUpper([]rune(e)[0]) && !unicode.IsDigit([]rune(e)[0]):
		return // "la société civile", "etc."
	default:
		name := e
		if i := strings.Index(e, "("); i > 0 {
			name = strings.TrimSpace(e[:i])
		}
		if k, _ := attendanceLabel(normalize.Fold(name)); k != notAttendance {
			return // a label, not an entry
		}
		org = minutes.Organization{Acronym: name, Name: name, Kind: "unknown", Raw: e}
	}
	x.Organization = org
	p.add(x)
	if i := strings.Index(e, "("); i > 0 {
		for _, inner := range splitEntries(strings.Trim(e[i:], "()")) {
			if o, ok := normalize.Organization(inner); ok && o.Acronym != org.Acronym && participating(o.Kind) {
				x.Organization = minutes.Organization{Acronym: o.Acronym, Name: o.Name, Kind: o.Kind, Raw: inner}
				x.Raw = inner
				p.add(x)
			}
		}
	}
}

// mostlyOrgs reports whether an attendance list names organizations: half
// its entries or more are known organizations or acronyms ("Participants :
// OMS, UNICEF, Caritas Haiti, Zanmi Lasante, …"). Its other entries are
// then organizations too, never people.
func mostlyOrgs(f field) bool {
	var entries []string
	if f.Value != "" {
		entries = splitEntries(f.Value)
	}
	for _, u := range f.Follow {
		entries = append(entries, splitEntries(u.Text)...)
	}
	orgs := 0
	for _, e := range entries {
		if hasTitle(e) {
			continue
		}
		if _, ok := organization(e); ok || opensWithAcronym(e) {
			orgs++
		}
	}
	return len(entries) >= 3 && orgs*2 >= len(entries)
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// orgEntry reports whether an entry names an organization: a known one or
// an acronym.
func orgEntry(e string) bool {
	e = strings.TrimSpace(e)
	if _, ok := normalize.Organization(e); ok {
		return true
	}
	return opensWithAcronym(e)
}

// nextEntry is the text up to the next comma or semicolon.
func nextEntry(s string) string {
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		return s[:i]
	}
	return s
}

// allShort reports whether every part has at most n words.
func allShort(parts []string, n int) bool {
	for _, p := range parts {
		if w := words(p); w == 0 || w > n {
			return false
		}
	}
	return true
}

// genericGroup reports whether a name written as an organization names a
// kind of body, not one: a plural group noun with no acronym ("Agences du
// Système des Nations Unies", "Organisations Non Gouvernementales",
// "Représentants de la communauté diplomatique", "Agences UN"), the civil
// society, or a cluster as such ("Cluster Nutrition Hubs").
func genericGroup(name string) bool {
	f := normalize.Fold(name)
	ws := strings.Fields(f)
	if len(ws) == 0 {
		return false
	}
	switch {
	case strings.HasPrefix(f, "societe civile"), strings.HasPrefix(f, "cluster "), strings.HasPrefix(f, "sous-cluster "), strings.HasPrefix(f, "groupe de travail"):
		return true
	case !groupNouns[ws[0]]:
		return false
	}
	for _, w := range strings.Fields(name)[1:] {
		if isAcronym(strings.Trim(w, ",.()")) && w != "UN" && w != "NU" && w != "ONG" {
			return false // "Agences SNU Mopti"? an acronym names a body
		}
	}
	return true
}

// groupNouns open the name of a kind of bodies, in the plural.
var groupNouns = map[string]bool{"agences": true, "organisations": true, "ongs": true, "representants": true, "partenaires": true,
	"acteurs": true, "autorites": true, "services": true, "structures": true, "institutions": true, "associations": true, "membres": true, "ministeres": true, "bailleurs": true, "donateurs": true}
