package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Organization is an organization with the meetings it attended.
type Organization struct {
	ID         int64
	Acronym    string
	Name       string
	Kind       string
	Attendance []Attendance // latest first, undated last
}

// Attendance is one meeting an organization took part in (v_attendance).
type Attendance struct {
	MeetingID int64
	Date      string
	Cluster   string
	Region    string
	Title     string
	File      string
	People    int
	Present   bool // at least one of its people was not excused
}

// Organization returns the organization whose canonical acronym (or name
// as written, for an unknown one) is acronym, or ErrNotFound.
func (db *DB) Organization(ctx context.Context, acronym string) (*Organization, error) {
	var o Organization
	err := db.queryRow(ctx, `SELECT id, acronym, coalesce(name, ''), kind FROM organizations WHERE acronym = ?`,
		acronym).Scan(&o.ID, &o.Acronym, &o.Name, &o.Kind)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("organization %s: %w", acronym, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("organization %s: %w", acronym, err)
	}
	rows, err := db.query(ctx, `SELECT a.meeting_id, coalesce(a.meeting_date, ''), coalesce(a.cluster, ''),
		coalesce(a.region, ''), coalesce(m.title, ''), m.file, a.people, a.present
		FROM v_attendance a JOIN v_meetings m ON m.id = a.meeting_id
		WHERE a.organization_id = ? ORDER BY a.meeting_date IS NULL, a.meeting_date DESC, m.path`, o.ID)
	if err != nil {
		return nil, fmt.Errorf("organization %s: %w", acronym, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Attendance
		if err := rows.Scan(&a.MeetingID, &a.Date, &a.Cluster, &a.Region, &a.Title, &a.File, &a.People, &a.Present); err != nil {
			return nil, fmt.Errorf("organization %s: %w", acronym, err)
		}
		o.Attendance = append(o.Attendance, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("organization %s: %w", acronym, err)
	}
	return &o, nil
}

// OrganizationRow is one organization of [DB.Organizations].
type OrganizationRow struct {
	Acronym, Name, Kind string
	Meetings            int // distinct meeting dates attended (an undated meeting counts once)
}

// Organizations returns the organizations that attended a meeting or own
// an action, by acronym. Meetings counts as [Facets] does, and as
// [Organization.Meetings].
func (db *DB) Organizations(ctx context.Context) ([]OrganizationRow, error) {
	rows, err := db.query(ctx, `SELECT o.acronym, coalesce(o.name, ''), o.kind,
		(SELECT count(DISTINCT coalesce(a.meeting_date, CAST(a.meeting_id AS TEXT))) FROM v_attendance a
			WHERE a.organization_id = o.id AND a.present = 1)
		FROM organizations o
		WHERE EXISTS (SELECT 1 FROM participants p WHERE p.organization_id = o.id)
			OR EXISTS (SELECT 1 FROM action_owners ao WHERE ao.organization_id = o.id)
		ORDER BY o.acronym`)
	if err != nil {
		return nil, fmt.Errorf("organizations: %w", err)
	}
	defer rows.Close()
	var out []OrganizationRow
	for rows.Next() {
		var o OrganizationRow
		if err := rows.Scan(&o.Acronym, &o.Name, &o.Kind, &o.Meetings); err != nil {
			return nil, fmt.Errorf("organizations: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Meetings is the number of distinct meeting dates the organization
// attended with at least one person present (an undated meeting counts
// once), as the overview and the organizations' index count them.
func (o *Organization) Meetings() int {
	seen := map[string]bool{}
	for _, a := range o.Attendance {
		if a.Present {
			seen[cmp.Or(a.Date, fmt.Sprint("#", a.MeetingID))] = true
		}
	}
	return len(seen)
}

// Named is a name with a count.
type Named struct {
	Name  string
	Count int
}

// Facets are the values the filters of the web app offer: clusters and
// regions of meetings, and owners of actions (organizations first, by
// number of actions).
type Facets struct {
	Clusters []string
	Regions  []string
	Owners   []Named
	// Organizations are those that attended meetings, by number of
	// distinct meeting dates attended.
	Organizations []Named
}

// Facets returns the values to offer in filters.
func (db *DB) Facets(ctx context.Context) (*Facets, error) {
	var f Facets
	var err error
	if f.Clusters, err = db.strings(ctx, `SELECT DISTINCT cluster FROM meetings WHERE cluster IS NOT NULL ORDER BY cluster`); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	if f.Regions, err = db.strings(ctx, `SELECT DISTINCT region FROM meetings WHERE region IS NOT NULL ORDER BY region`); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	if f.Owners, err = db.named(ctx, `SELECT coalesce(o.acronym, ao.person, ao.raw) AS name, count(DISTINCT ao.action_id) AS n
		FROM action_owners ao LEFT JOIN organizations o ON o.id = ao.organization_id
		GROUP BY 1 ORDER BY min(o.acronym) IS NULL, n DESC, 1`); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	if f.Organizations, err = db.named(ctx, `SELECT organization, count(DISTINCT coalesce(meeting_date, CAST(meeting_id AS TEXT))) AS n
		FROM v_attendance WHERE present = 1 GROUP BY organization ORDER BY n DESC, organization`); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	return &f, nil
}

func (db *DB) strings(ctx context.Context, query string) ([]string, error) {
	rows, err := db.query(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func (db *DB) named(ctx context.Context, query string) ([]Named, error) {
	rows, err := db.query(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Named
	for rows.Next() {
		var n Named
		if err := rows.Scan(&n.Name, &n.Count); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// ActionMeetings maps the id of every action to its meeting's id.
func (db *DB) ActionMeetings(ctx context.Context) (map[int64]int64, error) {
	rows, err := db.query(ctx, `SELECT id, meeting_id FROM actions`)
	if err != nil {
		return nil, fmt.Errorf("action meetings: %w", err)
	}
	defer rows.Close()
	out := map[int64]int64{}
	for rows.Next() {
		var a, m int64
		if err := rows.Scan(&a, &m); err != nil {
			return nil, fmt.Errorf("action meetings: %w", err)
		}
		out[a] = m
	}
	return out, rows.Err()
}
