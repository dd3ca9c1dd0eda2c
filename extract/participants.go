package extract

import (
	"slices"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

var (
	parenthesized = normalize.MustExpr(`\(([^()]+)\)`)
	trailingParen = normalize.MustExpr(`\(([^()]{2,40})\)\s*$`)
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
	for i := range p.list {
		p.list[i].Role = roleForm(p.list[i].Role)
	}
	return p.list
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

// roleForm writes a function one way whatever its case as written, in
// lower case as French writes functions: "Directeur Général" and
// "directeur général" are "directeur général"; names and acronyms
// ("Transition Ecologique", "ICLA") keep their capitals.
func roleForm(role string) string {
	ws := strings.Fields(role)
	if len(ws) == 0 {
		return role
	}
	for i, w := range ws {
		f := trimWord(normalize.Fold(w))
		if (functionWordsLex[f] || rankWords[f] || roleAdjectives[f]) && !isAcronym(w) {
			ws[i] = strings.ToLower(w)
		}
	}
	return strings.Join(ws, " ")
}

// roleAdjectives qualify a function: "général", "régional", "adjoint".
var roleAdjectives = set(nominal("général", "régional", "national", "adjoint", "exécutif", "principal", "technique"), noun("pays!"))
