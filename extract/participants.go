package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

var (
	// roleLabel: "Lead :", "Facilitateur :", "Modération et secrétariat", "Rapporté par :".
	roleLabel = regexp.MustCompile(`^(le |la )?(co-?)?(lead|facilitat\w*|moderat\w*|secretari\w*|secretaire|rapport(e|eur|euse) ?(par)?|redige par|redaction|redacteur|redactrice|presiden\w*|presidee? par|animat\w*|prise de notes|compte rendu redige par)( de (la )?(seance|reunion))?$`)
	// a title before a name: "Dr AG Zakaria", "M. Tunga", "Mme Sall".
	titledName = regexp.MustCompile(`\b(Dr|Docteur|Pr|Professeur|M\.|Mr\.?|Mme|Mlle|Monsieur|Madame)\s+((?:(?:de|du|d'|d’|van|von|della|ould|ag)\s*)?(?:[A-ZÀ-Þ][\p{L}'’\-]*\.?\s?){1,4})`)
	// "M. Tunga d'OCHA", "Dr X de l'OMS": a person and an organization.
	ofOrg = regexp.MustCompile(`^\s*(d'|d’|de l'|de l’|du |de la |de )([A-Z][A-Za-z\-]{1,12})\b`)
	// "le représentant du CMP a fait savoir", "le point focal de la DNDS".
	representative = regexp.MustCompile(`(?i:repr[ée]sentante?|point focal|d[ée]l[ée]gu[ée]e?|directeur|directrice|coordonnateur|coordinateur|responsable)s?\s+(?i:du|de la|de l'|de l’|d'|d’|des)\s*([A-Z][A-Z\-]{1,10})\b`)
	// "COOPI : COOPI est présente ...": a speaker named before a colon.
	speakerLine = regexp.MustCompile(`^([A-Z][A-Z\-]{1,12})\s*:`)
)

var (
	parenthesized = regexp.MustCompile(`\(([^()]+)\)`)
	trailingParen = regexp.MustCompile(`\(([^()]{2,40})\)\s*$`)
)

type people struct {
	list  []minutes.Participant
	seen  map[string]bool
	where map[string]string // person key -> where they were first named
}

func (p *people) add(x minutes.Participant) {
	if x.Organization.Acronym != "" && (!participating(x.Organization.Kind) || genericGroup(x.Organization.Acronym)) {
		// Roles, groups, clusters and coordination bodies are not
		// participants; a person keeps her place without them.
		if x.Person == "" {
			return
		}
		x.Organization = minutes.Organization{}
	}
	key := normalize.Fold(x.Organization.Acronym) + "|" + normalize.PersonKey(x.Person)
	if x.Person == "" && x.Organization.Acronym == "" || p.seen[key] || p.knownSurname(x.Person) {
		return
	}
	if ref, ok := p.where[normalize.PersonKey(x.Person)]; x.Person != "" && ok && ref != x.Source.Ref() {
		return // one place a person: the first that names them (with all its organizations)
	}
	p.seen[key] = true
	if x.Person != "" {
		p.seen["|"+normalize.PersonKey(x.Person)] = true
		if _, ok := p.where[normalize.PersonKey(x.Person)]; !ok {
			p.where[normalize.PersonKey(x.Person)] = x.Source.Ref()
		}
	}
	p.list = append(p.list, x)
}

// knownSurname reports whether name is one word that is the surname of
// someone already listed: "M. Larrouy" after "Muriel LARROUY".
func (p *people) knownSurname(name string) bool {
	if name == "" || strings.Contains(strings.TrimSpace(name), " ") {
		return false
	}
	f := normalize.Fold(name)
	for _, q := range p.list {
		ws := strings.Fields(normalize.Fold(q.Person))
		if len(ws) > 1 && slices.Contains(ws, f) {
			return true
		}
	}
	return false
}

