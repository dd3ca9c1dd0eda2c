package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc/doctest"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// cookbookRows runs r on db, in db's spelling, and returns its rows as
// text, sorted: the order of rows a query does not sort, and of the values
// group_concat joins, is unspecified on both backends.
func cookbookRows(t *testing.T, db *store.DB, r store.Recipe) []string {
	t.Helper()
	res, err := db.Query(context.Background(), r.Query(db.Postgres()))
	if err != nil {
		t.Fatalf("cookbook %s (%s): %v", r.Number, r.File, err)
	}
	var out []string
	for _, row := range res.Rows {
		var vals []string
		for _, v := range row {
			s := fmt.Sprint(v)
			if f, ok := v.(float64); ok && f == float64(int64(f)) {
				s = fmt.Sprint(int64(f)) // round() is REAL in SQLite, numeric in PostgreSQL
			}
			parts := strings.Split(s, ",")
			slices.Sort(parts)
			vals = append(vals, strings.Join(parts, ","))
		}
		out = append(out, strings.Join(vals, " | "))
	}
	slices.Sort(out)
	return out
}

// corpusReadOnly stores the sample corpus at location and opens it
// read-only, as the web app and minutes query do.
func corpusReadOnly(t *testing.T, location string) *store.DB {
	t.Helper()
	ingestCorpus(t, openAt(t, location))
	db, err := store.OpenReadOnly(context.Background(), location)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestCookbookRuns runs every query of the cookbook on the sample corpus,
// on the backend under test: each gives rows, but those whose header says
// the sample has none ("-- sample: no rows"), which give none.
func TestCookbookRuns(t *testing.T) {
	db := corpusReadOnly(t, storetest.DB(t, "cookbook.db"))
	recipes := store.Cookbook()
	if len(recipes) < 10 {
		t.Fatalf("the cookbook has %d queries, want at least 10", len(recipes))
	}
	for _, r := range recipes {
		rows := cookbookRows(t, db, r)
		if r.NoRowsOnSample != (len(rows) == 0) {
			t.Errorf("cookbook %s (%s): %d rows on the sample corpus, its header says no rows: %v", r.Number, r.File, len(rows), r.NoRowsOnSample)
		}
	}
}

// TestCookbookSameOnBothBackends runs every cookbook query on the sample
// corpus stored in SQLite and in PostgreSQL and compares the rows; a query
// PostgreSQL spells otherwise (full-text search, ranked by ts_rank, not
// bm25) must give rows.
func TestCookbookSameOnBothBackends(t *testing.T) {
	lite := corpusReadOnly(t, filepath.Join(t.TempDir(), "m.db"))
	pg := corpusReadOnly(t, storetest.PostgresDB(t))
	for _, r := range store.Cookbook() {
		a, b := cookbookRows(t, lite, r), cookbookRows(t, pg, r)
		if r.PostgresSQL != "" {
			if len(b) == 0 {
				t.Errorf("cookbook %s, PostgreSQL's spelling: no rows", r.Number)
			}
			continue
		}
		if !slices.Equal(a, b) {
			t.Errorf("cookbook %s: SQLite gives\n%s\nPostgreSQL\n%s", r.Number, strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	}
}

// TestCookbookDoc keeps docs/cookbook.md's queries those of
// store/cookbook: each section's heading, paragraph and SQL are the
// file's, in the files' order; the rows shown below each query are the
// doc's own. -update rewrites the doc's queries from the files.
func TestCookbookDoc(t *testing.T) {
	const path = "../docs/cookbook.md"
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	intro, sections := splitSections(string(page))
	var b strings.Builder
	b.WriteString(intro)
	for i, r := range store.Cookbook() {
		b.WriteString(cookbookSection(r))
		if i < len(sections) {
			b.WriteString(sectionTail(sections[i]))
		} else {
			b.WriteString("\n")
		}
	}
	doctest.Golden(t, path, b.String())
}

// splitSections cuts a page at its "## " headings.
func splitSections(page string) (intro string, sections []string) {
	parts := strings.Split(page, "\n## ")
	for _, p := range parts[1:] {
		sections = append(sections, "## "+p+"\n")
	}
	if len(sections) > 0 {
		sections[len(sections)-1] = strings.TrimSuffix(sections[len(sections)-1], "\n")
	}
	return parts[0] + "\n", sections
}

// cookbookSection is the head of r's section in docs/cookbook.md: its
// heading, its paragraph and its queries.
func cookbookSection(r store.Recipe) string {
	s := fmt.Sprintf("## %s. %s\n\n[%s](../store/cookbook/%[3]s): %s\n\n```sql\n%s\n```\n",
		r.Number, r.Title, r.File, r.About, r.SQL)
	if r.PostgresSQL != "" {
		name := strings.TrimSuffix(r.File, ".sql") + ".postgres.sql"
		s += fmt.Sprintf("\nIn PostgreSQL, [%s](../store/cookbook/%[1]s): %s\n\n```sql\n%s\n```\n", name, r.PostgresAbout, r.PostgresSQL)
	}
	return s
}

// sectionTail is what follows a section's last query: the rows it gives.
func sectionTail(section string) string {
	i := strings.LastIndex(section, "```sql\n")
	if i < 0 {
		return "\n"
	}
	j := strings.Index(section[i+len("```sql\n"):], "\n```\n")
	if j < 0 {
		return "\n"
	}
	return section[i+len("```sql\n")+j+len("\n```\n"):]
}
