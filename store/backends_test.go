package store_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc/doctest"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// openAt opens a new database at location (a SQLite file or a postgres
// URL).
func openAt(t testing.TB, location string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), location)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// ingestCorpus stores every report of testdata/corpus in db, as minutes
// ingest would, and links the follow-ups.
func ingestCorpus(t testing.TB, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if ext := filepath.Ext(p); ext != ".pdf" && ext != ".docx" && ext != ".html" {
			continue
		}
		f, x := readReport(t, p)
		if _, err := db.Save(ctx, f, x); err != nil {
			t.Fatalf("save %s: %v", p, err)
		}
	}
	if _, err := db.LinkFollowUps(ctx); err != nil {
		t.Fatal(err)
	}
}

// readReport reads and extracts one report.
func readReport(t testing.TB, path string) (store.File, store.Extraction) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	d, m, err := extract.Options{}.File(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	sum := sha256.Sum256(data)
	f := store.File{Path: path, Bytes: info.Size(), ModTime: info.ModTime(), SHA256: hex.EncodeToString(sum[:])}
	return f, store.Extraction{Doc: d, Meeting: m, Version: extract.Version}
}

// schema lists the tables and views of db with their columns in order,
// "blocks_fts" apart: its columns are each backend's own.
func schema(t *testing.T, db *store.DB) map[string][]string {
	t.Helper()
	query := `SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
		WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'blocks_fts_%'
		ORDER BY m.name, p.cid`
	if db.Postgres() {
		query = `SELECT table_name, column_name FROM information_schema.columns
			WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`
	}
	rows, err := db.SQL().Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var table, column string
		if err := rows.Scan(&table, &column); err != nil {
			t.Fatal(err)
		}
		if table == "blocks_fts" {
			column = "…"
		}
		out[table] = append(out[table], column)
	}
	return out
}

// TestSchemasMatch proves that both backends expose the same tables,
// columns, views and view columns, in the same order, so that the README's
// schema and SQL cookbook hold for both.
func TestSchemasMatch(t *testing.T) {
	lite := openAt(t, filepath.Join(t.TempDir(), "m.db"))
	pg := openAt(t, storetest.PostgresDB(t))
	a, b := schema(t, lite), schema(t, pg)
	for _, s := range []map[string][]string{a, b} {
		s["blocks_fts"] = s["blocks_fts"][:1]
	}
	for _, name := range union(a, b) {
		if !reflect.DeepEqual(a[name], b[name]) {
			t.Errorf("%s: SQLite has columns %q, PostgreSQL %q", name, a[name], b[name])
		}
	}
	for _, want := range []string{"documents", "files", "meetings", "actions", "blocks_fts", "runs", "v_actions", "v_meetings", "v_attendance", "v_document_paths"} {
		if _, ok := b[want]; !ok {
			t.Errorf("PostgreSQL has no %s", want)
		}
	}
}

// TestSearchSameOnBothBackends searches the sample corpus on both backends
// and compares the blocks found.
func TestSearchSameOnBothBackends(t *testing.T) {
	lite := openAt(t, filepath.Join(t.TempDir(), "m.db"))
	pg := openAt(t, storetest.PostgresDB(t))
	ingestCorpus(t, lite)
	ingestCorpus(t, pg)
	ctx := context.Background()
	for _, q := range []string{
		"echeance", "ÉCHÉANCE", "mise en œuvre", "oeuvre", "plaidoy*", "echean*", "cluster santé", "OMS",
		"l'OMS", "l’OMS", "COVID-19", "2025", "19 mars", "réunion", "Bamako", "UNHCR – Bamako", "participants",
		"note conceptuelle", "\"echeance", "NOT sante", "OR", "(", "*", "mise-en-œuvre", "Ségou", "segou",
		"humanitaire*", "Dr", "48 heures",
	} {
		got := map[string][]string{}
		for name, db := range map[string]*store.DB{"sqlite": lite, "postgres": pg} {
			hits, err := db.SearchBlocks(ctx, q, 0, "[", "]")
			if err != nil {
				t.Fatalf("%s: search %q: %v", name, q, err)
			}
			for _, h := range hits {
				got[name] = append(got[name], fmt.Sprintf("%s #%d r%dc%d", filepath.Base(h.Path), h.Position, h.Row, h.Col))
			}
			sort.Strings(got[name])
		}
		if !slices.Equal(got["sqlite"], got["postgres"]) {
			t.Errorf("search %q: SQLite finds %q, PostgreSQL %q", q, got["sqlite"], got["postgres"])
		}
	}
	// The best hit and its snippet, on a block both rank first.
	for name, db := range map[string]*store.DB{"sqlite": lite, "postgres": pg} {
		hits, err := db.Search(ctx, "redevabilité œuvre", 1, "[", "]")
		if err != nil || len(hits) != 1 {
			t.Fatalf("%s: %v, %v", name, hits, err)
		}
		if want := "Participer à la mise en [oeuvre] de la feuille de route [redevabilité] des acteurs humanitaires"; hits[0].Snippet != want {
			t.Errorf("%s: snippet %q, want %q", name, hits[0].Snippet, want)
		}
	}
}

