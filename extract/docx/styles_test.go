package docx

import "testing"

// TestHeadings reads heading levels from style names and outline levels,
// never from style IDs: French Word's "Titre1" is named "heading 1".
func TestHeadings(t *testing.T) {
	styles := wRoot("styles", `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Corps de texte"/></w:style>
<w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre"/><w:basedOn w:val="Titre1"/></w:style>
<w:style w:type="character" w:styleId="Titre1Car"><w:name w:val="Titre 1 Car"/></w:style>`)
	p := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := p("Titre", "COMPTE RENDU") + p("Titre1", "Participants") + p("Titre2", "Décisions") +
		p("Heading3", "Pas un titre") + p("Plan", "Niveau trois") + p("MonTitre", "Hérité") +
		`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Direct</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Titre1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Corps</w:t></w:r></w:p>` +
		p("Inconnu", "Sans style")
	d := mustParse(t, map[string]string{"body": body, stylesPart: styles})
	checkFormat(t, d, `
p0 #0 h1: COMPTE RENDU
p0 #1 h1: Participants
p0 #2 h2: Décisions
p0 #3 p: Pas un titre
p0 #4 h3: Niveau trois
p0 #5 h1: Hérité
p0 #6 h2: Direct
p0 #7 p: Corps
p0 #8 p: Sans style`)
}

// TestNumberedHeading puts the number of a numbered heading before its
// text, and nothing for a heading list with numFmt none.
func TestNumberedHeading(t *testing.T) {
	styles := wRoot("styles", `<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/>
<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`)
	numbering := wRoot("numbering", `<w:abstractNum w:abstractNumId="0">`+lvl(0, "decimal", "%1.")+`</w:abstractNum>`+
		`<w:abstractNum w:abstractNumId="1">`+lvl(0, "none", "")+`</w:abstractNum>`+
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`)
	h := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := h("Titre1", "Introduction") + h("Titre2", "Contexte") + h("Titre1", "Situation")
	d := mustParse(t, map[string]string{"body": body, stylesPart: styles, numberingPart: numbering})
	checkFormat(t, d, `
p0 #0 h1: 1. Introduction
p0 #1 h2: Contexte
p0 #2 h1: 2. Situation`)
}
