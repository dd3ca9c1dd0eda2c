// Package minutes holds the domain records that minutes extracts from a
// meeting report: the meeting, its participants, agenda and actions, each
// value with the place in the document it was read from.
package minutes

import "strconv"

// Source is where a value was read: the page (0 when the format has no
// pages), the block ordinal, the table row and column (1-based, 0 outside a
// table) and the text it was read from.
type Source struct {
	Page  int
	Block int
	Row   int
	Col   int
	Text  string
}

// Ref renders the position as "p2 #14 r3c2" for provenance columns.
func (s Source) Ref() string {
	ref := "#" + strconv.Itoa(s.Block)
	if s.Page > 0 {
		ref = "p" + strconv.Itoa(s.Page) + " " + ref
	}
	if s.Row > 0 {
		ref += " r" + strconv.Itoa(s.Row)
		if s.Col > 0 {
			ref += "c" + strconv.Itoa(s.Col)
		}
	}
	return ref
}

// Document kinds.
const (
	KindMinutes = "minutes"
	KindReport  = "report"
	KindNews    = "news"
	KindOther   = "other"
)

// Meeting is what a report says about one meeting. Dates are ISO
// (YYYY-MM-DD) and times HH:MM; an empty string means the document does
// not say. Sources maps a field name ("title", "date", "location" ...) to
// where it was read.
type Meeting struct {
	Kind             string
	Title            string
	Date             string
	EndDate          string
	StartTime        string
	EndTime          string
	Location         string
	Region           string
	Cluster          string
	ParticipantCount int
	Sources          map[string]Source

	Participants []Participant
	Agenda       []AgendaItem
	Actions      []Action
}

// Participant is an organization or a person who took part in the
// meeting, with the role the document gives ("Lead", "Facilitateur",
// "Rapporteur", "participant"). Excused people are kept with Excused set;
// they are not participants.
type Participant struct {
	Person       string // name without title, "" for an organization alone
	Title        string // "Dr", "M.", "Mme" ...
	Organization Organization
	Role         string
	Excused      bool
	Raw          string
	Source       Source
}

// Organization is an organization as canonicalised: Acronym is the
// canonical acronym ("WHO" for "OMS") or, for an unknown organization, the
// name as written; Kind is "un", "ngo", "government", "donor",
// "red_cross", "coordination", "role", "unknown" ...
type Organization struct {
	Acronym string
	Name    string
	Kind    string
	Raw     string
}

// AgendaItem is one point of the agenda, without its numbering.
type AgendaItem struct {
	Position int
	Title    string
	Source   Source
}

// Action statuses.
const (
	StatusOpen       = "open"
	StatusInProgress = "in_progress"
	StatusDone       = "done"
)

// Action is a decision, recommendation, next step or commitment that
// someone is expected to carry out after the meeting.
type Action struct {
	Position     int
	Agenda       int // index into Meeting.Agenda, -1 when unknown
	Text         string
	OwnerRaw     string
	Owners       []Owner
	DueRaw       string
	Due          string // ISO date, "" when the deadline has no date
	DuePrecision string // day, month, quarter, semester, year, relative, asap
	Status       string
	Source       Source
}

// Owner is one party responsible for an action: an organization, a person
// or a role ("CCP", "Coordination"), kept as written in Raw.
type Owner struct {
	Raw          string
	Person       string
	Organization Organization
}
