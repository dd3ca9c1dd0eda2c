package doc

import "testing"

func TestJoinLines(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"la coordi-", "nation du cluster"}, "la coordination du cluster"},
		{[]string{"un assortiment de pro-", "duits"}, "un assortiment de produits"},
		{[]string{"Journée inter association, le compte-", "rendu"}, "Journée inter association, le compte-rendu"},
		{[]string{"la Croix-", "Rouge malienne"}, "la Croix-Rouge malienne"},
		{[]string{"les sous-", "clusters régionaux"}, "les sous-clusters régionaux"},
		{[]string{"Réunion  du", "\u00a0cluster"}, "Réunion du cluster"},
	} {
		if got := JoinLines(tt.lines); got != tt.want {
			t.Errorf("JoinLines(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"  l’œuvre\u00a0: ﬁn  ": "l’œuvre : fin",
		"soft\u00adhyphen":      "softhyphen",
		"\uf0b7 Point":          "• Point",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}
