package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// TestKillAndResume builds the program, starts an ingest of 210 files,
// kills it with SIGKILL once some documents are stored, runs it again and
// checks that every file is stored exactly once and nothing is left half
// written.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and ingests 210 files")
	}
	bin := filepath.Join(t.TempDir(), "minutes")
	build := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := copyCorpus(t, 30)
	dbPath := storetest.DB(t, "m.db")
	total := len(corpusFiles(t)) * 30

	cmd := exec.Command(bin, "ingest", dir, "--db", dbPath, "--workers", "2")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Each "new" line is printed once its document is committed.
	stored, lines := 0, bufio.NewScanner(stderr)
	for stored < 40 && lines.Scan() {
		if strings.HasPrefix(lines.Text(), "new ") {
			stored++
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if stored < 40 {
		t.Fatalf("the first run ended after %d documents, before it could be killed", stored)
	}

	again := exec.Command(bin, "ingest", dir, "--db", dbPath, "--quiet")
	if out, err := again.CombinedOutput(); err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	db := openDB(t, dbPath)
	checks := []struct {
		what  string
		query string
		want  int
	}{
		{"documents", "SELECT count(*) FROM documents WHERE status = 'ok'", total},
		{"distinct hashes", "SELECT count(DISTINCT sha256) FROM documents", total},
		{"files", "SELECT count(*) FROM files WHERE missing = 0 AND document_id IS NOT NULL", total},
		{"meetings", "SELECT count(*) FROM meetings", 5}, // 30 copies of each of the corpus's 5 meetings
		{"copies", "SELECT count(*) FROM meeting_documents", total},
		{"copies without meeting", "SELECT count(*) FROM meeting_documents WHERE meeting_id NOT IN (SELECT id FROM meetings)", 0},
		{"meetings without document", "SELECT count(*) FROM meetings WHERE document_id NOT IN (SELECT id FROM documents)", 0},
		{"blocks without document", "SELECT count(*) FROM blocks WHERE document_id NOT IN (SELECT id FROM documents)", 0},
		{"documents without blocks", "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM blocks)", 0},
		{"orphan index rows", "SELECT count(*) FROM blocks_fts WHERE " + ftsID(db) + " NOT IN (SELECT id FROM blocks)", 0},
		{"unindexed blocks", "SELECT count(*) FROM blocks WHERE id NOT IN (SELECT " + ftsID(db) + " FROM blocks_fts)", 0},
		{"orphan participants", "SELECT count(*) FROM participants WHERE meeting_id NOT IN (SELECT id FROM meetings)", 0},
		{"orphan actions", "SELECT count(*) FROM actions WHERE meeting_id NOT IN (SELECT id FROM meetings)", 0},
		{"orphan owners", "SELECT count(*) FROM action_owners WHERE action_id NOT IN (SELECT id FROM actions)", 0},
		{"killed run left open", "SELECT count(*) FROM runs WHERE ended_at IS NULL", 1},
		{"finished runs", "SELECT count(*) FROM runs WHERE exit_status = 0", 1},
	}
	for _, c := range checks {
		if got := queryInt(t, db, c.query); got != c.want {
			t.Errorf("%s: %d, want %d", c.what, got, c.want)
		}
	}
	if !db.Postgres() {
		var integrity string
		if err := db.SQL().QueryRowContext(context.Background(), "PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
			t.Errorf("integrity_check: %q %v", integrity, err)
		}
	}
	t.Logf("killed after %d of %d documents; the second run stored %d", stored, total,
		queryInt(t, db, "SELECT new FROM runs WHERE exit_status = 0"))
	if _, err := os.Stat(dbPath + ".lock"); err != nil && !db.Postgres() {
		t.Errorf("lock file: %v", err)
	}
}

// ftsID is the column of blocks_fts that holds the block's id.
func ftsID(db *store.DB) string {
	if db.Postgres() {
		return "block_id"
	}
	return "rowid"
}
