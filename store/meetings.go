package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/sahelim/minutes/normalize"
)

// ErrNotFound is returned for a meeting or an organization that is not
// stored.
var ErrNotFound = errors.New("not found")

// MeetingRow is one meeting of v_meetings.
type MeetingRow struct {
	ID               int64
	DocumentID       int64
	Date             string
	Cluster          string
	Region           string
	Location         string
	Title            string
	Format           string
	Kind             string
	File             string
	Participants     int // listed, not excused
	Organizations    int
	AgendaItems      int
	Actions          int
	ParticipantCount int // as the report gives it, 0 when it does not
}

// MeetingFilter selects meetings; its zero value selects them all. Cluster
// and Region match as folded substrings, as in [ActionFilter]; Kind is a
// document kind (minutes, report, news, other); From and To (YYYY-MM-DD)
// bound the date, an undated meeting being outside any bound.
type MeetingFilter struct {
	Cluster string
	Region  string
	Kind    string
	From    string
	To      string
}

func (f MeetingFilter) keep(r MeetingRow, cluster, region string) bool {
	return strings.Contains(normalize.Fold(r.Cluster), cluster) && strings.Contains(normalize.Fold(r.Region), region) &&
		(f.Kind == "" || r.Kind == f.Kind) && (f.From == "" || r.Date != "" && r.Date >= f.From) &&
		(f.To == "" || r.Date != "" && r.Date <= f.To)
}

const meetingColumns = `m.id, m.document_id, coalesce(m.date, ''), coalesce(m.cluster, ''), coalesce(m.region, ''),
	coalesce(m.location, ''), coalesce(m.title, ''), coalesce(m.format, ''), coalesce(m.kind, ''), m.file,
	m.participants, m.organizations, m.agenda_items, m.actions, coalesce(m.participant_count, 0)`

func scanMeetingRow(s interface{ Scan(...any) error }) (MeetingRow, error) {
	var r MeetingRow
	err := s.Scan(&r.ID, &r.DocumentID, &r.Date, &r.Cluster, &r.Region, &r.Location, &r.Title, &r.Format,
		&r.Kind, &r.File, &r.Participants, &r.Organizations, &r.AgendaItems, &r.Actions, &r.ParticipantCount)
	return r, err
}

