package extract

import (
	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// heldOn marks a date that is the meeting's, not a publication's:
// "organisée le 27 juin 2020", "réunion du 3 juillet 2025"; the date
// follows the cue ("ont organisé le transfert" dates nothing).
var heldOn = normalize.MustExpr(`\b(organisee?s?|tenue?s?|reuni(e|s|es)?|reunions?|seance|eu lieu|s'est deroulee?|rencontre|journee|atelier|retraite|cr|compte[ -]?rendu) (le |du |les |des |en date du )(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?\d`)

func readDate(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := findLabel(fs, dateWords); ok {
		if start, end, ok := normalize.Date(f.Value); ok {
			m.Date, m.EndDate, m.Sources["date"] = start, end, f.Src
			return
		}
	}
	if start, end, ok := normalize.Date(m.Title); ok {
		m.Date, m.EndDate, m.Sources["date"] = start, end, m.Sources["title"]
		return
	}
	first := -1
	for i, u := range us {
		if i >= head {
			break
		}
		if nextMeeting.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		start, end, ok := normalize.Date(u.Text)
		if !ok {
			continue
		}
		if heldOn.MatchString(normalize.Fold(u.Text)) {
			m.Date, m.EndDate, m.Sources["date"] = start, end, u.Src
			return
		}
		if first < 0 {
			first = i
			m.Date, m.EndDate, m.Sources["date"] = start, end, u.Src
		}
	}
	if first >= 0 {
		if d, ok := yearless(m.Title, m.Date); ok {
			// "Compte rendu réunion du 11 février", published 14/02/2013.
			m.Date, m.EndDate, m.Sources["date"] = d, "", m.Sources["title"]
		}
	}
}

var dayMonth = normalize.MustExpr(`(?i)\b(\d{1,2})(er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b`)

// yearless reads a day and month written without a year in s, taking the
// year of the nearby date near; ok is false when s has none.
// metadataYear dates minutes whose top gives the day and month but no year
// ("Séance publique tenue le 20 juin") when the file's metadata title gives
// the same day with its year ("… séance publique du 20 juin 2023"). A
// metadata date that the text does not repeat is not trusted: titles are
// often inherited from a template.
func metadataYear(m *minutes.Meeting, d *doc.Document, us []unit) {
	meta, _, ok := normalize.Date(d.Title)
	if m.Date != "" || !ok {
		return
	}
	for i, u := range us {
		if i >= head {
			break
		}
		if nextMeeting.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		if day, ok := yearless(u.Text, meta); ok && day == meta {
			m.Date, m.Sources["date"] = meta, u.Src
			return
		}
	}
}

func yearless(s, near string) (string, bool) {
	m := dayMonth.FindString(s)
	if m == "" || len(near) < 4 {
		return "", false
	}
	d, _, ok := normalize.Date(m + " " + near[:4])
	if !ok || d > near {
		return "", false
	}
	return d, true
}
