package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/sahelim/minutes/store"
)

// TestFailureKinds checks that a reason wrapping ErrLimit is recorded as a
// limit, any other as a broken file, and that the kind is stored with the
// failure and survives until the file is read.
func TestFailureKinds(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	big := store.File{Path: "/drive/big.docx", SHA256: "big", Bytes: 1}
	bad := store.File{Path: "/drive/bad.pdf", SHA256: "bad", Bytes: 1}
	if err := db.Fail(ctx, big, "docx", fmt.Errorf("out of memory (limit 2GiB): %w", store.ErrLimit), "v1"); err != nil {
		t.Fatal(err)
	}
	if err := db.Fail(ctx, bad, "", errors.New("no text layer"), "v1"); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{big.Path: store.KindLimit, bad.Path: store.KindBroken}
	fails, err := db.Failures(ctx)
	if err != nil || len(fails) != 2 {
		t.Fatalf("Failures = %+v, %v", fails, err)
	}
	for _, f := range fails {
		if f.Kind != want[f.Path] {
			t.Errorf("%s: kind %q, want %q", f.Path, f.Kind, want[f.Path])
		}
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE failure_kind = 'limit'"); got != 1 {
		t.Errorf("%d documents stored with kind limit, want 1", got)
	}
	// Tried again and broken this time: the kind follows the last reason.
	if err := db.Fail(ctx, big, "docx", errors.New("malformed docx"), "v1"); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE failure_kind = 'limit'"); got != 0 {
		t.Errorf("the kind of a file tried again did not follow its new reason")
	}
	if _, err := db.Save(ctx, big, sample("COMPTE RENDU")); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE failure_kind IS NOT NULL AND status = 'ok'"); got != 0 {
		t.Errorf("a stored document keeps a failure kind")
	}
}

// TestWarnings checks that a document stored with warnings keeps them and
// is listed by Failures with kind warning, until it is stored whole.
func TestWarnings(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f := store.File{Path: "/drive/long.pdf", SHA256: "long", Bytes: 1}
	x := sample("COMPTE RENDU")
	x.Doc.Warnings = []string{"page 1: content stream over 64 MiB, cut there", "page 2: idem"}
	if _, err := db.Save(ctx, f, x); err != nil {
		t.Fatal(err)
	}
	fails, err := db.Failures(ctx)
	if err != nil || len(fails) != 1 {
		t.Fatalf("Failures = %+v, %v", fails, err)
	}
	if fails[0].Kind != store.KindWarning || fails[0].Reason != "page 1: content stream over 64 MiB, cut there; page 2: idem" {
		t.Errorf("Failures = %+v", fails[0])
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE status = 'ok' AND warnings IS NOT NULL"); got != 1 {
		t.Errorf("warnings not stored with the document")
	}
	if _, err := db.Save(ctx, f, sample("COMPTE RENDU")); err != nil {
		t.Fatal(err)
	}
	if fails, _ := db.Failures(ctx); len(fails) != 0 {
		t.Errorf("stored whole, still listed: %+v", fails)
	}
}
