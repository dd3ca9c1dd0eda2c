package store

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestReadCookbookErrors: a cookbook file without its header is refused
// with its name and the line at fault.
func TestReadCookbookErrors(t *testing.T) {
	const query = "SELECT 1;\n"
	for _, tt := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"01_a.sql": query}, `cookbook/01_a.sql: line 1: want "-- N. Title", not "SELECT 1;"`},
		{map[string]string{"01_a.sql": "-- 1 Title\n" + query}, `cookbook/01_a.sql: line 1: want "-- N. Title"`},
		{map[string]string{"01_a.sql": "-- 1. Title\n-- fr: Titre\n-- rows: many\n--\n-- About.\n" + query}, `cookbook/01_a.sql: line 3: unknown header "-- rows: many"`},
		{map[string]string{"01_a.sql": "-- 1. Title\n-- fr: Titre\n--\n" + query}, "cookbook/01_a.sql: no paragraph after the title"},
		{map[string]string{"01_a.sql": "-- 1. Title\n-- fr: Titre\n--\n-- About.\n"}, "cookbook/01_a.sql: no query after the header"},
		{map[string]string{"01_a.sql": "-- 1. Title\n--\n-- About.\n" + query}, "cookbook/01_a.sql: no French title (-- fr: …)"},
		{map[string]string{"01_a.sql": "-- 1. Title\n-- fr: Titre\n--\n-- About.\n" + query, "01_a.postgres.sql": "-- 2. Title\n--\n-- About.\n" + query},
			"cookbook/01_a.postgres.sql: no query 01_a.sql numbered 2"},
	} {
		fsys := fstest.MapFS{}
		for name, text := range tt.files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		_, err := readCookbook(fsys)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q", tt.files, err, tt.want)
		}
	}
}

// TestReadCookbook reads a query and its PostgreSQL spelling.
func TestReadCookbook(t *testing.T) {
	fsys := fstest.MapFS{
		"01_a.sql":          {Data: []byte("-- 1. Title\n-- fr: Titre\n-- sample: no rows\n--\n-- One\n-- paragraph.\nSELECT 1\nFROM x;\n")},
		"01_a.postgres.sql": {Data: []byte("-- 1. Title: PostgreSQL\n--\n-- Other.\nSELECT 2;\n")},
		"02_b.sql":          {Data: []byte("-- 2. B\n-- fr: Bé\n--\n-- B.\nSELECT 3;\n")},
	}
	rs, err := readCookbook(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []Recipe{
		{File: "01_a.sql", Number: "1", Title: "Title", TitleFR: "Titre", About: "One paragraph.", SQL: "SELECT 1\nFROM x;",
			PostgresSQL: "SELECT 2;", PostgresAbout: "Other.", NoRowsOnSample: true},
		{File: "02_b.sql", Number: "2", Title: "B", TitleFR: "Bé", About: "B.", SQL: "SELECT 3;"},
	}
	if len(rs) != len(want) {
		t.Fatalf("got %d recipes, want %d", len(rs), len(want))
	}
	for i := range want {
		if rs[i] != want[i] {
			t.Errorf("recipe %d:\n got %+v\nwant %+v", i, rs[i], want[i])
		}
	}
	if rs[0].Query(true) != "SELECT 2;" || rs[0].Query(false) != "SELECT 1\nFROM x;" || rs[1].Query(true) != "SELECT 3;" {
		t.Error("Query: the wrong spelling")
	}
}
