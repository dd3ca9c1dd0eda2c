package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOtherDatabases: a file that is not a minutes database is refused
// with exit 2 and a clear message, and nothing is written to it; a
// missing or empty file is refused by every command that only reads;
// ingest creates a database only in a file that does not exist or is
// empty.
func TestOtherDatabases(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	sqldb, err := sql.Open("sqlite3", other) // the driver registered by package store
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqldb.Exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('à garder')`); err != nil {
		t.Fatal(err)
	}
	sqldb.Close()
	text := filepath.Join(dir, "notes.txt")
	empty := filepath.Join(dir, "empty.db")
	missing := filepath.Join(dir, "missing.db")
	for path, body := range map[string]string{text: "Compte rendu de la réunion\n", empty: ""} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	readers := [][]string{{"actions"}, {"query", "SELECT 1"}, {"search", "echeance"}, {"export"},
		{"runs"}, {"failures"}, {"show", "1"}, {"serve", "--addr", "127.0.0.1:0"}}
	for _, tt := range []struct {
		db, want string
		args     [][]string
	}{
		{other, "not a minutes database", append(readers, []string{"ingest", corpusDir})},
		{text, "not a minutes database", append(readers, []string{"ingest", corpusDir})},
		{empty, "the file is empty", readers},
		{missing, "the file does not exist", readers},
	} {
		for _, args := range tt.args {
			code, _, errs := analyst(t, tt.db, args...)
			if code != exitUsage || !strings.Contains(errs, tt.want) {
				t.Errorf("%s --db %s: exit %d, %q; want exit %d and %q", args[0], filepath.Base(tt.db), code, errs, exitUsage, tt.want)
			}
		}
	}
	if _, tables, _ := analyst(t, other, "query", "SELECT group_concat(name) FROM sqlite_master"); tables != "" {
		t.Errorf("query on another database: %q", tables)
	}
	sqldb, err = sql.Open("sqlite3", "file:"+other+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer sqldb.Close()
	var names string
	if err := sqldb.QueryRow(`SELECT group_concat(name) FROM sqlite_master`).Scan(&names); err != nil || names != "notes" {
		t.Errorf("other.db holds %q (%v), want only its table notes", names, err)
	}
	for _, f := range []string{other, text} {
		if _, err := os.Stat(f + ".lock"); !os.IsNotExist(err) {
			t.Errorf("ingest --db %s left a lock file beside it", filepath.Base(f))
		}
	}
	if info, err := os.Stat(empty); err != nil || info.Size() != 0 {
		t.Errorf("empty.db after the readers: %v, %v; want it left empty", info, err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("missing.db after the readers: %v, want it still missing", err)
	}
	for _, db := range []string{empty, missing} {
		if code, _, errs := analyst(t, db, "ingest", corpusDir, "--quiet"); code != exitOK {
			t.Errorf("ingest --db %s: exit %d\n%s", filepath.Base(db), code, errs)
		}
		if code, out, _ := analyst(t, db, "query", "SELECT count(*) > 0 FROM meetings", "--format", "csv"); code != exitOK || !strings.HasSuffix(out, "\n1\n") {
			t.Errorf("ingest --db %s stored no meeting: %q", filepath.Base(db), out)
		}
	}
}
