package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/sahelim/minutes/normalize"
)

// Result is a table of values read from the database: the column names,
// optionally an HXL hashtag for each column (Tags, nil when none), and the
// rows. A value is nil (SQL NULL), int64, float64, string or []byte.
type Result struct {
	Columns []string
	Tags    []string
	Rows    [][]any
}

// ErrNotReadOnly is returned by Query for a statement that would write,
// change the schema or the connection, or attach a database.
var ErrNotReadOnly = errors.New("only reading statements are allowed (SELECT, WITH, EXPLAIN, reading PRAGMAs)")

// ErrManyStatements is returned by Query for text holding more than one
// statement.
var ErrManyStatements = errors.New("more than one statement: run them one at a time")

// QueryError is an error SQLite reported for a query. Offset is the byte
// offset in Query of the token SQLite names ("near \"FORM\""), or -1 when
// the message names none that can be found.
type QueryError struct {
	Query  string
	Msg    string
	Offset int
	Err    error
}

func (e *QueryError) Error() string {
	if e.Offset < 0 {
		return e.Msg
	}
	line, col := lineCol(e.Query, e.Offset)
	return fmt.Sprintf("%s (line %d, column %d)", e.Msg, line, col)
}

func (e *QueryError) Unwrap() error { return e.Err }

// Query runs one statement and returns all its rows ([DB.QueryEach] reads
// them without holding them, [DB.QueryLimit] bounds them). The statement
// must only read: besides the read-only connection of [OpenReadOnly], an
// authorizer refuses writes, schema changes, ATTACH, DETACH, transactions
// and every PRAGMA but those that only read (ErrNotReadOnly). SQLite's
// errors come back as *QueryError.
func (db *DB) Query(ctx context.Context, query string) (*Result, error) {
	var res *Result
	err := db.QueryEach(ctx, query, func(cols []string, row []any) error {
		if row == nil {
			res = &Result{Columns: cols}
		} else {
			res.Rows = append(res.Rows, row)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// setAuthorizer installs fn (nil removes it) on the connection.
func setAuthorizer(conn *sql.Conn, fn func(int, string, string, string) int) error {
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		c.RegisterAuthorizer(fn)
		return nil
	})
}

// readPragmas are the PRAGMAs a query may use: true when it may take an
// argument (a table or index name), false when only its reading form (no
// argument) is harmless.
var readPragmas = map[string]bool{
	"table_info": true, "table_xinfo": true, "table_list": true, "index_list": true,
	"index_info": true, "index_xinfo": true, "foreign_key_list": true, "foreign_key_check": true,
	"integrity_check": true, "quick_check": true,
	"function_list": false, "module_list": false, "pragma_list": false, "collation_list": false,
	"compile_options": false, "database_list": false, "user_version": false, "schema_version": false,
	"application_id": false, "page_count": false, "page_size": false, "freelist_count": false,
	"encoding": false, "journal_mode": false, "foreign_keys": false, "data_version": false,
}

// authRecursive is SQLITE_RECURSIVE (a WITH RECURSIVE query), which the
// driver does not export.
const authRecursive = 33

// allowed is the authorizer's decision for one action SQLite is about to
// take while preparing a statement.
func allowed(op int, a1, a2 string) bool {
	switch op {
	case sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, authRecursive:
		return true
	case sqlite3.SQLITE_PRAGMA:
		withArg, ok := readPragmas[strings.ToLower(a1)]
		return ok && (withArg || a2 == "")
	}
	return false
}

// nearToken finds the token SQLite names in messages such as
// `near "FORM": syntax error` or `no such column: foo`.
var nearToken = regexp.MustCompile(`near "((?:[^"]|"")*)"|no such (?:column|table|function): ([^\s,]+)`)

func queryError(query string, err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	qe := &QueryError{Query: query, Msg: err.Error(), Offset: -1, Err: err}
	if m := nearToken.FindStringSubmatch(qe.Msg); m != nil {
		tok := strings.ReplaceAll(m[1], `""`, `"`)
		if tok == "" {
			tok = m[2]
			if i := strings.LastIndexByte(tok, '.'); i >= 0 {
				tok = tok[i+1:]
			}
		}
		if tok != "" {
			qe.Offset = indexFold(query, tok)
		}
	}
	return qe
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	return strings.Index(strings.ToLower(s), strings.ToLower(sub))
}

// lineCol turns a byte offset into a 1-based line and column (in runes).
func lineCol(s string, off int) (line, col int) {
	before := s[:off]
	line = strings.Count(before, "\n") + 1
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, len([]rune(before)) + 1
}

// stripTerminator drops trailing semicolons and space.
func stripTerminator(q string) string {
	return strings.TrimRight(q, "; \t\r\n")
}

// hasSecondStatement reports whether q holds a statement after its first
// semicolon, outside quotes and comments.
func hasSecondStatement(q string) bool {
	end := statementEnd(q)
	if end < 0 {
		return false
	}
	rest := q[end+1:]
	for {
		rest = strings.TrimLeft(rest, "; \t\r\n")
		switch {
		case strings.HasPrefix(rest, "--"):
			i := strings.IndexByte(rest, '\n')
			if i < 0 {
				return false
			}
			rest = rest[i+1:]
		case strings.HasPrefix(rest, "/*"):
			i := strings.Index(rest[2:], "*/")
			if i < 0 {
				return false
			}
			rest = rest[i+4:]
		default:
			return rest != ""
		}
	}
}

// statementEnd returns the offset of the first semicolon of q outside
// string literals, quoted identifiers and comments, or -1.
func statementEnd(q string) int {
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == ';':
			return i
		case c == '\'' || c == '"' || c == '`':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				return -1
			}
			i += j + 1 // a doubled quote reads as two literals: same end
		case c == '[':
			j := strings.IndexByte(q[i+1:], ']')
			if j < 0 {
				return -1
			}
			i += j + 1
		case strings.HasPrefix(q[i:], "--"):
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				return -1
			}
			i += j
		case strings.HasPrefix(q[i:], "/*"):
			j := strings.Index(q[i+2:], "*/")
			if j < 0 {
				return -1
			}
			i += j + 3
		}
	}
	return -1
}

