package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// readOnlyCopy stores two meetings, closes the database and opens it again
// read-only; it returns the database and its path.
func readOnlyCopy(t *testing.T) (*store.DB, string) {
	t.Helper()
	path := storetest.DB(t, "ro.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	saveMeeting(t, db, "a.docx", "2024-01-10", "Cluster Santé",
		act("Partager la note de plaidoyer", "2024-01-31", "OCHA"),
		act("Désigner un point focal", "2024-06-30", "WHO"))
	saveMeeting(t, db, "b.docx", "2024-03-20", "Cluster Protection",
		act("Élaborer la cartographie des acteurs", "", "UNHCR"))
	db.Close()
	ro, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	return ro, path
}

func TestQueryRefusesWrites(t *testing.T) {
	db, _ := readOnlyCopy(t)
	ctx := context.Background()
	other := filepath.Join(t.TempDir(), "other.db")
	refused := []string{
		"INSERT INTO organizations (acronym) VALUES ('X')",
		"UPDATE actions SET status = 'done'",
		"DELETE FROM actions",
		"CREATE TABLE t (x int)",
		"CREATE TEMP TABLE t (x int)",
		"CREATE VIEW v AS SELECT 1",
		"CREATE INDEX i ON actions(text)",
		"DROP TABLE actions",
		"DROP VIEW v_actions",
		"ALTER TABLE actions ADD COLUMN x int",
		"ANALYZE",
		"BEGIN",
		"SAVEPOINT s",
		"WITH x AS (SELECT 1) DELETE FROM actions",
	}
	sqliteOnly := []string{
		"REPLACE INTO organizations (id, acronym) VALUES (1, 'X')",
		"ATTACH '" + other + "' AS w",
		"ATTACH 'file:" + other + "?mode=rwc' AS w",
		"ATTACH ':memory:' AS m",
		"DETACH main",
		"PRAGMA user_version = 5",
		"PRAGMA query_only = 0",
		"PRAGMA journal_mode = DELETE",
		"PRAGMA foreign_keys = OFF",
		"PRAGMA wal_checkpoint",
		"PRAGMA optimize",
		"VACUUM",
		"VACUUM INTO '" + other + "'",
		"REINDEX",
		"INSERT INTO blocks_fts (blocks_fts) VALUES ('optimize')",
	}
	postgresOnly := []string{
		"WITH x AS (DELETE FROM actions RETURNING id) SELECT * FROM x",
		"SET default_transaction_read_only = off",
		"SELECT nextval(pg_get_serial_sequence('actions', 'id'))",
		"EXPLAIN ANALYZE DELETE FROM actions",
		"COPY actions TO STDOUT",
		"LOCK TABLE actions",
		"VACUUM",
		"NOTIFY x",
		"SELECT * FROM actions FOR UPDATE",
	}
	if db.Postgres() {
		refused = append(refused, postgresOnly...)
	} else {
		refused = append(refused, sqliteOnly...)
	}
	for _, q := range refused {
		_, err := db.Query(ctx, q)
		if !errors.Is(err, store.ErrNotReadOnly) {
			t.Errorf("Query(%q) = %v, want ErrNotReadOnly", q, err)
		}
	}
	for _, q := range []string{"SELECT 1; DELETE FROM actions", "SELECT 1; SELECT 2", "SELECT ';'; PRAGMA query_only = 0", "SELECT 1; COMMIT; DELETE FROM actions"} {
		if _, err := db.Query(ctx, q); !errors.Is(err, store.ErrManyStatements) {
			t.Errorf("Query(%q) = %v, want ErrManyStatements", q, err)
		}
	}
	if _, err := os.Stat(other); err == nil {
		t.Errorf("a refused statement created %s", other)
	}
	var n int
	if err := db.SQL().QueryRow("SELECT count(*) FROM actions").Scan(&n); err != nil || n != 3 {
		t.Errorf("actions after the refused writes: %d, %v; want 3", n, err)
	}
}

