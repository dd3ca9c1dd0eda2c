package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sahelim/minutes/store"
)

// TestSpecialFiles checks what ingest does with the entries of a folder
// that are not plain files: a link to a file is followed once and
// recorded under its own path; a link loop, a link to nothing, a link to a
// folder and a named pipe each fail with their reason and are recorded;
// a path that is not UTF-8 keeps its bytes in failures --json.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	write("good.html", "<h1>Compte rendu de la réunion</h1><p>Ordre du jour</p>")
	link("good.html", "link.html")
	link("loop.html", "loop.html")
	link("nowhere.pdf", "dangling.pdf")
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	link("folder", "folder.docx")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	latin1 := "caf\xe9.html" // a name written in Latin-1, not UTF-8
	write(latin1, "not a report")

	// One worker: two workers reading the same content at once may both
	// parse it, and the second save leaves the first path without its
	// document until the next run.
	dbPath := filepath.Join(t.TempDir(), "m.db")
	s := ingestJSON(t, exitFailed, dir, "--db", dbPath, "--workers", "1")
	if s.Files != 7 || s.Failed != 5 || s.New+s.Moved != 2 {
		t.Errorf("counts %+v over %d files, want 7 files, 2 stored, 5 failed", s.Counts, s.Files)
	}
	db := openDB(t, dbPath)
	if n := queryInt(t, db, `SELECT count(*) FROM files f JOIN documents d ON d.id = f.document_id
		WHERE f.path = ? AND d.status = 'ok'`, filepath.Join(dir, "link.html")); n != 1 {
		t.Errorf("the link to a file is not stored under its path")
	}

	_, out, _ := minutesRun(t, "failures", "--db", dbPath, "--json")
	var fails []map[string]any
	if err := json.Unmarshal([]byte(out), &fails); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"loop.html":    "symbolic link loop",
		"dangling.pdf": "symbolic link to a missing file",
		"folder.docx":  "a folder, not a file",
		"pipe.pdf":     "not a regular file: named pipe (FIFO)",
		latin1:         "unsupported format: plain text",
	}
	got := map[string]bool{}
	for _, f := range fails {
		if _, ok := f["format"]; !ok {
			t.Errorf("failure without a format key: %v", f)
		}
		raw, err := base64.StdEncoding.DecodeString(f["path_b64"].(string))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(string(raw))
		got[name] = true
		if reason := f["reason"].(string); !strings.Contains(reason, want[name]) || want[name] == "" {
			t.Errorf("%q: reason %q, want %q", name, reason, want[name])
		}
		if f["kind"] != store.KindBroken {
			t.Errorf("%q: kind %v, want broken", name, f["kind"])
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("%q is not listed by failures --json", name)
		}
	}
	// Fixed, the loop is read and leaves the list.
	os.Remove(filepath.Join(dir, "loop.html"))
	link("good.html", "loop.html")
	again := ingestJSON(t, exitFailed, dir, "--db", dbPath)
	if len(again.Failures) != 4 {
		t.Errorf("after fixing the loop: %d failures, want 4", len(again.Failures))
	}
}

// TestUnreadableFile checks that a file that cannot be opened is recorded
// in files and listed by failures, and read once it can be. Root reads a
// file whatever its permissions, so as root the ingest runs in a child
// process with the uid and gid of nobody; the test is skipped only when
// that is refused.
func TestUnreadableFile(t *testing.T) {
	// t.TempDir's parent is closed to other users: nobody needs its own.
	base, err := os.MkdirTemp("", "unreadable")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	dir, dbDir := filepath.Join(base, "reports"), filepath.Join(base, "db")
	for _, d := range []string{base, dir, dbDir} {
		os.Mkdir(d, 0o777)
		os.Chmod(d, 0o777)
	}
	secret := filepath.Join(dir, "secret.html")
	if err := os.WriteFile(secret, []byte("<h1>Compte rendu</h1>"), 0o000); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dbDir, "m.db")
	if os.Geteuid() == 0 {
		ingestAsNobody(t, base, dir, dbPath)
	} else {
		ingestJSON(t, exitFailed, dir, "--db", dbPath)
	}
	db := openDB(t, dbPath)
	if n := queryInt(t, db, "SELECT count(*) FROM files WHERE path = ?", secret); n != 1 {
		t.Errorf("the unreadable file is not in files")
	}
	_, out, _ := minutesRun(t, "failures", "--db", dbPath)
	if !strings.Contains(out, "secret.html") || !strings.Contains(out, "open: permission denied") {
		t.Errorf("failures does not list the unreadable file:\n%s", out)
	}
	if err := os.Chmod(secret, 0o644); err != nil {
		t.Fatal(err)
	}
	s := ingestJSON(t, exitOK, dir, "--db", dbPath)
	if s.Failed != 0 || len(s.Failures) != 0 {
		t.Errorf("once readable: %+v, %v", s.Counts, s.Failures)
	}
}

// ingestAsNobody runs a copy of this test binary in base as the program
// (see TestMain), with the uid and gid of nobody, to ingest dir into
// dbPath.
func ingestAsNobody(t *testing.T, base, dir, dbPath string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "minutes.test")
	if err := os.WriteFile(bin, body, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, asProgram, "ingest", dir, "--db", dbPath, "--quiet")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if _, ok := err.(*exec.ExitError); !ok && err != nil {
		t.Skipf("cannot run as nobody: %v", err)
	}
	if !strings.Contains(stderr.String(), "secret.html: open: permission denied") {
		t.Skipf("running as nobody did not make the file unreadable (%v):\n%s", err, stderr.String())
	}
}