// ActionFilter selects actions; its zero value selects them all. Text
// filters match case- and accent-insensitively, as folded substrings, but
// Owner, which matches words: an organization by any of its names ("OMS"
// finds WHO's actions, and those whose owner as written names WHO), or
// words of an owner's acronym, person or text as written, in order, the
// last one possibly cut short ("zak" finds "Dr AG Zakaria"). The web
// app's counts by owner use the same test ([OwnerCounts], [Owned]).
type ActionFilter struct {
	Owner     string // organization by any name, or words of an owner
	Cluster   string // substring of the meeting's cluster
	Region    string // substring of the meeting's region
	DueBefore string // YYYY-MM-DD: deadline strictly before
	Since     string // YYYY-MM-DD: meeting on or after
	Until     string // YYYY-MM-DD: meeting on or before
	Overdue   bool   // not done and deadline before Today
	Today     string // YYYY-MM-DD for Overdue and DaysOverdue; "" means the DB's Now
	Search    string // every word appears in the action's text
	Status    string // open, in_progress or done
}

// ActionRow is one action of [DB.Actions], with its meeting and source.
type ActionRow struct {
	ID          int64
	MeetingDate string
	Cluster     string
	Region      string
	Text        string
	Owners      string // canonical owners joined with ", "
	OwnerRaw    string
	DueRaw      string
	Due         string
	DaysOverdue int // 0 when not overdue on the filter's Today
	Status      string
	Repeats     int
	FirstSeen   string
	File        string
	Page        int
	Ref         string

	owners []actionOwner // for the owner filter and OwnerNames
}