func TestQueryReads(t *testing.T) {
	db, _ := readOnlyCopy(t)
	ctx := context.Background()
	type read struct {
		query string
		want  string // the rows, values separated by "|", rows by ";"
	}
	reads := []read{
		{"SELECT cluster, count(*) FROM v_actions GROUP BY cluster ORDER BY cluster", "Cluster Protection|1;Cluster Santé|2"},
		{"SELECT 'a;b' AS x; -- a comment", "a;b"},
		{"SELECT owners FROM v_actions WHERE owners = 'WHO' ;", "WHO"},
		{"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3) SELECT n FROM c", "1;2;3"},
		{"SELECT group_concat(DISTINCT cluster) FROM (SELECT cluster FROM v_actions WHERE cluster LIKE '%Prot%') x", "Cluster Protection"},
		{"SELECT strftime('%Y-Q', meeting_date) || ((CAST(strftime('%m', meeting_date) AS INTEGER) + 2) / 3) FROM v_actions WHERE cluster LIKE '%Prot%'", "2024-Q1"},
		{"SELECT CAST(julianday('2024-03-01') - julianday('2024-02-01') AS INTEGER)", "29"},
	}
	if db.Postgres() {
		reads = append(reads,
			read{"SELECT count(*) FROM blocks_fts WHERE text @@ to_tsquery('minutes_fr', 'ÉCHÉANCE')", "2"},
			read{"SELECT column_name FROM information_schema.columns WHERE table_name = 'action_links' AND table_schema = current_schema() ORDER BY ordinal_position", "action_id;earlier_action_id;similarity"},
			read{"SHOW default_transaction_read_only", "on"},
			read{"SELECT NULL, 1.5, true", "<nil>|1.5|1"})
	} else {
		reads = append(reads,
			read{"SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH 'echeance'", "2"},
			read{"SELECT name FROM pragma_table_info('action_links') ORDER BY cid", "action_id;earlier_action_id;similarity"},
			read{"PRAGMA user_version", "0"},
			read{"SELECT NULL, 1.5, x'00ff'", "<nil>|1.5|\x00\xff"})
	}
	for _, tt := range reads {
		res, err := db.Query(ctx, tt.query)
		if err != nil {
			t.Errorf("Query(%q): %v", tt.query, err)
			continue
		}
		var rows []string
		for _, r := range res.Rows {
			var vals []string
			for _, v := range r {
				vals = append(vals, cellString(v))
			}
			rows = append(rows, strings.Join(vals, "|"))
		}
		if got := strings.Join(rows, ";"); got != tt.want {
			t.Errorf("Query(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func cellString(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

func TestQueryErrorPosition(t *testing.T) {
	db, _ := readOnlyCopy(t)
	type bad struct {
		query, want string
	}
	bads := []bad{
		{"SELEC * FROM actions", `near "SELEC": syntax error (line 1, column 1)`},
		{"SELECT *\nFROM actions\nWHER id = 1", `near "id": syntax error (line 3, column 6)`},
		{"SELECT nope FROM actions", `no such column: nope (line 1, column 8)`},
		{"SELECT * FROM actionz", `no such table: actionz (line 1, column 15)`},
		{"SELECT date('now', 1, 2, 3) FROM", `incomplete input`},
	}
	if db.Postgres() {
		bads = []bad{
			{"SELECT *\nFROM actions\nWHER id = 1", `syntax error at or near "id" (line 3, column 6)`},
			{"SELECT nope FROM actions", `column "nope" does not exist (line 1, column 8)`},
			{"SELECT * FROM actionz", `relation "actionz" does not exist (line 1, column 15)`},
			{"SELECT 1 FROM", `syntax error at end of input (line 1, column 14)`},
		}
	}
	for _, tt := range bads {
		_, err := db.Query(context.Background(), tt.query)
		var qe *store.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("Query(%q) = %v, want a *QueryError", tt.query, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Query(%q) error = %q, want %q", tt.query, err, tt.want)
		}
	}
}

func TestActionsFilters(t *testing.T) {
	db, _ := readOnlyCopy(t)
	for _, tt := range []struct {
		name string
		f    store.ActionFilter
		want []string
	}{
		{"all", store.ActionFilter{}, []string{"Partager", "Désigner", "Élaborer"}},
		{"owner alias", store.ActionFilter{Owner: "OMS"}, []string{"Désigner"}},
		{"owner name", store.ActionFilter{Owner: "Haut Commissariat des Nations Unies pour les réfugiés"}, []string{"Élaborer"}},
		{"owner substring", store.ActionFilter{Owner: "och"}, []string{"Partager"}},
		{"cluster folded", store.ActionFilter{Cluster: "SANTE"}, []string{"Partager", "Désigner"}},
		{"region", store.ActionFilter{Region: "mopti"}, []string{"Partager", "Désigner", "Élaborer"}},
		{"search folded", store.ActionFilter{Search: "elaborer CARTOGRAPHIE"}, []string{"Élaborer"}},
		{"since", store.ActionFilter{Since: "2024-02-01"}, []string{"Élaborer"}},
		{"due before", store.ActionFilter{DueBefore: "2024-06-30"}, []string{"Partager"}},
		{"overdue", store.ActionFilter{Overdue: true, Today: "2024-03-01"}, []string{"Partager"}},
		{"overdue later", store.ActionFilter{Overdue: true, Today: "2024-07-01"}, []string{"Partager", "Désigner"}},
		{"status", store.ActionFilter{Status: minutes.StatusDone}, nil},
	} {
		rows, err := db.Actions(context.Background(), tt.f)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, strings.Fields(r.Text)[0])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Actions(%+v) = %q, want %q", tt.name, tt.f, got, tt.want)
		}
	}
	rows, _ := db.Actions(context.Background(), store.ActionFilter{Overdue: true, Today: "2024-07-01"})
	if len(rows) == 2 && (rows[0].DaysOverdue != 152 || rows[1].DaysOverdue != 1) {
		t.Errorf("days overdue on 2024-07-01 = %d, %d; want 152, 1", rows[0].DaysOverdue, rows[1].DaysOverdue)
	}
}

// TestQueryLimitBoundsMemory checks that QueryLimit stops reading at
// MaxResultBytes as at its row limit, and that no query may build a value
// over MaxValueBytes.
func TestQueryLimitBoundsMemory(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	// 100 rows of 1 MB each: more than MaxResultBytes.
	big := `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100)
		SELECT x, hex(zeroblob(500000)) FROM c`
	if db.Postgres() {
		big = `SELECT x, repeat('00', 500000) FROM generate_series(1, 100) x`
	}
	res, more, err := db.QueryLimit(ctx, big, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !more || len(res.Rows) >= 100 || len(res.Rows)*1_000_000 > store.MaxResultBytes+1_000_000 {
		t.Errorf("read %d rows of 1 MB (more %v), want to stop near %d bytes", len(res.Rows), more, store.MaxResultBytes)
	}
	if db.Postgres() {
		return // no bound on one value: PostgreSQL's own is 1 GB (see docs/postgres.md)
	}
	if _, _, err := db.QueryLimit(ctx, "SELECT randomblob(900000000)", 10); !errors.Is(err, store.ErrTooBig) {
		t.Errorf("randomblob(900000000): %v, want ErrTooBig", err)
	}
}
