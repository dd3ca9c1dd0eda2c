package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/sahelim/minutes/store/storetest"
)

// buildMinutes builds the program into a temporary folder.
func buildMinutes(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "minutes")
	build := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// hubFolders spreads copies of the corpus (each copy distinct content)
// over six folders and returns them.
func hubFolders(t *testing.T, copies int) ([]string, int) {
	t.Helper()
	src := copyCorpus(t, copies)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	dirs := make([]string, 6)
	for i := range dirs {
		dirs[i] = filepath.Join(src, fmt.Sprintf("hub%d", i))
		if err := os.Mkdir(dirs[i], 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i, e := range entries {
		mustRename(t, filepath.Join(src, e.Name()), filepath.Join(dirs[i%len(dirs)], e.Name()))
	}
	return dirs, len(entries)
}

// overlapping returns the folders ingester i of n reads: three of the six,
// so that each folder is read by two ingesters or more.
func overlapping(dirs []string, i int) []string {
	return []string{dirs[i%6], dirs[(i+1)%6], dirs[(i+2)%6]}
}

// TestConcurrentIngesters starts four ingesters together on overlapping
// folders of one PostgreSQL archive (210 files), then kills one of three
// concurrent ingesters with SIGKILL and runs it again: every file is stored
// exactly once with all its rows, no run fails, and each is recorded.
func TestConcurrentIngesters(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and ingests 210 files four times over")
	}
	if !storetest.Postgres() {
		t.Skip("PostgreSQL only: runs with MINUTES_TEST_BACKEND=postgres (make test-postgres)")
	}
	bin := buildMinutes(t)
	dirs, total := hubFolders(t, 30)

	t.Run("four together", func(t *testing.T) {
		db := storetest.PostgresDB(t)
		var cmds []*exec.Cmd
		for i := range 4 {
			cmd := exec.Command(bin, append(append([]string{"ingest"}, overlapping(dirs, i)...), "--db", db, "--workers", "1", "--quiet")...)
			cmd.Stderr = &strings.Builder{}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Errorf("ingester %d: %v\n%s", i, err, cmd.Stderr)
			}
		}
		checkArchive(t, db, total, 4, 0)
	})

	t.Run("one of three killed", func(t *testing.T) {
		db := storetest.PostgresDB(t)
		args := func(i int) []string {
			return append(append([]string{"ingest"}, overlapping(dirs, 2*i)...), "--db", db, "--workers", "1")
		}
		victim := exec.Command(bin, args(0)...)
		stderr, err := victim.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := victim.Start(); err != nil {
			t.Fatal(err)
		}
		var others []*exec.Cmd
		for i := 1; i < 3; i++ {
			cmd := exec.Command(bin, append(args(i), "--quiet")...)
			cmd.Stderr = &strings.Builder{}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			others = append(others, cmd)
		}
		stored, lines := 0, bufio.NewScanner(stderr)
		for stored < 15 && lines.Scan() {
			if strings.HasPrefix(lines.Text(), "new ") {
				stored++
			}
		}
		victim.Process.Signal(syscall.SIGKILL)
		victim.Wait()
		if stored < 15 {
			t.Fatalf("the victim ended after %d documents, before it could be killed", stored)
		}
		for i, cmd := range others {
			if err := cmd.Wait(); err != nil {
				t.Errorf("ingester %d, beside the killed one: %v\n%s", i+1, err, cmd.Stderr)
			}
		}
		again := exec.Command(bin, append(args(0), "--quiet")...)
		if out, err := again.CombinedOutput(); err != nil {
			t.Fatalf("the killed ingester's next run: %v\n%s", err, out)
		}
		checkArchive(t, db, total, 4, 1)
	})
}

// checkArchive checks that the archive holds each of total files once,
// every document complete, and runs finished runs (plus killed ones).
func checkArchive(t *testing.T, location string, total, runs, killed int) {
	t.Helper()
	db := openDB(t, location)
	for _, c := range []struct {
		what  string
		query string
		want  int
	}{
		{"documents", "SELECT count(*) FROM documents WHERE status = 'ok'", total},
		{"failed documents", "SELECT count(*) FROM documents WHERE status <> 'ok'", 0},
		{"distinct hashes", "SELECT count(DISTINCT sha256) FROM documents", total},
		{"files", "SELECT count(*) FROM files WHERE missing = 0 AND document_id IS NOT NULL", total},
		{"files of one content", "SELECT count(*) FROM (SELECT sha256 FROM files GROUP BY sha256 HAVING count(*) > 1) x", 0},
		{"meetings", "SELECT count(*) FROM meetings", 5}, // copies of the corpus's 5 meetings, however many ingesters saved them
		{"copies", "SELECT count(*) FROM meeting_documents", total},
		{"documents without blocks", "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM blocks)", 0},
		{"unindexed blocks", "SELECT count(*) FROM blocks WHERE id NOT IN (SELECT block_id FROM blocks_fts)", 0},
		{"organizations named twice", "SELECT count(*) FROM (SELECT acronym FROM organizations GROUP BY acronym HAVING count(*) > 1) x", 0},
		{"finished runs", "SELECT count(*) FROM runs WHERE exit_status = 0 AND ended_at IS NOT NULL AND host <> ''", runs - killed},
		{"killed runs", "SELECT count(*) FROM runs WHERE ended_at IS NULL", killed},
	} {
		if got := queryInt(t, db, c.query); got != c.want {
			t.Errorf("%s: %d, want %d", c.what, got, c.want)
		}
	}
	// Every copy of a report has the rows of the others, and belongs to a
	// meeting with the same rows: none is half written.
	rows, err := db.SQL().Query(`SELECT v.file, count(DISTINCT b.id), m.participants, m.agenda_items, m.actions
		FROM meeting_documents c JOIN v_meetings m ON m.id = c.meeting_id
		JOIN v_document_paths v ON v.document_id = c.document_id
		JOIN blocks b ON b.document_id = c.document_id
		GROUP BY v.file, m.participants, m.agenda_items, m.actions`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	prefix := regexp.MustCompile(`^\d+-`)
	shapes := map[string]map[string]bool{}
	for rows.Next() {
		var file string
		var blocks, participants, agenda, actions int
		if err := rows.Scan(&file, &blocks, &participants, &agenda, &actions); err != nil {
			t.Fatal(err)
		}
		base := prefix.ReplaceAllString(file, "")
		if shapes[base] == nil {
			shapes[base] = map[string]bool{}
		}
		shapes[base][fmt.Sprintf("%d blocks, %d participants, %d agenda items, %d actions", blocks, participants, agenda, actions)] = true
	}
	for base, s := range shapes {
		if len(s) != 1 {
			t.Errorf("copies of %s differ: %v", base, s)
		}
	}
	if len(shapes) != len(corpusFiles(t)) {
		t.Errorf("%d reports, want %d", len(shapes), len(corpusFiles(t)))
	}
}
