package extract

import (
	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

var (
	reportTitle = normalize.MustExpr(`\b(rapport|bilan|atelier|retraite|evaluation)\b`)
	newsTitle   = normalize.MustExpr(`\b(actualites?|communique|article|news)\b`)
)

// meetingCue names a meeting, its minutes or its attendance: the words
// that tell minutes from a document that merely has sections and dates.
var meetingCue = normalize.MustExpr(`\b(reunions?|compte[ -]?rendu|cr|proces[ -]verbal|pv|comite|copil|conseil|assemblee|ag|ago|seance|ordre du jour|odj|participants?|presents?|presentes|excuses?|rencontre|groupe de travail|gt|cluster|sous-cluster|inter-?cluster|icc|bureau|commission)\b`)

// aboutMeeting reports whether the title or the top of the document names
// a meeting.
func aboutMeeting(us []unit, m *minutes.Meeting) bool {
	if meetingCue.MatchString(normalize.Fold(m.Title)) {
		return true
	}
	for i, u := range us {
		if i >= 3*head {
			break
		}
		if meetingCue.MatchString(normalize.Fold(u.Text)) {
			return true
		}
	}
	return false
}

// kind classifies the document: minutes of a meeting, a report (workshop,
// mission), a news article, or other. Minutes name a meeting at the top
// and give a date, an agenda or actions.
func kind(d *doc.Document, us []unit, m *minutes.Meeting) string {
	t := normalize.Fold(m.Title)
	switch {
	case reportTitle.MatchString(t):
		return minutes.KindReport
	case d.Format == doc.HTML && len(m.Agenda) == 0 && len(m.Actions) == 0:
		return minutes.KindNews
	case newsTitle.MatchString(t):
		return minutes.KindNews
	case (len(m.Actions) > 0 || len(m.Agenda) > 0 || m.Date != "" || attendees(m) >= 3) && aboutMeeting(us, m):
		// an attendance list says a meeting took place, as a date does
		return minutes.KindMinutes
	}
	return minutes.KindOther
}

// attendees counts who an attendance list names.
func attendees(m *minutes.Meeting) int {
	n := 0
	for _, p := range m.Participants {
		if p.Role == "participant" && !p.Excused {
			n++
		}
	}
	return n
}
