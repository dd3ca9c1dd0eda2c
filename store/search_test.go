package store_test

import (
	"context"
	"testing"

	"github.com/sahelim/minutes/store"
)

func TestFTSQuery(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"échéance", `"échéance"`},
		{"mise en œuvre", `"mise" "en" "oeuvre"`},
		{"l’Æquo", `"l'AEquo"`},
		{`note "conceptuelle`, `"note" """conceptuelle"`},
		{"OR NOT NEAR(a b)", `"OR" "NOT" "NEAR(a" "b)"`},
		{"plaidoy*", `"plaidoy"*`},
		{"col:value ^début -x", `"col:value" "^début" "-x"`},
		{"*  ** -- ()", ""},
		{"", ""},
	} {
		if got := store.FTSQuery(tt.in); got != tt.want {
			t.Errorf("FTSQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestSearch(t *testing.T) {
	db, _ := readOnlyCopy(t)
	ctx := context.Background()
	for _, tt := range []struct {
		text string
		hits int
	}{
		{"echeance", 2},
		{"ÉCHÉANCE", 2},
		{"Reunion sante", 1},
		{"réunion protection", 1},
		{"echean*", 2},
		{`"echeance`, 2},
		{"echeance NOT sante", 0}, // NOT is a word here, not an operator
		{"OR", 0},
		{"(", 0},
		{"", 0},
	} {
		hits, err := db.Search(ctx, tt.text, 0, "[", "]")
		if err != nil {
			t.Errorf("Search(%q): %v", tt.text, err)
			continue
		}
		if len(hits) != tt.hits {
			t.Errorf("Search(%q) = %d hits, want %d", tt.text, len(hits), tt.hits)
		}
	}
	hits, err := db.Search(ctx, "sante echeance", 1, "<", ">")
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search limit 1 = %v, %v", hits, err)
	}
	if h := hits[0]; h.File != "a.docx" || h.Kind != "paragraph" || h.Snippet != "Réunion du Cluster <Santé> : <échéance>" {
		t.Errorf("hit = %+v", h)
	}
}
