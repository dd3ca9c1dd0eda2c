package pdf

import (
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// A short line in the colour of Word's "Titre 1" above black body text is
// a heading; a coloured word at the end of a body line is not.
func TestColoredHeading(t *testing.T) {
	body := "Les partenaires ont presente la situation dans les cercles de la region."
	content := "0.18 0.33 0.59 rg " + text(72, 760, "Suivi des recommandations") +
		"0 g " + text(72, 740, body) + text(72, 726, body) +
		text(72, 700, "Une date est a caler pour les rencontrer :") + "0.1 0.2 0.8 rg " + text(72, 686, "@yann") +
		"0 g " + text(72, 660, body)
	d, err := Parse(pagesPDF("", content))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *doc.Heading:
			kinds = append(kinds, "h:"+b.Text)
		case *doc.Paragraph:
			kinds = append(kinds, "p:"+b.Text[:min(len(b.Text), 20)])
		}
	}
	got := strings.Join(kinds, " | ")
	if !strings.HasPrefix(got, "h:Suivi des recommandations | p:") || strings.Contains(got, "h:@yann") {
		t.Errorf("blocks = %s", got)
	}
}

func TestFillColor(t *testing.T) {
	num := func(fs ...float64) []operand {
		var out []operand
		for _, f := range fs {
			out = append(out, operand{kind: opNum, num: f})
		}
		return out
	}
	for _, tt := range []struct {
		args []operand
		want uint32
	}{
		{num(0), 0x000000}, {num(1), 0xFFFFFF}, {num(1, 0, 0), 0xFF0000},
		{num(0, 0, 0, 1), 0x000000}, {num(1, 0, 0, 0), 0x00FFFF},
	} {
		if got, ok := fillColor(tt.args); !ok || got != tt.want {
			t.Errorf("fillColor(%v) = %06x, %v, want %06x", tt.args, got, ok, tt.want)
		}
	}
	if _, ok := fillColor([]operand{{kind: opName, str: []byte("P1")}}); ok {
		t.Error("a pattern name read as a colour")
	}
}
