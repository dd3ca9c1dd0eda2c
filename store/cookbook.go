package store

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// The SQL cookbook is one folder of .sql files, store/cookbook, embedded
// here: the web app's SQL page offers them, docs/cookbook.md shows them
// with their rows on the sample corpus (TestCookbookDoc keeps it
// identical), and TestCookbookRuns runs each on the sample corpus on both
// backends.
//
// A file holds one query, NN_name.sql (NN orders them), under a header of
// comments:
//
//	-- 4. Attendance rate of each organization, per cluster
//	-- fr: Taux de présence de chaque organisation, par cluster
//	-- sample: no rows      (optional: the sample corpus gives no rows)
//	--
//	-- One paragraph: what the query answers and how to read it.
//	SELECT …
//
// NN_name.postgres.sql, beside it, is the same query in PostgreSQL's
// spelling, where it differs (full-text search), under a title line and a
// paragraph.
//
//go:embed cookbook/*.sql
var cookbookFiles embed.FS

// Recipe is a query of the SQL cookbook.
type Recipe struct {
	File           string // its file in store/cookbook
	Number         string // "1", "3a"
	Title, TitleFR string
	About          string // the header's paragraph, on one line
	SQL            string // as SQLite spells it
	PostgresSQL    string // as PostgreSQL spells it, "" when the same
	PostgresAbout  string // the paragraph of the PostgreSQL spelling
	// NoRowsOnSample says the sample corpus (testdata/corpus) gives no
	// rows ("-- sample: no rows"), every other query gives some.
	NoRowsOnSample bool
}

// Query returns the recipe's SQL in the spelling of the backend.
func (r Recipe) Query(postgres bool) string {
	if postgres && r.PostgresSQL != "" {
		return r.PostgresSQL
	}
	return r.SQL
}

// Cookbook returns the recipes of the SQL cookbook in their files' order.
func Cookbook() []Recipe { return slices.Clone(cookbook) }

var cookbook = mustReadCookbook()

func mustReadCookbook() []Recipe {
	sub, err := fs.Sub(cookbookFiles, "cookbook")
	if err == nil {
		var rs []Recipe
		if rs, err = readCookbook(sub); err == nil {
			return rs
		}
	}
	panic(err) // the files are embedded: TestCookbookRuns reads them
}

// readCookbook reads every recipe of fsys, in name order.
func readCookbook(fsys fs.FS) ([]Recipe, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	// The queries first, then the PostgreSQL spellings that join them.
	slices.SortStableFunc(names, func(a, b string) int {
		return cmpBool(strings.HasSuffix(a, ".postgres.sql"), strings.HasSuffix(b, ".postgres.sql"))
	})
	var out []Recipe
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		r, err := parseRecipe(name, string(data))
		if err != nil {
			return nil, fmt.Errorf("cookbook/%s: %w", name, err)
		}
		base, ok := strings.CutSuffix(name, ".postgres.sql")
		if !ok && r.TitleFR == "" {
			return nil, fmt.Errorf("cookbook/%s: no French title (-- fr: …)", name)
		}
		if !ok {
			out = append(out, r)
			continue
		}
		i := slices.IndexFunc(out, func(o Recipe) bool { return strings.TrimSuffix(o.File, ".sql") == base })
		if i < 0 || out[i].Number != r.Number {
			return nil, fmt.Errorf("cookbook/%s: no query %s.sql numbered %s", name, path.Base(base), r.Number)
		}
		out[i].PostgresSQL, out[i].PostgresAbout = r.SQL, r.About
	}
	return out, nil
}

// parseRecipe reads one file: its header of comments, then its query.
func parseRecipe(name, text string) (Recipe, error) {
	r := Recipe{File: name}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	title, ok := strings.CutPrefix(lines[0], "-- ")
	num, title, ok2 := strings.Cut(title, ". ")
	if !ok || !ok2 || num == "" || strings.ContainsAny(num, " \t") {
		return r, fmt.Errorf("line 1: want \"-- N. Title\", not %q", lines[0])
	}
	r.Number, r.Title = num, title
	i := 1
	for ; i < len(lines) && lines[i] != "--"; i++ {
		key, value, ok := strings.Cut(strings.TrimPrefix(lines[i], "-- "), ": ")
		switch {
		case !ok || !strings.HasPrefix(lines[i], "-- "):
			return r, fmt.Errorf("line %d: want \"-- key: value\" or \"--\", not %q", i+1, lines[i])
		case key == "fr":
			r.TitleFR = value
		case key == "sample" && value == "no rows":
			r.NoRowsOnSample = true
		default:
			return r, fmt.Errorf("line %d: unknown header %q", i+1, lines[i])
		}
	}
	var about []string
	for i++; i < len(lines) && strings.HasPrefix(lines[i], "--"); i++ {
		about = append(about, strings.TrimSpace(strings.TrimPrefix(lines[i], "--")))
	}
	r.About = strings.Join(about, " ")
	r.SQL = strings.Join(lines[min(i, len(lines)):], "\n")
	switch {
	case r.About == "":
		return r, fmt.Errorf("no paragraph after the title")
	case strings.TrimSpace(r.SQL) == "":
		return r, fmt.Errorf("no query after the header")
	}
	return r, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int { return boolInt(a) - boolInt(b) }
