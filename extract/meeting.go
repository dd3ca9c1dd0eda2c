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
	readTimes(m, us, fs)
	readPlace(m, us, fs)
	readCount(m, us, fs)
	readCluster(m, us)
	m.Agenda = agenda(d, us, fs)
	m.Actions = actions(d, us, m.Agenda)
	m.Participants = participants(d, us, fs, m)
	m.Kind = kind(d, m)
	normalizeActions(m)
	return m
}

// normalizeActions resolves deadlines against the meeting date and
// canonicalises owners.
func normalizeActions(m *minutes.Meeting) {
	for i := range m.Actions {
		a := &m.Actions[i]
		if a.DueRaw != "" {
			due := normalize.Due(a.DueRaw, m.Date)
			a.Due, a.DuePrecision = due.Date, due.Precision
		}
		if a.Status == "" {
			a.Status = minutes.StatusOpen
		}
	}
}
