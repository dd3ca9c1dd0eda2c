package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// titleLabel is the folded label of the title field: "Objet", "REUNION".
var titleLabel = normalize.MustExpr(`^(reunion|titre|objet|intitule|theme de la reunion)$`)

func readTitle(m *minutes.Meeting, d *doc.Document, us []unit, fs []field) {
	if f, ok := find(fs, titleLabel); ok && f.Value != "" {
		m.Title, m.Sources["title"] = f.Value, f.Src
		return
	}
	if i, ok := titleHeading(us); ok {
		m.Title, m.Sources["title"] = us[i].Text, us[i].Src
		if prev := i - 1; prev >= 0 && us[prev].Kind == "heading" && !us[prev].InCell && us[prev].Level < us[i].Level &&
			strongTitle.MatchString(normalize.Fold(us[i].Text)) && !letterhead.MatchString(normalize.Fold(us[prev].Text)) {
			// "PORTAIL NATIONAL FONCIER ECONOMIQUE" above "Compte-rendu du
			// comité de pilotage du 25 mai 2023 – Paris"
			m.Title = us[prev].Text + " " + m.Title
			m.Sources["title"] = us[prev].Src
		}
		return
	}
	if len(us) > 0 {
		u := us[0]
		if _, _, label := splitLabel(u.Text); !label && !u.InCell && u.Kind == "paragraph" &&
			words(u.Text) <= 20 && !strings.HasSuffix(u.Text, ".") {
			m.Title, m.Sources["title"] = u.Text, u.Src
			return
		}
	}
	if d.Title != "" {
		m.Title = d.Title
		m.Sources["title"] = minutes.Source{Text: d.Title}
	}
}

// minutesTitle marks the heading that names the meeting: "Compte rendu
// réunions du 15 avril 2013", "CR de réunion du 3 juillet 2025".
var minutesTitle = normalize.MustExpr(`\b(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunions?|seance|comite|conseil|assemblee|atelier|retraite)\b`)

// letterhead matches the heading of an administration's letterhead.
var letterhead = normalize.MustExpr(`^(republique|ministere|un peuple|cabinet|secretariat general|direction)\b`)

// sectionTitle reports whether a heading opens a section rather than
// naming the document: numbered ("1- Introduction …") or a section's
// usual name ("Objectifs", "Participants", "Ordre du jour").
func sectionTitle(s string) bool {
	f := normalize.Fold(strings.TrimRight(s, " :"))
	return sectionNumber.MatchString(s) || objectivesLabel.MatchString(f) || agendaLabel.MatchString(f) || skipHeading.MatchString(f)
}

// strongTitle marks a heading that can only be the minutes' title: "Compte
// rendu …", "CR de réunion du …", "Procès-verbal …".
var strongTitle = normalize.MustExpr(`\b(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunions?|seance)\b`)

// titleHeading finds the title among the first headings: the first one
// that names a meeting, else the first of level 1 or 2. A site name above
// a blog post ("association KerNEL") is passed over.
func titleHeading(us []unit) (int, bool) {
	first, named := -1, -1
	section := false // a section heading came first: later headings are sections too
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if u.Kind != "heading" {
			continue
		}
		section = section || sectionTitle(u.Text)
		f := normalize.Fold(u.Text)
		if strongTitle.MatchString(f) {
			return i, true
		}
		if named < 0 && minutesTitle.MatchString(f) {
			named = i // "Comité …", "Conseil …": a letterhead may say it too
		}
		if first < 0 && u.Level <= 2 && !section {
			first = i
		}
	}
	if i, ok := titleLine(us); ok {
		return i, true
	}
	if named >= 0 {
		return named, true
	}
	if first >= 0 {
		return first, true
	}
	// A line that names the meeting and gives its date, not styled as a heading.
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if _, _, ok := normalize.Date(u.Text); ok && words(u.Text) <= 15 && minutesTitle.MatchString(normalize.Fold(u.Text)) {
			return i, true
		}
	}
	return -1, false
}

// opensTitle matches a line that opens as the minutes' title: "COMPTE
// RENDU DE LA REUNION DU CLUSTER SANTE", "Procès-verbal de la séance …".
var opensTitle = normalize.MustExpr(`^(le |la )?(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunion|seance)\b`)

// titleLine finds a paragraph, not styled as a heading, that is the title:
// short, without a full stop, opening with the words of a title or
// written in capitals with them, under a letterhead ("REPUBLIQUE DU MALI").
func titleLine(us []unit) (int, bool) {
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if u.Kind != "paragraph" || words(u.Text) > 20 || strings.HasSuffix(u.Text, ".") {
			continue
		}
		if _, _, labelled := splitLabel(u.Text); labelled {
			continue
		}
		f := normalize.Fold(u.Text)
		if opensTitle.MatchString(f) || strings.ToUpper(u.Text) == u.Text && strongTitle.MatchString(f) {
			return i, true
		}
	}
	return -1, false
}
