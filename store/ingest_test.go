package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/store"
)

func TestKnownAndUnchanged(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	mtime := time.Date(2025, 3, 19, 10, 0, 0, 123456789, time.Local)
	f := store.File{Path: "/drive/cr.docx", Bytes: 10, ModTime: mtime, SHA256: "aaa"}
	if _, err := db.Save(ctx, f, sample("COMPTE RENDU")); err != nil {
		t.Fatal(err)
	}
	known, err := db.Known(ctx)
	if err != nil {
		t.Fatal(err)
	}
	k, ok := known[f.Path]
	if !ok || k.SHA256 != "aaa" || k.Status != "ok" || k.Version != "test" {
		t.Fatalf("Known()[%q] = %+v, %v", f.Path, k, ok)
	}
	tests := []struct {
		name    string
		f       store.File
		version string
		want    bool
	}{
		{"same size and mtime", store.File{Bytes: 10, ModTime: mtime}, "test", true},
		{"same instant, other zone", store.File{Bytes: 10, ModTime: mtime.UTC()}, "test", true},
		{"other size", store.File{Bytes: 11, ModTime: mtime}, "test", false},
		{"other mtime", store.File{Bytes: 10, ModTime: mtime.Add(time.Nanosecond)}, "test", false},
		{"new extractor version", store.File{Bytes: 10, ModTime: mtime}, "next", false},
	}
	for _, tt := range tests {
		if got := k.Unchanged(tt.f, tt.version); got != tt.want {
			t.Errorf("%s: Unchanged = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTouchMovesAndMarkMissing(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	old := store.File{Path: "/drive/a/cr.docx", SHA256: "aaa"}
	id, err := db.Save(ctx, old, sample("COMPTE RENDU"))
	if err != nil {
		t.Fatal(err)
	}
	st, ok, err := db.Stored(ctx, "aaa")
	if err != nil || !ok || st.ID != id || st.Status != "ok" {
		t.Fatalf("Stored(aaa) = %+v, %v, %v", st, ok, err)
	}
	if _, ok, _ := db.Stored(ctx, "zzz"); ok {
		t.Errorf("Stored(zzz) found content never stored")
	}
	moved := store.File{Path: "/drive/b/cr.docx", SHA256: "aaa"}
	if err := db.Touch(ctx, moved, id); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkMissing(ctx, []string{old.Path}); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM files WHERE document_id = ?", id); got != 2 {
		t.Errorf("paths of the moved document: %d, want 2 (history kept)", got)
	}
	if got := count(t, db, "SELECT missing FROM files WHERE path = ?", old.Path); got != 1 {
		t.Errorf("old path not marked missing")
	}
	if got := count(t, db, "SELECT count(*) FROM documents"); got != 1 {
		t.Errorf("documents = %d, want 1", got)
	}
}

func TestFailedSaveKeepsOldRows(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f := store.File{Path: "/drive/cr.docx", SHA256: "v1"}
	if _, err := db.Save(ctx, f, sample("Version un")); err != nil {
		t.Fatal(err)
	}
	bad := sample("Version deux")
	bad.Meeting.Actions = append(bad.Meeting.Actions, minutes.Action{Text: "x", Status: "bogus"}) // fails the CHECK, mid-save
	f.SHA256 = "v2"
	if _, err := db.Save(ctx, f, bad); err == nil {
		t.Fatal("Save with an invalid action status succeeded")
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM meetings WHERE title = 'Version un'":   1,
		"SELECT count(*) FROM meetings WHERE title = 'Version deux'": 0,
		"SELECT count(*) FROM files WHERE sha256 = 'v1'":             1,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d after a failed save", query, got, want)
		}
	}
	if got := count(t, db, ftsCount(db), "un"); got != 1 {
		t.Errorf("full-text index: %d blocks hold \"un\" after a failed save, want 1", got)
	}
}

func TestRuns(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	now := time.Date(2025, 3, 19, 2, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	id, err := db.StartRun(ctx, `{"workers":2}`)
	if err != nil {
		t.Fatal(err)
	}
	killed, err := db.StartRun(ctx, `{}`)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(90 * time.Second)
	want := store.Counts{New: 3, Changed: 1, Unchanged: 10, Moved: 2, Missing: 1, Failed: 4, Reextracted: 5}
	if err := db.EndRun(ctx, id, want, 1); err != nil {
		t.Fatal(err)
	}
	runs, err := db.Runs(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].ID != killed || runs[1].ID != id {
		t.Fatalf("Runs = %+v", runs)
	}
	r := runs[1]
	if r.Counts != want || r.Exit != 1 || r.Ended.Sub(r.Started) != 90*time.Second || string(r.Options) != `{"workers":2}` || r.PID != os.Getpid() {
		t.Errorf("run = %+v", r)
	}
	if !runs[0].Ended.IsZero() || runs[0].Exit != -1 {
		t.Errorf("unfinished run = %+v, want no end and exit -1", runs[0])
	}
}

func TestFailures(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	db.Now = func() time.Time { return time.Date(2025, 3, 19, 2, 0, 0, 0, time.UTC) }
	if _, err := db.Save(ctx, store.File{Path: "/drive/ok.docx", SHA256: "ok"}, sample("CR")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.File{{Path: "/drive/scan.pdf", SHA256: "s"}, {Path: "/drive/gone.pdf", SHA256: "g"}} {
		if err := db.Fail(ctx, f, "pdf", errors.New("no text layer"), "test"); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.MarkMissing(ctx, []string{"/drive/gone.pdf"}); err != nil {
		t.Fatal(err)
	}
	fails, err := db.Failures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Failure{Path: "/drive/scan.pdf", PathB64: "L2RyaXZlL3NjYW4ucGRm", Format: "pdf", Kind: store.KindBroken, Reason: "no text layer", When: time.Date(2025, 3, 19, 2, 0, 0, 0, time.UTC)}
	if len(fails) != 1 || fails[0] != want {
		t.Errorf("Failures = %+v, want [%+v]", fails, want)
	}
}

func TestLock(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	l, err := store.Acquire(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = store.Acquire(ctx, path, false)
	var le *store.LockedError
	if !errors.As(err, &le) || !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second Acquire: %v, want a LockedError", err)
	}
	if le.PID != os.Getpid() || le.Since.IsZero() || le.Host == "" {
		t.Errorf("LockedError = %+v, want this process as holder", le)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := store.Acquire(cancelled, path, true); !errors.Is(err, context.Canceled) {
		t.Errorf("waiting Acquire with a cancelled context: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l, err = store.Acquire(ctx, path, false)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	l.Release()
}