// participants finds who took part: attendance lists and tables, role
// lines, speakers, presenters and the organizations that own actions.
func participants(d *doc.Document, us []unit, fs []field, m *minutes.Meeting) []minutes.Participant {
	p := &people{seen: map[string]bool{}, where: map[string]string{}}
	present, presentAt := false, minutes.Source{}
	for _, f := range fs {
		att, orgList := attendanceLabel(f.Label)
		switch {
		case roleLabel.MatchString(f.Label) && len(f.Follow) > 1 && f.Follow[0].InCell:
			// a role cell with one person a line
			for _, u := range f.Follow {
				p.add(roleParticipant(u.Text, f.Label, u.Src))
			}
		case roleLabel.MatchString(f.Label) && f.Value != "":
			p.add(roleParticipant(f.Value, f.Label, f.Src))
		case roleLabel.MatchString(f.Label) && len(f.Follow) > 0 && words(f.Follow[0].Text) <= 12 && hasTitle(f.Follow[0].Text):
			// "Secrétaire :" with the name on the next line.
			p.add(roleParticipant(f.Follow[0].Text, f.Label, f.Follow[0].Src))
		case att == absentList:
			listParticipants(p, f, "excused", true, orgList)
		case att == presentList && (!present || nearby(presentAt, f.Src)):
			// The first attendance list is the meeting's, with the lists
			// beside it ("Membres présents", "Observateurs présents"); a
			// later "Présent.es :" names who will attend something else.
			if listParticipants(p, f, "participant", false, orgList) {
				present, presentAt = true, f.Src
			}
		}
	}
	for _, b := range d.Blocks {
		if t, ok := b.(*doc.Table); ok {
			if _, actionTable := actionColumns(t); !actionTable {
				attendanceTable(p, t)
			}
		}
	}
	for i, u := range us {
		textParticipants(p, u)
		if representedIntro(u) {
			representedList(p, us[i+1:])
		}
	}
	for _, it := range m.Agenda {
		presenters(p, it)
	}
	for _, a := range m.Actions {
		for _, o := range a.Owners {
			switch {
			case o.Organization.Acronym != "" && participating(o.Organization.Kind):
				p.add(minutes.Participant{Organization: o.Organization, Role: "owner", Raw: o.Raw, Source: a.Source})
			case o.Person != "" && (strings.HasPrefix(o.Raw, "@") || normalize.PersonName(o.Raw).Title != ""):
				// Who takes on an action took part: "@yann contacte Brest",
				// "Dr AG Zakaria". A bare capitalised owner may be a team.
				name, _ := splitPersonOrg(o.Person)
				p.add(minutes.Participant{Person: name, Role: "owner", Raw: o.Raw, Source: a.Source})
			}
		}
	}
	acronymsInText(p.list, us)
	return p.list
}

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

var upperWord = regexp.MustCompile(`\b[A-Z]{2,8}\b`)

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

// participating reports whether an organization of this kind counts as a
// participant; roles, groups and coordination bodies do not.
func participating(kind string) bool {
	switch kind {
	case "role", "group", "coordination":
		return false
	}
	return true
}

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
var headcount = regexp.MustCompile(`^(environ |plus de |pres de )?\d+\s+(participants?|personnes?|membres?|representants?|organisations?|structures?|partenaires?)\b`)

// representatives opens an entry that names organizations through their
// representatives: "les représentants de l'OMS", "de la DRS".
var representatives = regexp.MustCompile(`(?i)^(?:(?:les |des )?(?:représentants?|representants?|délégués?|delegues?|délégations?|membres?) )?(?:de la |de l['’]|du |des |de |d['’])`)

var andRe = regexp.MustCompile(`\s+et\s+`)

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
var emailRe = regexp.MustCompile(`\s*[\w.+-]+@[\w-]+\.[\w.-]+`)

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
var roleWords = regexp.MustCompile(`^(\d|adjoint|directeur|directrice|charge|chargee|president|presidente|maire|conseiller|conseillere|responsable|chef|cheffe|secretaire|tresorier|tresoriere|delegue|deleguee|coordinat|coordonnat|animat|elu|elue|vice|membre|benevole|stagiaire|future?|maraich)`)

// affiliations separates the organizations of one person: "Université de
// La Rochelle / ADERA", "Amap Ploubalay + conseiller municipal".
var affiliations = regexp.MustCompile(`\s*/\s*|\s+\+\s+`)

// orgNoun opens an organization written in lower case after another:
// "vigiliantes + mairie Lanvallay".
var orgNoun = regexp.MustCompile(`^(mairie|commune|ville|association|asso|ferme|cooperative|coop|amap|collectif|syndicat|federation|entreprise|societe)\b`)

