package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

var badDir = filepath.Join("..", "..", "testdata", "bad")

// badReasons maps each file of testdata/bad to a part of the reason it must
// fail with.
var badReasons = map[string]string{
	"truncated.pdf":  "malformed content stream",
	"corrupted.docx": "malformed docx",
	"encrypted.pdf":  "needs a password",
	"empty.pdf":      "empty file",
	"scanned.pdf":    "no text layer",
	"text.pdf":       "plain text, not a PDF",
	"bomb.docx":      "zip bomb",
	"nested.html":    "exceeds 512 nodes",
	"huge.html":      "over the 1000000 limit: raise --max-file-size or report it",
}

// badKinds is the kind each file of testdata/bad is listed with: only a
// file over a limit is not broken.
func badKind(name string) string {
	if name == "huge.html" {
		return store.KindLimit
	}
	return store.KindBroken
}

func TestIngestBadFiles(t *testing.T) {
	dbPath := storetest.DB(t, "m.db")
	s := ingestJSON(t, exitFailed, badDir, "--db", dbPath, "--max-file-size", "1MB")
	if s.Failed != len(badReasons) || s.Files != len(badReasons) {
		t.Fatalf("counts %+v over %d files, want %d failed", s.Counts, s.Files, len(badReasons))
	}
	got := map[string]string{}
	for _, f := range s.Failures {
		got[filepath.Base(f.Path)] = f.Reason
		if name := filepath.Base(f.Path); f.Kind != badKind(name) {
			t.Errorf("%s: kind %q, want %q", name, f.Kind, badKind(name))
		}
	}
	for name, want := range badReasons {
		if !strings.Contains(got[name], want) {
			t.Errorf("%s: reason %q, want it to say %q", name, got[name], want)
		}
	}
	again := ingestJSON(t, exitFailed, badDir, "--db", dbPath, "--max-file-size", "1MB")
	if again.Failed != len(badReasons) {
		t.Errorf("second run: %+v, want every failed file tried again", again.Counts)
	}
	// With the password, the encrypted file is read and leaves the list.
	third := ingestJSON(t, exitFailed, badDir, "--db", dbPath, "--max-file-size", "1MB", "--password", "user")
	if third.Failed != len(badReasons)-1 || third.Reextracted != 1 {
		t.Errorf("with the password: %+v, want the encrypted file re-extracted", third.Counts)
	}
}

func TestIngestBadFilesAmongGoodOnes(t *testing.T) {
	dir := copyCorpus(t, 1)
	for _, name := range []string{"scanned.pdf", "bomb.docx", "text.pdf"} {
		data, err := os.ReadFile(filepath.Join(badDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dbPath := storetest.DB(t, "m.db")
	s := ingestJSON(t, exitFailed, dir, "--db", dbPath)
	if n := len(corpusFiles(t)); s.New != n || s.Failed != 3 {
		t.Errorf("counts %+v, want %d new and 3 failed", s.Counts, n)
	}
}

func TestFailuresCommand(t *testing.T) {
	dbPath := storetest.DB(t, "m.db")
	ingestJSON(t, exitFailed, badDir, "--db", dbPath, "--max-file-size", "1MB")
	code, out, errs := minutesRun(t, "failures", "--db", dbPath)
	if code != exitOK {
		t.Fatalf("failures: exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "PATH") || !strings.Contains(out, "scanned.pdf") || !strings.Contains(out, "no text layer") {
		t.Errorf("failures table:\n%s", out)
	}
	code, out, _ = minutesRun(t, "failures", "--db", dbPath, "--json")
	var fails []store.Failure
	if err := json.Unmarshal([]byte(out), &fails); err != nil || code != exitOK {
		t.Fatalf("failures --json: exit %d, %v\n%s", code, err, out)
	}
	if len(fails) != len(badReasons) {
		t.Errorf("failures --json lists %d files, want %d", len(fails), len(badReasons))
	}
	for _, f := range fails {
		if f.When.IsZero() || f.Reason == "" || !filepath.IsAbs(f.Path) {
			t.Errorf("incomplete failure %+v", f)
		}
	}
	// Every object has its keys, format "" when the format is unknown (a
	// file too large to be read).
	var objects []map[string]any
	json.Unmarshal([]byte(out), &objects)
	unknown := 0
	for _, o := range objects {
		for _, k := range []string{"path", "format", "reason", "when"} {
			if _, ok := o[k]; !ok {
				t.Errorf("failures --json: %v has no %q", o, k)
			}
		}
		if o["format"] == "" {
			unknown++
		}
	}
	if unknown == 0 {
		t.Errorf("failures --json: no failure of unknown format to check")
	}
}

// TestChildLimits runs ingest with children that loop, balloon and crash:
// each file fails with its reason and the run goes on.
func TestChildLimits(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// Only the looping child has a time limit: a balloon on a busy
	// machine may take longer than any short limit to fill its memory.
	tests := []struct {
		child, want string
		timeout     time.Duration
	}{
		{"__test-loop", "timed out after 300ms: raise --timeout or report it", 300 * time.Millisecond},
		{"__test-balloon", "out of memory (limit 256MiB): raise --max-memory or report it", 0},
		{"__test-crash", "parser crashed: panic: assignment to entry in nil map", 0},
	}
	for _, tt := range tests {
		t.Run(tt.child, func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range []string{"a.html", "b.html"} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte("<p>"+name+"</p>"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stderr strings.Builder
			opts := &ingestOptions{globalOptions: &globalOptions{DB: storetest.DB(t, "m.db")},
				Paths: []string{dir}, Workers: 2, MaxMemory: 256 << 20, Timeout: tt.timeout,
				Parser: []string{self, tt.child}, Out: io.Discard, Err: &stderr}
			err := runIngest(context.Background(), opts)
			if code := exitCode(err); code != exitFailed {
				t.Fatalf("exit %d (%v), want %d", code, err, exitFailed)
			}
			if got := strings.Count(stderr.String(), tt.want); got != 2 {
				t.Errorf("%d files failed with %q, want 2:\n%s", got, tt.want, stderr.String())
			}
			_, out, _ := minutesRun(t, "failures", "--db", opts.DB, "--json")
			var fails []store.Failure
			if err := json.Unmarshal([]byte(out), &fails); err != nil {
				t.Fatal(err)
			}
			want := store.KindLimit
			if tt.child == "__test-crash" {
				want = store.KindBroken
			}
			for _, f := range fails {
				if f.Kind != want {
					t.Errorf("%s: kind %q, want %q", f.Path, f.Kind, want)
				}
			}
		})
	}
}

func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	if ce, ok := err.(*codeError); ok {
		return ce.code
	}
	return exitUsage
}
