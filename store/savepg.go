package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/sahelim/minutes"
)

// A round trip to a PostgreSQL server costs far more than a row, so a
// meeting's participants, excused, agenda items, actions and owners are
// inserted one statement per table, as arrays (unnest), with the ids of
// agenda items and actions taken from their sequences beforehand. SQLite,
// in the process, inserts row by row with prepared statements.

// column is one column of an array insert: its name, the array's element
// type, the SQL computing the stored value from the element (named like
// the column; "" for the element itself) and the elements.
type column struct {
	name, typ, expr string
	values          any
}

// insertArrays inserts len(rows) rows into table in one statement, in the
// order of the arrays.
func insertArrays(ctx context.Context, tx *txn, table string, n int, cols []column) error {
	if n == 0 {
		return nil
	}
	names, arrays, exprs := make([]string, len(cols)), make([]string, len(cols)), make([]string, len(cols))
	args := make([]any, len(cols))
	for i, c := range cols {
		names[i], arrays[i], args[i] = c.name, "?::"+c.typ+"[]", c.values
		exprs[i] = c.name
		if c.expr != "" {
			exprs[i] = c.expr
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (`+strings.Join(names, ", ")+`)
		SELECT `+strings.Join(exprs, ", ")+` FROM unnest(`+strings.Join(arrays, ", ")+`)
		WITH ORDINALITY AS u(`+strings.Join(names, ", ")+`, n) ORDER BY n`, args...)
	return err
}

// nextIDs takes n ids from the sequence of table's id column.
func nextIDs(ctx context.Context, tx *txn, table string, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	return queryIDs(ctx, tx, `SELECT nextval(pg_get_serial_sequence('`+table+`', 'id')) FROM generate_series(1, ?)`, n)
}

// repeat is n times id, for a column whose rows all hold it: a parameter
// rather than a literal, so that the statement is prepared once.
func repeat(id int64, n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = id
	}
	return out
}

// orgValue is the organization_id of o in an array: 0 for none (stored
// as NULL).
func orgValue(ids map[string]int64, o minutes.Organization) int64 { return ids[o.Acronym] }

// insertMeetingRowsPostgres inserts what hangs off meeting id.
func insertMeetingRowsPostgres(ctx context.Context, tx *txn, id int64, orgs map[string]int64, m *minutes.Meeting) error {
	if err := insertPeoplePostgres(ctx, tx, id, orgs, m.Participants); err != nil {
		return fmt.Errorf("participants: %w", err)
	}
	agendaIDs, err := nextIDs(ctx, tx, "agenda_items", len(m.Agenda))
	if err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	pos, title, page, ref := make([]int64, len(m.Agenda)), make([]string, len(m.Agenda)), make([]int64, len(m.Agenda)), make([]string, len(m.Agenda))
	for i, a := range m.Agenda {
		pos[i], title[i], page[i], ref[i] = int64(i+1), a.Title, int64(a.Source.Page), a.Source.Ref()
	}
	if err := insertArrays(ctx, tx, "agenda_items", len(m.Agenda), []column{
		{"id", "bigint", "", agendaIDs}, {"meeting_id", "bigint", "", repeat(id, len(m.Agenda))}, {"position", "bigint", "", pos},
		{"title", "text", "", title}, {"source_page", "bigint", "nullif(source_page, 0)", page}, {"source_ref", "text", "", ref},
	}); err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	if err := insertActionsPostgres(ctx, tx, id, agendaIDs, orgs, m.Actions); err != nil {
		return fmt.Errorf("actions: %w", err)
	}
	return nil
}

// people are the columns shared by participants and excused.
type people struct {
	person, title, role, raw, ref []string
	org, excused, page            []int64
}

func (p *people) add(x minutes.Participant, orgs map[string]int64) {
	p.person, p.title, p.role = append(p.person, x.Person), append(p.title, x.Title), append(p.role, x.Role)
	p.raw, p.ref = append(p.raw, x.Raw), append(p.ref, x.Source.Ref())
	p.org, p.excused = append(p.org, orgValue(orgs, x.Organization)), append(p.excused, int64(boolInt(x.Excused)))
	p.page = append(p.page, int64(x.Source.Page))
}

func (p *people) columns(meetingID int64, withRole bool) []column {
	cols := []column{
		{"meeting_id", "bigint", "", repeat(meetingID, len(p.raw))},
		{"person", "text", "nullif(person, '')", p.person}, {"title", "text", "nullif(title, '')", p.title},
		{"organization_id", "bigint", "nullif(organization_id, 0)", p.org},
	}
	if withRole {
		cols = append(cols, column{"role", "text", "nullif(role, '')", p.role}, column{"excused", "bigint", "", p.excused})
	}
	return append(cols, column{"raw", "text", "nullif(raw, '')", p.raw},
		column{"source_page", "bigint", "nullif(source_page, 0)", p.page}, column{"source_ref", "text", "", p.ref})
}

func insertPeoplePostgres(ctx context.Context, tx *txn, meetingID int64, orgs map[string]int64, ps []minutes.Participant) error {
	var present, excused people
	for _, p := range ps {
		if p.Excused {
			excused.add(p, orgs)
		} else {
			present.add(p, orgs)
		}
	}
	if err := insertArrays(ctx, tx, "participants", len(present.raw), present.columns(meetingID, true)); err != nil {
		return err
	}
	return insertArrays(ctx, tx, "excused", len(excused.raw), excused.columns(meetingID, false))
}

func insertActionsPostgres(ctx context.Context, tx *txn, meetingID int64, agendaIDs []int64, orgs map[string]int64, actions []minutes.Action) error {
	ids, err := nextIDs(ctx, tx, "actions", len(actions))
	if err != nil {
		return err
	}
	n := len(actions)
	agenda, pos, page := make([]int64, n), make([]int64, n), make([]int64, n)
	text, ownerRaw, dueRaw, due, precision, status, ref, quote :=
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	var owners struct {
		action, org, pos []int64
		person, raw      []string
	}
	for i, a := range actions {
		if a.Agenda >= 0 && a.Agenda < len(agendaIDs) {
			agenda[i] = agendaIDs[a.Agenda]
		}
		status[i] = a.Status
		if status[i] == "" {
			status[i] = minutes.StatusOpen
		}
		pos[i], page[i] = int64(i+1), int64(a.Source.Page)
		text[i], ownerRaw[i], dueRaw[i], due[i], precision[i] = a.Text, a.OwnerRaw, a.DueRaw, a.Due, a.DuePrecision
		ref[i], quote[i] = a.Source.Ref(), a.Source.Text
		for j, o := range a.Owners {
			owners.action, owners.org, owners.pos = append(owners.action, ids[i]), append(owners.org, orgValue(orgs, o.Organization)), append(owners.pos, int64(j+1))
			owners.person, owners.raw = append(owners.person, o.Person), append(owners.raw, o.Raw)
		}
	}
	if err := insertArrays(ctx, tx, "actions", n, []column{
		{"id", "bigint", "", ids}, {"meeting_id", "bigint", "", repeat(meetingID, n)},
		{"agenda_item_id", "bigint", "nullif(agenda_item_id, 0)", agenda}, {"position", "bigint", "", pos},
		{"text", "text", "", text}, {"owner_raw", "text", "nullif(owner_raw, '')", ownerRaw},
		{"due_raw", "text", "nullif(due_raw, '')", dueRaw}, {"due_date", "text", "nullif(due_date, '')", due},
		{"due_precision", "text", "nullif(due_precision, '')", precision}, {"status", "text", "", status},
		{"source_page", "bigint", "nullif(source_page, 0)", page}, {"source_ref", "text", "", ref},
		{"source_text", "text", "nullif(source_text, '')", quote},
	}); err != nil {
		return err
	}
	return insertArrays(ctx, tx, "action_owners", len(owners.raw), []column{
		{"action_id", "bigint", "", owners.action}, {"organization_id", "bigint", "nullif(organization_id, 0)", owners.org},
		{"person", "text", "nullif(person, '')", owners.person}, {"raw", "text", "", owners.raw}, {"position", "bigint", "", owners.pos},
	})
}