// descriptorAcronym is a generic description before an organization's
// acronym: "Bureau d’études CDVIA", "Cabinet KPMG", "Association AMSS".
var descriptorAcronym = regexp.MustCompile(`^(?i:bureau d['’](?:e|é)tudes|cabinet|soci[eé]t[eé]|association|entreprise)\s+(\p{Lu}[\p{Lu}\d&-]{2,})$`)

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

// acronymExpanded is an acronym followed by its expansion: "DRH
// (Direction régionale de l'hydraulique)".
var acronymExpanded = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\d&-]{1,11})\s*\((\p{Lu}[^()]{5,})\)$`)

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

// textParticipants finds people and organizations that speak: titled
// names ("M. Tunga d'OCHA"), representatives ("le représentant du CMP"),
// and speaker lines ("COOPI : ...").
// titleWords are the literal starts of titledName's titles: most lines
// hold none, and the regular expression is then skipped.
var titleWords = []string{"Dr", "Docteur", "Pr", "Professeur", "M.", "Mr", "Mme", "Mlle", "Monsieur", "Madame"}

// functionWords start the functions that representative and functionRe
// read, lower-cased.
var functionWords = []string{"repr", "direct", "coordi", "coordo", "focal", "légu", "legu", "respons", "chef", "présid", "presid", "secr", "ministre"}

func hasFunction(s string) bool {
	l := strings.ToLower(s)
	for _, w := range functionWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func hasTitle(s string) bool {
	for _, w := range titleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func textParticipants(p *people, u unit) {
	defer appositives(p, u) // after the titled names, which carry more
	defer proseOrgs(p, u)
	if !hasTitle(u.Text) {
		speakers(p, u)
		return
	}
	for _, m := range titledName.FindAllStringSubmatchIndex(u.Text, -1) {
		title, name := u.Text[m[2]:m[3]], strings.TrimSpace(u.Text[m[4]:m[5]])
		name = strings.TrimRight(cutFunction(name), ".") // "Dr Richard FOTSING Coordonnateur du cluster"
		x := minutes.Participant{Person: name, Title: title, Role: "intervenant", Raw: u.Text[m[0]:m[1]], Source: u.Src}
		rest := u.Text[m[1]:]
		if chairedBy.MatchString(normalize.Fold(u.Text[max(0, m[0]-40):m[0]])) {
			x.Role = "président" // "sous la présidence de Mme Aïcha Maïga"
		}
		if org, role, ok := functionOrg(u.Text[max(0, m[0]-200):m[0]]); ok {
			// "le représentant de l’Organisation de la Santé (OMS) au Mali, Dr Patrick Kaboré"
			x.Organization, x.Role = org, role
		} else if o := ofOrg.FindStringSubmatch(rest); o != nil {
			x.Organization, _ = organization(o[2])
		} else if strings.HasPrefix(strings.TrimSpace(rest), "(") {
			if i := strings.Index(rest, ")"); i > 0 {
				if org, ok := firstOrg(rest[:i]); ok {
					x.Organization, _ = organization(org)
				}
			}
		} else if app, ok := strings.CutPrefix(rest, ", "); ok && roleWords.MatchString(normalize.Fold(app)) {
			// "Mme Aïcha Maïga, cheffe du bureau OCHA de Gao"
			if i := strings.IndexAny(app, ",;.("); i > 0 {
				app = app[:i]
			}
			if org, ok := firstOrg(app); ok {
				x.Organization, _ = organization(org)
			}
		}
		p.add(x)
	}
	speakers(p, u)
}

// chairedBy ends the words that introduce a meeting's chair: "sous la
// présidence de", "présidée par", "co-présidée par le".
var chairedBy = regexp.MustCompile(`\b(sous la (co-?)?presidence d(e|u|e la|e l'|es)|(co-?)?presidee? par( le| la)?)\s*$`)

// speakers finds representatives ("le représentant du CMP"), functions
// before a colon and speaker lines ("COOPI : ...").
func speakers(p *people, u unit) {
	f := u.Text
	if m := speakerLine.FindStringSubmatch(f); m != nil && words(f) > 4 {
		if org, ok := normalize.Organization(m[1]); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: m[1]},
				Role: "intervenant", Raw: m[1], Source: u.Src})
		}
	}
	if !hasFunction(f) {
		return
	}
	for _, m := range representative.FindAllStringSubmatch(f, -1) {
		if org, ok := organization(m[1]); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: org, Role: "intervenant", Raw: m[0], Source: u.Src})
		}
	}
	if i := strings.Index(f, ":"); i > 0 && i < 120 {
		// "Le Directeur Général de la Santé et de l'Hygiène Publique: a souhaité ..."
		if org, role, ok := functionOrg(f[:i] + ","); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: org, Role: role, Raw: f[:i], Source: u.Src})
		}
	}
}

