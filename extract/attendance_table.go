package extract

import (
	"slices"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// attendanceHeader matches the header cells of an attendance table.
var (
	nameHeader    = normalize.MustExpr(`^(nom|noms|prenom|nom et prenom|nom prenom|prenom nom|nom & prenom|participants?|membres?|personnes?|identite)\b`)
	orgHeader     = lexiconMatcher{set(cueAttendeeOrg, noun("rattachement", "employeur", "société", "entreprise", "collectivité", "collectif", "affiliation", "ministère", "direction"))}
	presentHeader = headerWord{presentWords, []string{"p"}}
	excusedHeader = headerWord{absentWords, []string{"e", "a"}}
	roleHeader    = normalize.MustExpr(`\b(fonction|titre|poste|qualite|role)\b`)
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
		if text, ok := groupRow(t, i); ok && !nameOnly(t, i, name, text) {
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

// nameOnly reports whether the one text of row i is a person's name in
// the name column, the others left blank (an attendee whose organization
// was not written), not the label of a group of rows.
func nameOnly(t *doc.Table, i, name int, text string) bool {
	if name < 0 || cellText(t, i, name) != text {
		return false
	}
	for j := range t.Rows[i].Cells {
		if j != name && cellText(t, i, j) != "" {
			return false
		}
	}
	if k, _ := attendanceLabel(normalize.Fold(text)); k != notAttendance {
		return false
	}
	pn := normalize.PersonName(text)
	return pn.Title != "" || normalize.LooksLikePersonName(pn.Name)
}

func marked(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "x" || s == "oui" || s == "✓" || s == "✔" || s == "1" || s == "yes"
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
