package docx

import (
	"fmt"
	"testing"
)

// li writes a numbered paragraph.
func li(numID string, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, numID, text)
}

// lvl writes a list level definition.
func lvl(ilvl int, format, text string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl>`, ilvl, format, text)
}

// TestNumbering follows counters the way Word does: instances of one
// definition continue each other, an instance with a startOverride
// restarts, and a deeper level restarts when a shallower one advances.
func TestNumbering(t *testing.T) {
	numbering := wRoot("numbering",
		`<w:abstractNum w:abstractNumId="0">`+lvl(0, "decimal", "%1-")+lvl(1, "lowerLetter", "%2)")+lvl(2, "lowerRoman", "%1.%2.%3")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="1">`+lvl(0, "upperRoman", "%1.")+lvl(1, "bullet", "o")+`</w:abstractNum>`+
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`+
			`<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`+
			`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`+
			`<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`)
	body := li("1", 0, "Introduction") + li("1", 1, "Contexte") + li("1", 1, "Objectifs") +
		li("1", 2, "Premier") + li("1", 2, "Second") +
		li("1", 0, "Situation") + li("1", 1, "Bankass") +
		li("2", 0, "Suite de la même liste") +
		li("3", 0, "Liste recommencée") + li("3", 0, "Deuxième") +
		li("4", 0, "Quatre") + li("4", 1, "Puce") + li("4", 0, "Cinq") +
		li("0", 0, "Plus de liste") + li("9", 0, "Liste inconnue") +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>` + li("1", 0, "Après un vide")
	d := mustParse(t, map[string]string{"body": body, numberingPart: numbering})
	checkFormat(t, d, `
p0 #0 li1 "1-": Introduction
p0 #1 li2 "a)": Contexte
p0 #2 li2 "b)": Objectifs
p0 #3 li3 "1.b.i": Premier
p0 #4 li3 "1.b.ii": Second
p0 #5 li1 "2-": Situation
p0 #6 li2 "a)": Bankass
p0 #7 li1 "3-": Suite de la même liste
p0 #8 li1 "1-": Liste recommencée
p0 #9 li1 "2-": Deuxième
p0 #10 li1 "IV.": Quatre
p0 #11 li2 "o": Puce
p0 #12 li1 "V.": Cinq
p0 #13 p: Plus de liste
p0 #14 p: Liste inconnue
p0 #15 li1 "5-": Après un vide`)
}

// TestStyleNumbering numbers paragraphs whose style carries the list
// ("List Bullet"), through basedOn, and trims LibreOffice's leading tabs.
func TestStyleNumbering(t *testing.T) {
	styles := wRoot("styles", `<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Puces2"><w:name w:val="Puces niveau 2"/><w:basedOn w:val="ListBullet"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`)
	numbering := wRoot("numbering", `<w:abstractNum w:abstractNumId="7">`+lvl(0, "bullet", "\uF0A7")+lvl(1, "bullet", "–")+
		`</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>`)
	body := `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:tab/><w:tab/><w:t>Eau</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Puces2"/></w:pPr><w:r><w:t>Forages</w:t></w:r></w:p>`
	d := mustParse(t, map[string]string{"body": body, numberingPart: numbering, stylesPart: styles})
	checkFormat(t, d, `
p0 #0 li1 "•": Eau
p0 #1 li2 "–": Forages`)
}

func TestNumber(t *testing.T) {
	tests := []struct {
		v      int
		format string
		want   string
	}{
		{3, "decimal", "3"},
		{3, "lowerLetter", "c"},
		{28, "upperLetter", "BB"},
		{14, "lowerRoman", "xiv"},
		{1999, "upperRoman", "MCMXCIX"},
		{7, "decimalZero", "07"},
		{5, "ordinalText", "5"},
		{1 << 40, "lowerLetter", "1099511627776"},
	}
	for _, tt := range tests {
		if got := number(tt.v, tt.format); got != tt.want {
			t.Errorf("number(%d, %q) = %q, want %q", tt.v, tt.format, got, tt.want)
		}
	}
}