// Actions returns the actions f selects, ordered by meeting date (undated
// meetings last), file path and position.
func (db *DB) Actions(ctx context.Context, f ActionFilter) ([]ActionRow, error) {
	today := f.Today
	if today == "" {
		today = db.Now().Format(time.DateOnly)
	}
	where, args := actionsWhere(f, today)
	rows, err := db.query(ctx, `SELECT a.id, coalesce(a.meeting_date, ''), coalesce(a.cluster, ''),
		coalesce(a.region, ''), a.action, coalesce(a.owners, ''), coalesce(a.owner_raw, ''),
		coalesce(a.due_raw, ''), coalesce(a.due_date, ''),
		CASE WHEN a.status <> 'done' AND a.due_date < ? THEN CAST(julianday(?) - julianday(a.due_date) AS INTEGER) ELSE 0 END,
		a.status, a.repeats, coalesce(a.first_seen, ''), a.file, coalesce(a.page, 0), coalesce(a.source_ref, ''),
		(SELECT group_concat(coalesce(o.acronym, '') || '`+"\x1f"+`' || coalesce(ao.person, '') || '`+"\x1f"+`' || ao.raw, '`+"\x1e"+`')
			FROM action_owners ao LEFT JOIN organizations o ON o.id = ao.organization_id WHERE ao.action_id = a.id)
		FROM v_actions a WHERE `+where+`
		ORDER BY a.meeting_date IS NULL, a.meeting_date, a.path, a.position`, args...)
	if err != nil {
		return nil, fmt.Errorf("actions: %w", err)
	}
	defer rows.Close()
	m := newActionMatcher(f)
	var out []ActionRow
	for rows.Next() {
		r, err := scanActionRow(rows)
		if err != nil {
			return nil, fmt.Errorf("actions: %w", err)
		}
		if m.match(&r) {
			out = append(out, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actions: %w", err)
	}
	return out, nil
}

// actionsWhere returns the SQL condition for the filters SQLite applies
// and its arguments, the first two being today (for days_overdue).
func actionsWhere(f ActionFilter, today string) (string, []any) {
	where, args := []string{"1 = 1"}, []any{today, today}
	add := func(cond string, arg any) {
		where = append(where, cond)
		args = append(args, arg)
	}
	if f.DueBefore != "" {
		add("a.due_date < ?", f.DueBefore)
	}
	if f.Since != "" {
		add("a.meeting_date >= ?", f.Since)
	}
	if f.Until != "" {
		add("a.meeting_date <= ?", f.Until)
	}
	if f.Status != "" {
		add("a.status = ?", f.Status)
	}
	if f.Overdue {
		add("a.status <> 'done' AND a.due_date < ?", today)
	}
	return strings.Join(where, " AND "), args
}

func scanActionRow(rows *sql.Rows) (ActionRow, error) {
	var r ActionRow
	var owners sql.NullString
	err := rows.Scan(&r.ID, &r.MeetingDate, &r.Cluster, &r.Region, &r.Text, &r.Owners, &r.OwnerRaw,
		&r.DueRaw, &r.Due, &r.DaysOverdue, &r.Status, &r.Repeats, &r.FirstSeen, &r.File, &r.Page, &r.Ref,
		&owners)
	r.owners = parseOwners(owners.String)
	return r, err
}

// actionMatcher applies the filters of an ActionFilter that compare folded
// text, which SQLite cannot do.
type actionMatcher struct {
	owner           ownerQuery
	cluster, region string
	words           []string
}

func newActionMatcher(f ActionFilter) actionMatcher {
	return actionMatcher{owner: newOwnerQuery(f.Owner), cluster: normalize.Fold(f.Cluster),
		region: normalize.Fold(f.Region), words: strings.Fields(normalize.Fold(f.Search))}
}

func (m actionMatcher) match(r *ActionRow) bool {
	if !strings.Contains(normalize.Fold(r.Cluster), m.cluster) || !strings.Contains(normalize.Fold(r.Region), m.region) {
		return false
	}
	text := normalize.Fold(r.Text)
	for _, w := range m.words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	var mentions []string
	if m.owner.org != "" {
		mentions = mentioned(r.OwnerRaw)
	}
	return m.owner.owns(r, mentions)
}
