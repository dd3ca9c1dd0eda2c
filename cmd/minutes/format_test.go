package main

import (
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
)

func TestTableFitsTerminal(t *testing.T) {
	long := "Redynamiser les réunions ad hoc en période d'épidémie et/ou catastrophes naturelles pour une meilleure synergie d'actions des partenaires"
	res := &store.Result{Columns: []string{"id", "action", "owners", "file"}, Rows: [][]any{
		{int64(55), long, "Coordination", "2025-03-19_retraite-cluster-sante_rapport.pdf"},
		{int64(7), "Partager le rapport", "OCHA", "cr.docx"},
	}}
	for _, limit := range []int{80, 40} {
		var b strings.Builder
		if err := writeTableWidth(&b, res, limit); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			if width(line) > limit {
				t.Errorf("width %d: line of %d characters:\n%s", limit, width(line), b.String())
			}
		}
		if !strings.Contains(b.String(), "…") || !strings.Contains(b.String(), "OCHA") || !strings.Contains(b.String(), "55") {
			t.Errorf("width %d: want the wide cells cut with …, the narrow ones whole:\n%s", limit, b.String())
		}
	}
	// Not a terminal: untouched.
	var b strings.Builder
	if err := writeTableWidth(&b, res, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), long) || strings.Contains(b.String(), "…") {
		t.Errorf("no terminal: want whole cells:\n%s", b.String())
	}
}
