package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc/doctest"
	"github.com/sahelim/minutes/normalize"
)

// TestExprCues checks that gating each rule on the words derived from its
// expression (normalize.Expr) changes no match, on every line of every
// fixture as written, folded, and cut into sentences: a rule the gate
// disabled would fail here, where a hand-kept word list failed silently.
func TestExprCues(t *testing.T) {
	var texts []string
	for _, ext := range []string{"pdf", "docx", "html"} {
		for _, path := range doctest.Fixtures(t, ext, "../testdata/corpus", "../testdata/general", "../testdata/field", "../testdata/synthetic") {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Options{}.Parse(data)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, u := range units(d) {
				f := normalize.Fold(u.Text)
				texts = append(texts, u.Text, f, strings.ToLower(u.Text))
				for _, s := range strings.FieldsFunc(f, func(r rune) bool { return r == '.' || r == ';' || r == ':' }) {
					texts = append(texts, strings.TrimSpace(s))
				}
			}
		}
	}
	exprs := normalize.Exprs()
	if len(exprs) < 100 {
		t.Fatalf("%d rules registered, want the extraction's (over 100)", len(exprs))
	}
	matched := 0
	for _, e := range exprs {
		hit := false
		for _, s := range texts {
			want := e.Regexp().MatchString(s)
			if got := e.MatchString(s); got != want {
				t.Fatalf("%s on %q: gated %v, ungated %v (cues %q)", e, s, got, want, e.Cues())
			}
			hit = hit || want
		}
		if hit {
			matched++
		}
	}
	t.Logf("%d rules, %d match somewhere in the fixtures, over %d texts", len(exprs), matched, len(texts))
}