// represented matches a sentence that introduces who attended: "Cette
// retraite a regroupé plus de 40 personnes ... représentant :", "Ont pris
// part à la réunion :".
var represented = regexp.MustCompile(`\b(representant|representaient|representees?|representes|regroupe|ont pris part|ont participe|ont assiste|etaient presents)\b`)

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

// functionRe matches a function and the body it serves, just before a
// name or a colon: "le représentant de l’Organisation de la Santé (OMS) au
// Mali,", "directeur général de la santé et de l’hygiène publique,".
var functionRe = regexp.MustCompile(`(?i)(repr[ée]sentante?|directeur|directrice|coordonnateur|coordinateur|coordinatrice|chef|cheffe|responsable|pr[ée]sidente?|point focal|d[ée]l[ée]gu[ée]e?|secr[ée]taire|ministre)(\s+(g[ée]n[ée]ral|national|r[ée]gional|adjoint|ex[ée]cutif|pays)e?)?\s+(de la |de l'|de l’|du |des |de |d'|d’)\s*([^,:;()]{2,90}?)\s*(\(([A-Z][A-Za-z\-]{1,10})\))?(\s+(au|en|à|a) [A-ZÀ-Þ][\p{L}\- ]*)?\s*,\s*$`)

// directionOf names the body a director heads: "directeur général de la
// santé" serves the "Direction générale de la santé".
var directionOf = map[string]string{"general": "Direction générale", "national": "Direction nationale", "regional": "Direction régionale"}

// functionOrg reads the organization of a function written before a name:
// the acronym in parentheses, a known organization, or the direction a
// director heads. ok is false when before ends with no such function.
func functionOrg(before string) (minutes.Organization, string, bool) {
	m := functionRe.FindStringSubmatch(before)
	if m == nil {
		return minutes.Organization{}, "", false
	}
	role := strings.TrimSpace(m[0][:strings.Index(m[0], m[4])])
	body := strings.TrimSpace(m[5])
	if m[7] != "" {
		if org, ok := organization(m[7]); ok {
			return org, role, true
		}
	}
	if org, ok := organization(body); ok {
		return org, role, true
	}
	fn := normalize.Fold(m[1])
	if d, ok := directionOf[normalize.Fold(strings.TrimSpace(m[3]))]; ok && strings.HasPrefix(fn, "direct") {
		name := d + " " + m[4] + body
		if org, ok := organization(name); ok {
			return org, role, true
		}
		return minutes.Organization{Acronym: name, Name: name, Kind: "unknown", Raw: name}, role, true
	}
	return minutes.Organization{}, "", false
}

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

// attendanceHeader matches the header cells of an attendance table.
var (
	nameHeader    = regexp.MustCompile(`^(nom|noms|prenom|nom et prenom|nom prenom|prenom nom|nom & prenom|participants?|membres?|personnes?|identite)\b`)
	orgHeader     = lexiconMatcher{set(cueAttendeeOrg, noun("rattachement", "employeur", "société", "entreprise", "collectivité", "collectif", "affiliation", "ministère", "direction"))}
	presentHeader = headerWord{presentWords, []string{"p"}}
	excusedHeader = headerWord{absentWords, []string{"e", "a"}}
	roleHeader    = regexp.MustCompile(`\b(fonction|titre|poste|qualite|role)\b`)
)

