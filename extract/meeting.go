package extract

import (
	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// Meeting extracts the meeting a document records. It never fails: a
// value the document does not give is left empty, with no source.
func Meeting(d *doc.Document) *minutes.Meeting {
	us := units(d)
	fs := fields(d, us)
	m := &minutes.Meeting{Sources: map[string]minutes.Source{}}
	readTitle(m, d, us, fs)
	readDate(m, us, fs)
	metadataYear(m, d, us)
	readTimes(m, us, fs)
	readPlace(m, us, fs)
	readCount(m, us, fs)
	readCluster(m, us)
	m.Agenda = agenda(d, us, fs)
	m.Actions = actions(d, us, m.Agenda)
	m.Participants = participants(d, us, fs, m)
	m.Kind = kind(d, us, m)
	if m.Kind == minutes.KindOther {
		// A document that names no meeting (a textbook, a plan, a form)
		// has no agenda, and its instructions are owed to no meeting.
		m.Agenda, m.Actions = nil, nil
	}
	normalizeActions(m)
	return m
}

// bareDuration is a deadline cell that gives only a duration: "15 jours",
// "2 semaines", "1 mois".
var bareDuration = normalize.MustExpr(`^\d{1,3}\s*(jours?|j|semaines?|mois)$`)

// normalizeActions resolves deadlines against the meeting date and
// canonicalises owners.
func normalizeActions(m *minutes.Meeting) {
	for i := range m.Actions {
		a := &m.Actions[i]
		if a.DueRaw != "" {
			raw := a.DueRaw
			if a.Source.Row > 0 && bareDuration.MatchString(normalize.Fold(raw)) {
				// "15 jours" in a deadline column is "within 15 days".
				raw = "dans " + raw
			}
			due := normalize.Due(raw, m.Date)
			a.Due, a.DuePrecision = due.Date, due.Precision
		}
		if a.Status == "" {
			a.Status = minutes.StatusOpen
		}
	}
}