// tables are every table Copy moves.
var tables = []string{"documents", "files", "meetings", "organizations", "participants", "excused", "agenda_items",
	"actions", "action_owners", "blocks", "runs", "action_links", "action_repeats", "meeting_documents"}

// dumpTables prints every row of the tables, sorted, ids included.
func dumpTables(t *testing.T, db *store.DB, tables ...string) string {
	t.Helper()
	var b strings.Builder
	for _, table := range tables {
		query := "SELECT * FROM " + table
		if table == "blocks_fts" && !db.Postgres() {
			query = "SELECT rowid, text FROM blocks_fts"
		}
		rows, err := db.SQL().Query(query)
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
			for i, v := range vals {
				if s, ok := v.([]byte); ok {
					vals[i] = string(s)
				}
			}
			lines = append(lines, fmt.Sprintf("%s %q", table, vals))
		}
		rows.Close()
		slices.Sort(lines)
		fmt.Fprintf(&b, "%s: %d rows\n%s\n", table, len(lines), strings.Join(lines, "\n"))
	}
	return b.String()
}

// TestCopyBothWays copies the sample archive from SQLite to PostgreSQL and
// back, and compares every table; copying again adds nothing.
func TestCopyBothWays(t *testing.T) {
	ctx := context.Background()
	lite := openAt(t, filepath.Join(t.TempDir(), "a.db"))
	ingestCorpus(t, lite)
	if _, err := lite.StartRun(ctx, `{"paths":["testdata/corpus"]}`); err != nil {
		t.Fatal(err)
	}
	pg := openAt(t, storetest.PostgresDB(t))
	back := openAt(t, filepath.Join(t.TempDir(), "b.db"))
	want := dumpTables(t, lite, tables...)

	c, err := store.Copy(ctx, pg, lite)
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents != 7 || c.Files != 7 || c.Runs != 1 || c.Present != 0 {
		t.Errorf("copy to PostgreSQL: %+v, want 7 documents, 7 files, 1 run", c)
	}
	if diff := doctest.Diff(want, dumpTables(t, pg, tables...)); diff != "" {
		t.Errorf("PostgreSQL copy differs (-sqlite +postgres):\n%s", diff)
	}
	if _, err := store.Copy(ctx, back, pg); err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clone(tables), "blocks_fts")
	if diff := doctest.Diff(dumpTables(t, lite, all...), dumpTables(t, back, all...)); diff != "" {
		t.Errorf("copied back to SQLite, the archive differs (-original +copy):\n%s", diff)
	}
	for _, dst := range []*store.DB{pg, back} {
		c, err := store.Copy(ctx, dst, lite)
		if err != nil {
			t.Fatal(err)
		}
		if c.Documents+c.Files+c.Runs+c.Links != 0 || c.Present != 7 {
			t.Errorf("second copy to %s: %+v, want nothing added", dst.Path, c)
		}
		if diff := doctest.Diff(want, dumpTables(t, dst, tables...)); diff != "" {
			t.Errorf("second copy to %s changed it:\n%s", dst.Path, diff)
		}
	}
	// The copy searches like the original, and a new document gets a new id.
	if hits, err := pg.Search(ctx, "echeance", 0, "[", "]"); err != nil || len(hits) == 0 {
		t.Errorf("search the copy: %v, %v", hits, err)
	}
	if _, err := pg.Save(ctx, store.File{Path: "/new.docx", SHA256: "new"}, sample("Nouvelle réunion")); err != nil {
		t.Errorf("save into the copy: %v", err)
	}
}

func union(a, b map[string][]string) []string {
	var names []string
	for n := range a {
		names = append(names, n)
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}
