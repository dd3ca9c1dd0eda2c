package main

import (
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	db := corpusDB(t)
	const echeance = "file,page,kind,snippet\n2025-03-19_retraite-cluster-sante_rapport.pdf,15,cell,[Echéance]\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"echeance"}, echeance},
		{[]string{"ÉCHÉANCE"}, echeance},
		{[]string{"échéan*"}, echeance},
		{[]string{`"echeance`, "OR", "NOT"}, "file,page,kind,snippet\n"}, // FTS syntax is plain text
		{[]string{"œuvre", "redevabilité", "--limit", "1"},
			"file,page,kind,snippet\n" +
				"2025-03-19_retraite-cluster-sante_rapport.pdf,15,cell,Participer à la mise en [oeuvre] de la feuille de route [redevabilité] des acteurs humanitaires\n"},
	} {
		code, out, errs := analyst(t, db, append([]string{"search", "--format", "csv"}, tt.args...)...)
		// The bm25 score depends on the whole corpus' words: compare the rest.
		if out = withoutFirstColumn(out); code != exitOK || out != tt.want {
			t.Errorf("search %q: exit %d, output\n%s\nwant\n%s%s", tt.args, code, out, tt.want, errs)
		}
	}
	_, oe, _ := analyst(t, db, "search", "mise", "en", "oeuvre", "--format", "json")
	_, ligature, _ := analyst(t, db, "search", "mise", "en", "œuvre", "--format", "json")
	if oe != ligature || strings.Count(oe, "\n") < 10 {
		t.Errorf("search with œ and with oe differ, or found less than 10 blocks:\n%s\n%s", oe, ligature)
	}
	_, md, _ := analyst(t, db, "search", "echeance", "--format", "markdown")
	if !strings.Contains(md, "| **Echéance** |") {
		t.Errorf("markdown snippet not in bold:\n%s", md)
	}
}

// withoutFirstColumn drops the first field of every CSV line.
func withoutFirstColumn(csv string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(csv, "\n") {
		if i := strings.Index(l, ","); i >= 0 {
			l = l[i+1:]
		}
		b.WriteString(l)
	}
	return b.String()
}