// Meetings returns the meetings f selects, latest first (undated last).
func (db *DB) Meetings(ctx context.Context, f MeetingFilter) ([]MeetingRow, error) {
	rows, err := db.query(ctx, `SELECT `+meetingColumns+` FROM v_meetings m
		ORDER BY m.date IS NULL, m.date DESC, m.path`)
	if err != nil {
		return nil, fmt.Errorf("meetings: %w", err)
	}
	defer rows.Close()
	cluster, region := normalize.Fold(f.Cluster), normalize.Fold(f.Region)
	var out []MeetingRow
	for rows.Next() {
		r, err := scanMeetingRow(rows)
		if err != nil {
			return nil, fmt.Errorf("meetings: %w", err)
		}
		if f.keep(r, cluster, region) {
			out = append(out, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("meetings: %w", err)
	}
	return out, nil
}

// FieldSource is where a meeting's field was read: Ref as in
// [minutes.Source.Ref] ("p1 #2", "#0 r2c1") and the text.
type FieldSource struct {
	Page int    `json:"page"`
	Ref  string `json:"ref"`
	Text string `json:"text"`
}

// Meeting is one meeting with everything extracted from it and the text
// of its document, for checking each value against its source.
type Meeting struct {
	MeetingRow
	EndDate, StartTime, EndTime string
	Path                        string
	Pages                       int
	Sources                     map[string]FieldSource // field name → source
	Participants                []Participant
	Excused                     []Participant
	Agenda                      []AgendaRow
	Actions                     []MeetingAction
	Blocks                      []Block
}

// Participant is a participant (or an excused person) as stored.
type Participant struct {
	Person, Title, Role, Raw string
	Organization             string // canonical acronym, "" when none
	OrganizationName         string
	Page                     int
	Ref                      string
}

// AgendaRow is one agenda item.
type AgendaRow struct {
	Position int
	Title    string
	Page     int
	Ref      string
}

// MeetingAction is one action of a meeting, in the meeting's order.
type MeetingAction struct {
	ID                             int64
	Text, Owners, OwnerRaw         string
	DueRaw, Due, Precision, Status string
	Page                           int
	Ref, SourceText                string
	OwnerOrganizations             []string // acronyms of the owners stored as organizations
}

// Block is one row of the blocks table: a heading, paragraph, list item
// or table cell of a document. Row and Col are 0 outside tables.
type Block struct {
	Position int
	Page     int
	Kind     string
	Row, Col int
	Text     string
}

// Meeting returns the meeting with the given id, or ErrNotFound.
func (db *DB) Meeting(ctx context.Context, id int64) (*Meeting, error) {
	m, err := db.meetingHead(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("meeting %d: %w", id, err)
	}
	if m.Participants, err = db.participants(ctx, "participants", id, "AND p.excused = 0"); err == nil {
		if m.Excused, err = db.participants(ctx, "participants", id, "AND p.excused = 1"); err == nil {
			var more []Participant
			more, err = db.participants(ctx, "excused", id, "")
			m.Excused = append(m.Excused, more...)
		}
	}
	if err == nil {
		m.Agenda, err = db.agenda(ctx, id)
	}
	if err == nil {
		m.Actions, err = db.meetingActions(ctx, id)
	}
	if err == nil {
		m.Blocks, err = db.Blocks(ctx, m.DocumentID)
	}
	if err != nil {
		return nil, fmt.Errorf("meeting %d: %w", id, err)
	}
	return m, nil
}

func (db *DB) meetingHead(ctx context.Context, id int64) (*Meeting, error) {
	row := db.queryRow(ctx, `SELECT `+meetingColumns+`, coalesce(x.end_date, ''), coalesce(x.start_time, ''),
		coalesce(x.end_time, ''), m.path, coalesce(d.pages, 0), coalesce(x.sources, '{}')
		FROM v_meetings m JOIN meetings x ON x.id = m.id JOIN documents d ON d.id = m.document_id
		WHERE m.id = ?`, id)
	var m Meeting
	var sources string
	var r MeetingRow
	err := row.Scan(&r.ID, &r.DocumentID, &r.Date, &r.Cluster, &r.Region, &r.Location, &r.Title, &r.Format,
		&r.Kind, &r.File, &r.Participants, &r.Organizations, &r.AgendaItems, &r.Actions, &r.ParticipantCount,
		&m.EndDate, &m.StartTime, &m.EndTime, &m.Path, &m.Pages, &sources)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	m.MeetingRow = r
	if err := json.Unmarshal([]byte(sources), &m.Sources); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	return &m, nil
}

// participants reads the people of a meeting from table (participants or
// excused, which share these columns).
func (db *DB) participants(ctx context.Context, table string, meetingID int64, cond string) ([]Participant, error) {
	role := "coalesce(p.role, '')"
	if table == "excused" {
		role = "''"
	}
	rows, err := db.query(ctx, `SELECT coalesce(p.person, ''), coalesce(p.title, ''), `+role+`,
		coalesce(p.raw, ''), coalesce(o.acronym, ''), coalesce(o.name, ''), coalesce(p.source_page, 0), coalesce(p.source_ref, '')
		FROM `+table+` p LEFT JOIN organizations o ON o.id = p.organization_id
		WHERE p.meeting_id = ? `+cond+` ORDER BY p.id`, meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Participant
	for rows.Next() {
		var p Participant
		if err := rows.Scan(&p.Person, &p.Title, &p.Role, &p.Raw, &p.Organization, &p.OrganizationName, &p.Page, &p.Ref); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (db *DB) agenda(ctx context.Context, meetingID int64) ([]AgendaRow, error) {
	rows, err := db.query(ctx, `SELECT position, title, coalesce(source_page, 0), coalesce(source_ref, '')
		FROM agenda_items WHERE meeting_id = ? ORDER BY position`, meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AgendaRow
	for rows.Next() {
		var a AgendaRow
		if err := rows.Scan(&a.Position, &a.Title, &a.Page, &a.Ref); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func (db *DB) meetingActions(ctx context.Context, meetingID int64) ([]MeetingAction, error) {
	rows, err := db.query(ctx, `SELECT a.id, a.text, coalesce(v.owners, ''), coalesce(a.owner_raw, ''),
		coalesce(a.due_raw, ''), coalesce(a.due_date, ''), coalesce(a.due_precision, ''), a.status,
		coalesce(a.source_page, 0), coalesce(a.source_ref, ''), coalesce(a.source_text, ''),
		(SELECT group_concat(o.acronym, '`+"\x1f"+`') FROM action_owners ao JOIN organizations o ON o.id = ao.organization_id
			WHERE ao.action_id = a.id)
		FROM actions a JOIN v_actions v ON v.id = a.id
		WHERE a.meeting_id = ? ORDER BY a.position`, meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []MeetingAction
	for rows.Next() {
		var a MeetingAction
		var orgs sql.NullString
		if err := rows.Scan(&a.ID, &a.Text, &a.Owners, &a.OwnerRaw, &a.DueRaw, &a.Due, &a.Precision, &a.Status,
			&a.Page, &a.Ref, &a.SourceText, &orgs); err != nil {
			return nil, err
		}
		if orgs.String != "" {
			a.OwnerOrganizations = strings.Split(orgs.String, "\x1f")
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Blocks returns a document's text, one [Block] per heading, paragraph,
// list item or table cell, in document order.
func (db *DB) Blocks(ctx context.Context, documentID int64) ([]Block, error) {
	rows, err := db.query(ctx, `SELECT position, coalesce(page, 0), kind, coalesce(row, 0), coalesce(col, 0), text
		FROM blocks WHERE document_id = ? ORDER BY position, row, col, id`, documentID)
	if err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	defer rows.Close()
	var out []Block
	for rows.Next() {
		var b Block
		if err := rows.Scan(&b.Position, &b.Page, &b.Kind, &b.Row, &b.Col, &b.Text); err != nil {
			return nil, fmt.Errorf("blocks: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}
