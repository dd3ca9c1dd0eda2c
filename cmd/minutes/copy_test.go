package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store/storetest"
)

// TestCopyCommand moves the sample archive from SQLite into PostgreSQL and
// back with minutes copy; a second copy adds nothing, and the copies
// answer the analysts' commands as the original does.
func TestCopyCommand(t *testing.T) {
	lite := filepath.Join(t.TempDir(), "minutes.db")
	ingestJSON(t, exitOK, corpusDir, "--db", lite)
	pg := storetest.PostgresDB(t)
	back := filepath.Join(t.TempDir(), "back.db")
	for _, tt := range []struct{ from, to, want string }{
		{lite, pg, "copied 7 documents (0 already there), 7 files, 1 runs"},
		{lite, pg, "copied 0 documents (7 already there), 0 files, 0 runs"},
		{pg, back, "copied 7 documents (0 already there), 7 files, 1 runs"},
	} {
		code, out, errs := minutesRun(t, "copy", "--from", tt.from, "--to", tt.to)
		if code != exitOK || !strings.HasPrefix(out, tt.want) {
			t.Errorf("copy: exit %d, %q %s; want %q", code, out, errs, tt.want)
		}
	}
	want := func(db string) string {
		_, out, _ := analyst(t, db, "actions", "--owner", "OMS", "--today", "2025-06-01", "--format", "csv")
		return out
	}
	for _, db := range []string{pg, back} {
		if got := want(db); got != want(lite) || got == "" {
			t.Errorf("actions in the copy %s:\n%s\nwant\n%s", db, got, want(lite))
		}
	}
	for _, args := range [][]string{
		{"copy", "--from", filepath.Join(t.TempDir(), "none.db"), "--to", pg},
		{"copy", "--from", lite, "--to", lite},
		{"copy", "--from", lite, "--to", "postgres://minutes@127.0.0.1:1/minutes?connect_timeout=2"},
		{"copy", "--from", lite},
	} {
		if code, _, _ := minutesRun(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}