// attendanceTable reads a table of attendees: name, organization and
// function columns, and "Présent / Excusé" columns marked with an "x".
func attendanceTable(p *people, t *doc.Table) {
	h := headerRow(t)
	if h < 0 {
		return
	}
	name, org, present, excused, role := -1, -1, -1, -1, -1
	for j := range t.Rows[h].Cells {
		c := normalize.Fold(cellText(t, h, j))
		switch {
		case nameHeader.MatchString(c) && name < 0:
			name = j
		case orgHeader.MatchString(c) && org < 0:
			org = j
		case presentHeader.MatchString(c):
			present = j
		case excusedHeader.MatchString(c):
			excused = j
		case roleHeader.MatchString(c) && role < 0:
			role = j
		}
	}
	if name < 0 && org < 0 {
		return
	}
	section := false
	for i := h + 1; i < len(t.Rows); i++ {
		if text, ok := groupRow(t, i); ok {
			k, _ := attendanceLabel(normalize.Fold(text))
			section = k == absentList
			continue
		}
		ex := section || excused >= 0 && marked(cellText(t, i, excused)) && (present < 0 || !marked(cellText(t, i, present)))
		src := minutes.Source{Page: t.Pos.Page, Block: t.Pos.Index, Row: i + 1, Col: max(name, 0) + 1}
		x := minutes.Participant{Role: "participant", Excused: ex, Source: src}
		if role >= 0 {
			x.Role = cellText(t, i, role)
		}
		if sameRow(t, i, h) {
			continue
		}
		if name >= 0 {
			raw := emailRe.ReplaceAllString(cellText(t, i, name), "")
			pn := normalize.PersonName(raw)
			x.Person, x.Title, x.Raw = pn.Name, pn.Title, raw
		}
		var orgs []minutes.Organization
		if org >= 0 && !ex {
			orgs = orgsOf(cellText(t, i, org))
			if len(orgs) == 0 && role < 0 {
				x.Role = cellText(t, i, org)
			}
		}
		if len(orgs) == 0 {
			p.add(x)
		}
		for _, o := range orgs {
			x.Organization = o
			p.add(x)
		}
	}
}

func marked(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "x" || s == "oui" || s == "✓" || s == "✔" || s == "1" || s == "yes"
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
		if _, ok := organization(e); ok || isAcronym(strings.Fields(e + " x")[0]) {
			orgs++
		}
	}
	return len(entries) >= 3 && orgs*2 >= len(entries)
}

// capitalRun is a run of capitalised words, with the particles of names.
var capitalRun = regexp.MustCompile(`\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}[\p{L}'’\-]+|de|ould|ag|ben|el))*`)

// chairCue ends the words that introduce who chaired or led: "présidée
// par", "sous la direction d’", "a été animée par".
var chairCue = regexp.MustCompile(`\b(?:(?:presid|dirig|anim|moder|facilit|conduit)\pL*\s+par|sous la (?:co-?)?(?:presidence|direction|conduite|houlette|moderation|facilitation)\s+(?:de|du|des|d'|de la|de l'))\s*(?:le |la |l')?$`)

