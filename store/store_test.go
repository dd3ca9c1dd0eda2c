package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

func mustOpen(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), storetest.DB(t, "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func sample(title string) store.Extraction {
	d := &doc.Document{Format: doc.DOCX, Blocks: []doc.Block{
		&doc.Heading{Level: 1, Text: title},
		&doc.Paragraph{Pos: doc.Pos{Index: 1}, Text: "Lieu : UNHCR – Bamako, réunion sur l’œuvre"},
		&doc.Table{Pos: doc.Pos{Index: 2}, Rows: []doc.Row{
			{Cells: []doc.Cell{{Blocks: []doc.Block{&doc.Paragraph{Text: "Actions"}}}, {Blocks: []doc.Block{&doc.Paragraph{Text: "Responsable"}}}}},
			{Cells: []doc.Cell{{Blocks: []doc.Block{&doc.Paragraph{Text: "Partager la note"}}}, {Blocks: []doc.Block{&doc.Paragraph{Text: "OCHA"}}}}},
		}},
	}}
	m := &minutes.Meeting{Kind: minutes.KindMinutes, Title: title, Date: "2017-04-05", Location: "UNHCR – Bamako",
		Participants: []minutes.Participant{{Organization: minutes.Organization{Acronym: "UNHCR", Kind: "un"}, Role: "participant"}},
		Agenda:       []minutes.AgendaItem{{Position: 1, Title: "Divers"}},
		Actions: []minutes.Action{{Agenda: 0, Text: "Partager la note", OwnerRaw: "OCHA",
			Owners: []minutes.Owner{{Raw: "OCHA", Organization: minutes.Organization{Acronym: "OCHA", Kind: "un"}}},
			DueRaw: "48 heures", Due: "2017-04-07", DuePrecision: "relative", Source: minutes.Source{Block: 2, Row: 2, Col: 1}}},
	}
	return store.Extraction{Doc: d, Meeting: m, Version: "test"}
}

func count(t *testing.T, db *store.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(db.Rebind(query), args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// ftsCount is the query counting the rows of the full-text index that
// match a word (its argument) in the backend's own syntax.
func ftsCount(db *store.DB) string {
	if db.Postgres() {
		return "SELECT count(*) FROM blocks_fts WHERE text @@ to_tsquery('minutes_fr', ?)"
	}
	return "SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH ?"
}

func TestSaveIsIdempotent(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f := store.File{Path: "/drive/cr.docx", Bytes: 10, ModTime: time.Unix(1, 0), SHA256: "aaa"}
	for range 2 {
		if _, err := db.Save(ctx, f, sample("COMPTE RENDU")); err != nil {
			t.Fatal(err)
		}
	}
	for table, want := range map[string]int{"documents": 1, "meetings": 1, "actions": 1, "action_owners": 1,
		"participants": 1, "agenda_items": 1, "files": 1, "organizations": 2, "blocks": 6, "blocks_fts": 6} {
		if got := count(t, db, "SELECT count(*) FROM "+table); got != want {
			t.Errorf("%s has %d rows after two saves, want %d", table, got, want)
		}
	}
	if got := count(t, db, "SELECT count(*) FROM actions a JOIN agenda_items g ON g.id = a.agenda_item_id"); got != 1 {
		t.Errorf("action not linked to its agenda item")
	}
}

func TestChangedFileReplacesItsExtraction(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f := store.File{Path: "/drive/cr.docx", SHA256: "v1"}
	if _, err := db.Save(ctx, f, sample("Version un")); err != nil {
		t.Fatal(err)
	}
	f.SHA256 = "v2"
	if _, err := db.Save(ctx, f, sample("Version deux")); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM meetings WHERE title = 'Version un'"); got != 0 {
		t.Errorf("old extraction of a changed file still stored")
	}
	if got := count(t, db, ftsCount(db), "deux"); got != 1 {
		t.Errorf("FTS rows of the new version: %d, want 1", got)
	}
	if got := count(t, db, ftsCount(db), "un"); got != 0 {
		t.Errorf("FTS rows of the replaced version survive: %d", got)
	}
}

func TestFailKeepsStoredExtraction(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f := store.File{Path: "/drive/cr.docx", SHA256: "same"}
	if _, err := db.Save(ctx, f, sample("COMPTE RENDU")); err != nil {
		t.Fatal(err)
	}
	if err := db.Fail(ctx, f, "docx", errors.New("broken"), "v2"); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM actions"); got != 1 {
		t.Errorf("a failed re-extraction lost the stored actions")
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE status = 'ok' AND error LIKE '%broken%'"); got != 1 {
		t.Errorf("failure not noted on the stored document")
	}
	other := store.File{Path: "/drive/bad.pdf", SHA256: "bad"}
	if err := db.Fail(ctx, other, "pdf", errors.New("needs a password"), "v2"); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM documents WHERE status = 'failed' AND error = 'needs a password'"); got != 1 {
		t.Errorf("failed file not recorded")
	}
}

func TestFTSFoldsAccentsAndLigatures(t *testing.T) {
	db := mustOpen(t)
	if _, err := db.Save(context.Background(), store.File{Path: "/a", SHA256: "x"}, sample("Réunion")); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"reunion", "oeuvre", "bamako", "l’œuvre", "L'ŒUVRE"} {
		if hits, err := db.Search(context.Background(), q, 0, "[", "]"); err != nil || len(hits) == 0 {
			t.Errorf("Search(%q) = %v, %v; want hits", q, hits, err)
		}
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	path := storetest.DB(t, "ro.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.SQL().Exec("INSERT INTO organizations (acronym) VALUES ('X')"); err == nil {
		t.Fatal("insert on a read-only connection succeeded")
	}
}
