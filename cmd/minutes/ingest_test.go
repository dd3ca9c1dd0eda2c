package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sahelim/minutes/extract/doc/doctest"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

var corpusDir = filepath.Join("..", "..", "testdata", "corpus")

// corpusFiles returns the reports of testdata/corpus (not the gold files).
func corpusFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, ext := range []string{"*.pdf", "*.docx", "*.html"} {
		m, err := filepath.Glob(filepath.Join(corpusDir, ext))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no reports in", corpusDir)
	}
	return out
}

// copyCorpus copies the corpus reports into a new folder, copies times
// over with suffix appended to the content of each (so each copy is new
// content), and returns the folder.
func copyCorpus(t *testing.T, copies int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range copies {
		for _, f := range corpusFiles(t) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(f)
			if copies > 1 {
				data = append(data, fmt.Sprintf("\n%d", i)...)
				name = fmt.Sprintf("%03d-%s", i, name)
			}
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// minutesRun runs the command line args and returns the exit status,
// standard output and standard error, as main would.
func minutesRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	err := cmd.ExecuteContext(context.Background())
	code := exitOK
	var ce *codeError
	switch {
	case errors.As(err, &ce):
		code = ce.code
		if ce.err != nil {
			fmt.Fprintln(&errb, ce.err)
		}
	case err != nil:
		code = exitUsage
		fmt.Fprintln(&errb, err)
	}
	return code, out.String(), errb.String()
}

// ingestJSON runs ingest with --json and decodes the summary.
func ingestJSON(t *testing.T, want int, args ...string) summary {
	t.Helper()
	code, out, errs := minutesRun(t, append([]string{"ingest", "--json"}, args...)...)
	if code != want {
		t.Fatalf("ingest %v: exit %d, want %d\n%s", args, code, want, errs)
	}
	var s summary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, out)
	}
	return s
}