// appositives finds the people that prose names without a title, in
// apposition to their function or after who chaired: "le sous-préfet de
// Goma-Tsé-Tsé, Prosper Diatoulou, a indiqué", "le ministre de la Santé
// Rémy Lamah", "présidée par Alioune DIOP, membre du HCR", "le
// Lieutenant-général Constant Ndima". A name is two to four capitalised
// words that no article or preposition opens, that are no function, place
// or institution word, and that a function or a chair cue announces in
// the words just before it.
func appositives(p *people, u unit) {
	text := u.Text
	if u.InCell || !strings.ContainsAny(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || words(text) < 6 {
		return // prose only: cells hold functions and bodies ("Chargé de mission Transition Ecologique")
	}
	if !strings.Contains(text, "(") && !strings.Contains(text, " par ") && !strings.Contains(text, "sous la") && !mentionsFunction(text) {
		return // a name is accepted only beside a function, a rank, a chair cue or an organization in parentheses
	}
	for _, loc := range capitalRun.FindAllStringIndex(text, -1) {
		ws := strings.Fields(text[loc[0]:loc[1]])
		if len(ws) < 2 {
			continue // a name has two words at least
		}
		before := normalize.Fold(text[max(0, loc[0]-120):loc[0]])
		chair := chairCue.MatchString(strings.TrimSpace(before))
		// words right after an article or a preposition are nouns, but
		// for the chair's name: "sous la direction d’Emilienne Raoul"
		if prev := lastWord(before); !chair && (prev == "le" || prev == "la" || prev == "les" || prev == "du" || prev == "des" || prev == "de" || prev == "l'" || prev == "l’" || prev == "d'" || prev == "au" || prev == "aux") {
			if len(ws) < 3 {
				continue
			}
			ws = ws[1:]
		}
		titled := false // a function or rank opens the run: "le Commissaire de Police Principal NIBIGIRA Edouard"
		for len(ws) > 0 && (functionWordsLex[trimWord(normalize.Fold(ws[0]))] || rankWords[normalize.Fold(ws[0])] || nameStop(ws[0]) || particle(ws[0])) {
			titled = titled || functionWordsLex[trimWord(normalize.Fold(ws[0]))] || rankWords[normalize.Fold(ws[0])]
			ws = ws[1:]
		}
		for len(ws) > 0 && particle(ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Commissariat de"
		}
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		name := strings.TrimRight(strings.Join(ws, " "), "’'")
		if !personShaped(ws) || !normalize.LooksLikePersonName(name) {
			continue
		}
		if !chair && !titled && !functionBefore(before) && !functionAfter(text[loc[1]:]) {
			continue
		}
		if m := afterName.FindStringSubmatch(text[loc[1]:]); m != nil && m[2] != "" && strings.EqualFold(initials(text[loc[0]:loc[1]]), strings.TrimSpace(m[2])) {
			continue // "Plan Climat Air Energie Territorial (PCAET)": a name and its acronym
		}
		if _, named := p.where[normalize.PersonKey(name)]; named || p.knownSurname(name) {
			continue
		}
		x := minutes.Participant{Person: name, Role: "intervenant", Raw: name, Source: u.Src}
		if chair {
			x.Role = "président"
		}
		p.add(x)
	}
}

// rankWords are titles of rank written before a name.
var rankWords = set(nominal("général", "lieutenant-général!", "colonel!", "commandant!", "capitaine!", "lieutenant!", "sergent!", "adjudant!", "principal", "honorable", "excellence!", "sem!", "s.e.m.!", "s.e.!", "son!"))

// institution words are capitalised in names of bodies, never of people.
var institutionWords = set(cuePlaceNoun, cueAttendeeOrg, nominal("cluster", "santé!", "nation", "uni", "république", "coordination", "protection", "éducation!", "nutrition!", "sécurité!", "alimentaire",
	"humanitaire", "national", "régional", "état", "gouvernement", "système", "agence", "programme", "plan", "projet", "comité", "conseil", "commission",
	"mission", "police!", "armée", "force", "malien", "nigérien", "burkinabè!", "tchadien", "congolais!", "centrafricain", "haïtien", "guinéen", "burundais!", "mauritanien", "défense!", "intérieur!", "affaire", "excellence!", "zone!", "district!", "province!", "région!", "cercle!", "commune!", "territoire!", "ville!", "département!", "croix!", "rouge!",
	"union!", "européenne!", "africaine!", "ong!", "fonds!", "banque!", "mondiale!", "international", "cadre!", "groupe!", "secteur!", "plateforme!", "réunion!", "compte!", "rendu!"))

func nameStop(w string) bool { return institutionWords[trimWord(normalize.Fold(w))] }

// personShaped reports whether every word of a name can be a name's:
// not a function, an institution or a known place.
func personShaped(ws []string) bool {
	for _, w := range ws {
		f := trimWord(normalize.Fold(w))
		if functionWordsLex[f] || institutionWords[f] {
			return false
		}
		if _, ok := normalize.Region(w); ok {
			return false
		}
	}
	return true
}

// functionBefore reports whether a function is named in the last words
// of the folded text before a name, within its clause.
func functionBefore(before string) bool {
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\'' || r == '’' })
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-12; i-- {
		if functionWordsLex[trimWord(ws[i])] && ws[i] != "co" && ws[i] != "point" {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	if i := strings.LastIndexAny(w, "'’"); i >= 0 && i < len(w)-len("’") {
		return w[:i+len(string(w[i]))]
	}
	return w
}

func particle(w string) bool {
	switch strings.ToLower(w) {
	case "de", "du", "des", "d", "ould", "ag", "ben", "el":
		return true
	}
	return false
}

// agendaDuration is the time given to a point: "(5 min)", "10 min", "25'".
var agendaDuration = regexp.MustCompile(`(?i)\(?\s*\d{1,3}\s*(?:min(?:utes?)?|mn|'|’)\s*\)?`)

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

// afterName is what follows a name in apposition: ", Ambassadeur, Chef
// de la délégation", " (ECHO)".
var afterName = regexp.MustCompile(`^\s*(?:,\s*(?:le |la |l'|l’)?([\p{L}-]+)|\(([^()]{2,60})\))`)

// functionAfter reports whether a function or an organization follows
// a name: "SEM Raul MATEUS PAULA, Ambassadeur", "Jordi Torres-Miralles
// (ECHO)".
func functionAfter(rest string) bool {
	m := afterName.FindStringSubmatch(rest)
	switch {
	case m == nil:
		return false
	case m[1] != "":
		return functionWordsLex[trimWord(normalize.Fold(m[1]))]
	}
	if _, ok := organization(m[2]); ok {
		return true
	}
	return isAcronym(strings.Fields(m[2] + " x")[0])
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// proseOrgs are the organizations prose names as taking part: who
// organized or facilitated ("organisée par ACTED"), who is reported
// ("Selon le HCR, …"), and an attendance phrase with its list in
// parentheses ("les organisations présentes (UEFA, TPO, GRAINES, …)").
var (
	organizedBy = regexp.MustCompile(`\b(?i:organis|convoqu|facilit|anim|co-?organis|initi)(?:é|ée|és|ées|e|ee) par (?:le |la |les |l'|l’)?([\p{Lu}][\p{L}\d&'’/-]*(?:\s+[\p{Lu}][\p{L}\d&'’/-]*){0,3})`)
	accordingTo = regexp.MustCompile(`(?:^|[\s,;(])(?i:selon) (?:le |la |les |l'|l’)?([\p{Lu}][\p{L}\d&'’/-]*(?:\s+[\p{Lu}][\p{L}\d&'’/-]*){0,3})\s*[,:]`)
)

func proseOrgs(p *people, u unit) {
	if u.InCell || len(u.Text) < 20 {
		return
	}
	for i, re := range []*regexp.Regexp{organizedBy, accordingTo} {
		if !strings.Contains(u.Text, [...]string{" par ", "elon "}[i]) {
			continue // each expression behind its word
		}
		for _, m := range re.FindAllStringSubmatch(u.Text, -1) {
			name := strings.TrimRight(m[1], " .,;")
			if org, ok := organization(name); ok && participating(org.Kind) {
				p.add(minutes.Participant{Organization: org, Role: "intervenant", Raw: name, Source: u.Src})
			}
		}
	}
	// "les organisations présentes (A, B, …)": the words before each
	// parenthesis must be an attendance label that names organizations.
	text := u.Text
	for at := strings.IndexByte(text, '('); at > 0; {
		end := strings.IndexByte(text[at:], ')')
		if end < 0 {
			return
		}
		before := strings.Fields(text[max(0, at-60):at])
		if len(before) > 4 {
			before = before[len(before)-4:]
		}
		for n := len(before); n >= 2; n-- {
			if k, orgs := attendanceLabel(normalize.Fold(strings.Join(before[len(before)-n:], " "))); k == presentList && orgs {
				for _, e := range splitEntries(text[at+1 : at+end]) {
					listedOrg(p, e, "participant", false, u.Src)
				}
				break
			}
		}
		next := strings.IndexByte(text[at+end:], '(')
		if next < 0 {
			return
		}
		at += end + next
	}
}

// orgEntry reports whether an entry names an organization: a known one or
// an acronym.
func orgEntry(e string) bool {
	e = strings.TrimSpace(e)
	if _, ok := normalize.Organization(e); ok {
		return true
	}
	f := strings.Fields(e)
	return len(f) > 0 && isAcronym(f[0])
}

// nextEntry is the text up to the next comma or semicolon.
func nextEntry(s string) string {
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		return s[:i]
	}
	return s
}

// mentionsFunction reports whether a text holds a function or a rank
// word of the lexicon.
func mentionsFunction(text string) bool {
	for _, w := range labelWords(normalize.Fold(text)) {
		if t := trimWord(w); functionWordsLex[t] || rankWords[t] {
			return true
		}
		for _, part := range strings.Split(w, "-") { // "coordonnateur-résident", "sous-préfet"
			if functionWordsLex[part] || rankWords[part] {
				return true
			}
		}
	}
	return false
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

// headerWord matches a column header that is one word of a concept, or one
// of its abbreviations ("P", "E" in Présent/Excusé columns).
type headerWord struct {
	words  wordSet
	abbrev []string
}

func (h headerWord) MatchString(folded string) bool {
	folded = strings.TrimSpace(folded)
	return h.words[folded] || slices.Contains(h.abbrev, folded)
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
