package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store/storetest"
)

// corpusDB ingests the sample corpus into a new database, with the
// ingest flags given, and returns its path.
func corpusDB(t *testing.T, flags ...string) string {
	t.Helper()
	db := storetest.DB(t, "minutes.db")
	args := append([]string{"ingest", "../../testdata/corpus", "--db", db}, flags...)
	if code := run(context.Background(), args); code != exitOK && code != exitFailed {
		t.Fatalf("ingest the corpus: exit %d", code)
	}
	return db
}

// analyst runs `minutes args... --db db` and returns the exit status,
// standard output and standard error, as main would print them.
func analyst(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetArgs(append(args, "--db", db))
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	err := cmd.ExecuteContext(context.Background())
	var ce *codeError
	switch {
	case err == nil:
		return exitOK, out.String(), errb.String()
	case errors.As(err, &ce):
		if ce.err != nil {
			fmt.Fprintln(&errb, "minutes:", ce.err)
		}
		return ce.code, out.String(), errb.String()
	}
	fmt.Fprintln(&errb, "minutes:", err)
	return exitUsage, out.String(), errb.String()
}

func TestQuery(t *testing.T) {
	db := corpusDB(t)
	const values = `SELECT 'Échéance' AS word, 12 AS n, 2.5 AS x, NULL AS empty, 'a|b' AS pipe`
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"SELECT cluster, count(*) AS meetings FROM v_meetings GROUP BY cluster ORDER BY cluster", "--format", "csv"},
			"cluster,meetings\nCluster Protection,1\nCluster Santé,3\nICC,1\n"},
		{[]string{values, "--format", "csv"}, "word,n,x,empty,pipe\nÉchéance,12,2.5,,a|b\n"},
		{[]string{values}, "word\tn\tx\tempty\tpipe\nÉchéance\t12\t2.5\t\ta|b\n"}, // not a terminal: TSV
		{[]string{values, "--format", "json"}, `{"word":"Échéance","n":12,"x":2.5,"empty":null,"pipe":"a|b"}` + "\n"},
		{[]string{values, "--format", "markdown"},
			"| word | n | x | empty | pipe |\n| --- | ---: | ---: | ---: | --- |\n| Échéance | 12 | 2.5 |  | a\\|b |\n"},
		{[]string{values, "--format", "table"},
			"word      n   x    empty  pipe\n--------  --  ---  -----  ----\nÉchéance  12  2.5         a|b\n"},
	} {
		code, out, errs := analyst(t, db, append([]string{"query"}, tt.args...)...)
		if code != exitOK || out != tt.want {
			t.Errorf("query %q: exit %d, output\n%s\nwant\n%s%s", tt.args, code, out, tt.want, errs)
		}
	}
}

func TestQueryRefusesWrites(t *testing.T) {
	db := corpusDB(t)
	count := func() string {
		_, out, _ := analyst(t, db, "query", "SELECT count(*) FROM actions", "--format", "csv")
		return out
	}
	before := count()
	for _, q := range []string{
		"INSERT INTO organizations (acronym) VALUES ('X')",
		"UPDATE actions SET status = 'done'",
		"DELETE FROM actions",
		"CREATE TABLE t (x)",
		"DROP TABLE actions",
		"ATTACH '" + filepath.Join(t.TempDir(), "w.db") + "' AS w",
		"PRAGMA query_only = 0",
		"PRAGMA user_version = 7",
		"SELECT 1; DELETE FROM actions",
	} {
		code, out, errs := analyst(t, db, "query", q)
		if code != exitFailed || out != "" || !strings.HasPrefix(errs, "minutes: query: ") {
			t.Errorf("query %q: exit %d, output %q, errors %q; want exit 1 and an error", q, code, out, errs)
		}
	}
	if after := count(); after != before || before == "" {
		t.Errorf("actions before the refused writes %q, after %q", before, after)
	}
}

func TestQueryErrorShowsPosition(t *testing.T) {
	db := corpusDB(t)
	code, out, errs := analyst(t, db, "query", "SELECT id\nFROM v_actions\nWHER days_overdue > 0")
	want := "minutes: query: near \"days_overdue\": syntax error (line 3, column 6)\n  WHER days_overdue > 0\n       ^\n"
	if storetest.Postgres() {
		want = "minutes: query: syntax error at or near \"days_overdue\" (line 3, column 6)\n  WHER days_overdue > 0\n       ^\n"
	}
	if code != exitFailed || out != "" || errs != want {
		t.Errorf("wrong query: exit %d, output %q, errors\n%s\nwant\n%s", code, out, errs, want)
	}
}

// TestQueryBounds checks that a query stops, with a message saying why and
// after the rows already printed, at --max-rows, at --timeout, at a value
// over the store's limit and when an aligned table would grow too large.
// The queries never end or build too much, so each bound is always hit,
// however busy the machine.
func TestQueryBounds(t *testing.T) {
	db := corpusDB(t)
	const endless = `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) `
	blob := "zeroblob(1000000)"
	if storetest.Postgres() {
		blob = "repeat('0', 1000000)"
	}
	for _, tt := range []struct {
		name  string
		args  []string
		lines int // lines printed before the stop
		want  string
	}{
		{"max rows", []string{endless + "SELECT x FROM c", "--format", "tsv", "--max-rows", "1000"}, 1001,
			"stopped after 1000 rows (--max-rows): add a LIMIT or raise --max-rows"},
		{"timeout", []string{endless + "SELECT count(*) FROM c", "--timeout", "200ms"}, 0,
			"stopped after 200ms (--timeout)"},
		{"value too big", []string{"SELECT randomblob(900000000)"}, 0,
			"a value of the result is over the 16 MiB limit"},
		{"streamed before the failure", []string{endless + "SELECT x, CASE WHEN x = 5 THEN zeroblob(900000000) END FROM c", "--format", "csv"}, 5,
			"over the 16 MiB limit"},
		{"aligned table too large", []string{endless + "SELECT x, " + blob + " FROM c", "--format", "table"}, 0,
			"use --format tsv, csv or json, which stream, or add a LIMIT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if storetest.Postgres() && strings.Contains(tt.want, "16 MiB") {
				t.Skip("SQLite's bound on one value; PostgreSQL has none of its own but 1 GB (docs/postgres.md)")
			}
			code, out, errs := analyst(t, db, append([]string{"query"}, tt.args...)...)
			if code != exitFailed || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q, want 1 and %q", code, errs, tt.want)
			}
			if n := strings.Count(out, "\n"); n != tt.lines {
				t.Errorf("%d lines printed, want %d", n, tt.lines)
			}
		})
	}
}