func openDB(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// queryInt runs a query written with ? placeholders, on either backend.
func queryInt(t *testing.T, db *store.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(db.Rebind(query), args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// dump prints every row of every table but runs, sorted, to compare two
// states of a database.
func dump(t *testing.T, path string) string {
	t.Helper()
	db := openDB(t, path)
	tables := []string{"documents", "files", "meetings", "organizations", "participants", "agenda_items",
		"actions", "action_owners", "blocks", "blocks_fts", "migrations"}
	var b strings.Builder
	for _, table := range tables {
		rows, err := db.SQL().Query("SELECT * FROM " + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%s %q", table, vals))
		}
		rows.Close()
		sort.Strings(lines)
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	dir := copyCorpus(t, 1)
	dbPath := storetest.DB(t, "m.db")
	n := len(corpusFiles(t))
	first := ingestJSON(t, exitOK, dir, "--db", dbPath)
	if first.New != n || first.Files != n {
		t.Fatalf("first run: %+v, want %d new", first.Counts, n)
	}
	before := dump(t, dbPath)
	second := ingestJSON(t, exitOK, dir, "--db", dbPath)
	if second.Unchanged != n || second.New+second.Changed+second.Moved+second.Reextracted+second.Failed != 0 {
		t.Fatalf("second run: %+v, want %d unchanged and nothing else", second.Counts, n)
	}
	if after := dump(t, dbPath); after != before {
		t.Errorf("a run on an unchanged folder changed the database:\n%s", doctest.Diff(before, after))
	}
	db := openDB(t, dbPath)
	if got := queryInt(t, db, "SELECT count(*) FROM runs WHERE ended_at IS NOT NULL AND exit_status = 0"); got != 2 {
		t.Errorf("runs recorded: %d, want 2", got)
	}
	if got := queryInt(t, db, "SELECT unchanged FROM runs WHERE id = ?", second.Run); got != n {
		t.Errorf("runs.unchanged = %d, want %d", got, n)
	}
	t.Logf("first run %.2fs, second %.3fs", first.Seconds, second.Seconds)
}

func TestIngestMovedChangedMissing(t *testing.T) {
	dir := copyCorpus(t, 1)
	dbPath := storetest.DB(t, "m.db")
	ingestJSON(t, exitOK, dir, "--db", dbPath)
	files := corpusFiles(t)
	moved, changed, gone, touched := filepath.Base(files[0]), filepath.Base(files[1]), filepath.Base(files[2]), filepath.Base(files[3])
	if err := os.MkdirAll(filepath.Join(dir, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
	mustRename(t, filepath.Join(dir, moved), filepath.Join(dir, "archive", moved))
	appendTo(t, filepath.Join(dir, changed), " ")
	if err := os.Remove(filepath.Join(dir, gone)); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dir, touched), later, later); err != nil {
		t.Fatal(err)
	}
	s := ingestJSON(t, exitOK, dir, "--db", dbPath)
	// The moved file counts once, as moved: its old path is marked missing
	// but not counted; the deleted file is the one missing.
	want := store.Counts{Moved: 1, Changed: 1, Missing: 1, Unchanged: len(files) - 3}
	if s.Counts != want {
		t.Errorf("counts = %+v, want %+v", s.Counts, want)
	}
	db := openDB(t, dbPath)
	abs := func(name string) string { return absPath(filepath.Join(dir, name)) }
	if got := queryInt(t, db, "SELECT missing FROM files WHERE path = ?", abs(moved)); got != 1 {
		t.Errorf("old path of a moved file: missing = %d, want 1 (path history kept)", got)
	}
	if got := queryInt(t, db, `SELECT count(DISTINCT document_id) FROM files WHERE path IN (?, ?)`,
		abs(moved), abs(filepath.Join("archive", moved))); got != 1 {
		t.Errorf("moved file and its old path point to %d documents, want 1", got)
	}
	if got := queryInt(t, db, "SELECT missing FROM files WHERE path = ?", abs(gone)); got != 1 {
		t.Errorf("deleted file: missing = %d, want 1", got)
	}
	if got := queryInt(t, db, "SELECT count(*) FROM documents d JOIN files f ON f.document_id = d.id WHERE f.path = ?", abs(gone)); got != 1 {
		t.Errorf("deleted file's document was deleted")
	}
	if got := queryInt(t, db, "SELECT count(*) FROM documents"); got != len(files) {
		t.Errorf("documents = %d, want %d (the changed file's old extraction replaced)", got, len(files))
	}
	if got := queryInt(t, db, "SELECT count(*) FROM meeting_documents"); got != queryInt(t, db, "SELECT count(*) FROM documents") {
		t.Errorf("copies and documents differ in number")
	}
	if got := queryInt(t, db, "SELECT count(*) FROM meetings"); got != 5 {
		t.Errorf("meetings = %d, want 5 (the changed copy is a copy still)", got)
	}
	again := ingestJSON(t, exitOK, dir, "--db", dbPath)
	if again.Unchanged != len(files)-1 || again.Missing != 0 {
		t.Errorf("third run: %+v, want all unchanged, no new missing", again.Counts)
	}
}

func TestIngestReextract(t *testing.T) {
	dir := copyCorpus(t, 1)
	dbPath := storetest.DB(t, "m.db")
	ingestJSON(t, exitOK, dir, "--db", dbPath)
	s := ingestJSON(t, exitOK, dir, "--db", dbPath, "--reextract")
	if n := len(corpusFiles(t)); s.Reextracted != n {
		t.Errorf("--reextract: %+v, want %d re-extracted", s.Counts, n)
	}
	db := openDB(t, dbPath)
	if got, want := queryInt(t, db, "SELECT count(*) FROM documents"), len(corpusFiles(t)); got != want {
		t.Errorf("documents after --reextract = %d, want %d", got, want)
	}
}

func mustRename(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(s); err != nil {
		t.Fatal(err)
	}
}

func TestIngestLogAndQuiet(t *testing.T) {
	dir := copyCorpus(t, 1)
	dbPath := storetest.DB(t, "m.db")
	code, out, errs := minutesRun(t, "ingest", dir, "--db", dbPath)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got := countPrefix(errs, "new "); got != len(corpusFiles(t)) {
		t.Errorf("log lines for new files: %d, want %d:\n%s", got, len(corpusFiles(t)), errs)
	}
	if !strings.Contains(out, "new") || !strings.Contains(out, "database ") {
		t.Errorf("summary line missing: %q", out)
	}
	appendTo(t, filepath.Join(dir, filepath.Base(corpusFiles(t)[0])), " ")
	code, out, errs = minutesRun(t, "ingest", dir, "--db", dbPath, "--quiet")
	if code != exitOK || out != "" || errs != "" {
		t.Errorf("--quiet: exit %d, stdout %q, stderr %q; want silence", code, out, errs)
	}
}

func TestIngestUsageErrors(t *testing.T) {
	dbPath := storetest.DB(t, "m.db")
	for _, args := range [][]string{
		{"ingest", "/no/such/folder", "--db", dbPath},
		{"ingest", corpusDir, "--db", dbPath, "--max-file-size", "lots"},
		{"ingest", "--db", dbPath},
	} {
		if code, _, _ := minutesRun(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// countPrefix counts the lines of s that begin with prefix.
func countPrefix(s, prefix string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, prefix) {
			n++
		}
	}
	return n
}
