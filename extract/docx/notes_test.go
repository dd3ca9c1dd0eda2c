package docx

import (
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// TestHeadersFooters keeps running headers and footers, and notes, out
// of the blocks, each line once.
func TestHeadersFooters(t *testing.T) {
	d := mustParse(t, map[string]string{
		"body":             wp("Corps du compte rendu"),
		"word/header1.xml": wRoot("hdr", wp("Cluster Santé – Mali")+wp("Interne")),
		"word/header2.xml": wRoot("hdr", wp("Interne")),
		"word/footer1.xml": wRoot("ftr", `<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`),
		"word/footnotes.xml": wRoot("footnotes", `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`+
			`<w:footnote w:id="1">`+wp("https://www.grandbourg.fr/plan-climat.htm")+`</w:footnote>`),
		"word/comments.xml": wRoot("comments", `<w:comment w:id="0">`+wp("À relire")+`</w:comment>`),
	})
	checkFormat(t, d, `
header: Cluster Santé – Mali
header: Interne
footer: Page 1
footer: https://www.grandbourg.fr/plan-climat.htm
p0 #0 p: Corps du compte rendu`)
	if strings.Contains(doc.Format(d), "relire") {
		t.Error("a comment leaked")
	}
}
