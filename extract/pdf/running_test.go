package pdf

import (
	"slices"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

func TestRunningFooters(t *testing.T) {
	const short = "Cluster Sante - compte rendu"
	const long = "Les taux indiques sont donnes a titre indicatif et peuvent changer sans preavis de la banque"
	var pages []string
	for _, body := range []string{"Premier point", "Second point", "Dernier point"} {
		pages = append(pages, text(72, 700, body)+text(72, 680, "Discussion")+text(72, 40, short)+text(72, 28, long))
	}
	d, err := Parse(pagesPDF("", pages...))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if !slices.Equal(d.Footers, []string{short}) {
		t.Errorf("Footers = %q, want [%q]", d.Footers, short)
	}
	n := 0
	for _, b := range d.Blocks {
		if strings.Contains(doc.BlockText(b), "titre indicatif") {
			n++
		}
	}
	if n != 3 {
		t.Errorf("long footer line in the body %d times, want 3", n)
	}
}
